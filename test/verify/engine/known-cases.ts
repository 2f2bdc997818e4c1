/**
 * Documented disagreements with iam-simulate, kept where the AWS IAM
 * documentation supports our engine. Each row records what our engine
 * decides and what the oracle was observed to decide (iam-simulate 0.1.173).
 * The random generator avoids these shapes so its sample stays comparable.
 */
import type { Decision, NamedPolicy } from '../../../src/verify/engine/types';

export interface KnownCase {
  name: string;
  /** The AWS documentation rule our engine follows. */
  rule: string;
  policies: NamedPolicy[];
  request: { action: string; resource: string; context: Record<string, string | string[]> };
  ours: Decision;
  oracle: Decision;
}

const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/agc-Workflows';
const allow = (statement: object, version: string | null = '2012-10-17'): NamedPolicy[] => [
  { name: 'p', document: { ...(version ? { Version: version } : {}), Statement: [{ Effect: 'Allow', ...statement }] } as NamedPolicy['document'] },
];

export const KNOWN_CASES: KnownCase[] = [
  {
    name: 'policy variables are literal text without Version 2012-10-17',
    rule: 'IAM User Guide, Policy variables: with an earlier or missing Version, "variables such as ${aws:username} aren\'t recognized as variables and are instead treated as literal strings in the policy."',
    policies: allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::agc-data/${aws:username}' }, null),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::agc-data/alice', context: { 'aws:username': 'alice' } },
    ours: 'ImplicitlyDenied',
    oracle: 'Allowed',
  },
  {
    name: 'escape ${$} in StringEquals',
    rule: 'IAM User Guide, Policy variables / special characters: "These predefined policy variables can be used in any string where you can use regular policy variables."',
    policies: allow({ Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:username': 'a${$}' } } }),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::agc-data/k', context: { 'aws:username': 'a$' } },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'trailing * of a segment expands across colons',
    rule: 'IAM User Guide, Resource element: "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon boundaries."',
    policies: allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-*:table/agc-Workflows' }),
    request: { action: 'dynamodb:GetItem', resource: TABLE, context: {} },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'truncated ARN without wildcard is not a prefix match',
    rule: 'IAM User Guide, Resource element: wildcards (* and ?) are what make one ARN cover others; "arn:aws:dynamodb:us-east-1" has none, so it names no table.',
    policies: allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1' }),
    request: { action: 'dynamodb:GetItem', resource: TABLE, context: {} },
    ours: 'ImplicitlyDenied',
    oracle: 'Allowed',
  },
  {
    name: '? inside the resource-type part of the ARN',
    rule: 'IAM User Guide, Resource element: wildcards within the individual segments of an ARN represent "any single character (?)".',
    policies: allow({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::123456789012:ro?e/eng' }),
    request: { action: 'iam:GetRole', resource: 'arn:aws:iam::123456789012:role/eng', context: {} },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'policy variable outside the resource segment',
    rule: 'IAM User Guide, Policy variables: you can use a variable in the Resource element ARN, and at evaluation it is replaced by the request value before matching.',
    policies: allow({ Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:${aws:RequestedRegion}:123456789012:table/agc-Workflows' }),
    request: { action: 'dynamodb:GetItem', resource: TABLE, context: { 'aws:RequestedRegion': 'us-east-1' } },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'IpAddress 0.0.0.0/0 contains every IPv4 address',
    rule: 'IAM User Guide, Condition operators: "IpAddress — The specified IP address or range" (RFC 4632 CIDR; /0 is the whole IPv4 space).',
    policies: allow({ Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::agc-data/k', context: { 'aws:SourceIp': '203.0.113.9' } },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'NotIpAddress with a bare IPv4 host and an IPv6 caller',
    rule: 'IAM User Guide, Condition operators: "NotIpAddress — Negated matching. All IP addresses except the specified IP address or range".',
    policies: allow({ Action: 's3:GetObject', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.9' } } }),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::agc-data/k', context: { 'aws:SourceIp': '2001:db8::5' } },
    ours: 'Allowed',
    oracle: 'ImplicitlyDenied',
  },
  {
    name: 'epoch time is seconds',
    rule: 'IAM User Guide, Date condition operators: dates are ISO 8601 or "epoch (UNIX) time" — UNIX time counts seconds (aws:EpochTime carries seconds).',
    policies: allow({ Action: 's3:GetObject', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': '1717243201' } } }),
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::agc-data/k', context: { 'aws:CurrentTime': '2024-06-01T12:00:00Z' } },
    ours: 'ImplicitlyDenied',
    oracle: 'Allowed',
  },
];
