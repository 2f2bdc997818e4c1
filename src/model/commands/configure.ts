/**
 * `agc configure email|format|describe`: read or write ~/.agc/config.yaml only (cli/config). The user id used in
 * AGC's resource names is computed from the stored e-mail on every later command; nothing is sent to AWS here.
 */
import type { CommandRequirements } from '../types';

export const configureEmail: CommandRequirements = {
  command: 'configure email',
  requests: [],
  noAwsCallsBecause: 'It checks the address syntax and stores it in the local ~/.agc/config.yaml.',
};

export const configureFormat: CommandRequirements = {
  command: 'configure format',
  requests: [],
  noAwsCallsBecause: 'It checks the format name and stores it in the local ~/.agc/config.yaml.',
};

export const configureDescribe: CommandRequirements = {
  command: 'configure describe',
  requests: [],
  noAwsCallsBecause: 'It prints the contents of the local ~/.agc/config.yaml.',
};
