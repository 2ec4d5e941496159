#!/usr/bin/env node
/**
 * The same commands from a terminal, with the ordinary AWS credential chain:
 *   aws-backup-gitops plan --config aws-backup.yml
 * Each command's modules are imported when it runs, so --help and input errors answer at
 * once and never load the AWS SDK.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { effectiveDryRun, parseCommand, parseRestoreKind, parseRestoreOptions, InputError } from './inputs.js';
import { errorMessage } from './util/concurrency.js';
import type { RestoreRequest } from './restore/types.js';
import { TOOL_VERSION } from './version.js';

const USAGE = `Usage: aws-backup-gitops <command> [options]

Commands:
  run        export, snapshots and lifecycle rules, applied (what the scheduled workflow runs)
  plan       read-only: show what run would change
  export     the configuration export only (Route 53, load balancers): writes the files under
             export.path, mirrors them if configured, then commits per commit.mode (push:
             commit and push; pull-request: commit to commit.branch and open a PR; none: no
             commit); with --write-only it only writes the files
  restore    --kind KIND --source SOURCE [--region R] [--target NAME] [--point-in-time T]
             [--account NAME] [--option key=value …] [--apply] [--force]
             plan (and with --apply, make) a restore; KIND: route53-zone, load-balancer,
             ebs-volume, rds-instance, rds-cluster, s3-prefix
  drill      restore the newest backups to scratch resources, check them, delete them, and
             report the recovery time per resource
  import-lifecycle --bucket NAME@REGION [--bucket …]
             print the live S3 lifecycle rules of buckets as a \`lifecycle:\` section
  iam-policy --repository OWNER/REPO [--branch main] [--environment aws-restore]
             [--drill-environment aws-drill] [--account-id ID] [--write DIR]
             one least-privilege IAM role per duty (plan, run, restore, drill, vault, vault-plan):
             <duty>-policy.json and <duty>-trust-policy.json for the config
  init [DIR] --account-id ID --region R [--region …] [--dr-region R] [--force]
             copy the template into a repository and fill in the account and regions

Options:
  --config FILE     configuration file (default aws-backup.yml)
  --cwd DIR         repository checkout to work in (default .)
  --dry-run         build and show the plan, change nothing
  --full            export: list every zone even when incremental exports are on
  --write-only      export, run: write the export files, commit nothing (commit.mode none)
  --report FILE     also write the JSON report there
  --markdown        print the report as Markdown (default: plain text)
  --github-token T  token for pull-request mode (default $GITHUB_TOKEN)
  -h, --help        this text
  -v, --version     the version of aws-backup-gitops

AWS credentials and region come from the usual chain (environment, profile, SSO, instance role);
AWS_ENDPOINT_URL points every client at another endpoint (e.g. LocalStack).`;

const OPTIONS = {
  config: { type: 'string', default: 'aws-backup.yml' },
  cwd: { type: 'string', default: '.' },
  'dry-run': { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  'write-only': { type: 'boolean', default: false },
  report: { type: 'string' },
  markdown: { type: 'boolean', default: false },
  'github-token': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  bucket: { type: 'string', multiple: true },
  'role-arn': { type: 'string' },
  kind: { type: 'string' },
  source: { type: 'string' },
  region: { type: 'string', multiple: true },
  target: { type: 'string' },
  'point-in-time': { type: 'string' },
  account: { type: 'string' },
  option: { type: 'string', multiple: true },
  apply: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  repository: { type: 'string' },
  branch: { type: 'string', default: 'main' },
  environment: { type: 'string' },
  'drill-environment': { type: 'string' },
  'account-id': { type: 'string' },
  write: { type: 'string' },
  'dr-region': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [name, ...rest] = positionals;
  if (name === 'import-lifecycle') return importLifecycleCommand(values.bucket ?? [], values['role-arn']);
  if (name === 'iam-policy') return iamPolicyCommand(values);
  if (name === 'init') return initCommand(rest[0] ?? '.', values);
  if (rest.length > 0) throw new InputError(`one command expected, got: ${positionals.join(' ')}. See --help.`);
  const command = parseCommand(name!, 'The command');
  const token = values['github-token'] ?? process.env.GITHUB_TOKEN;
  const restore = command === 'restore' ? restoreRequest(values) : undefined;
  if (values['write-only'] && command !== 'export' && command !== 'run') {
    throw new InputError(`--write-only applies to export and run (the commands that commit export files), not to ${command}.`);
  }
  const { runCommand } = await import('./commands/run.js');
  const { report, stats, summaryExtras } = await runCommand({
    command,
    configPath: values.config!,
    repoRoot: resolve(values.cwd!),
    dryRun: effectiveDryRun(command, values['dry-run']!, values.apply!),
    ...(values.full ? { fullExport: true } : {}),
    ...(values['write-only'] ? { writeOnly: true } : {}),
    ...(restore ? { restore } : {}),
    ...(token ? { githubToken: token } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const [{ writeJsonReport, exitCode }, { renderMarkdown, renderText }, { annotateReport, streamAnnotator }] = await Promise.all([
    import('./report/report.js'),
    import('./report/render.js'),
    import('./report/annotations.js'),
  ]);
  if (values.report) {
    await writeJsonReport(resolve(values.report), report, { apiCalls: stats, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  }
  process.stdout.write(values.markdown ? renderMarkdown(report) : renderText(report));
  for (const extra of summaryExtras) process.stdout.write(`\n${extra}\n`);
  annotateReport(report, streamAnnotator(process.stderr), { limit: Number.MAX_SAFE_INTEGER });
  return exitCode(report);
}

function restoreRequest(values: Values): RestoreRequest {
  if (!values.kind || !values.source) throw new InputError('restore needs --kind and --source. See --help.');
  if ((values.region?.length ?? 0) > 1) throw new InputError('restore takes one --region.');
  return {
    kind: parseRestoreKind(values.kind, '--kind'),
    source: values.source,
    ...(values.region?.[0] ? { region: values.region[0] } : {}),
    ...(values.target ? { target: values.target } : {}),
    ...(values['point-in-time'] ? { pointInTime: values['point-in-time'] } : {}),
    ...(values.account ? { account: values.account } : {}),
    force: values.force!,
    options: parseRestoreOptions((values.option ?? []).join('\n'), '--option'),
  };
}

/** `import-lifecycle`: live rules → config YAML, so a team can adopt the tool without retyping. */
async function importLifecycleCommand(specs: string[], roleArn: string | undefined): Promise<number> {
  if (specs.length === 0) throw new InputError('import-lifecycle needs at least one --bucket NAME@REGION.');
  const buckets = specs.map((spec) => {
    const [name, region] = spec.split('@');
    if (!name || !region) throw new InputError(`--bucket '${spec}': write it as NAME@REGION, e.g. my-backups@eu-west-1.`);
    return { name, region };
  });
  const [{ createAwsClients }, { loadAwsServices }, { importLifecycle }] = await Promise.all([
    import('./aws/clients.js'),
    import('./aws/aws-services.js'),
    import('./lifecycle/import.js'),
  ]);
  await loadAwsServices(['s3']);
  const clients = createAwsClients({ account: 'default', ...(roleArn ? { roleArn } : {}) });
  try {
    process.stdout.write(await importLifecycle(clients, buckets));
  } finally {
    clients.destroy();
  }
  return 0;
}

