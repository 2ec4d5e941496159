/**
 * Trust policies for GitHub's OIDC provider: the role can be assumed only by workflow runs
 * of one repository, on one branch (or in one deployment environment), with the STS
 * audience. Subjects are exact strings (StringEquals), never patterns, so no other
 * repository, fork, branch or tag can obtain the role.
 */
import type { Partition } from '../config/regions.js';
import type { Duty } from './catalog.js';
import type { PolicyDocument } from './statements.js';

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
export const OIDC_AUDIENCE = 'sts.amazonaws.com';

export interface TrustPolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: { Federated: string };
  Action: 'sts:AssumeRoleWithWebIdentity';
  Condition: { StringEquals: Record<string, string | string[]> };
}

/** The vault role's trust: named roles of the source account, no condition needed (ARNs are exact). */
export interface RoleTrustPolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: { AWS: string | string[] };
  Action: 'sts:AssumeRole';
}

export interface TrustPolicyDocument {
  Version: PolicyDocument['Version'];
  Statement: (TrustPolicyStatement | RoleTrustPolicyStatement)[];
}

/** The role names the template's workflows assume: `aws-backup-gitops-<duty>`. */
export function roleName(duty: Duty): string {
  return `aws-backup-gitops-${duty}`;
}

export function roleArn(partition: Partition, accountId: string, duty: Duty): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName(duty)}`;
}

export function awsRoleTrustPolicy(roleArns: string[], sid: string): TrustPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: 'Allow', Principal: { AWS: roleArns.length === 1 ? roleArns[0]! : roleArns }, Action: 'sts:AssumeRole' }],
  };
}

// GitHub owner and repository names: letters, digits, '-', '_' and '.'; no wildcard can pass.
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+$/;
const WILDCARD_OR_SPACE = /[*?\s]/;

/** Throws one clear message for a repository, branch or environment a trust policy cannot name exactly. */
export function assertExactSubjectParts(repository: string, branch: string, environment?: string): void {
  if (!REPOSITORY.test(repository) || repository.endsWith('.git')) {
    throw new Error(
      `repository "${repository}" must be written OWNER/NAME exactly as on GitHub (e.g. example-team/aws-backup), without wildcards, URL or .git`,
    );
  }
  if (branch === '' || WILDCARD_OR_SPACE.test(branch) || branch.startsWith('refs/')) {
    throw new Error(`branch "${branch}" must be one exact branch name such as main (no wildcards, no refs/heads/ prefix)`);
  }
  if (environment !== undefined && (environment === '' || /[*?]/.test(environment))) {
    throw new Error(`environment "${environment}" must be one exact GitHub environment name such as aws-restore (no wildcards)`);
  }
}

export function oidcProviderArn(partition: Partition, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:oidc-provider/${GITHUB_OIDC_HOST}`;
}

/** The `sub` claim GitHub puts in the token of a job on a branch. */
export function branchSubject(repository: string, branch: string): string {
  return `repo:${repository}:ref:refs/heads/${branch}`;
}

/** The `sub` claim of a job that names a deployment environment (it replaces the ref). */
export function environmentSubject(repository: string, environment: string): string {
  return `repo:${repository}:environment:${environment}`;
}

/** The `sub` claim of a job triggered by `pull_request`. */
export function pullRequestSubject(repository: string): string {
  return `repo:${repository}:pull_request`;
}

export function githubTrustPolicy(partition: Partition, accountId: string, subjects: string[], sid: string): TrustPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: sid,
        Effect: 'Allow',
        Principal: { Federated: oidcProviderArn(partition, accountId) },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${GITHUB_OIDC_HOST}:aud`]: OIDC_AUDIENCE,
            [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0]! : subjects,
          },
        },
      },
    ],
  };
}
