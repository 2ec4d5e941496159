/** IAM policy generation: the `iam-policy` command's engine. */
export { generateIamPolicies, grantsFor, policyDocument } from './policy.js';
export type { IamPolicies, IamPolicyOptions, PolicyDocument, PolicyStatement, TrustPolicyDocument } from './policy.js';
export { AWS_CALLS, DEPENDENT_ACTIONS, iamActionForCall } from './catalog.js';
export { enabledFeatures } from './features.js';
export { renderIamPolicies, IAM_POLICY_FILES } from './render.js';
