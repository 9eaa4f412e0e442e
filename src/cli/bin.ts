#!/usr/bin/env node
// The `rolefit` executable: runs the CLI on argv and sets the exit code.
import { EXIT, main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rolefit: internal error: ${String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
