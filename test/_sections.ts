import { expect } from 'vitest';
import type { Section } from '../src/schemas';

/** Sections tile the text: the first starts at 0, each starts where the one before ends, the last ends at the text's end. */
export function expectCovering(sections: readonly Section[], text: string): void {
  expect(sections[0]?.start).toBe(0);
  expect(sections.at(-1)?.end).toBe(text.length);
  sections.forEach((s, i) => {
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    if (i > 0) expect(s.start).toBe(sections[i - 1]?.end);
  });
}
