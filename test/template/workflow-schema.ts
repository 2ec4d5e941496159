/**
 * A structural check of GitHub Actions workflow files with the `yaml` package: the mistakes a
 * workflow linter catches that matter for this template (YAML errors, unknown keys, events,
 * permission scopes or values, steps with both or neither of uses/run, unpinned actions,
 * references to inputs or step ids that do not exist, inputs our action does not have).
 * Returns problems as `file:line: message`.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';

const TOP_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']);
const JOB_KEYS = new Set([
  'name', 'needs', 'permissions', 'runs-on', 'environment', 'concurrency', 'outputs', 'env', 'defaults', 'if',
  'steps', 'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets',
]);
const STEP_KEYS = new Set(['id', 'if', 'name', 'uses', 'run', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes', 'working-directory']);
const EVENTS = new Set([
  'branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status', 'discussion',
  'discussion_comment', 'fork', 'gollum', 'issue_comment', 'issues', 'label', 'merge_group', 'milestone', 'page_build',
  'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment', 'pull_request_target', 'push',
  'registry_package', 'release', 'repository_dispatch', 'schedule', 'status', 'watch', 'workflow_call', 'workflow_dispatch', 'workflow_run',
]);
const PERMISSION_SCOPES = new Set([
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages',
  'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
]);
const INPUT_TYPES = new Set(['string', 'boolean', 'choice', 'number', 'environment']);
const CONTEXTS = new Set(['github', 'inputs', 'steps', 'secrets', 'vars', 'env', 'matrix', 'needs', 'runner', 'job', 'strategy']);

type Json = Record<string, any>;

export function checkWorkflow(file: string, text: string, actionInputs: ReadonlySet<string>, ownAction: string): string[] {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: string[] = doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message}`);
  if (problems.length > 0 || !isMap(doc.contents)) return problems.length ? problems : [`${file}:1: not a mapping`];
  const wf = doc.toJS() as Json;
  const where = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number] } | undefined;
    return `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  };
  const problem = (path: (string | number)[], message: string) => problems.push(`${where(path)}: ${message}`);

  for (const key of Object.keys(wf)) if (!TOP_KEYS.has(key)) problem([key], `unknown top-level key "${key}"`);
  if (!wf.on) problem([], 'no "on:" trigger');
  const on: Json = typeof wf.on === 'string' ? { [wf.on]: null } : Array.isArray(wf.on) ? Object.fromEntries(wf.on.map((e: string) => [e, null])) : (wf.on ?? {});
  for (const event of Object.keys(on)) if (!EVENTS.has(event)) problem(['on', event], `unknown event "${event}"`);
  for (const [i, entry] of (on.schedule ?? []).entries()) {
    if (typeof entry?.cron !== 'string' || entry.cron.trim().split(/\s+/).length !== 5) problem(['on', 'schedule', i], 'a schedule needs cron: with five fields');
  }
  const inputs: Json = on.workflow_dispatch?.inputs ?? {};
  for (const [name, input] of Object.entries(inputs) as [string, Json][]) {
    if (input.type !== undefined && !INPUT_TYPES.has(input.type)) problem(['on', 'workflow_dispatch', 'inputs', name, 'type'], `unknown input type "${input.type}"`);
    if (input.type === 'choice' && !(Array.isArray(input.options) && input.options.length > 0)) problem(['on', 'workflow_dispatch', 'inputs', name], 'a choice input needs options');
    if (input.type === 'boolean' && input.default !== undefined && typeof input.default !== 'boolean') problem(['on', 'workflow_dispatch', 'inputs', name, 'default'], 'a boolean input default must be true or false');
  }
  if (Object.keys(inputs).length > 10) problem(['on', 'workflow_dispatch', 'inputs'], 'at most 10 workflow_dispatch inputs');

  const checkPermissions = (path: (string | number)[], value: unknown) => {
    if (value === undefined) return;
    if (typeof value === 'string') {
      if (!['read-all', 'write-all'].includes(value)) problem(path, `permissions "${value}" must be read-all, write-all or a map`);
      return;
    }
    for (const [scope, level] of Object.entries(value as Json)) {
      if (!PERMISSION_SCOPES.has(scope)) problem([...path, scope], `unknown permission scope "${scope}"`);
      if (!['read', 'write', 'none'].includes(level)) problem([...path, scope], `permission ${scope}: "${level}" must be read, write or none`);
    }
  };
  checkPermissions(['permissions'], wf.permissions);

  const checkExpressions = (path: (string | number)[], value: unknown, stepIds: Set<string>) => {
    if (typeof value !== 'string') return;
    const opens = value.split('${{').length - 1;
    if (opens !== value.split('}}').length - 1) problem(path, 'unbalanced ${{ }}');
    for (const m of value.matchAll(/\$\{\{([^}]*)\}\}/g)) {
      for (const ref of m[1]!.matchAll(/(?<![\w.-])([a-z_]+)\.([\w-]+)/g)) {
        const [, context, name] = ref as unknown as [string, string, string];
        if (!CONTEXTS.has(context)) problem(path, `unknown context "${context}"`);
        if (context === 'inputs' && !(name in inputs)) problem(path, `inputs.${name} is not a workflow_dispatch input`);
        if (context === 'steps' && !stepIds.has(name)) problem(path, `steps.${name}: no earlier step has id ${name}`);
      }
    }
  };

  for (const [jobId, job] of Object.entries((wf.jobs ?? {}) as Json)) {
    const base = ['jobs', jobId];
    for (const key of Object.keys(job)) if (!JOB_KEYS.has(key)) problem([...base, key], `unknown job key "${key}"`);
    if (!job['runs-on'] && !job.uses) problem(base, 'a job needs runs-on');
    checkPermissions([...base, 'permissions'], job.permissions);
    if (typeof job.if === 'string' && job.if.includes('${{') && !job.if.trim().startsWith('${{')) problem([...base, 'if'], 'mixes text and ${{ }}: always true');
    const stepIds = new Set<string>();
    checkExpressions([...base, 'concurrency', 'group'], job.concurrency?.group, stepIds);
    for (const [i, step] of ((job.steps ?? []) as Json[]).entries()) {
      const path = [...base, 'steps', i];
      for (const key of Object.keys(step)) if (!STEP_KEYS.has(key)) problem([...path, key], `unknown step key "${key}"`);
      if (('uses' in step) === ('run' in step)) problem(path, 'a step needs exactly one of uses and run');
      if (typeof step.uses === 'string' && !step.uses.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[\w.-]+$/.test(step.uses)) {
        problem([...path, 'uses'], `"${step.uses}" must be owner/repo@ref`);
      }
      for (const [k, v] of Object.entries((step.with ?? {}) as Json)) {
        checkExpressions([...path, 'with', k], v, stepIds);
        if (step.uses?.startsWith(`${ownAction}@`) && !actionInputs.has(k)) problem([...path, 'with', k], `${ownAction} has no input "${k}"`);
      }
      for (const [k, v] of Object.entries((step.env ?? {}) as Json)) checkExpressions([...path, 'env', k], v, stepIds);
      // Untrusted text in a shell script is an injection: it must come through env.
      if (typeof step.run === 'string' && /\$\{\{/.test(step.run)) problem([...path, 'run'], 'expressions in run: pass them through env instead');
      if (step.id) stepIds.add(step.id);
    }
  }
  return problems;
}
