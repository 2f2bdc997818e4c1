/**
 * Resolves the CloudFormation intrinsics our template uses (`Fn::Join`, `Ref` to pseudo parameters) for one
 * partition and account, so a template policy can be compared with an exported one.
 */
export function resolveIntrinsics(value: unknown, pseudo: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, pseudo));
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('Ref' in object && typeof object.Ref === 'string' && object.Ref in pseudo) return pseudo[object.Ref];
    if ('Fn::Join' in object) {
      const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
      return parts.map((part) => resolveIntrinsics(part, pseudo)).join(separator);
    }
    return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, resolveIntrinsics(inner, pseudo)]));
  }
  return value;
}

export const repoRoot = (): string => require('node:path').resolve(__dirname, '../../..');
