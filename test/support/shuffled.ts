/**
 * A seeded shuffle of every list and object key order in a value, for tests that show an
 * export does not depend on the order AWS returns things in.
 */

/** Seeded permutation of every list and object key order (Transforms keep their order). */
export function shuffled<T>(value: T, seed: number): T {
  let state = seed;
  const rand = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const permute = <E>(items: E[]): E[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j] as E, out[i] as E];
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return permute(v.map(walk));
    if (v instanceof Date || v === null || typeof v !== 'object') return v;
    return Object.fromEntries(permute(Object.entries(v)).map(([k, x]) => [k, walk(x)]));
  };
  return walk(value) as T;
}
