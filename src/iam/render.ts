/** The generated documents as the files written into a repository's iam/ folder. */
import type { IamPolicies } from './policy.js';

export const IAM_POLICY_FILES = {
  runPolicy: 'run-policy.json',
  planPolicy: 'plan-policy.json',
  trustPolicy: 'run-trust-policy.json',
  planTrustPolicy: 'plan-trust-policy.json',
} as const satisfies Record<keyof IamPolicies, string>;

/** File name → content (2-space JSON with a final newline), in a stable order. */
export function renderIamPolicies(policies: IamPolicies): Record<string, string> {
  const files: Record<string, string> = {};
  for (const key of Object.keys(IAM_POLICY_FILES) as (keyof IamPolicies)[]) {
    files[IAM_POLICY_FILES[key]] = `${JSON.stringify(policies[key], null, 2)}\n`;
  }
  return files;
}
