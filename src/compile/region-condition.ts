import type { AwsRequest, ConditionBlock } from '../model/types';
import type { Scope } from './scope';

/** Services whose endpoints are global: `aws:RequestedRegion` says nothing useful about where AGC runs. */
const GLOBAL_SERVICES = new Set(['iam', 'sts', 'organizations', 'route53', 'cloudfront']);

/**
 * When regions are narrowed, a request whose resource cannot carry the region (no `{region}` in its ARN, for
 * example a `"*"` resource) is pinned with `aws:RequestedRegion` instead, so that the grant stops at the same
 * border as the ARN-scoped ones.
 */
export function needsRegionCondition(request: AwsRequest, scope: Scope): boolean {
  if (scope.regions === '*') return false;
  const service = request.action.split(':')[0].toLowerCase();
  const namesRegion = /\{region\}/.test(request.resource) || (/\{bucket\}/.test(request.resource) && !scope.bucket);
  return !namesRegion && !GLOBAL_SERVICES.has(service);
}

export function conditionsWithRegion(request: AwsRequest, scope: Scope): ConditionBlock | undefined {
  if (scope.regions === '*' || !needsRegionCondition(request, scope)) return request.conditions;
  const existing = request.conditions ?? {};
  return { ...existing, StringEquals: { ...(existing.StringEquals ?? {}), 'aws:RequestedRegion': [...scope.regions] } };
}
