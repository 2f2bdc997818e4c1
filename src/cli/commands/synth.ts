import { writeFilesAtomically } from '../../export/write-files-atomically';
import { synthesizeTemplate } from '../../stack/synthesize-template';
import { ensurePoliciesFit } from '../../export/ensure-policies-fit';
import type { CommandDefinition } from '../command-line';
import { resolveCommandOptions } from '../resolve-command-options';

export const synthCommand: CommandDefinition = {
  name: 'synth',
  summary: 'The CloudFormation template of the stack, offline: printed, or written to --out DIR as <stack-name>.template.json.',
  takesPolicyOptions: true,
  flags: { out: { type: 'string', description: 'directory to write the template to' } },
  run(commandLine) {
    const { options } = resolveCommandOptions(commandLine);
    ensurePoliciesFit(options);
    const text = `${JSON.stringify(synthesizeTemplate(options), null, 1)}\n`;
    const out = commandLine.flags.out as string | undefined;
    if (!out) {
      process.stdout.write(text);
      return 0;
    }
    const [path] = writeFilesAtomically(out, { [`${options.stackName}.template.json`]: text });
    process.stdout.write(`template: ${path}\n`);
    return 0;
  },
};
