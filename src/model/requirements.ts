import { accountActivate, accountDeactivate } from './commands/account';
import { configureDescribe, configureEmail, configureFormat } from './commands/configure';
import { contextDeploy, contextDescribe, contextDestroy, contextList, contextStatus } from './commands/context';
import { logsAccess, logsAdapter, logsEngine, logsWorkflow } from './commands/logs';
import { projectDescribe, projectInit, projectValidate } from './commands/project';
import {
  workflowDescribe,
  workflowList,
  workflowOutput,
  workflowRun,
  workflowStatus,
  workflowStop,
} from './commands/workflow';
import type { AgcCommand, CommandRequirements, Persona, PolicyId, Requirement, AwsRequest } from './types';

/** The model: every AGC command with the requests it makes, in AGC_COMMANDS order. */
export const COMMAND_REQUIREMENTS: readonly CommandRequirements[] = [
  accountActivate,
  accountDeactivate,
  contextDeploy,
  contextDestroy,
  contextList,
  contextDescribe,
  contextStatus,
  workflowRun,
  workflowList,
  workflowStatus,
  workflowStop,
  workflowOutput,
  workflowDescribe,
  logsWorkflow,
  logsEngine,
  logsAdapter,
  logsAccess,
  projectInit,
  projectDescribe,
  projectValidate,
  configureEmail,
  configureFormat,
  configureDescribe,
];

/** `account *` is the administrator's; everything else is a day-to-day user's. */
export function personaOf(command: AgcCommand): Persona {
  return command.startsWith('account ') ? 'admin' : 'user';
}

/**
 * The policy a request lands in. The user's grants are split by who signs the request, so that an organisation
 * which runs the CDK toolkit differently (or not at all) can see and swap that half on its own.
 */
export function policyOf(persona: Persona, request: AwsRequest): PolicyId {
  if (persona === 'admin') return 'admin';
  return request.caller === 'agc' ? 'user' : 'user-cdk';
}

const grantKey = (request: AwsRequest) => JSON.stringify([request.action, request.resource, request.conditions ?? null]);

/**
 * Flattens the model into requirements with stable ids: `workflow-run/s3:PutObject`, `...#2` for a second resource.
 * A toolkit request that AGC's own code also makes (the same action, resource and conditions) lands in the user
 * policy beside it, so the user's two policies never grant the same thing twice.
 */
export function listRequirements(model: readonly CommandRequirements[] = COMMAND_REQUIREMENTS): Requirement[] {
  const userOwnGrants = new Set(
    model.filter(({ command }) => personaOf(command) === 'user').flatMap(({ requests }) => requests.filter((r) => r.caller === 'agc').map(grantKey)),
  );
  const requirements: Requirement[] = [];
  for (const { command, requests } of model) {
    const persona = personaOf(command);
    const seen = new Map<string, number>();
    for (const request of requests) {
      const base = `${command.replace(' ', '-')}/${request.action}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const id = count === 1 ? base : `${base}#${count}`;
      const policy = persona === 'user' && userOwnGrants.has(grantKey(request)) ? 'user' : policyOf(persona, request);
      requirements.push({ ...request, id, command, persona, policy });
    }
  }
  return requirements;
}
