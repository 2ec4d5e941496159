/**
 * Start-up: the bundled CLI's --help against a bare `node -e 0` (wall time and peak RSS), and
 * how soon after process start the bundled action sends its first AWS request.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSim } from '../test/sim/server.js';
import { createWorkspace, isolatedEnv, runAction } from '../test/support/action.js';
import { route53BenchFixture } from './route53-fixture.js';
import type { Row } from './route53.js';

const CLI_ENTRY = resolve(import.meta.dirname, '../dist/cli/index.js');
const RUNS = 7;
const CONFIG = 'version: 1\nregions: [us-east-1]\nexport:\n  load-balancers: { enabled: false }\n';
/** Zone files (200 records each) already in the repository for the second first-call figure. */
const COMMITTED_ZONES = 500;

/** A committed zone file of the export's shape, about 14 KB. */
function zoneFile(z: number): string {
  const records = Array.from({ length: 200 }, (_, r) => `  - name: r${r}.zone${z}.example.com.\n    type: A\n    ttl: 300\n    values: [192.0.2.${r % 250}]\n`);
  return `zone:\n  name: zone${z}.example.com.\n  id: Z${String(z).padStart(12, '0')}\nrecords:\n${records.join('')}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Every node here starts in the action's own environment (runAction's): a variable of this
 * machine such as NODE_EXTRA_CA_CERTS, which makes Node read a CA bundle before its first line,
 * would otherwise weigh on the bare node and not on the action.
 */
const childEnv = isolatedEnv(tmpdir());

/** Runs node with `args`: its wall time, and its standard output when `capture` asks for it. */
async function runNode(args: string[], capture = false): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'ignore'] });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c) => done(c ?? -1));
  });
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
  return { ms: performance.now() - started, stdout };
}

const timed = async (args: string[]): Promise<number> => (await runNode(args)).ms;

/** When a bare node runs the first line of an ES module file, as the action's entry is, after process start. */
const firstLineAt = async (file: string): Promise<number> => Number((await runNode([file], true)).stdout);

export async function benchStartup(row: Row): Promise<void> {
  process.stdout.write(`\nStart-up: bundled CLI --help against a bare node (median of ${RUNS}); the action's first AWS call\n`);
  const dir = await mkdtemp(join(tmpdir(), 'abg-startup-'));
  const firstLineFile = join(dir, 'first-line.mjs');
  await writeFile(firstLineFile, 'process.stdout.write(String(performance.now()));\n');
  try {
    const bare: number[] = [];
    const help: number[] = [];
    const firstLines: number[] = [];
    // Interleaved, so a busy moment of the machine weighs on all alike.
    for (let i = 0; i < RUNS; i++) {
      bare.push(await timed(['-e', '0']));
      help.push(await timed([CLI_ENTRY, '--help']));
      firstLines.push(await firstLineAt(firstLineFile));
    }
    const bareMs = median(bare);
    const helpMs = median(help);
    // Peak RSS as GNU time reports it (maximum resident set size, KB).
    const timeOut = join(dir, 'rss.txt');
    await timed(['-e', `require('node:child_process').execFileSync('/usr/bin/time', ['-f', '%M', '-o', ${JSON.stringify(timeOut)}, process.execPath, ${JSON.stringify(CLI_ENTRY)}, '--help'], { stdio: 'ignore' })`]);
    const rssMb = Number((await readFile(timeOut, 'utf8')).trim()) / 1024;
    row('bare node -e 0', `${bareMs.toFixed(0)} ms`);
    row('--help wall', `${helpMs.toFixed(0)} ms`, `${(helpMs / bareMs).toFixed(2)} × bare, target ≤ 2${helpMs <= 2 * bareMs ? ' ✓' : ' ✗'}`);
    row('--help peak RSS', `${rssMb.toFixed(0)} MB`, `target < 80 MB${rssMb < 80 ? ' ✓' : ' ✗'}`);

    const fixture = join(dir, 'fixture.json');
    await writeFile(fixture, JSON.stringify(route53BenchFixture({ zones: 3, recordsPerZone: 10, healthChecks: 1 })));
    const sim = await startSim({ fixtures: [fixture] });
    try {
      const firstCall = async (name: string, files: Record<string, string>): Promise<number> => {
        const firsts: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const ws = await createWorkspace({ 'aws-backup.yml': CONFIG, ...files }, { root: join(dir, `${name}${i}`) });
          const result = await runAction({ workspace: ws, inputs: { command: 'export' }, awsEnv: sim.env() });
          if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
          firsts.push(result.report.apiCalls.firstCallAt as number);
        }
        return median(firsts);
      };
      const first = await firstCall('ws', {});
      row('process start → first AWS call', `${first.toFixed(0)} ms`, `median of ${RUNS}, target ≤ 150 ms${first <= 150 ? ' ✓' : ' ✗'}`);
      // How much of that is Node's own start on this machine, and how much the action's.
      const nodeStart = median(firstLines);
      row("  of which Node's own start", `${nodeStart.toFixed(0)} ms`, `median of ${RUNS}; the action's own start-up: ${(first - nodeStart).toFixed(0)} ms`);
      // A scheduled export first reads the files it committed last time.
      const committed: Record<string, string> = {};
      for (let z = 0; z < COMMITTED_ZONES; z++) committed[`exports/default/route53/zones/zone${z}.example.com.yaml`] = zoneFile(z);
      const withFiles = await firstCall('committed', committed);
      row(`  … with ${COMMITTED_ZONES} zone files committed`, `${withFiles.toFixed(0)} ms`, `median of ${RUNS}`);
    } finally {
      await sim.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
