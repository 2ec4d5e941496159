/**
 * Which keys an S3 drill samples, pure: a key's rank is the SHA-256 of a seed (the day and the
 * bucket) and the key, so the sample is spread over the whole listing instead of its first
 * keys, is the same all day (a drill run again checks the same keys) and changes the next day.
 * Only the best-ranked candidates are kept while the listing streams past.
 */
import { createHash } from 'node:crypto';

export interface Candidate {
  key: string;
  size: number;
  rank: string;
}

export class SampleKeeper {
  private readonly kept: Candidate[] = [];

  constructor(
    private readonly seed: string,
    private readonly room: number,
  ) {}

  add(key: string, size: number): void {
    const rank = createHash('sha256').update(`${this.seed}\n${key}`).digest('hex');
    if (this.kept.length >= this.room && rank >= this.kept.at(-1)!.rank) return;
    const at = this.kept.findIndex((c) => c.rank > rank);
    this.kept.splice(at < 0 ? this.kept.length : at, 0, { key, size, rank });
    if (this.kept.length > this.room) this.kept.pop();
  }

  /** Best first. */
  candidates(): readonly Candidate[] {
    return this.kept;
  }
}
