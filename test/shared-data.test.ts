import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withJsonAttributes } from '../scripts/shared-data';

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
