import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGraph, sourceFiles, staticClosure } from './support/import-graph.js';

function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (node: string, stack: string[]): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep].join(' → '));
      else if (!state.has(dep)) visit(dep, stack);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, []);
  return found;
}

/** Every tree of the project's own TypeScript: the action, its tests and simulator, the benchmarks, the build scripts. */
const TREES = ['src', 'test', 'bench', 'scripts'];

function projectGraph(): Map<string, string[]> {
  return new Map(TREES.flatMap((tree) => [...importGraph(tree)]));
}

describe('source modules', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual(['a.ts → b.ts → a.ts']);
  });

  it('import each other in no cycle (type-only imports included), in src and in the tests, simulator, benchmarks and scripts', () => {
    const graph = projectGraph();
    expect(graph.has('test/sim/server.ts') && graph.has('bench/run.ts') && graph.has('src/main.ts')).toBe(true);
    expect(cycles(graph)).toEqual([]);
  });

  it('are each at most 400 lines (split by what the code does when one grows past it), tests and simulator included', () => {
    const long = TREES.flatMap((tree) => sourceFiles(tree))
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });

  it('a restore loads only its own kind\'s planner and SDK up front: planners are imported when asked for', () => {
    const graph = importGraph('src', { valueOnly: true });
    const command = staticClosure(graph, 'src/commands/restore.ts');
    expect([...command].filter((m) => m.startsWith('@aws-sdk/') || m.includes('/restore/route53') || m.includes('/restore/ebs'))).toEqual([]);
    const zone = staticClosure(graph, 'src/restore/route53.ts');
    expect([...zone].filter((m) => m.startsWith('@aws-sdk/client-')).sort()).toEqual(['@aws-sdk/client-route-53']);
    // The check sees a static SDK import where there is one.
    expect(staticClosure(graph, 'src/restore/ebs.ts')).toContain('@aws-sdk/client-ec2');
  });
});
