/** Display names for services whose prefix does not read well when capitalised. */
const SERVICE_NAMES: Readonly<Record<string, string>> = {
  cloudformation: 'CloudFormation',
  dynamodb: 'DynamoDb',
  'execute-api': 'ApiGateway',
  logs: 'Logs',
  ssm: 'Ssm',
  sts: 'Sts',
  iam: 'Iam',
  ecr: 'Ecr',
  s3: 'S3',
  kms: 'Kms',
  ec2: 'Ec2',
  batch: 'Batch',
};

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? pascal(service.replace(/[^A-Za-z0-9]/g, ''));
}

/**
 * The words of a resource pattern that say what it is: the part after the ARN header, with placeholders and
 * wildcards dropped, `{bucket}` read as "AgcBucket". `"*"` reads as "AnyResource".
 */
function resourceLabel(pattern: string): string {
  if (pattern === '*') return 'AnyResource';
  const path = pattern.split(':').slice(5).join(':') || pattern;
  const words = path
    .replaceAll('{bucket}', 'AgcBucket')
    .replace(/\{[a-z]+\}/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '' && !/^\d+$/.test(word));
  return words.slice(0, 5).map(pascal).join('') || 'Resource';
}

/**
 * A Sid that says what a statement is for, e.g. `CloudFormationOnStackAgcContext`: its services, then what its
 * first resource names. Sids must be alphanumeric and unique in a policy; `uniqueSids` settles clashes.
 */
export function nameStatement(actions: readonly string[], firstResourcePattern: string): string {
  const services = [...new Set(actions.map((action) => action.split(':')[0].toLowerCase()))].sort();
  return `${services.map(serviceName).join('')}On${resourceLabel(firstResourcePattern)}`.slice(0, 120);
}

export function uniqueSids(names: readonly string[]): string[] {
  const used = new Map<string, number>();
  return names.map((name) => {
    const count = (used.get(name) ?? 0) + 1;
    used.set(name, count);
    return count === 1 ? name : `${name}${count}`;
  });
}
