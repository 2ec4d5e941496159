/** Reads an account's export state from the last commit that touched its export folder. */
import { parseStateTrailer, type CommittedState } from '../export/export-mode.js';
import { Git, GitError } from './git.js';

export async function readCommittedState(git: Git, folder: string, account: string): Promise<CommittedState> {
  let stdout: string;
  try {
    ({ stdout } = await git.run(['log', '-1', '--format=%H%x00%P%x00%B', '--', folder]));
  } catch (error) {
    // No repository or no commit yet: there is no state to go on.
    if (error instanceof GitError) return { found: false, reason: `no git history to go on (${error.stderr.trim().split('\n')[0] || 'git log failed'})` };
    throw error;
  }
  if (stdout.trim() === '') return { found: false, reason: `no previous export commit of ${folder}` };
  const [sha = '', parents = '', message = ''] = stdout.split('\0');
  const state = parseStateTrailer(message, account);
  if (state) return { found: true, state };
  const short = sha.slice(0, 12);
  if (parents.trim() === '' && (await isShallow(git))) {
    return {
      found: false,
      reason: `the shallow checkout ends at ${short}, which is not an export commit (check out with fetch-depth: 0)`,
    };
  }
  return { found: false, reason: `the last commit touching ${folder} (${short}) is not an export commit` };
}

async function isShallow(git: Git): Promise<boolean> {
  const { stdout } = await git.run(['rev-parse', '--is-shallow-repository']);
  return stdout.trim() === 'true';
}
