/** Helpers for the IAM tests: a minimal evaluator of the generated (wildcard-free) policies. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import { generateIamPolicies } from '../../src/iam/policy.js';
import { renderIamPolicies } from '../../src/iam/render.js';
import type { PolicyDocument } from '../../src/iam/policy.js';

/** Every action a policy allows anywhere (the generator never writes action wildcards). */
export function allowedActions(policy: PolicyDocument): Set<string> {
  return new Set(policy.Statement.flatMap((s) => s.Action));
}

export function statementsFor(policy: PolicyDocument, action: string) {
  return policy.Statement.filter((s) => s.Action.includes(action));
}

/** The example the template's policies are generated for; the test uses the same. */
export const TEMPLATE_IAM_OPTIONS = {
  repository: 'example-team/aws-backup',
  branch: 'main',
  environment: 'aws-restore',
  accountId: '123456789012',
} as const;

export async function templateIamFiles(root: string): Promise<Record<string, string>> {
  const path = join(root, 'test/iam/fixtures/all-features.yml');
  const config = parseConfig(await readFile(path, 'utf8'), path);
  return renderIamPolicies(generateIamPolicies(config, TEMPLATE_IAM_OPTIONS));
}

