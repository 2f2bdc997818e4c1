import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Wall time of the main job (`npm start`: synth, export, verify), over a few runs in a scratch directory. */
export function benchStart(runs: number): void {
  const bin = resolve(__dirname, '../../bin/agc-permissions.js');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cwd = mkdtempSync(join(tmpdir(), 'agc-bench-'));
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'main'], { cwd, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`npm start failed in run ${i + 1}: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  console.log(`npm start (main job) wall time over ${runs} runs: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms`);
}
