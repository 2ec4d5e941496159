import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubSim, type GitHubSim } from './github.js';

let sim: GitHubSim;

beforeEach(async () => {
  sim = await startGitHubSim({ tokens: ['good-token'] });
  sim.addRepo('octo/backups', { defaultBranch: 'trunk' });
});
afterEach(async () => {
  await sim.close();
});

async function api(method: string, path: string, body?: unknown, token: string | null = 'good-token') {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${sim.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, link: response.headers.get('link'), json: (await response.json()) as any };
}

describe('simulated GitHub API', () => {
  it('requires an accepted token, as "token" or "Bearer"', async () => {
    expect((await api('GET', '/repos/octo/backups', undefined, null)).status).toBe(401);
    expect((await api('GET', '/repos/octo/backups', undefined, 'wrong')).json.message).toBe('Bad credentials');
    const response = await fetch(`${sim.url}/repos/octo/backups`, { headers: { authorization: 'token good-token' } });
    expect(response.status).toBe(200);
    expect(sim.requests.map((r) => r.status)).toEqual([401, 401, 200]);
  });

  it('serves the repository with its default branch and 404 for unknown repositories', async () => {
    const repo = await api('GET', '/repos/octo/backups');
    expect(repo.json).toMatchObject({ full_name: 'octo/backups', default_branch: 'trunk' });
    expect((await api('GET', '/repos/octo/missing')).status).toBe(404);
  });

  it('creates, filters by head, updates and refuses a duplicate pull request', async () => {
    sim.addPullRequest('octo/backups', { title: 'other', head: 'feature', base: 'trunk' });
    const created = await api('POST', '/repos/octo/backups/pulls', {
      title: 'export',
      head: 'aws-backup/export',
      base: 'trunk',
      body: 'first',
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ number: 2, state: 'open', head: { ref: 'aws-backup/export' } });

    const filtered = await api('GET', '/repos/octo/backups/pulls?state=open&head=octo:aws-backup/export');
    expect(filtered.json.map((pr: any) => pr.number)).toEqual([2]);
    const all = await api('GET', '/repos/octo/backups/pulls');
    expect(all.json.map((pr: any) => pr.number).sort()).toEqual([1, 2]);

    const duplicate = await api('POST', '/repos/octo/backups/pulls', { title: 'x', head: 'aws-backup/export', base: 'trunk' });
    expect(duplicate.status).toBe(422);
    expect(duplicate.json.errors[0].message).toContain('already exists');

    const updated = await api('PATCH', '/repos/octo/backups/pulls/2', { title: 'export v2', body: 'second' });
    expect(updated.json).toMatchObject({ number: 2, title: 'export v2', body: 'second' });
    expect((await api('GET', '/repos/octo/backups/pulls/2')).json.title).toBe('export v2');

    const missingField = await api('POST', '/repos/octo/backups/pulls', { head: 'x', base: 'trunk' });
    expect(missingField.status).toBe(422);
  });

  it('paginates comments with per_page and Link headers like GitHub', async () => {
    const issue = sim.addIssue('octo/backups');
    for (let i = 0; i < 7; i++) sim.addComment('octo/backups', issue, `comment ${i}`);

    const first = await api('GET', `/repos/octo/backups/issues/${issue}/comments?per_page=3`);
    expect(first.json.map((c: any) => c.body)).toEqual(['comment 0', 'comment 1', 'comment 2']);
    expect(first.link).toContain(`<${sim.url}/repos/octo/backups/issues/${issue}/comments?per_page=3&page=2>; rel="next"`);
    expect(first.link).toContain('page=3>; rel="last"');

    const last = await api('GET', `/repos/octo/backups/issues/${issue}/comments?per_page=3&page=3`);
    expect(last.json.map((c: any) => c.body)).toEqual(['comment 6']);
    expect(last.link).not.toContain('rel="next"');
    expect(last.link).toContain('rel="prev"');

    const defaultPage = await api('GET', `/repos/octo/backups/issues/${issue}/comments`);
    expect(defaultPage.json).toHaveLength(7);
    expect(defaultPage.link).toBeNull();
  });

  it('creates and updates comments, and only on existing issues', async () => {
    const pr = sim.addPullRequest('octo/backups', { title: 't', head: 'h', base: 'trunk' });
    const created = await api('POST', `/repos/octo/backups/issues/${pr.number}/comments`, { body: 'hello' });
    expect(created.status).toBe(201);
    const updated = await api('PATCH', `/repos/octo/backups/issues/comments/${created.json.id}`, { body: 'bye' });
    expect(updated.json.body).toBe('bye');
    expect(sim.state.repos.get('octo/backups')!.comments.map((c) => c.body)).toEqual(['bye']);
    expect((await api('POST', '/repos/octo/backups/issues/99/comments', { body: 'x' })).status).toBe(404);
  });

  it('answers injected faults the given number of times', async () => {
    sim.fail({ method: 'GET', path: /\/pulls$/, status: 403, message: 'Resource not accessible by integration', times: 1 });
    const denied = await api('GET', '/repos/octo/backups/pulls');
    expect(denied.status).toBe(403);
    expect(denied.json.message).toBe('Resource not accessible by integration');
    expect((await api('GET', '/repos/octo/backups/pulls')).status).toBe(200);
  });
});
