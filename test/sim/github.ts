/**
 * Simulated GitHub REST API over loopback HTTP: just the endpoints the tool uses (repository,
 * pull requests, issue comments), shaped like GitHub's JSON, with its pagination (`per_page`,
 * `page`, `Link` header) and authentication (`Authorization: token|Bearer <x>`).
 * Tests seed and inspect `state` directly and read `requests`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimPullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  /** Branch names; the head is in the same repository. */
  head: string;
  base: string;
  createdAt: string;
  updatedAt: string;
}

export interface SimComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface SimRepo {
  owner: string;
  name: string;
  defaultBranch: string;
  /** Pull requests and plain issues share one number sequence, as on GitHub. */
  pulls: SimPullRequest[];
  /** Numbers of plain issues (not pull requests) that can take comments. */
  issues: number[];
  comments: SimComment[];
  nextNumber: number;
}

export interface GitHubSimState {
  repos: Map<string, SimRepo>;
  nextCommentId: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

/** A canned failure: the next `times` requests matching method and path get this answer. */
export interface GitHubFault {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  times?: number;
}

export interface GitHubSim {
  /** Base URL to use as GITHUB_API_URL. */
  url: string;
  state: GitHubSimState;
  requests: RecordedRequest[];
  /** Creates a repository (owner/name) with the given default branch. */
  addRepo(fullName: string, options?: { defaultBranch?: string }): SimRepo;
  addPullRequest(fullName: string, pr: { title: string; head: string; base: string; body?: string; state?: 'open' | 'closed' }): SimPullRequest;
  addIssue(fullName: string): number;
  addComment(fullName: string, issueNumber: number, body: string, user?: string): SimComment;
  fail(fault: GitHubFault): void;
  close(): Promise<void>;
}

export interface GitHubSimOptions {
  /** Tokens the server accepts; default: any non-empty token. */
  tokens?: string[];
  /** The login of the token's user, shown as author of comments and pull requests. */
  login?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { resource: string; code: string; field?: string; message?: string }[],
  ) {
    super(message);
  }
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export async function startGitHubSim(options: GitHubSimOptions = {}): Promise<GitHubSim> {
  const state: GitHubSimState = { repos: new Map(), nextCommentId: 1000 };
  const requests: RecordedRequest[] = [];
  const faults: (GitHubFault & { remaining: number })[] = [];
  const login = options.login ?? 'github-actions[bot]';
  let clock = Date.UTC(2024, 0, 1);
  const now = (): string => new Date((clock += 1000)).toISOString();
  let baseUrl = '';

  const repoOf = (fullName: string): SimRepo => {
    const repo = state.repos.get(fullName.toLowerCase());
    if (!repo) throw new HttpError(404, 'Not Found');
    return repo;
  };

  const sim: Omit<GitHubSim, 'url' | 'close'> = {
    state,
    requests,
    addRepo(fullName, repoOptions = {}) {
      const [owner, name] = fullName.split('/');
      if (!owner || !name) throw new Error(`repository must be owner/name, got ${fullName}`);
      const repo: SimRepo = {
        owner,
        name,
        defaultBranch: repoOptions.defaultBranch ?? 'main',
        pulls: [],
        issues: [],
        comments: [],
        nextNumber: 1,
      };
      state.repos.set(fullName.toLowerCase(), repo);
      return repo;
    },
    addPullRequest(fullName, pr) {
      const repo = repoOf(fullName);
      const time = now();
      const created: SimPullRequest = {
        number: repo.nextNumber++,
        title: pr.title,
        body: pr.body ?? null,
        state: pr.state ?? 'open',
        head: pr.head,
        base: pr.base,
        createdAt: time,
        updatedAt: time,
      };
      repo.pulls.push(created);
      return created;
    },
    addIssue(fullName) {
      const repo = repoOf(fullName);
      const number = repo.nextNumber++;
      repo.issues.push(number);
      return number;
    },
    addComment(fullName, issueNumber, body, user = 'someone') {
      const repo = repoOf(fullName);
      const time = now();
      const comment: SimComment = { id: state.nextCommentId++, issueNumber, body, user, createdAt: time, updatedAt: time };
      repo.comments.push(comment);
      return comment;
    },
    fail(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
  };

  const pullJson = (repo: SimRepo, pr: SimPullRequest): Record<string, unknown> => {
    const fullName = `${repo.owner}/${repo.name}`;
    const repoJson = { name: repo.name, full_name: fullName, owner: { login: repo.owner } };
    return {
      id: 500000 + pr.number,
      number: pr.number,
      url: `${baseUrl}/repos/${fullName}/pulls/${pr.number}`,
      html_url: `${baseUrl}/${fullName}/pull/${pr.number}`,
      state: pr.state,
      title: pr.title,
      body: pr.body,
      user: { login, type: 'Bot' },
      head: { ref: pr.head, label: `${repo.owner}:${pr.head}`, repo: repoJson },
      base: { ref: pr.base, label: `${repo.owner}:${pr.base}`, repo: repoJson },
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
    };
  };

  const commentJson = (repo: SimRepo, c: SimComment): Record<string, unknown> => {
    const fullName = `${repo.owner}/${repo.name}`;
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
      url: `${baseUrl}/repos/${fullName}/issues/comments/${c.id}`,
      html_url: `${baseUrl}/${fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${baseUrl}/repos/${fullName}/issues/${c.issueNumber}`,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  };

  /** Slices `items` like GitHub and builds its Link header (first/prev/next/last). */
  const paginate = <T>(items: T[], url: URL): { page: T[]; link?: string } => {
    const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(url.searchParams.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE));
    const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (n: number, rel: string): string => {
      const target = new URL(url.toString());
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(n));
      return `<${baseUrl}${target.pathname}${target.search}>; rel="${rel}"`;
    };
    const parts: string[] = [];
    if (pageNo > 1) parts.push(link(pageNo - 1, 'prev'));
    if (pageNo < last) parts.push(link(pageNo + 1, 'next'), link(last, 'last'));
    if (pageNo > 1) parts.push(link(1, 'first'));
    return parts.length ? { page, link: parts.join(', ') } : { page };
  };

