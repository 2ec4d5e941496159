/** Helpers for the IAM tests: a minimal evaluator of the generated (wildcard-free) policies. */
import type { PolicyDocument } from '../../src/iam/policy.js';

/** Every action a policy allows anywhere (the generator never writes action wildcards). */
export function allowedActions(policy: PolicyDocument): Set<string> {
  return new Set(policy.Statement.flatMap((s) => s.Action));
}

export function statementsFor(policy: PolicyDocument, action: string) {
  return policy.Statement.filter((s) => s.Action.includes(action));
}
