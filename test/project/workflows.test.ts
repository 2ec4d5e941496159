/**
 * The project's own workflows (.github/workflows): what we ask of users, we do — least
 * permissions, actions pinned to full commit SHAs with their version, CI through .ci/run on
 * the Node the action runs on and the oldest the CLI supports, releases from version tags.
 */
import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/action.js';
import { checkWorkflow } from '../template/workflow-schema.js';
import packageJson from '../../package.json' with { type: 'json' };

const DIR = join(PROJECT_ROOT, '.github/workflows');

async function workflows(): Promise<Map<string, { text: string; wf: any }>> {
  const out = new Map<string, { text: string; wf: any }>();
  for (const name of (await readdir(DIR)).sort()) {
    const text = await readFile(join(DIR, name), 'utf8');
    out.set(name, { text, wf: parse(text) });
  }
  return out;
}

const steps = (wf: any): any[] => Object.values(wf.jobs as Record<string, any>).flatMap((job) => job.steps ?? []);
const runs = (wf: any): string => steps(wf).map((s) => String(s.run ?? '')).join('\n');

describe("the project's workflows", () => {
  it('pass the structural workflow check', async () => {
    for (const [name, { text }] of await workflows()) expect(checkWorkflow(name, text, new Set(), 'aws-backup-gitops/aws-backup-gitops')).toEqual([]);
  });

  it('read only by default; a job writes only what it must', async () => {
    const allowedWrites: Record<string, string[]> = { 'codeql.yml/analyze': ['security-events'], 'release.yml/release': ['contents'] };
    for (const [name, { wf }] of await workflows()) {
      expect(wf.permissions, name).toEqual({ contents: 'read' });
      for (const [id, job] of Object.entries(wf.jobs as Record<string, any>)) {
        expect(job.permissions, `${name} ${id}`).toBeDefined();
        const writes = Object.entries(job.permissions as Record<string, string>).filter(([, level]) => level === 'write').map(([scope]) => scope);
        expect(writes, `${name} ${id}`).toEqual(allowedWrites[`${name}/${id}`] ?? []);
      }
    }
  });

  it('pin every action to a full commit SHA with its version in a comment, and keep no git credentials', async () => {
    for (const [name, { text, wf }] of await workflows()) {
      const uses = text.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
      expect(uses.length, name).toBeGreaterThan(0);
      for (const line of uses) expect(line, name).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      for (const step of steps(wf).filter((s) => String(s.uses).startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials'], name).toBe(false);
      }
    }
  });

  it('CI runs .ci/run on pull requests and pushes, on node24 (action.yml) and the oldest Node the CLI supports', async () => {
    const { wf } = (await workflows()).get('ci.yml')!;
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    const action = parse(await readFile(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { runs: { using: string } };
    const oldest = Number(/^>=(\d+)$/.exec(packageJson.engines.node)?.[1]);
    const job = Object.values(wf.jobs as Record<string, any>).find((j) => (j.steps ?? []).some((s: any) => s.run === '.ci/run'));
    expect(job, 'a job running .ci/run').toBeDefined();
    expect(job.strategy.matrix.node).toEqual([oldest, Number(action.runs.using.replace('node', ''))]);
    expect(job.steps.find((s: any) => String(s.uses).startsWith('actions/setup-node@')).with['node-version']).toBe('${{ matrix.node }}');
  });

  it('CodeQL analyses the TypeScript and the workflows', async () => {
    const { wf } = (await workflows()).get('codeql.yml')!;
    expect(wf.jobs.analyze.strategy.matrix.language).toEqual(['javascript-typescript', 'actions']);
  });

  it('a release runs on version tags only: checks the tag, tests, publishes the notes, moves the major tag', async () => {
    const { wf } = (await workflows()).get('release.yml')!;
    expect(Object.keys(wf.on)).toEqual(['push']);
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(wf.on.push.branches).toBeUndefined();
    const script = runs(wf);
    const order = ['scripts/release.ts -- check "$TAG"', '.ci/run', 'scripts/release.ts -- notes "$TAG"', 'gh release create "$TAG" --verify-tag', 'git/refs/tags/$MAJOR'];
    const at = order.map((s) => script.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("the template and the README reference the action the way releases provide it: the major tag, or a commit SHA with its version", async () => {
    const templateDir = join(PROJECT_ROOT, 'template/.github/workflows');
    const texts = [await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8')];
    for (const name of await readdir(templateDir)) texts.push(await readFile(join(templateDir, name), 'utf8'));
    const refs = texts.flatMap((text) => [...text.matchAll(/aws-backup-gitops\/aws-backup-gitops@(\S+)(.*)$/gm)].map((m) => `${m[1]}${m[2]}`));
    expect(refs.length).toBeGreaterThanOrEqual(5);
    // A major tag the release workflow moves (never a version tag or a branch), or a fixed commit.
    for (const ref of refs) expect(ref).toMatch(/^(v\d+(?![.\w])|[0-9a-f]{40} # v\d+\.\d+\.\d+\b)/);
  });
});
