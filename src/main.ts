/**
 * The GitHub Action: inputs → command → job summary, annotations, outputs, exit status.
 * Modules are imported when needed (the command's, the report's, GitHub's), so bad inputs or
 * a bad config are reported before any AWS SDK code is loaded and the first AWS call comes
 * soon after start.
 */
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import * as core from './github/actions-runtime.js';
import { effectiveDryRun, readActionInputs } from './inputs.js';
import { ConfigError } from './config/errors.js';
import { errorMessage } from './util/concurrency.js';

async function main(): Promise<void> {
  try {
    const inputs = readActionInputs((name) => core.getInput(name));
    const repoRoot = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory);
    const reportPath = inputs.reportPath
      ? resolve(repoRoot, inputs.reportPath)
      : join(process.env.RUNNER_TEMP || tmpdir(), 'aws-backup-report.json');

    const { runCommand } = await import('./commands/run.js');
    const { report, stats, summaryExtras } = await runCommand({
      command: inputs.command,
      configPath: inputs.config,
      repoRoot,
      dryRun: effectiveDryRun(inputs.command, inputs.dryRun, inputs.apply),
      ...(inputs.fullExport ? { fullExport: true } : {}),
      ...(inputs.restore ? { restore: inputs.restore } : {}),
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
      log: (line) => core.info(line),
    });

    const [{ writeJsonReport, exitCode, failureMessage }, { writeJobSummary }, { actionsAnnotator, annotateReport }] = await Promise.all([
      import('./report/report.js'),
      import('./report/summary.js'),
      import('./report/annotations.js'),
    ]);
    await writeJsonReport(reportPath, report, { apiCalls: stats, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
    await writeJobSummary(report, { extras: summaryExtras });
    annotateReport(report, actionsAnnotator);
    const { pullRequestNumber } = await import('./github/event.js');
    const prNumber = pullRequestNumber();
    if (inputs.command === 'plan' && prNumber !== undefined) {
      // One sticky comment per pull request, edited in place on every push.
      if (!inputs.githubToken) core.warning('No github-token: the plan is in the job summary only, not on the pull request.');
      else {
        try {
          const [{ createGitHubClient }, { postPlanComment }] = await Promise.all([
            import('./github/client.js'),
            import('./report/pr-comment.js'),
          ]);
          const comment = await postPlanComment(createGitHubClient({ token: inputs.githubToken }), prNumber, report);
          core.info(`${comment.created ? 'Posted' : 'Updated'} the plan comment: ${comment.url}`);
        } catch (error) {
          core.warning(`Could not post the plan on pull request #${prNumber}: ${errorMessage(error)}`);
        }
      }
    }
    core.setOutput('changed', String(report.changed));
    core.setOutput('report', reportPath);
    core.setOutput('failed-items', String(report.counts.failed + report.counts.planningErrors));
    core.info(
      `API calls: ${stats.calls}, throttled: ${stats.throttled}` +
        (stats.firstCallAt !== undefined ? `, first AWS call at ${Math.round(stats.firstCallAt)} ms` : ''),
    );
    if (exitCode(report) !== 0) core.setFailed(failureMessage(report));
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const issue of error.issues) {
        core.error(issue.message, {
          title: `${issue.path || 'config'}`,
          file: issue.file,
          ...(issue.line ? { startLine: issue.line, startColumn: issue.column } : {}),
        });
      }
    }
    core.setFailed(errorMessage(error));
  }
}

await main();
