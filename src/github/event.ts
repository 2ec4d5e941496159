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
