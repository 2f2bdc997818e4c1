#!/usr/bin/env node
'use strict';
// A reader that stops early (`| head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
require('../dist/src/cli/main.js')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
