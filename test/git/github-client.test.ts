import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, stickyMarker } from '../../src/github/client.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { startGitHubSim, type GitHubSim } from '../sim/github.js';

let sim: GitHubSim;

beforeEach(async () => {
  sim = await startGitHubSim({ tokens: ['t0ken'] });
  sim.addRepo('octo/infra', { defaultBranch: 'main' });
});
afterEach(async () => {
  await sim.close();
});

function client(token = 't0ken') {
  return createGitHubClient({ token, env: { GITHUB_API_URL: sim.url, GITHUB_REPOSITORY: 'octo/infra' } });
}

describe('GitHub client', () => {
  it('takes the API URL and repository from the runner variables and sends the token', async () => {
    expect(await client().getDefaultBranch()).toBe('main');
    expect(sim.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/infra', authorization: 'token t0ken' });
  });

  it('finds only the open pull request from the given head branch', async () => {
    sim.addPullRequest('octo/infra', { title: 'old', head: 'aws-backup/export', base: 'main', state: 'closed' });
    sim.addPullRequest('octo/infra', { title: 'feature', head: 'feature', base: 'main' });
    expect(await client().findOpenPullRequest('aws-backup/export')).toBeUndefined();
    const open = sim.addPullRequest('octo/infra', { title: 'export', head: 'aws-backup/export', base: 'main' });
    const found = await client().findOpenPullRequest('aws-backup/export');
    expect(found).toMatchObject({ number: open.number, title: 'export', head: 'aws-backup/export', base: 'main' });
    const list = sim.requests.filter((r) => r.path === '/repos/octo/infra/pulls');
    expect(list.at(-1)!.query.get('head')).toBe('octo:aws-backup/export');
    expect(list.at(-1)!.query.get('state')).toBe('open');
  });

  it('creates and updates a pull request', async () => {
    const created = await client().createPullRequest({ head: 'aws-backup/export', base: 'main', title: 'a', body: 'b' });
    const updated = await client().updatePullRequest(created.number, { title: 'a2', body: 'b2' });
    expect(updated).toMatchObject({ number: created.number, title: 'a2', body: 'b2' });
    expect(sim.state.repos.get('octo/infra')!.pulls).toHaveLength(1);
  });

  it('upserts a sticky comment found on a later page, without touching other comments', async () => {
    const pr = sim.addPullRequest('octo/infra', { title: 'x', head: 'h', base: 'main' });
    // 150 ordinary comments push the sticky one onto the second page (per_page is 100).
    for (let i = 0; i < 150; i++) sim.addComment('octo/infra', pr.number, `chatter ${i}`);
    const first = await client().upsertStickyComment(pr.number, 'plan', 'Plan v1');
    expect(first.created).toBe(true);
    expect(first.body).toBe(`${stickyMarker('plan')}\nPlan v1`);
    for (let i = 0; i < 5; i++) sim.addComment('octo/infra', pr.number, `more ${i}`);

    sim.requests.length = 0;
    const second = await client().upsertStickyComment(pr.number, 'plan', 'Plan v2');
    expect(second).toMatchObject({ id: first.id, created: false });
    const pagesRead = sim.requests.filter((r) => r.method === 'GET').map((r) => r.query.get('page') ?? '1');
    expect(pagesRead).toEqual(['1', '2']);

    const comments = sim.state.repos.get('octo/infra')!.comments;
    expect(comments.filter((c) => c.body.includes(stickyMarker('plan')))).toHaveLength(1);
    expect(comments.find((c) => c.id === first.id)!.body).toBe(`${stickyMarker('plan')}\nPlan v2`);
    expect(comments).toHaveLength(156);

    // Another marker is another comment.
    const other = await client().upsertStickyComment(pr.number, 'restore', 'Restore plan');
    expect(other.created).toBe(true);
    expect(other.id).not.toBe(first.id);
  });

  it('explains a 403 on creating a pull request with the permission and the repository setting', async () => {
    sim.fail({ method: 'POST', path: /\/pulls$/, status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.' });
    const error = await client()
      .createPullRequest({ head: 'aws-backup/export', base: 'main', title: 'a', body: 'b' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    const message = (error as Error).message;
    expect(message).toContain('creating a pull request in octo/infra');
    expect(message).toContain('HTTP 403');
    expect(message).toContain('pull-requests: write');
    expect(message).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(message).toContain('GitHub said: GitHub Actions is not permitted');
  });

  it('explains a rejected token and an unknown repository', async () => {
    const bad = (await client('nope').getDefaultBranch().catch((e: unknown) => e)) as Error;
    expect(bad.message).toMatch(/HTTP 401.*token was rejected.*Bad credentials/);
    const missing = createGitHubClient({ token: 't0ken', baseUrl: sim.url, repository: 'octo/gone' });
    const notFound = (await missing.findOpenPullRequest('x').catch((e: unknown) => e)) as Error;
    expect(notFound.message).toMatch(/listing pull requests in octo\/gone failed \(HTTP 404\).*GITHUB_REPOSITORY/);
  });

  it('refuses a marker that could break out of the HTML comment', async () => {
    await expect(client().upsertStickyComment(1, 'x --> y', 'body')).rejects.toThrow(/marker "x --> y"/);
    expect(sim.requests).toHaveLength(0);
  });

  it('refuses a missing token or malformed repository up front', () => {
    expect(() => createGitHubClient({ token: '', env: { GITHUB_REPOSITORY: 'a/b' } })).toThrow(/github-token/);
    expect(() => createGitHubClient({ token: 'x', env: { GITHUB_REPOSITORY: 'just-a-name' } })).toThrow(
      /owner\/repo.*just-a-name/,
    );
  });
});