  const issueExists = (repo: SimRepo, number: number): boolean =>
    repo.issues.includes(number) || repo.pulls.some((pr) => pr.number === number);

  const route = (
    method: string,
    url: URL,
    body: Record<string, unknown>,
  ): { status: number; json: unknown; link?: string } => {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'repos' || parts.length < 3) throw new HttpError(404, 'Not Found');
    const repo = repoOf(`${parts[1]}/${parts[2]}`);
    const rest = parts.slice(3);
    const fullName = `${repo.owner}/${repo.name}`;

    if (rest.length === 0 && method === 'GET') {
      return {
        status: 200,
        json: { id: 1, name: repo.name, full_name: fullName, owner: { login: repo.owner }, default_branch: repo.defaultBranch },
      };
    }

    if (rest[0] === 'pulls' && rest.length === 1) {
      if (method === 'GET') {
        const wanted = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const base = url.searchParams.get('base');
        const matches = repo.pulls.filter(
          (pr) =>
            (wanted === 'all' || pr.state === wanted) &&
            (!head || `${repo.owner}:${pr.head}` === head) &&
            (!base || pr.base === base),
        );
        const { page, link } = paginate([...matches].reverse(), url);
        return { status: 200, json: page.map((pr) => pullJson(repo, pr)), link };
      }
      if (method === 'POST') {
        const { title, head, base } = body;
        for (const [field, value] of Object.entries({ title, head, base })) {
          if (typeof value !== 'string' || value === '') {
            throw new HttpError(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'missing_field', field }]);
          }
        }
        const headBranch = String(head).includes(':') ? String(head).split(':')[1]! : String(head);
        if (repo.pulls.some((pr) => pr.state === 'open' && pr.head === headBranch && pr.base === base)) {
          throw new HttpError(422, 'Validation Failed', [
            { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${headBranch}.` },
          ]);
        }
        const pr = sim.addPullRequest(fullName, {
          title: String(title),
          head: headBranch,
          base: String(base),
          ...(typeof body['body'] === 'string' ? { body: body['body'] } : {}),
        });
        return { status: 201, json: pullJson(repo, pr) };
      }
    }

    if (rest[0] === 'pulls' && rest.length === 2) {
      const pr = repo.pulls.find((p) => p.number === Number(rest[1]));
      if (!pr) throw new HttpError(404, 'Not Found');
      if (method === 'GET') return { status: 200, json: pullJson(repo, pr) };
      if (method === 'PATCH') {
        if (typeof body['title'] === 'string') pr.title = body['title'];
        if (typeof body['body'] === 'string') pr.body = body['body'];
        if (body['state'] === 'open' || body['state'] === 'closed') pr.state = body['state'];
        if (typeof body['base'] === 'string') pr.base = body['base'];
        pr.updatedAt = now();
        return { status: 200, json: pullJson(repo, pr) };
      }
    }

    if (rest[0] === 'issues' && rest.length === 3 && rest[2] === 'comments') {
      const number = Number(rest[1]);
      if (!issueExists(repo, number)) throw new HttpError(404, 'Not Found');
      if (method === 'GET') {
        const comments = repo.comments.filter((c) => c.issueNumber === number);
        const { page, link } = paginate(comments, url);
        return { status: 200, json: page.map((c) => commentJson(repo, c)), link };
      }
      if (method === 'POST') {
        if (typeof body['body'] !== 'string' || body['body'] === '') {
          throw new HttpError(422, 'Validation Failed', [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
        }
        return { status: 201, json: commentJson(repo, sim.addComment(fullName, number, body['body'], login)) };
      }
    }

    if (rest[0] === 'issues' && rest[1] === 'comments' && rest.length === 3) {
      const comment = repo.comments.find((c) => c.id === Number(rest[2]));
      if (!comment) throw new HttpError(404, 'Not Found');
      if (method === 'GET') return { status: 200, json: commentJson(repo, comment) };
      if (method === 'PATCH') {
        if (typeof body['body'] !== 'string' || body['body'] === '') {
          throw new HttpError(422, 'Validation Failed', [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
        }
        comment.body = body['body'];
        comment.updatedAt = now();
        return { status: 200, json: commentJson(repo, comment) };
      }
    }

    throw new HttpError(404, 'Not Found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization;
    const record: RecordedRequest = { method, path: url.pathname, query: url.searchParams, authorization, body: undefined, status: 0 };
    requests.push(record);

    const send = (status: number, json: unknown, link?: string): void => {
      record.status = status;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (link) headers['link'] = link;
      res.writeHead(status, headers);
      res.end(JSON.stringify(json));
    };

    try {
      let body: Record<string, unknown> = {};
      if (raw) {
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          throw new HttpError(400, 'Problems parsing JSON');
        }
      }
      record.body = raw ? body : undefined;

      const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1];
      if (!token || (options.tokens && !options.tokens.includes(token))) throw new HttpError(401, token ? 'Bad credentials' : 'Requires authentication');

      const fault = faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(url.pathname));
      if (fault) {
        fault.remaining--;
        throw new HttpError(fault.status, fault.message);
      }

      const { status, json, link } = route(method, url, body);
      send(status, json, link);
    } catch (error) {
      if (error instanceof HttpError) {
        send(error.status, {
          message: error.message,
          documentation_url: 'https://docs.github.com/rest',
          ...(error.errors ? { errors: error.errors } : {}),
        });
      } else {
        send(500, { message: String(error) });
      }
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    ...sim,
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
