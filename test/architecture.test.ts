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

/**
 * Every folder of src/, bottom layer first: a file may import its own folder and the folders before it, never
 * the ones after. `text` (the reading engine) sits below `catalog`, whose aliases are compiled with the engine's
 * tokenizer; root files (`options.ts`, `matcher.ts`, `index.ts`) sit where listed.
 */
const LAYERS = [
  'types',
  'errors',
  'schemas',
  'options.ts',
  'data',
  'text',
  'catalog',
  'resume',
  'posting',
  'score',
  'plan',
  'privacy',
  'render',
  'matcher.ts',
  'index.ts',
  'languages.ts',
  'details.ts',
  'postings.ts',
  'node',
  'cli',
];
const layerOf = (file: string) => LAYERS.indexOf(file.split('/')[0] as string);

describe('architecture', () => {
  it('reads the import graph (the checks below are not vacuous)', () => {
    expect(graph.get('render/report.ts')).toEqual(expect.arrayContaining(['plan/index.ts', 'score/match.ts']));
    expect(graph.get('resume/index.ts')).toEqual(expect.arrayContaining(['catalog/load.ts', 'text/tokens.ts']));
  });

  it('lists every folder and root file of src/ in a layer', () => {
    expect([...graph.keys()].filter((file) => layerOf(file) < 0)).toEqual([]);
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

  it('points imports one way, down the layers', () => {
    const backwards = [...graph].flatMap(([file, deps]) => deps.filter((dep) => layerOf(dep) > layerOf(file)).map((dep) => `${file} → ${dep}`));
    expect(backwards).toEqual([]);
  });

  it('keeps `_` files private to their folder', () => {
    const folder = (f: string) => f.split('/').slice(0, -1).join('/');
    const leaks = [...graph].flatMap(([file, deps]) =>
      deps.filter((dep) => (dep.split('/').at(-1) as string).startsWith('_') && folder(dep) !== folder(file)).map((dep) => `${file} → ${dep}`),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps Node-only code out of the core', () => {
    const core = [...graph].filter(([file]) => !file.startsWith('node/') && !file.startsWith('cli/'));
    const leaks = core.flatMap(([file, deps]) => deps.filter((d) => d.startsWith('node/') || d.startsWith('cli/')).map((d) => `${file} → ${d}`));
    expect(leaks).toEqual([]);
  });

  it('keeps the language packs out of the core: only `languages.ts` imports them, and only Node code imports it', () => {
    const importers = (target: (dep: string) => boolean) =>
      [...graph]
        .filter(([, deps]) => deps.some(target))
        .map(([file]) => file)
        .sort();
    expect(importers((d) => /^data\/language-[a-z]{2}\.generated\.ts$/u.test(d))).toEqual(['languages.ts']);
    expect(importers((d) => d === 'languages.ts').every((f) => f.startsWith('node/') || f.startsWith('cli/'))).toBe(true);
  });

  it('keeps the catalog details out of the core: only `details.ts` imports them, and nothing in src/ imports it', () => {
    const importers = (target: (dep: string) => boolean) => [...graph].filter(([, deps]) => deps.some(target)).map(([file]) => file);
    expect(importers((d) => d === 'data/catalog-details.generated.ts')).toEqual(['details.ts']);
    expect(importers((d) => d === 'details.ts')).toEqual([]);
  });

  it('keeps job-ad reading out of the root: only `postings.ts` imports it, and only the CLI imports that', () => {
    const importers = (target: (dep: string) => boolean) =>
      [...graph]
        .filter(([, deps]) => deps.some(target))
        .map(([file]) => file)
        .sort();
    expect(importers((d) => d === 'posting/index.ts')).toEqual(['postings.ts']);
    expect(importers((d) => d === 'postings.ts').every((f) => f.startsWith('cli/'))).toBe(true);
  });

  it('imports zod only as zod/mini (tree-shakable) and its English messages', () => {
    const ZOD = /from\s+'(zod(?:\/[^']*)?)'/g;
    const used = files(SRC).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(ZOD)].map((m) => `${relative(SRC, f)}: ${m[1]}`));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((u) => !u.endsWith(': zod/mini'))).toEqual(['schemas/public.ts: zod/locales']);
    // Only the \`rolefit/schemas\` entry sets zod's (global) configuration; the core passes its messages to each parse.
    const configured = files(SRC)
      .filter((f) => /\bz\.config\(/u.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(configured).toEqual(['schemas/public.ts']);
  });
});
