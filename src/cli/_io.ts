import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { cliMsg, RolefitError } from '../errors';

/** A usage error (exit code 2). Here, not in ./_args (which re-exports it): that module loads zod, which `--help` does not need. */
export function usage(message: string): RolefitError {
  return new RolefitError('E_INVALID_OPTIONS', message);
}

/** Where the CLI writes: stdout and stderr (or test buffers). `out` may return a promise to wait for (backpressure). */
export interface Io {
  out: (s: string) => void | Promise<void>;
  err: (s: string) => void;
  color: boolean;
  progress: boolean;
  /** Standard input, for `-` (default: the process's). */
  stdin?: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** A command's state: its streams and the exit code so far. */
export interface Ctx {
  io: Io;
  code: number;
}

/** The process's streams: stdout waits for `drain` when its buffer is full, so memory stays bounded. */
export function terminal(): Io {
  const noColor = (process.env.NO_COLOR ?? '') !== '';
  return {
    out: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
    err: (s) => void process.stderr.write(s),
    color: Boolean(process.stdout.isTTY) && !noColor,
    progress: Boolean(process.stderr.isTTY),
  };
}

/** Where a command's result goes: stdout, or the `-o` file. */
export interface Sink {
  write: (s: string) => void | Promise<void>;
  close: () => Promise<void>;
  /** The file, when writing to one. */
  file?: string;
}

/** Checks an `-o` path before any work: its folder must exist and the path must not be a folder. */
export async function checkOutput(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw usage(cliMsg.outputFolderMissing(path, dirname(path)));
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw usage(cliMsg.outputNotWritable(path, 'it is a folder'));
}

/** Opens the sink: the `-o` file (checked first) or stdout. */
export async function openSink(io: Io, path: string | undefined): Promise<Sink> {
  if (path === undefined) return { write: io.out, close: async () => undefined };
  await checkOutput(path);
  const stream: WriteStream = createWriteStream(path);
  let failure: Error | undefined;
  stream.on('error', (e) => {
    failure = e;
  });
  await Promise.race([once(stream, 'open'), once(stream, 'error')]).catch(() => undefined);
  if (failure) throw usage(cliMsg.outputNotWritable(path, (failure as NodeJS.ErrnoException).code ?? failure.message));
  return {
    file: path,
    write: (s) => (stream.write(s) ? undefined : once(stream, 'drain').then(() => undefined)),
    close: () =>
      new Promise((done, fail) => {
        stream.end(() => (failure ? fail(usage(cliMsg.outputNotWritable(path, failure.message))) : done()));
      }),
  };
}

/** Reads standard input, up to `maxBytes` (one byte more is `E_TOO_LARGE`, raised by the reader). */
export async function readStdin(io: Io, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of io.stdin ?? process.stdin) {
    const buffer = Buffer.from(chunk);
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}
