/**
 * Public types of the identity-policy evaluation engine. Other modules code
 * against these shapes, so they mirror the IAM policy grammar closely and stay
 * free of engine internals.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[] | boolean | number | (string | boolean | number)[]>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export interface NamedPolicy {
  name: string;
  document: PolicyDocument;
}

/** Context keys are case-insensitive; values are strings as AWS puts them in the request context. */
export interface EvaluationRequest {
  action: string;
  resource: string;
  context?: Readonly<Record<string, string | readonly string[]>>;
}

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

/** `index` is the zero-based position of the statement inside its policy. */
export interface StatementRef {
  policy: string;
  index: number;
  sid?: string;
}

export interface Evaluation {
  decision: Decision;
  allowedBy: StatementRef[];
  deniedBy: StatementRef[];
}
