import { App } from 'aws-cdk-lib';
import { ensurePoliciesFit } from '../export/ensure-policies-fit';
import { loadConfigFile } from '../options/load-config-file';
import { OPTION_SPECS } from '../options/option-table';
import { resolveOptions } from '../options/resolve-options';
import { reportFailure } from '../cli/report-failure';
import { AgcPermissionsStack } from './agc-permissions-stack';

/** The CDK app behind `cdk synth` and `cdk deploy`: options from `-c name=value` and agc-permissions.json. */
function main(): void {
  const app = new App();
  const context = Object.fromEntries(OPTION_SPECS.map((spec) => [spec.name, app.node.tryGetContext(spec.name)]));
  const { options } = resolveOptions({ context, file: loadConfigFile() });
  ensurePoliciesFit(options);
  new AgcPermissionsStack(app, options);
  app.synth();
}

try {
  main();
} catch (error) {
  process.exit(reportFailure(error, process.argv.includes('--debug')));
}
