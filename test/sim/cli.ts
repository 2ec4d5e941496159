/**
 * Runs the simulator on its own for demos and benchmarks:
 *
 *   npx vite-node test/sim/cli.ts -- --fixture a.yaml [--fixture b.yaml] [--latency 30]
 *        [--rate route53=5:10 ...] [--port 0]
 *
 * Prints one JSON line `{url, accounts: {id: {accessKeyId, secretAccessKey}}}` and serves
 * until it is killed.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim, type RateLimit, type SimOptions } from './server.js';

export function parseCliArgs(argv: readonly string[]): SimOptions {
  const options: SimOptions = { fixtures: [], rateLimits: {} };
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value.`);
    i += 1;
    if (flag === '--fixture') options.fixtures?.push(value);
    else if (flag === '--latency') options.latencyMs = nonNegative(flag, value);
    else if (flag === '--port') options.port = nonNegative(flag, value);
    else if (flag === '--rate') {
      const m = /^([a-z0-9-]+)=(\d+(?:\.\d+)?):(\d+)$/.exec(value);
      if (!m) throw new Error(`--rate ${value}: use service=rate:burst, e.g. route53=5:10.`);
      (options.rateLimits as Record<string, RateLimit>)[m[1] as string] = { rate: Number(m[2]), burst: Number(m[3]) };
    } else {
      throw new Error(`Unknown option ${flag}. Options: --fixture FILE, --latency MS, --rate SERVICE=RATE:BURST, --port N.`);
    }
  }
  return options;
}

function nonNegative(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} ${value}: expected a non-negative number.`);
  return n;
}

async function main(): Promise<void> {
  const sim = await startSim(parseCliArgs(process.argv.slice(2)));
  const accounts = Object.fromEntries(sim.accounts.map((id) => [id, sim.credentialsFor(id)]));
  process.stdout.write(JSON.stringify({ url: sim.url, accounts }) + '\n');
  const stop = () => {
    sim.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** True when started as a program (by vite-node or node), not imported by a test. */
function isEntryPoint(): boolean {
  const script = process.argv[1] ?? '';
  return /vite-node(\.m?js)?$/.test(script) || resolve(script) === fileURLToPath(import.meta.url);
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
