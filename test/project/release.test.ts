/**
 * The release checks and notes (scripts/release-notes.ts, run by .github/workflows/release.yml
 * through scripts/release.ts), on made-up changelogs and on the real CHANGELOG.md as
 * docs/releasing.md says to edit it.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { changelogSection, checkTagMatchesPackage, majorTag, tagVersion } from '../../scripts/release-notes.js';
import { PROJECT_ROOT } from '../support/action.js';

const run = promisify(execFile);

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-12-05

### Added

- Incremental exports.

### Fixed

- A zone restore keeps aliases.

## [1.1.0] - 2026-11-01

- Older.

[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
`;

describe('release tags', () => {
  it('accept v<major>.<minor>.<patch> only', () => {
    expect(tagVersion('v1.2.0')).toBe('1.2.0');
    expect(majorTag('v12.0.3')).toBe('v12');
    for (const bad of ['1.2.0', 'v1.2', 'v1.2.0-rc.1', 'v01.2.0', 'v1']) expect(() => tagVersion(bad), bad).toThrow(/not a release tag/);
  });

  it('must name package.json version, and say how to fix it when not', () => {
    expect(() => checkTagMatchesPackage('v1.2.0', '1.2.0')).not.toThrow();
    expect(() => checkTagMatchesPackage('v1.2.1', '1.2.0')).toThrow(/Tag v1\.2\.1 says 1\.2\.1 but package\.json says 1\.2\.0.*npm version 1\.2\.1/);
  });
});

describe('release notes from CHANGELOG.md', () => {
  it("are the version's section, without its heading, the next section or the link definitions", () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n\n- Incremental exports.\n\n### Fixed\n\n- A zone restore keeps aliases.\n');
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- Older.\n');
  });

  it('refuse a missing, undated or empty section', () => {
    expect(() => changelogSection(CHANGELOG, '1.3.0')).toThrow(/no "## \[1\.3\.0\] - YYYY-MM-DD" section/);
    expect(() => changelogSection(CHANGELOG.replace('## [1.2.0] - 2026-12-05', '## [1.2.0]'), '1.2.0')).toThrow(/needs its release date/);
    expect(() => changelogSection('## [2.0.0] - 2027-01-01\n\n### Added\n\n## [1.0.0] - 2026-01-01\n- x\n', '2.0.0')).toThrow(/lists no changes/);
  });

  it("the real CHANGELOG.md: Keep a Changelog, and its Unreleased section becomes a release's notes as docs/releasing.md says", async () => {
    const real = await readFile(join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(real).toMatch(/^# Changelog\n/);
    expect(real).toContain('## [Unreleased]');
    for (const heading of real.split('\n').filter((l) => l.startsWith('### '))) {
      expect(['### Added', '### Changed', '### Deprecated', '### Removed', '### Fixed', '### Security']).toContain(heading);
    }
    const released = real.replace('## [Unreleased]', '## [Unreleased]\n\n## [9.9.9] - 2026-12-05');
    const notes = changelogSection(released, '9.9.9');
    expect(notes).toMatch(/^### Added\n\n- /);
    expect(notes).not.toContain('[Unreleased]:');
  });
});

describe('scripts/release.ts, as the release workflow runs it', () => {
  it('prints the major tag for a matching tag, the notes, and fails a mismatch with one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'abg-release-'));
    try {
      await mkdir(join(dir, 'scripts'));
      for (const file of ['release.ts', 'release-notes.ts']) await copyFile(join(PROJECT_ROOT, 'scripts', file), join(dir, 'scripts', file));
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.2.0', type: 'module' }));
      await writeFile(join(dir, 'CHANGELOG.md'), CHANGELOG);
      const viteNode = join(PROJECT_ROOT, 'node_modules/.bin/vite-node');
      const step = (args: string[]) => run(viteNode, ['scripts/release.ts', '--', ...args], { cwd: dir });
      expect((await step(['check', 'v1.2.0'])).stdout).toBe('v1\n');
      expect((await step(['notes', 'v1.2.0'])).stdout).toContain('- Incremental exports.\n');
      const failed = await step(['check', 'v1.3.0']).catch((e: { code: number; stderr: string }) => e);
      expect((failed as { code: number }).code).toBe(1);
      expect((failed as { stderr: string }).stderr).toMatch(/^release: Tag v1\.3\.0 says 1\.3\.0 but package\.json says 1\.2\.0/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
