import type { Entry, ZipFile } from 'yauzl';
import { nodeMsg, RolefitError } from '../errors';

/** The ZIP limits of `ReadLimits`. */
export interface ZipLimits {
  maxZipEntries: number;
  maxUnzippedBytes: number;
  maxZipRatio: number;
}

/** Entries smaller than this are never refused for their ratio (a short XML part compresses very well). */
const RATIO_FLOOR = 1024 * 1024;

/**
 * Unpacks the named entries of a ZIP, after checking from the central directory, before inflating anything,
 * the entry count, each entry's and the total declared size and each entry's compression ratio. yauzl then
 * stops any entry that inflates past its declared size, so a lying header cannot turn into a bomb either.
 */
export async function unzipEntries(bytes: Uint8Array, name: string, wanted: readonly string[], limits: ZipLimits): Promise<Map<string, Buffer>> {
  const yauzl = await import('yauzl');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<ZipFile>((done, fail) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, z) =>
      error ? fail(damaged(name, error)) : done(z),
    ),
  );
  try {
    if (zip.entryCount > limits.maxZipEntries) throw bomb(name, nodeMsg.zipEntries(zip.entryCount, limits.maxZipEntries), 'maxZipEntries');
    const entries = await listEntries(zip, name, limits);
    const out = new Map<string, Buffer>();
    for (const entryName of wanted) {
      const entry = entries.get(entryName);
      if (entry) out.set(entryName, await inflate(zip, entry, name, limits.maxUnzippedBytes));
    }
    return out;
  } finally {
    zip.close();
  }
}

/** Reads the central directory, refusing the archive as soon as a limit is passed. */
function listEntries(zip: ZipFile, name: string, limits: ZipLimits): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let total = 0;
  return new Promise((done, fail) => {
    zip.on('error', (error: unknown) => fail(damaged(name, error)));
    zip.on('end', () => done(entries));
    zip.on('entry', (entry: Entry) => {
      const size = entry.uncompressedSize;
      total += size;
      const problem =
        size > limits.maxUnzippedBytes
          ? [nodeMsg.zipEntrySize(entry.fileName, size, limits.maxUnzippedBytes), 'maxUnzippedBytes']
          : total > limits.maxUnzippedBytes
            ? [nodeMsg.zipTotalSize(total, limits.maxUnzippedBytes), 'maxUnzippedBytes']
            : size > RATIO_FLOOR && size > limits.maxZipRatio * Math.max(1, entry.compressedSize)
              ? [nodeMsg.zipRatio(entry.fileName, size / Math.max(1, entry.compressedSize), limits.maxZipRatio), 'maxZipRatio']
              : undefined;
      if (problem) return fail(bomb(name, problem[0] as string, problem[1] as string));
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Inflates one entry; yauzl fails the stream as soon as it yields more than the declared size. */
function inflate(zip: ZipFile, entry: Entry, name: string, maxBytes: number): Promise<Buffer> {
  return new Promise((done, fail) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return fail(damaged(name, error));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > maxBytes) stream.destroy(bomb(name, nodeMsg.zipEntrySize(entry.fileName, total, maxBytes), 'maxUnzippedBytes'));
        else chunks.push(chunk);
      });
      stream.on('error', (e: unknown) =>
        fail(
          e instanceof RolefitError
            ? e
            : /too many bytes/i.test(String((e as Error)?.message))
              ? bomb(name, nodeMsg.zipLies(entry.fileName), 'maxUnzippedBytes')
              : damaged(name, e),
        ),
      );
      stream.on('end', () => done(Buffer.concat(chunks, total)));
    });
  });
}

function bomb(name: string, detail: string, option: string): RolefitError {
  return new RolefitError('E_TOO_LARGE', nodeMsg.zipBomb(name, detail, option));
}

function damaged(name: string, error: unknown): RolefitError {
  return new RolefitError('E_UNSUPPORTED_FORMAT', nodeMsg.unsupportedFormat(name, nodeMsg.damagedZip(String((error as Error)?.message ?? error))), {
    cause: error,
  });
}
