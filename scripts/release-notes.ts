/**
 * What the release workflow checks and publishes, as pure functions: the version a tag names,
 * that it is package.json's, the major tag it moves, and the release notes — the CHANGELOG.md
 * section of that version (Keep a Changelog: `## [1.2.0] - 2026-12-05`).
 */

const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `v1.2.0` → `1.2.0`; anything else is not a release tag. */
export function tagVersion(tag: string): string {
  const m = RELEASE_TAG.exec(tag);
  if (!m) throw new Error(`'${tag}' is not a release tag: use v<major>.<minor>.<patch>, e.g. v1.2.0.`);
  return `${m[1]}.${m[2]}.${m[3]}`;
}

/** The moving tag users pin (`uses: …@v1`): `v1.2.0` → `v1`. */
export function majorTag(tag: string): string {
  return `v${tagVersion(tag).split('.')[0]}`;
}

/** Fails unless the tag names package.json's version, so a release never ships another build. */
export function checkTagMatchesPackage(tag: string, packageVersion: string): void {
  const version = tagVersion(tag);
  if (version !== packageVersion) {
    throw new Error(
      `Tag ${tag} says ${version} but package.json says ${packageVersion}. Set "version": "${version}" in package.json ` +
        `(npm version ${version} --no-git-tag-version), commit, and tag that commit; or tag v${packageVersion}.`,
    );
  }
}

const HEADING = /^## \[?([^\]\s]+)\]?(?:\s+-\s+(\S+))?\s*$/;

/**
 * The body of `## [version]` in a Keep a Changelog file, up to the next `## ` heading, without
 * the link definitions at the file's end. Fails when the section is missing, empty or undated.
 */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADING.exec(line)?.[1] === version);
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: rename "## [Unreleased]" to it (see docs/releasing.md).`);
  const date = HEADING.exec(lines[start]!)?.[2];
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`CHANGELOG.md: the heading of ${version} needs its release date: "## [${version}] - YYYY-MM-DD".`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).filter((line) => !/^\[[^\]]+\]:\s/.test(line));
  const text = body.join('\n').trim();
  if (!/^- /m.test(text)) throw new Error(`CHANGELOG.md: the section of ${version} lists no changes.`);
  return `${text}\n`;
}
