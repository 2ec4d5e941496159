#!/usr/bin/env node
/**
 * The same commands from a terminal, with the ordinary AWS credential chain:
 *   aws-backup-gitops plan --config aws-backup.yml
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCommand, InputError } from './inputs.js';
import { COMMANDS } from './commands/context.js';
import { runCommand } from './commands/run.js';
import { writeJsonReport, exitCode } from './report/report.js';
import { renderMarkdown, renderText } from './report/render.js';
import { annotateReport, streamAnnotator } from './report/annotations.js';
import { errorMessage } from './util/concurrency.js';
import { createAwsClients } from './aws/clients.js';
import { importLifecycle } from './lifecycle/import.js';

const USAGE = `Usage: aws-backup-gitops <command> [options]

Commands:
  run        export, then apply (what the scheduled workflow runs)
  plan       read-only: show what run would change
  export     the configuration export only
  import-lifecycle --bucket NAME@REGION [--bucket …]
             print the live S3 lifecycle rules of buckets as a \`lifecycle:\` section for aws-backup.yml

Options:
  --config FILE     configuration file (default aws-backup.yml)
  --cwd DIR         repository checkout to work in (default .)
  --dry-run         build and show the plan, change nothing
  --report FILE     also write the JSON report there
  --markdown        print the report as Markdown (default: plain text)
  --github-token T  token for pull-request mode (default $GITHUB_TOKEN)
  -h, --help        this text

AWS credentials and region come from the usual chain (environment, profile, SSO, instance role);
AWS_ENDPOINT_URL points every client at another endpoint (e.g. LocalStack).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', default: 'aws-backup.yml' },
      cwd: { type: 'string', default: '.' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      'github-token': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      bucket: { type: 'string', multiple: true },
      'role-arn': { type: 'string' },
    },
  });
  if (positionals[0] === 'import-lifecycle') return importLifecycleCommand(values.bucket ?? [], values['role-arn']);
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (positionals.length > 1) throw new InputError(`one command expected, got: ${positionals.join(' ')}. Commands: ${COMMANDS.join(', ')}.`);
  const command = parseCommand(positionals[0]!, 'The command');
  const repoRoot = resolve(values.cwd!);
  const token = values['github-token'] ?? process.env.GITHUB_TOKEN;
  const { report, stats, summaryExtras } = await runCommand({
    command,
    configPath: values.config!,
    repoRoot,
    dryRun: values['dry-run']!,
    ...(token ? { githubToken: token } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.report) {
    await writeJsonReport(resolve(values.report), report, { apiCalls: stats, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  }
  process.stdout.write(values.markdown ? renderMarkdown(report) : renderText(report));
  for (const extra of summaryExtras) process.stdout.write(`\n${extra}\n`);
  annotateReport(report, streamAnnotator(process.stderr), { limit: Number.MAX_SAFE_INTEGER });
  return exitCode(report);
}

/** `import-lifecycle`: live rules → config YAML, so a team can adopt the tool without retyping. */
async function importLifecycleCommand(specs: string[], roleArn: string | undefined): Promise<number> {
  if (specs.length === 0) throw new InputError('import-lifecycle needs at least one --bucket NAME@REGION.');
  const buckets = specs.map((spec) => {
    const [name, region] = spec.split('@');
    if (!name || !region) throw new InputError(`--bucket '${spec}': write it as NAME@REGION, e.g. my-backups@eu-west-1.`);
    return { name, region };
  });
  const clients = createAwsClients({ account: 'default', ...(roleArn ? { roleArn } : {}) });
  try {
    process.stdout.write(await importLifecycle(clients, buckets));
  } finally {
    clients.destroy();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`aws-backup-gitops: ${errorMessage(error)}\n`);
    process.exitCode = 2;
  },
);
