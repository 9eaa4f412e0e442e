import { describe, expect, it } from 'vitest';
import { parseResume, roleFromJobPosting } from './_languages';

const AS_OF = { asOf: '2026-11-01' };

/** The skill ids read from one duty bullet of a dated security job. */
const idsIn = (line: string): string[] =>
  parseResume(['Experience', 'Security Analyst, Acme, Jan 2020 – Jan 2023', `- ${line}`].join('\n'), AS_OF).skills.map((s) => s.id);

describe('a topic lead after a word of managing names a discipline (`topicLeadsNotAfter`, convention 192)', () => {
  it('lists the risks briefed on as topics: no skill from the bracket', () => {
    expect(idsIn('Briefed the board on AI risks (prompt injection, data poisoning, model theft).')).toEqual(['stakeholder-communication']);
  });

  it('reads the frameworks of a risk discipline in its bracket', () => {
    expect(idsIn('Led the management of AI risks (NIST AI RMF, ISO/IEC 42001) for the bank.')).toEqual(['ai-risk-management']);
  });
});

describe('a job ad asking for the frameworks of a risk discipline (convention 192)', () => {
  it('keeps "gestion des risques IA (NIST AI RMF, ISO/IEC 42001)" a preferred skill', () => {
    const ad =
      "AI Governance Specialist (H/F)\n\nTes missions :\n- Préparer Orséa à une certification ISO/IEC 42001 d'ici fin 2026\n\nLes petits plus :\n- Une première expérience avec des référentiels de gestion des risques IA (NIST AI RMF, ISO/IEC 42001)\n";
    const tiers = roleFromJobPosting(ad, { language: 'fr' }).requirements.flatMap((q) =>
      q.kind === 'skill' && q.skills.includes('ai-risk-management') ? [q.tier] : [],
    );
    expect(tiers).toEqual(['preferred']);
  });
});
