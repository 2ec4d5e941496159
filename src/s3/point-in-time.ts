/**
 * Point-in-time decisions, pure: from a key's history (newest first) and an instant T, what a
 * restore must do so the key is as it was at T. The version current at T comes back (a
 * server-side copy of that version), a key that did not exist at T gets a delete marker (or
 * stays, when asked), a key already equal to its state at T is left alone — which is what
 * makes an interrupted restore resume where it stopped.
 */
import type { CurrentObject, VersionEntry } from './versions.js';

export interface VersionRef {
  versionId: string;
  etag?: string;
  size: number;
}

export type KeyAction =
  /** Copy `from` (a version of the source listing) over the key. */
  | { kind: 'copy'; key: string; from: VersionRef; overwrites: boolean }
  /** Hide the key behind a delete marker: it did not exist at T. */
  | { kind: 'hide'; key: string };

export interface KeyState {
  key: string;
  /** The version current at T; undefined when the key did not exist (or was deleted) at T. */
  atT?: VersionRef;
  /** What the key holds now; undefined when it has no current object. */
  now?: { etag?: string; size: number; versionId?: string };
}

/** The state at T and now of each key, folding a stream of entries in listing order. */
export class HistoryFolder {
  private key: string | undefined;
  private state: KeyState | undefined;
  private sawLatest = false;

  constructor(
    private readonly t: number,
    private readonly emit: (state: KeyState) => void,
  ) {}

  add(entry: VersionEntry): void {
    if (entry.key !== this.key) {
      this.flush();
      this.key = entry.key;
      this.state = { key: entry.key };
      this.sawLatest = false;
      // The first (newest) entry of a key is what it holds now.
      if (!entry.isDeleteMarker) this.state.now = { size: entry.size, versionId: entry.versionId, ...(entry.etag !== undefined && { etag: entry.etag }) };
    }
    const state = this.state!;
    if (!this.sawLatest && entry.lastModified <= this.t) {
      this.sawLatest = true;
      if (!entry.isDeleteMarker) state.atT = { versionId: entry.versionId, size: entry.size, ...(entry.etag !== undefined && { etag: entry.etag }) };
    }
  }

  flush(): void {
    if (this.state) this.emit(this.state);
    this.state = undefined;
    this.key = undefined;
  }
}

/** Folds a replica's history for the state at T only (what the key holds now comes from the source). */
export function atTOnly(state: KeyState): KeyState {
  return state.atT ? { key: state.key, atT: state.atT } : { key: state.key };
}

/** Whether the key already holds its state at T (same version, or the same content). */
function equal(atT: VersionRef, now: NonNullable<KeyState['now']>): boolean {
  if (now.versionId !== undefined && now.versionId === atT.versionId) return true;
  return atT.etag !== undefined && now.etag === atT.etag && now.size === atT.size;
}

/** What to do with one key; undefined when nothing (equal already, or absent both at T and now). */
export function decide(state: KeyState, keepNew: boolean): KeyAction | 'kept' | undefined {
  const { atT, now } = state;
  if (atT) {
    if (now && equal(atT, now)) return undefined;
    return { kind: 'copy', key: state.key, from: atT, overwrites: now !== undefined };
  }
  if (!now) return undefined;
  return keepNew ? 'kept' : { kind: 'hide', key: state.key };
}

export function currentAsState(o: CurrentObject): KeyState['now'] {
  return { etag: o.etag, size: o.size };
}