/** `iam-policy`: the policies for exactly the features the config turns on. */
async function iamPolicyCommand(values: Values): Promise<number> {
  if (!values.repository) throw new InputError('iam-policy needs --repository OWNER/REPO (the repository the workflows run in).');
  const [{ loadConfig }, { generateIamPolicies }, { renderIamPolicies }] = await Promise.all([
    import('./config/load.js'),
    import('./iam/policy.js'),
    import('./iam/render.js'),
  ]);
  const config = await loadConfig(resolve(values.cwd!, values.config!));
  const { renderReplicationIam } = await import('./s3/replication-iam.js');
  const files = {
    ...renderIamPolicies(
      generateIamPolicies(config, {
        repository: values.repository,
        branch: values.branch!,
        ...(values.environment ? { environment: values.environment } : {}),
        ...(values['drill-environment'] ? { drillEnvironment: values['drill-environment'] } : {}),
        ...(values['account-id'] ? { accountId: values['account-id'] } : {}),
      }),
    ),
    // S3 replication: the role S3 assumes, and the destination bucket policies (docs/s3.md).
    ...renderReplicationIam(config),
  };
  if (values.write) {
    await mkdir(resolve(values.write), { recursive: true });
    for (const [file, text] of Object.entries(files)) await writeFile(join(resolve(values.write), file), text);
    process.stdout.write(`wrote ${Object.keys(files).join(', ')} to ${values.write}\n`);
  } else {
    for (const [file, text] of Object.entries(files)) process.stdout.write(`# ${file}\n${text}\n`);
  }
  return 0;
}

/** `init`: the template into an existing repository, filled in. */
async function initCommand(target: string, values: Values): Promise<number> {
  if (!values['account-id'] || !values.region?.length) {
    throw new InputError('init needs --account-id ID and at least one --region R.');
  }
  const { initRepository } = await import('./onboarding/init.js');
  const result = await initRepository(target, {
    accountId: values['account-id'],
    regions: values.region,
    ...(values['dr-region'] ? { drRegion: values['dr-region'] } : {}),
    force: values.force!,
  });
  for (const file of result.written) process.stdout.write(`wrote   ${file}\n`);
  for (const file of result.skipped) process.stdout.write(`kept    ${file} (exists; --force replaces it)\n`);
  process.stdout.write(`\n${result.nextSteps}\n`);
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
