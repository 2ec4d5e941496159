/**
 * A full export does not wait for its committed files before listing Route 53: the files are
 * read while the first requests are out, and the result is the same as reading them first.
 * An incremental export reads them before listing (it compares record counts with them).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readExportFolder } from '../../src/git/write-exports.js';
import { startSim, type Sim } from '../sim/server.js';
import { commitAll, createWorkspace, type Workspace } from '../support/action.js';
import { runIn, useSimCredentials } from '../onboarding/support.js';

vi.mock('../../src/git/write-exports.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/git/write-exports.js')>();
  return { ...original, readExportFolder: vi.fn(original.readExportFolder) };
});
const { readExportFolder: readFolder } = await vi.importActual<typeof import('../../src/git/write-exports.js')>('../../src/git/write-exports.js');

const CONFIG = `version: 1
regions: [us-east-1]
export:
  load-balancers: {enabled: false}
`;
const zone = (z: number, value: string) => ({
  Id: `ZRO${z}`,
  Name: `ro${z}.example.`,
  ResourceRecordSets: [{ Name: `www.ro${z}.example.`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: value }] }],
});
const ZONE_FILE = 'exports/default/route53/zones/ro1.example.yaml';

describe('reading the committed export files', () => {
  let sim: Sim;
  let ws: Workspace;
  beforeEach(async () => {
    sim = await startSim({ fixtures: [{ accounts: [{ id: '111111111111', route53: { hostedZones: [zone(0, '192.0.2.1'), zone(1, '192.0.2.2')] } }] }] });
    ws = await createWorkspace({ 'aws-backup.yml': CONFIG });
    useSimCredentials(sim, ws);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    vi.mocked(readExportFolder).mockReset();
    await sim.close();
    await rm(ws.root, { recursive: true, force: true });
  });

  it('a full export sends its first request before its committed files are read, and still sees them', async () => {
    await runIn(ws, sim, 'export');
    // Someone edits a committed file by hand: the next export must have read it to restore it.
    const path = join(ws.repo, ZONE_FILE);
    const exported = await readFile(path, 'utf8');
    await writeFile(path, exported.replace('192.0.2.2', '203.0.113.9'));
    await commitAll(ws, 'hand edit');

    sim.resetStats();
    vi.mocked(readExportFolder).mockClear().mockImplementation(async (root) => {
      await vi.waitFor(
        () => {
          if (sim.stats.total === 0) throw new Error('the export read its committed files before sending its first request');
        },
        { timeout: 2_000, interval: 5 },
      );
      return readFolder(root);
    });
    const { report } = await runIn(ws, sim, 'export');

    expect(report.counts.failed).toBe(0);
    expect(vi.mocked(readExportFolder)).toHaveBeenCalledTimes(1);
    const writes = report.sections.flatMap((s) => s.actions).filter((a) => a.kind === 'write');
    expect(writes.map((a) => a.details?.file)).toEqual([ZONE_FILE]);
    expect(await readFile(path, 'utf8')).toBe(exported);
  });

  it('an incremental export has its committed files before it lists Route 53', async () => {
    const incremental = `${CONFIG}  incremental: {enabled: true}\n`;
    await writeFile(join(ws.repo, 'aws-backup.yml'), incremental);
    await commitAll(ws, 'incremental');
    await runIn(ws, sim, 'export'); // the first run sweeps and records its state

    let listedBeforeRead = false;
    vi.mocked(readExportFolder).mockImplementation(async (root) => {
      const files = await readFolder(root);
      listedBeforeRead = (sim.stats.calls['route53:ListResourceRecordSets'] ?? 0) > 0;
      return files;
    });
    sim.resetStats();
    const { report } = await runIn(ws, sim, 'export');
    expect(report.exportModes?.[0]?.mode).toBe('incremental');
    expect(listedBeforeRead).toBe(false);
  });
});
