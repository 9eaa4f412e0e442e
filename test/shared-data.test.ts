import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedModules } from '../scripts/pack';
import { withJsonAttributes } from '../scripts/shared-data';

describe('the generated data ships once, as JSON files both builds load', () => {
  const files = Object.entries(generatedModules()).filter(([path]) => path.endsWith('.json'));

  it('writes the big values of the core, the job-ad words, each language pack and the details as JSON files', () => {
    expect(files.map(([path]) => path).sort()).toEqual([
      'src/data/catalog-details.generated.json',
      'src/data/core.generated.json',
      'src/data/language-de.generated.json',
      'src/data/language-es.generated.json',
      'src/data/language-fr.generated.json',
      'src/data/postings.generated.json',
    ]);
  });

  it('writes them in Latin-1 (escapes for every other character, raw ü and é), one key a line', () => {
    for (const [path, text] of files) {
      expect(/^[\x00-\xFF]*$/u.test(text), path).toBe(true);
      expect(text.startsWith('{\n  "'), path).toBe(true);
      expect(Object.keys(JSON.parse(text) as object).length, path).toBe(text.trim().split('\n').length - 2);
    }
    const de = JSON.parse(files.find(([path]) => path.endsWith('language-de.generated.json'))?.[1] ?? '{}') as { lexicon: string };
    expect(de.lexicon).toContain('berufliche tätigkeiten');
    const raw = files.find(([path]) => path.endsWith('language-de.generated.json'))?.[1] ?? '';
    expect(raw).toContain('berufliche tätigkeiten');
    expect(raw).not.toContain('\\u00e4');
  });
});

describe('withJsonAttributes', () => {
  const chunk = (imports: string) => `${imports}\n\n// src/data/x.generated.ts\nvar A = core.A;\n`;
  const run = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-shared-data-'));
    try {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const changed = withJsonAttributes(dir);
      return { changed, files: Object.fromEntries(Object.keys(files).map((name) => [name, readFileSync(join(dir, name), 'utf8')])) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('writes `with { type: "json" }` on an import of a data file without attributes or with `assert`', () => {
    const out = run({
      'a.js': chunk(`import core from './data/core.json';\nimport data2 from "./data/language-de.json" assert { type: "json" };`),
      'b.cjs': "var core = require('./data/core.json');\n",
    });
    expect(out.changed).toBe(1);
    expect(out.files['a.js']).toBe(
      chunk(`import core from './data/core.json' with { type: 'json' };\nimport data2 from "./data/language-de.json" with { type: 'json' };`),
    );
    expect(out.files['b.cjs']).toBe("var core = require('./data/core.json');\n");
  });

  it('leaves a chunk that already has them as it is', () => {
    const text = chunk(`import core from './data/core.json' with { type: 'json' };`);
    expect(run({ 'a.js': text })).toEqual({ changed: 0, files: { 'a.js': text } });
  });

  it('refuses an import of a data file in another form', () => {
    expect(() => run({ 'a.js': chunk(`import { A } from './data/core.json';`) })).toThrow(/an import of a data file that withJsonAttributes cannot read$/u);
  });
});
