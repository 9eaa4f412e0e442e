import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { nodeMsg, RolefitError } from '../errors';

/** What a path is when it is not a regular file, for the `E_NOT_A_FILE` message. */
export function fileKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Chunk size of the bounded read. */
const CHUNK = 64 * 1024;

/**
 * Reads a regular file (or a symbolic link to one) with a byte cap enforced while reading: devices, FIFOs,
 * sockets and folders are refused before a byte is read (`open` never blocks on a FIFO: it is non-blocking,
 * and the type checked is that of the opened descriptor, so a swap after the check cannot fool it).
 */
export async function readRegularFile(path: string, maxBytes: number, root?: string): Promise<Uint8Array> {
  const link = await lstat(path).catch((error: unknown) => {
    throw readFailed(path, error);
  });
  if (link.isSymbolicLink() || root !== undefined) await checkTarget(path, link, root);
  else if (!link.isFile()) throw new RolefitError('E_NOT_A_FILE', nodeMsg.notAFile(path, fileKind(link) ?? 'not a regular file'));
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY).catch((error: unknown) => {
    throw readFailed(path, error);
  });
  try {
    const info = await handle.stat();
    const kind = fileKind(info);
    if (kind) throw new RolefitError('E_NOT_A_FILE', nodeMsg.notAFile(path, kind));
    if (info.size > maxBytes) throw new RolefitError('E_TOO_LARGE', nodeMsg.tooLarge(path, 'bytes', info.size, maxBytes, 'maxBytes'));
    return await readCapped(handle, path, maxBytes);
  } catch (error) {
    throw error instanceof RolefitError ? error : readFailed(path, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads at most `maxBytes` bytes; one more byte means the file grew past the limit while being read. */
async function readCapped(handle: import('node:fs/promises').FileHandle, path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new RolefitError('E_TOO_LARGE', nodeMsg.tooLarge(path, 'bytes', total, maxBytes, 'maxBytes'));
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** A symbolic link is followed only to a regular file (inside `root` when given). */
async function checkTarget(path: string, link: Stats, root: string | undefined): Promise<void> {
  const target = await realpath(path).catch((error: unknown) => {
    throw readFailed(path, error);
  });
  if (root !== undefined) {
    const base = await realpath(root).catch(() => resolve(root));
    const rel = relative(base, target);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      throw new RolefitError('E_NOT_A_FILE', nodeMsg.notAFile(path, nodeMsg.outsideRoot(root)));
    }
  }
  if (!link.isSymbolicLink()) return;
  const info = await lstat(target).catch((error: unknown) => {
    throw readFailed(path, error);
  });
  const kind = fileKind(info);
  if (kind) throw new RolefitError('E_NOT_A_FILE', nodeMsg.notAFile(path, nodeMsg.linkTo(kind)));
}

/** A file-system error as a `RolefitError` naming the file. */
export function readFailed(path: string, error: unknown): RolefitError {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENXIO') return new RolefitError('E_NOT_A_FILE', nodeMsg.notAFile(path, 'a socket'), { cause: error });
  return new RolefitError('E_READ_FAILED', nodeMsg.readFailed(path, e?.code ? `${e.code} (${e.syscall ?? 'read'})` : String(e?.message ?? error)), {
    cause: error,
  });
}
