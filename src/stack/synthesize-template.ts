import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { PermissionsOptions } from '../options/types';
import { AgcPermissionsStack } from './agc-permissions-stack';

/** The CloudFormation template of the stack, synthesized in-process and offline; the cloud assembly is thrown away. */
export function synthesizeTemplate(options: PermissionsOptions): Record<string, unknown> {
  const outdir = mkdtempSync(join(tmpdir(), 'agc-permissions-synth-'));
  try {
    const app = new App({ outdir });
    const stack = new AgcPermissionsStack(app, options);
    return app.synth().getStackByName(stack.stackName).template as Record<string, unknown>;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
