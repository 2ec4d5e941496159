/**
 * A small IAM policy evaluator for the policy tests: explicit Deny wins, then any Allow, else
 * the implicit deny. It understands what the generated policies use and a little more:
 * Action and Resource wildcards (`*`, `?`), NotAction, and the condition operators
 * StringEquals, StringNotEquals, StringLike, StringNotLike and Null, with the ForAllValues: /
 * ForAnyValue: set qualifiers; anything else throws, so a policy cannot pass by being
 * misunderstood. Semantics follow the IAM policy evaluation logic and condition-operator
 * reference: keys of one operator are ANDed, values of one key ORed; a missing key makes a
 * positive operator false and a negated one true; ForAllValues over a missing or empty set
 * is true, ForAnyValue false.
 */
export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface Policy {
  Statement: readonly Statement[];
}

export interface Request {
  action: string;
  resource: string;
  /** Condition keys of the request: single values or sets (aws:TagKeys). */
  context?: Record<string, string | string[]>;
}

export type Decision = 'allow' | 'implicit-deny' | 'explicit-deny';

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** `*` any run of characters, `?` one character; `caseless` for action names. */
export function wildcardMatch(pattern: string, value: string, caseless = false): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, caseless ? 'is' : 's').test(value);
}

function matchesAction(s: Statement, action: string): boolean {
  if (s.NotAction !== undefined) return !list(s.NotAction).some((p) => wildcardMatch(p, action, true));
  return list(s.Action).some((p) => wildcardMatch(p, action, true));
}

function matchesResource(s: Statement, resource: string): boolean {
  return list(s.Resource).some((p) => wildcardMatch(p, resource));
}

function compare(base: string, wanted: string, actual: string): boolean {
  switch (base) {
    case 'StringEquals':
      return actual === wanted;
    case 'StringLike':
      return wildcardMatch(wanted, actual);
    default:
      throw new Error(`evaluator: condition operator ${base} is not supported`);
  }
}

const OPERATORS = new Set(['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'Null']);

function conditionHolds(operator: string, key: string, wanted: string[], context: Record<string, string | string[]>): boolean {
  const [qualifier, op] = operator.includes(':') ? (operator.split(':') as [string, string]) : [undefined, operator];
  if (!OPERATORS.has(op)) throw new Error(`evaluator: condition operator ${op} is not supported`);
  const present = Object.hasOwn(context, key);
  const values = present ? list(context[key]) : [];
  if (op === 'Null') {
    if (qualifier) throw new Error('evaluator: Null takes no set qualifier');
    return wanted.some((w) => (w === 'true' ? !present : present));
  }
  const negated = op.startsWith('StringNot');
  const base = negated ? op.replace('StringNot', 'String') : op;
  const positive = (actual: string) => wanted.some((w) => compare(base, w, actual));
  const one = (actual: string) => (negated ? !positive(actual) : positive(actual));
  if (qualifier === 'ForAllValues') return values.every(one);
  if (qualifier === 'ForAnyValue') return values.some(one);
  if (qualifier !== undefined) throw new Error(`evaluator: set qualifier ${qualifier} is not supported`);
  if (!present) return negated;
  if (values.length !== 1) throw new Error(`evaluator: ${key} is multivalued; use ForAllValues or ForAnyValue`);
  return one(values[0]!);
}

function conditionsHold(s: Statement, context: Record<string, string | string[]>): boolean {
  for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
    for (const [key, wanted] of Object.entries(keys)) if (!conditionHolds(operator, key, list(wanted), context)) return false;
  }
  return true;
}

export function evaluate(policies: Policy | readonly Policy[], request: Request): Decision {
  const statements = (Array.isArray(policies) ? policies : [policies]).flatMap((p: Policy) => p.Statement);
  const context = request.context ?? {};
  const applies = (s: Statement) => matchesAction(s, request.action) && matchesResource(s, request.resource) && conditionsHold(s, context);
  if (statements.some((s) => s.Effect === 'Deny' && applies(s))) return 'explicit-deny';
  return statements.some((s) => s.Effect === 'Allow' && applies(s)) ? 'allow' : 'implicit-deny';
}

export const allows = (policies: Policy | readonly Policy[], request: Request): boolean => evaluate(policies, request) === 'allow';
