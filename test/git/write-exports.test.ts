import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult, ExportedFile } from '../../src/export/types.js';
import {
  applyExportFiles,
  isManagedBy,
  planExportFiles,
  readExportFolder,
} from '../../src/git/write-exports.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

const zone = (name: string, content = `zone:\n  name: ${name}.\nrecords: []\n`): ExportedFile => ({
  path: `route53/zones/${name}.yaml`,
  content,
  kind: 'route53-zone',
  label: `${name}. (public)`,
});

const zonesScope = { prefix: 'route53/zones/', pattern: /\.yaml$/ };

function result(partial: Partial<ExportResult>): ExportResult {
  return { files: [], failures: [], completeScopes: [], ...partial };
}

describe('planExportFiles', () => {
  it('sorts files into added, changed and unchanged, keeping old and new content', () => {
    const existing = new Map([
      ['route53/zones/a.com.yaml', zone('a.com').content],
      ['route53/zones/b.com.yaml', 'old b'],
    ]);
    const plan = planExportFiles(existing, result({ files: [zone('c.com'), zone('b.com'), zone('a.com')] }));
    expect(plan.added).toEqual(['route53/zones/c.com.yaml']);
    expect(plan.changed).toEqual(['route53/zones/b.com.yaml']);
    expect(plan.unchanged).toEqual(['route53/zones/a.com.yaml']);
    expect(plan.removed).toEqual([]);
    expect(plan.before.get('route53/zones/b.com.yaml')).toBe('old b');
    expect(plan.after.get('route53/zones/b.com.yaml')).toBe(zone('b.com').content);
    expect(plan.after.has('route53/zones/a.com.yaml')).toBe(false);
  });

  it('removes a gone zone only when the zone listing was complete', () => {
    const existing = new Map([['route53/zones/gone.com.yaml', 'x']]);
    expect(planExportFiles(existing, result({})).removed).toEqual([]);
    const complete = planExportFiles(existing, result({ completeScopes: [zonesScope] }));
    expect(complete.removed).toEqual(['route53/zones/gone.com.yaml']);
    expect(complete.before.get('route53/zones/gone.com.yaml')).toBe('x');
  });

  it('keeps the file of a failed item even inside a complete scope', () => {
    const existing = new Map([
      ['route53/zones/failed.com.yaml', 'last good'],
      ['route53/zones/gone.com.yaml', 'x'],
    ]);
    const plan = planExportFiles(
      existing,
      result({
        completeScopes: [zonesScope],
        failures: [{ item: 'route53 zone failed.com. (Z1)', error: 'Throttling', keepPaths: ['route53/zones/failed.com.yaml'] }],
      }),
    );
    expect(plan.removed).toEqual(['route53/zones/gone.com.yaml']);
  });

  it('leaves foreign files alone: other names, other folders, subfolders', () => {
    const existing = new Map([
      ['README.md', 'mine'],
      ['route53/zones/NOTES.txt', 'mine'],
      ['route53/zones/archive/old.yaml', 'mine'],
      ['route53/health-checks.yaml', 'hc'],
      ['load-balancers/us-east-1/alb/web.yaml', 'lb'],
    ]);
    const plan = planExportFiles(
      existing,
      result({ completeScopes: [zonesScope, { prefix: 'route53/', pattern: /^health-checks\.yaml$/ }] }),
    );
    // The health-check scope covers route53/ itself, never route53/zones/ or deeper.
    expect(plan.removed).toEqual(['route53/health-checks.yaml']);
  });

  it('treats a pattern with the g flag the same on every file', () => {
    const scope = { prefix: 'z/', pattern: /\.yaml$/g };
    expect([isManagedBy(scope, 'z/a.yaml'), isManagedBy(scope, 'z/b.yaml'), isManagedBy(scope, 'z/c.yaml')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('rejects unsafe or duplicate paths from an exporter', () => {
    const file = (path: string): ExportedFile => ({ ...zone('a.com'), path });
    expect(() => planExportFiles(new Map(), result({ files: [file('../escape.yaml')] }))).toThrow(/normalised relative/);
    expect(() => planExportFiles(new Map(), result({ files: [file('/abs.yaml')] }))).toThrow(/normalised relative/);
    expect(() => planExportFiles(new Map(), result({ files: [zone('a.com'), zone('a.com')] }))).toThrow(/twice/);
  });
});

describe('applyExportFiles', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'write-exports-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const put = async (path: string, content: string): Promise<void> => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  };

  async function listAll(dir: string, prefix = ''): Promise<string[]> {
    const out: string[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) out.push(...(await listAll(join(dir, entry.name), `${path}/`)));
      else out.push(path);
    }
    return out.sort();
  }

  it('writes, rewrites and removes per the rules and leaves no temp files', async () => {
    await put('README.md', 'user notes');
    await put('route53/zones/a.com.yaml', zone('a.com').content);
    await put('route53/zones/b.com.yaml', 'stale');
    await put('route53/zones/gone.com.yaml', 'gone');
    await put('route53/zones/failed.com.yaml', 'last good');
    const before = await stat(join(root, 'route53/zones/a.com.yaml'));

    const changes = await applyExportFiles(
      root,
      result({
        files: [zone('a.com'), zone('b.com'), zone('new.com')],
        completeScopes: [zonesScope],
        failures: [{ item: 'failed.com.', error: 'boom', keepPaths: ['route53/zones/failed.com.yaml'] }],
      }),
      { dryRun: false },
    );

    expect(changes).toMatchObject({
      added: ['route53/zones/new.com.yaml'],
      changed: ['route53/zones/b.com.yaml'],
      removed: ['route53/zones/gone.com.yaml'],
      unchanged: ['route53/zones/a.com.yaml'],
    });
    expect(await listAll(root)).toEqual([
      'README.md',
      'route53/zones/a.com.yaml',
      'route53/zones/b.com.yaml',
      'route53/zones/failed.com.yaml',
      'route53/zones/new.com.yaml',
    ]);
    expect(await readFile(join(root, 'route53/zones/b.com.yaml'), 'utf8')).toBe(zone('b.com').content);
    expect(await readFile(join(root, 'route53/zones/failed.com.yaml'), 'utf8')).toBe('last good');
    // The identical file was not rewritten: an atomic write would have given it a new inode.
    const after = await stat(join(root, 'route53/zones/a.com.yaml'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('changes nothing in dry-run but reports the same plan', async () => {
    await put('route53/zones/gone.com.yaml', 'gone');
    const snapshot = await readExportFolder(root);
    const changes = await applyExportFiles(root, result({ files: [zone('new.com')], completeScopes: [zonesScope] }), {
      dryRun: true,
    });
    expect(changes.added).toEqual(['route53/zones/new.com.yaml']);
    expect(changes.removed).toEqual(['route53/zones/gone.com.yaml']);
    expect(await readExportFolder(root)).toEqual(snapshot);
  });

  it('treats a missing export folder as empty and creates it', async () => {
    const fresh = join(root, 'exports', 'prod');
    const changes = await applyExportFiles(fresh, result({ files: [zone('a.com')] }), { dryRun: false });
    expect(changes.added).toEqual(['route53/zones/a.com.yaml']);
    expect(await readFile(join(fresh, 'route53/zones/a.com.yaml'), 'utf8')).toBe(zone('a.com').content);
  });

  it('writeFileAtomic replaces the file in one step and cleans up when it fails', async () => {
    const target = join(root, 'f.yaml');
    await writeFile(target, 'old');
    const inode = (await stat(target)).ino;
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect((await stat(target)).ino).not.toBe(inode);

    // Renaming onto a directory fails: the target stays as it was and the temp file is gone.
    await mkdir(join(root, 'dir.yaml'));
    await put('dir.yaml/inside', 'x');
    await expect(writeFileAtomic(join(root, 'dir.yaml'), 'data')).rejects.toThrow();
    expect(await listAll(root)).toEqual(['dir.yaml/inside', 'f.yaml']);
  });
});
