/**
 * npm run check:types, after npm run build: every subpath of `exports` typechecks for a user's project under each of
 * TypeScript's module resolutions (node10, node16 from ESM and from CommonJS, bundler). The projects import the packed
 * tarball, not src/, with only the package's production dependencies (and @types/node) beside it, as a user gets them.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTarball, linkDependencies, type Manifest, ROOT } from './_tarball';

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface Case {
  name: string;
  compilerOptions: Record<string, unknown>;
  /** File name → module syntax of that file (a `.cts` file is CommonJS under node16). */
  files: Record<string, 'esm' | 'cjs'>;
  type?: 'module';
}

const CASES: readonly Case[] = [
  { name: 'node10', compilerOptions: { module: 'commonjs', moduleResolution: 'node10' }, files: { 'index.ts': 'cjs' } },
  { name: 'node16', compilerOptions: { module: 'node16', moduleResolution: 'node16' }, files: { 'esm.mts': 'esm', 'cjs.cts': 'cjs' }, type: 'module' },
  { name: 'bundler', compilerOptions: { module: 'esnext', moduleResolution: 'bundler' }, files: { 'index.ts': 'esm' }, type: 'module' },
];

/** Every subpath that a user can import (`.` as the package name), without package.json and other non-code files. */
function subpaths(manifest: Manifest): string[] {
  const keys = Object.keys(manifest.exports ?? { '.': null });
  const wildcard = keys.find((k) => k.includes('*'));
  if (wildcard) throw new Error(`\`exports\` has the pattern \`${wildcard}\`: list its subpaths in scripts/check-types.ts`);
  return keys.filter((k) => !k.endsWith('.json')).map((k) => (k === '.' ? manifest.name : `${manifest.name}/${k.slice(2)}`));
}

function source(specifiers: readonly string[]): string {
  const imports = specifiers.map((s, i) => `import * as m${i} from '${s}';`);
  return `${imports.join('\n')}\nexport const modules = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;
}

function runAsync(command: string, args: readonly string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', (e) => resolve({ ok: false, output: String(e) }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}

function checkCase(dir: string, c: Case, specifiers: readonly string[]): Promise<{ ok: boolean; output: string }> {
  const project = join(dir, c.name);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: `check-${c.name}`, private: true, ...(c.type ? { type: c.type } : {}) }, null, 2)}\n`);
  // skipLibCheck off, so that tsc also checks the package's .d.ts files; esModuleInterop as `tsc --init` sets it.
  const compilerOptions = {
    ...{ target: 'es2022', lib: ['es2022'], types: ['node'], strict: true, esModuleInterop: true, skipLibCheck: false, noEmit: true },
    ...c.compilerOptions,
  };
  writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files: Object.keys(c.files) }, null, 2)}\n`);
  for (const file of Object.keys(c.files)) writeFileSync(join(project, file), source(specifiers));
  return runAsync(process.execPath, [TSC, '-p', project], project);
}

const dir = mkdtempSync(join(tmpdir(), 'rolefit-check-types-'));
let failed = false;
try {
  const manifest = installTarball(dir);
  linkDependencies(dir, [...Object.keys(manifest.dependencies ?? {}), '@types/node']);
  const specifiers = subpaths(manifest);
  console.log(`Typechecking ${specifiers.map((s) => `\`${s}\``).join(', ')} from the packed tarball:`);
  const results = await Promise.all(CASES.map((c) => checkCase(dir, c, specifiers)));
  for (const [i, c] of CASES.entries()) {
    const result = results[i] ?? { ok: false, output: 'not run' };
    const from = Object.entries(c.files)
      .map(([file, kind]) => `${file} (${kind === 'esm' ? 'ESM' : 'CommonJS'})`)
      .join(', ');
    console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} moduleResolution ${c.name}: ${from}`);
    if (!result.ok) {
      failed = true;
      console.log(result.output.replace(/^/gm, '       '));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
