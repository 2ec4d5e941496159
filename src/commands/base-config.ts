/**
 * The config as it is on a pull request's base branch, so the plan can say what the change
 * itself destroys (a shortened snapshot retention). Read from git: the event's
 * `pull_request.base.sha`, or the first parent of the merge commit `pull_request` workflows
 * check out (present with `fetch-depth: 2`). Nothing is fetched.
 */
import { relative, sep } from 'node:path';
import { parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { Git } from '../git/git.js';
import { pullRequestBaseSha } from '../github/event.js';
import { errorMessage } from '../util/concurrency.js';

export type BaseConfig = { config: Config; ref: string } | { problem: string } | undefined;

/** Undefined outside a pull request; a problem when the base cannot be read. */
export async function readBaseConfig(repoRoot: string, configPath: string, env: NodeJS.ProcessEnv): Promise<BaseConfig> {
  const sha = pullRequestBaseSha(env);
  if (sha === undefined && env.GITHUB_EVENT_NAME !== 'pull_request') return undefined;
  const git = new Git(repoRoot, env);
  const path = relative(repoRoot, configPath).split(sep).join('/');
  const candidates = [...(sha ? [sha] : []), 'HEAD^1'];
  for (const ref of candidates) {
    try {
      await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      continue; // not in this checkout (shallow clone) or HEAD is no merge commit
    }
    let text: string;
    try {
      text = (await git.run(['show', `${ref}:${path}`])).stdout;
    } catch {
      return undefined; // the pull request adds the config: nothing to compare with
    }
    try {
      return { config: parseConfig(text, `${path} at ${ref.slice(0, 12)}`), ref };
    } catch (error) {
      return { problem: `the config on the base branch (${ref.slice(0, 12)}) does not load: ${errorMessage(error)}` };
    }
  }
  return { problem: `cannot read ${path} at the base of the pull request${sha ? ` (${sha.slice(0, 12)})` : ''}; check out with fetch-depth: 2 so the plan can show what a shortened retention deletes` };
}
