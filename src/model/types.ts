/**
 * The requirement model: which AGC command makes which AWS request, on what resource, when, and why we believe so.
 *
 * Everything the compiler grants comes from values of these types, and nothing else. The model is plain data so it
 * can be reviewed, diffed and tested without synthesizing anything.
 */

/** Every AGC command, as typed at the shell. */
export const AGC_COMMANDS = [
  'account activate',
  'account deactivate',
  'context deploy',
  'context destroy',
  'context list',
  'context describe',
  'context status',
  'workflow run',
  'workflow list',
  'workflow status',
  'workflow stop',
  'workflow output',
  'workflow describe',
  'logs workflow',
  'logs engine',
  'logs adapter',
  'logs access',
  'project init',
  'project describe',
  'project validate',
  'configure email',
  'configure format',
  'configure describe',
] as const;
export type AgcCommand = (typeof AGC_COMMANDS)[number];

/** Who runs a command: the account's AGC administrator (`account *`) or a day-to-day user (everything else). */
export type Persona = 'admin' | 'user';

/**
 * Who signs the request with the caller's credentials. This decides the policy a user requirement lands in:
 * AGC's own Go code goes to the user policy, the CDK toolkit's calls to the user-cdk policy. `cloudformation`
 * marks resource operations CloudFormation performs with the caller's credentials because the stack has no
 * execution role (the bootstrap stack `Agc-CDKToolkit`).
 */
export type Caller = 'agc' | 'cdk-toolkit' | 'cloudformation';

/** The three managed policies this project produces. */
export type PolicyId = 'admin' | 'user' | 'user-cdk';

/**
 * Where a fact comes from: a repo-relative file and line. `in` names the source when it is not
 * `aws/amazon-genomics-cli` at {@link AGC_COMMIT}, for example the CDK CLI package AGC pins.
 */
export interface Evidence {
  readonly path: string;
  readonly line: number;
  readonly in?: EvidenceSource;
}
export type EvidenceSource = 'aws/amazon-genomics-cli' | 'aws-cdk@2.128.0';

/** The commit of `aws/amazon-genomics-cli` that every evidence line refers to. */
export const AGC_COMMIT = 'f9774847cee3a8b1e6ad3d9dbcee78919841639b';
/** The CDK CLI version AGC pins (packages/cdk/npm-shrinkwrap.json): it decides what the toolkit calls. */
export const AGC_CDK_CLI_VERSION = '2.128.0';

/**
 * When a request happens. Absent means every run of the command makes it.
 * - `flag`: only when the user passes this flag (`--vpc`, `--bucket`, `--force`, ...);
 * - `situation`: only in a state of the world, said in a few words ("first activation", "local workflow").
 */
export type Trigger = { readonly flag: string } | { readonly situation: string };

/**
 * A resource ARN pattern. Placeholders in braces are filled by the compiler's scope:
 * - `{partition}`, `{region}`, `{account}`: the usual ARN parts;
 * - `{bucket}`: AGC's data bucket, `agc-{account}-{region}` unless activated with `--bucket`;
 * - `{project}`, `{user}`, `{context}`: AGC's project name, user id and context name, which appear in
 *   context stack names, bucket keys and log groups.
 * `*` and `?` keep their IAM meaning. The single value `*` means "no resource-level permission" and needs
 * {@link AwsRequest.starReason}.
 */
export type ResourcePattern = string;

/** IAM condition block: operator -> key -> value(s). Values may use the same placeholders as resources. */
export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

/** One AWS request, independent of which command makes it. Shared requests live in `src/model/requests`. */
export interface AwsRequest {
  /** `service:Action`, spelled as in the IAM service authorization reference. */
  readonly action: string;
  readonly resource: ResourcePattern;
  /** Conditions that narrow the grant and that every real request satisfies. */
  readonly conditions?: ConditionBlock;
  readonly caller: Caller;
  /** Why the command makes this request, in a sentence, in our own words. */
  readonly why: string;
  /** Required when `resource` is `*`: why no narrower resource is possible. */
  readonly starReason?: string;
  readonly evidence: readonly Evidence[];
  readonly when?: Trigger;
  /**
   * Set on requests that are granted only when the administrator opts in: `cdk-fallback` marks what the CDK toolkit
   * does with the caller's own credentials when it cannot assume the bootstrap roles.
   */
  readonly optIn?: OptIn;
}

export type OptIn = 'cdk-fallback';

/** The requests one command makes, in the order it makes them. */
export interface CommandRequirements {
  readonly command: AgcCommand;
  readonly requests: readonly AwsRequest[];
  /** For commands that call no AWS API at all: why not. */
  readonly noAwsCallsBecause?: string;
}

/** A request attributed to one command: the unit the compiler grants and the verifier checks. */
export interface Requirement extends AwsRequest {
  /** Stable id: `workflow-run/s3:PutObject`, with `#2`, `#3`... when a command makes the action on several resources. */
  readonly id: string;
  readonly command: AgcCommand;
  readonly persona: Persona;
  readonly policy: PolicyId;
}
