#!/usr/bin/env node
// The `rolefit` executable: runs the CLI on argv and sets the exit code.
import { main } from './main';

// A closed stdout (`rolefit match folder | head`) ends the run quietly, with the exit code so far.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`rolefit: internal error: ${String(error)}\n`);
    process.exitCode = 4;
  },
);
