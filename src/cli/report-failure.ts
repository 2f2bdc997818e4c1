import { UsageError } from '../options/usage-error';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_BUG = 70;

/** One line on stderr for bad input (exit 2); anything else is our bug, said as such (exit 70). */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    process.stderr.write(`agc-permissions: ${error.message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`agc-permissions: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  else process.stderr.write('agc-permissions: this is a bug; run again with --debug to see the trace\n');
  return EXIT_BUG;
}
