/** Benchmark entry point (`npm run bench`). */
import { benchEngine } from './engine-bench';

benchEngine(20000).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
