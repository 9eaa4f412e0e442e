import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const IMPORT = /^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return base;
}

const graph = new Map(
  files(SRC).map((f) => [relative(SRC, f), [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => relative(SRC, resolveImport(f, m[1] as string)))]),
);

/** The pipeline stages in order: a stage may import earlier ones, never later ones. */
const STAGES = ['data', 'parse', 'match', 'plan', 'report'];
const stageOf = (file: string) => STAGES.indexOf(file.split('/')[0] as string);

describe('architecture', () => {
  it('reads the import graph (the checks below are not vacuous)', () => {
    expect(graph.get('report/index.ts')).toEqual(expect.arrayContaining(['plan/index.ts', 'match/index.ts']));
    expect(graph.get('parse/index.ts')).toEqual(expect.arrayContaining(['data/catalog.ts', 'parse/_tokens.ts']));
  });

  it('has no import cycles (as zod checks with madge --circular)', () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (file: string, stack: string[]) => {
      if (state.get(file) === 2) return;
      if (state.get(file) === 1) return void cycles.push([...stack.slice(stack.indexOf(file)), file].join(' → '));
      state.set(file, 1);
      for (const dep of graph.get(file) ?? []) visit(dep, [...stack, file]);
      state.set(file, 2);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('points imports one way: report → plan → match → parse → data', () => {
    const backwards = [...graph].flatMap(([file, deps]) =>
      deps.filter((dep) => stageOf(file) >= 0 && stageOf(dep) > stageOf(file)).map((dep) => `${file} → ${dep}`),
    );
    expect(backwards).toEqual([]);
  });

  it('keeps Node-only code out of the core', () => {
    const core = [...graph].filter(([file]) => !file.startsWith('node/') && file !== 'cli.ts');
    const leaks = core.flatMap(([file, deps]) => deps.filter((d) => d.startsWith('node/') || d === 'cli.ts').map((d) => `${file} → ${d}`));
    expect(leaks).toEqual([]);
  });
});
