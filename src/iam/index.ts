/** IAM policy generation: the `iam-policy` command's engine. */
export { generateIamPolicies, grantsFor, policyDocument, DEFAULT_DRILL_ENVIRONMENT, DEFAULT_RESTORE_ENVIRONMENT } from './policy.js';
export type { IamPolicies, IamPolicyOptions, PolicyDocument, PolicyStatement, RolePolicies, TrustPolicyDocument } from './policy.js';
export { AWS_CALLS, DEPENDENT_ACTIONS, DUTIES, DUTY_COMMANDS, iamActionForCall } from './catalog.js';
export type { Duty } from './catalog.js';
export { enabledFeatures } from './features.js';
export { renderIamPolicies, iamPolicyFileNames } from './render.js';
export { roleArn, roleName } from './trust.js';
