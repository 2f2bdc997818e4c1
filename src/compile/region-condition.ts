import type { AwsRequest, ConditionBlock } from '../model/types';
import type { Scope } from './scope';

/** Services whose endpoints are global: `aws:RequestedRegion` says nothing useful about where AGC runs. */
const GLOBAL_SERVICES = new Set(['iam', 'sts', 'organizations', 'route53', 'cloudfront']);

/**
 * When regions are narrowed, a request to a regional service is pinned with `aws:RequestedRegion` and its ARN keeps
 * `*` for the region: a regional endpoint acts only on its own region's resources, so this is as strict as listing
 * every region in every ARN, and it keeps a policy for many regions within IAM's size quota. ARNs of global
 * services (IAM role names carry the region), and S3 bucket names that carry it, still list the regions.
 */
export function needsRegionCondition(request: AwsRequest, scope: Scope): boolean {
  if (scope.regions === '*') return false;
  const service = request.action.split(':')[0].toLowerCase();
  if (GLOBAL_SERVICES.has(service)) return false;
  const regionInName = /\{region\}/.test(request.resource) || (/\{bucket\}/.test(request.resource) && !scope.bucket);
  return service !== 's3' || !regionInName;
}

/** The scope to fill a request's resource with: every region in the ARN when a condition pins the region instead. */
export function resourceScopeOf(request: AwsRequest, scope: Scope): Scope {
  return needsRegionCondition(request, scope) ? { ...scope, regions: '*' } : scope;
}

export function conditionsWithRegion(request: AwsRequest, scope: Scope): ConditionBlock | undefined {
  if (!needsRegionCondition(request, scope) || scope.regions === '*') return request.conditions;
  const existing = request.conditions ?? {};
  return { ...existing, StringEquals: { ...(existing.StringEquals ?? {}), 'aws:RequestedRegion': [...scope.regions] } };
}
