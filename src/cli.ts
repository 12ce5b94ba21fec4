#!/usr/bin/env node
import { runCli } from './batch/cli/run.js';

runCli(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: NodeJS.ErrnoException) => {
    // A reader that closed the pipe early (`autofacts dir | head`) is not worth a message.
    if (error.code !== 'EPIPE') process.stderr.write(`autofacts: ${error.message}\n`);
    process.exitCode = 2;
  },
);
