/**
 * Release steps for .github/workflows/release.yml (docs/releasing.md):
 *   npx vite-node scripts/release.ts -- check v1.2.0   # tag = package.json, changelog section; prints the major tag
 *   npx vite-node scripts/release.ts -- notes v1.2.0   # the release notes from CHANGELOG.md
 */
import { readFile } from 'node:fs/promises';
import { changelogSection, checkTagMatchesPackage, majorTag, tagVersion } from './release-notes.js';

const root = new URL('..', import.meta.url);
const [step, tag] = process.argv.slice(2).filter((a) => a !== '--');
try {
  if (!tag || (step !== 'check' && step !== 'notes')) throw new Error('Usage: release.ts check|notes <tag>');
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { version: string };
  const changelog = await readFile(new URL('CHANGELOG.md', root), 'utf8');
  if (step === 'check') {
    checkTagMatchesPackage(tag, pkg.version);
    changelogSection(changelog, pkg.version);
    process.stdout.write(`${majorTag(tag)}\n`);
  } else {
    process.stdout.write(changelogSection(changelog, tagVersion(tag)));
  }
} catch (error) {
  process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
