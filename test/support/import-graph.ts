/**
 * The import graph of the source tree, read from the text of each file: enough to check the
 * house rules (no cycles) and what a command loads up front.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);
  return files;
}

/**
 * Every source file's imports, as normalised .ts paths (relative ones) and package names.
 * `valueOnly` leaves out `import type` (erased at build time), which a cycle check counts.
 */
export function importGraph(root: string, options: { valueOnly?: boolean } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pattern = options.valueOnly ? /^(?:import|export)\s(?!type\s)[^'";]*?from\s+'([^']+)'/gm : /(?:import|export)\s[^'"]*?from\s+'([^']+)'/g;
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(pattern)].map((m) => {
      const spec = m[1]!;
      return spec.startsWith('.') ? normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))) : spec;
    });
    graph.set(normalize(file), deps);
  }
  return graph;
}

/** Everything `start` loads through static imports, itself included. */
export function staticClosure(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [normalize(start)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...(graph.get(node) ?? []));
  }
  return seen;
}
