import { configCommand } from './commands/config';
import { explainCommand } from './commands/explain';
import { exportCommand } from './commands/export';
import { startCommand } from './commands/start';
import { synthCommand } from './commands/synth';
import { verifyCommand } from './commands/verify';
import { helpText, parseCommandLine, type CommandDefinition } from './command-line';
import { EXIT_USAGE, reportFailure } from './report-failure';

const COMMANDS: readonly CommandDefinition[] = [startCommand, synthCommand, exportCommand, verifyCommand, explainCommand, configCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return [
    'usage: agc-permissions COMMAND [flags]',
    '',
    'Least-privilege IAM policies for the Amazon Genomics CLI, generated from a traced model and verified offline.',
    '',
    'commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    "Run 'agc-permissions COMMAND --help' for a command's flags.",
    '',
  ].join('\n');
}

/** Runs one command line and returns the exit code; every output goes through stdout/stderr here. */
export async function run(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`agc-permissions: unknown command '${name}'; expected one of ${COMMANDS.map((c) => c.name).join(', ')}\n`);
    return EXIT_USAGE;
  }
  try {
    const commandLine = parseCommandLine(command, rest);
    if (commandLine.help) {
      process.stdout.write(helpText(command));
      return 0;
    }
    return await command.run(commandLine);
  } catch (error) {
    return reportFailure(error, rest.includes('--debug'));
  }
}
