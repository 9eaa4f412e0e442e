// The packed tarball unpacked into a scratch project, with the package's production dependencies linked beside it, as
// a user gets them: for scripts/check-types.ts and scripts/check-bundlers.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Manifest {
  name: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function run(command: string, args: readonly string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim() };
}

/** `npm pack` into `dir`, unpacked as `dir/node_modules/<name>`; returns the packed package.json. */
export function installTarball(dir: string): Manifest {
  const packed = run('npm', ['pack', '--json', '--pack-destination', dir], ROOT);
  if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
  const [info] = JSON.parse(packed.output.slice(packed.output.indexOf('['))) as Array<{ filename: string }>;
  if (!info) throw new Error('npm pack printed no file name');
  const untar = run('tar', ['-xzf', join(dir, info.filename), '-C', dir], dir);
  if (!untar.ok) throw new Error(`tar failed:\n${untar.output}`);
  const manifest = readJson<Manifest>(join(dir, 'package', 'package.json'));
  const target = join(dir, 'node_modules', manifest.name);
  mkdirSync(dirname(target), { recursive: true });
  renameSync(join(dir, 'package'), target);
  return manifest;
}

/** Links the production dependency tree (as installed here) and @types/node into `dir/node_modules`. */
export function linkDependencies(dir: string, names: readonly string[]): void {
  const queue = [...names];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const target = join(dir, 'node_modules', name);
    if (existsSync(target)) continue;
    const source = join(ROOT, 'node_modules', name);
    if (!existsSync(source)) throw new Error(`dependency \`${name}\` is not installed in node_modules: run npm ci`);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, 'dir');
    queue.push(...Object.keys(readJson<Manifest>(join(source, 'package.json')).dependencies ?? {}));
  }
}
