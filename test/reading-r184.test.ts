import { describe, expect, it } from 'vitest';
import { ids } from './_resumes';

// r184's second round (forty-first session): an LLM tool or chatbot assessed in a security entry is a security assessment.
const job = (title: string, lines: string, heading = 'EXPERIENCE', dates = 'October 2020 - Present') =>
  `${heading}\nSentinel Ridge Solutions\n${title}\n${dates}\n${lines}\n`;

describe('an LLM tool assessed in a security entry is a security assessment', () => {
  it('reads "Assessed a pilot LLM tool …" under a security title', () => {
    const text = job('Cyber Threat Analyst', '- Assessed a pilot LLM tool that summarizes alerts for analysts before the decision.');
    expect(ids(text)).toContain('security-assessment');
  });
  it('reads the French "Évaluation d\'un outil LLM pilote …" under a security title', () => {
    const text = job(
      'Analyste menaces cyber',
      "- Évaluation d'un outil LLM pilote qui résume les alertes pour les analystes.",
      'EXPÉRIENCE PROFESSIONNELLE',
      'octobre 2020 - aujourd’hui',
    );
    expect(ids(text)).toContain('security-assessment');
  });
  it('reads no assessment from an LLM tool assessed outside security work', () => {
    const text = job('Product Manager', '- Assessed a pilot LLM tool that summarizes support tickets for the sales team.');
    expect(ids(text)).not.toContain('security-assessment');
  });
  it('reads no assessment from "Assessed" without an LLM system near it', () => {
    const text = job('Cyber Threat Analyst', '- Assessed the quarterly alert volumes with the SOC manager and the shift leads.');
    expect(ids(text)).not.toContain('security-assessment');
  });
});
