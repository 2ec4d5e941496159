/** An instant as ISO 8601 to the second (`2026-05-10T10:12:00Z`): how summaries and commit messages show times. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
