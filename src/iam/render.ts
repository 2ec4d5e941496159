/** The generated documents as the files written into a repository's iam/ folder. */
import { DUTIES } from './catalog.js';
import type { IamPolicies } from './policy.js';

/** `<duty>-policy.json` and `<duty>-trust-policy.json` for each role the config needs. */
export function iamPolicyFileNames(policies: IamPolicies): string[] {
  return DUTIES.filter((d) => policies[d]).flatMap((d) => [`${d}-policy.json`, `${d}-trust-policy.json`]);
}

/** File name → content (2-space JSON with a final newline), in a stable order. */
export function renderIamPolicies(policies: IamPolicies): Record<string, string> {
  const files: Record<string, string> = {};
  for (const duty of DUTIES) {
    const role = policies[duty];
    if (!role) continue;
    files[`${duty}-policy.json`] = `${JSON.stringify(role.policy, null, 2)}\n`;
    files[`${duty}-trust-policy.json`] = `${JSON.stringify(role.trust, null, 2)}\n`;
  }
  return files;
}
