import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../scripts/build-aliases';
import { NOTICES_FILE, renderNotices } from '../scripts/notices';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  files: string[];
};

describe('packages bundled into dist', () => {
  it('are devDependencies only: installing rolefit does not install them', () => {
    for (const name of BUNDLED.filter((n) => n !== 'zod')) expect(manifest.dependencies[name], name).toBeUndefined();
    // The rest come in with franc-min.
    for (const name of ['natural', 'compromise', 'fuse.js', 'franc-min']) expect(manifest.devDependencies[name], name).toBeTypeOf('string');
    // zod's runtime is bundled, tree-shaken; the package stays a dependency for the types of the .d.ts files.
    expect(manifest.dependencies.zod).toBeTypeOf('string');
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['tinypool', 'unpdf', 'yauzl', 'zod']);
  });

  it('have their licenses in THIRD_PARTY_NOTICES.md, which ships and is up to date', () => {
    expect(manifest.files).toContain('THIRD_PARTY_NOTICES.md');
    const text = readFileSync(NOTICES_FILE, 'utf8');
    expect(text).toBe(renderNotices());
    expect(text.match(/^## \S+/gmu)).toEqual([...BUNDLED].sort().map((name) => `## ${name}`));
    expect(text).toContain('Apache License');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});
