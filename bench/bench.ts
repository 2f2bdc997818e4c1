/** Benchmark entry point (`npm run bench`): figures are printed, never asserted. */
import { benchEngine } from './engine-bench';
import { benchSizes } from './size-bench';
import { benchStart } from './start-bench';
import { benchVerify } from './verify-bench';

benchSizes();
benchEngine(20000)
  .then(() => benchVerify())
  .then(() => benchStart(5))
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
