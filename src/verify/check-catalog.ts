import { conditionKeyExists, lookupAction, type CatalogAction } from '../catalog/iam-catalog';
import { patternsIntersect } from '../compile/glob-patterns';
import type { NamedPolicy, PolicyStatement } from './engine/types';
import type { Finding } from './types';

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` as a wildcard pattern: every variable may be anything. */
const formatAsPattern = (arnFormat: string) => arnFormat.replace(/\$\{[^}]+\}/g, '*');

function resourceFits(resource: string, action: CatalogAction): boolean {
  if (resource === '*') return true;
  return action.arnFormats.some((format) => patternsIntersect(formatAsPattern(format), resource));
}

/**
 * Statement by statement against the IAM catalog: the actions exist; every resource can name a resource type of
 * some action of the statement, and every action has a resource it can match; `"*"` is used only where an action
 * supports no resource-level permission; every condition key exists for each action or globally.
 */
export async function checkCatalog(policies: readonly NamedPolicy[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const policy of policies) {
    const statements = ([] as PolicyStatement[]).concat(policy.document.Statement);
    for (const [index, statement] of statements.entries()) {
      const where = `${policy.name} statement ${statement.Sid ?? index}`;
      const known: CatalogAction[] = [];
      for (const action of asList(statement.Action)) {
        if (/[*?]/.test(action)) {
          findings.push({ code: 'ActionWildcard', message: `action pattern ${action} grants every matching action, present and future`, where });
          continue;
        }
        const entry = await lookupAction(action);
        if (!entry) findings.push({ code: 'UnknownAction', message: `${action} is not an action of the IAM catalog`, where });
        else known.push(entry);
      }
      const resources = asList(statement.Resource);
      for (const action of known) {
        if (!resources.some((resource) => resourceFits(resource, action))) {
          findings.push({ code: 'ResourceCannotMatch', message: `no resource of the statement can name a resource type of ${action.name}`, where });
        }
        if (resources.includes('*') && action.arnFormats.length > 0) {
          findings.push({ code: 'StarOnResourceLevelAction', message: `${action.name} supports resource-level permissions but is granted on "*"`, where });
        }
        for (const key of Object.values(statement.Condition ?? {}).flatMap((block) => Object.keys(block))) {
          if (!(await conditionKeyExists(key, action))) {
            findings.push({ code: 'UnknownConditionKey', message: `condition key ${key} does not apply to ${action.name}`, where });
          }
        }
      }
      for (const resource of resources) {
        if (known.length > 0 && !known.some((action) => resourceFits(resource, action))) {
          findings.push({ code: 'ResourceCannotMatch', message: `${resource} names no resource type of the statement's actions`, where });
        }
      }
    }
  }
  return findings;
}
