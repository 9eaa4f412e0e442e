import { describe, expect, it } from 'vitest';
import { roleFromJobPosting } from './_languages';

type Lang = 'en' | 'fr';
const years = (ad: string, language: Lang) =>
  roleFromJobPosting(ad, { language }).requirements.flatMap((q) =>
    q.kind === 'experience' ? [[q.measure, q.minYears]] : q.kind === 'skill' && q.minYears !== undefined ? [[q.skills.join('|'), q.minYears]] : [],
  );

describe("experience overall restated by a skill's years (convention 189)", () => {
  it("drops a header's years that a skill asks for as strongly", () => {
    const ad =
      "Data Engineer\n\nCDI\nParis\nExpérience : > 2 ans\n\nProfil recherché\n- Au moins 2 ans d'expérience en data engineering sur des pipelines en production ;\n- Très bonne maîtrise de Python ;\n";
    expect(years(ad, 'fr')).toEqual([['data-engineering', 2]]);
  });

  it("keeps more years overall than the skill asks, and a skill's years only wished for", () => {
    expect(years('Engineer\n\nRequirements\n- 5+ years of professional experience\n- 2+ years with Kubernetes\n', 'en')).toEqual([
      ['totalYears', 5],
      ['kubernetes', 2],
    ]);
    expect(years('Engineer\n\nRequirements\n- 3+ years of professional experience\n\nNice to have\n- 3+ years with Kubernetes\n', 'en')).toContainEqual([
      'totalYears',
      3,
    ]);
  });
});
