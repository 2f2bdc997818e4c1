/**
 * `agc project init|describe|validate`: local agc-project.yaml handling only (storage/project_client.go).
 * The start-up version check these commands share reads a public bucket anonymously (see requests/agc-common.ts).
 */
import type { CommandRequirements } from '../types';

export const projectInit: CommandRequirements = {
  command: 'project init',
  requests: [],
  noAwsCallsBecause: 'It validates the name and workflow type and writes a new agc-project.yaml in the current directory.',
};

export const projectDescribe: CommandRequirements = {
  command: 'project describe',
  requests: [],
  noAwsCallsBecause: 'It reads the nearest agc-project.yaml and prints its name and data locations without checking them.',
};

export const projectValidate: CommandRequirements = {
  command: 'project validate',
  requests: [],
  noAwsCallsBecause: 'It only parses the nearest agc-project.yaml against the bundled JSON schema.',
};
