/** What the workflow run is about, read from the runner's event payload. */
import { readFileSync } from 'node:fs';

/** The pull request number of a `pull_request`/`pull_request_target` run, else undefined. */
export function pullRequestNumber(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: unknown }; number?: unknown };
      const n = event.pull_request?.number;
      if (typeof n === 'number') return n;
    } catch {
      // fall back to the ref below
    }
  }
  const m = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The base commit of a pull request run (`pull_request.base.sha`), else undefined. */
export function pullRequestBaseSha(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
