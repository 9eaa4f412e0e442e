// npm test: the type check runs beside the tests, not before them. vitest keeps both cores busy for most of its run but
// not all of it (starting, and the last files), and tsc --noEmit is one process of ~16 s: side by side, the suite ends
// ~10 s sooner on two cores. Both always run to the end; tsc's output is printed after vitest's, and the exit code is
// the first failure's. Arguments go to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The script of a package's command, run with this node (no shell, no PATH needed). */
function bin(pkg, command) {
  const manifest = require.resolve(`${pkg}/package.json`);
  return join(dirname(manifest), require(manifest).bin[command]);
}

/** Runs a package's command; resolves with its exit code and, when `capture`, its output. */
function run(command, args, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
    }
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const typecheck = run(bin('typescript', 'tsc'), ['--noEmit'], true);
const tests = await run(bin('vitest', 'vitest'), ['run', ...process.argv.slice(2)], false);
const types = await typecheck;
process.stdout.write(types.output);
console.log(types.code === 0 ? 'tsc --noEmit: no errors' : `tsc --noEmit: failed (exit ${types.code})`);
process.exitCode = tests.code || types.code;
