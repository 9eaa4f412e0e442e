import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

// A manager named by a title word before "Manager" in the person's reporting line ("Report to the Data Engineering
// Manager"), and a partner manager's team ("partner with the Engineering Manager of the ML platform team"): other
// people's title and team, no skill of the person's (convention 145).

const asOf = '2026-11-01';
const ids = (text: string) => parseResume(text, { asOf }).skills.map((s) => s.id);

describe("a manager's title with a title word in the reporting line", () => {
  it.each([
    [
      'EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Built Spark pipelines.\n* Report to the Data Engineering Manager; reviewed pull requests of two juniors.\n',
    ],
    [
      'BERUFSERFAHRUNG\nData Engineer | Acme | 2020 – 2023\n- Spark-Pipelines gebaut.\n- Berichte an den Data Engineering Manager; Code-Reviews für zwei Juniors.\n',
    ],
    [
      'EXPÉRIENCE\nData Engineer | Acme | 2020 – 2023\n* Pipelines Spark.\n* Rattachée au Data Engineering Manager ; relecture des pull requests de deux juniors.\n',
    ],
    ['EXPERIENCIA\nData Engineer | Acme | 2020 – 2023\n* Pipelines de Spark.\n* Reporto al Data Engineering Manager; revisión de pull requests.\n'],
  ])('gives the person no team leadership: %s', (text) => {
    const got = ids(text);
    expect(got).toContain('data-engineering');
    expect(got).not.toContain('team-leadership');
  });

  it('keeps the leadership of a person who leads a team and reports to a manager', () => {
    expect(
      ids('EXPERIENCE\nData Engineer | Acme | 2020 – 2023\n* Built Spark pipelines.\n* Led a team of 6 engineers; reported to the QA Manager.\n'),
    ).toContain('team-leadership');
  });
});

describe("a partner manager's team", () => {
  it('gives no MLOps from "the Engineering Manager of the ML platform team"', () => {
    const got = ids(
      'EXPERIENCE\nSecurity Engineer | Acme | 2020 – 2023\n* Threat model the chatbot with STRIDE.\n* Report to the Head of Product Security; partner with the Engineering Manager of the ML\nplatform team.\n',
    );
    expect(got).toContain('threat-modeling');
    expect(got).not.toContain('mlops');
  });

  it('gives no MLOps from "mit dem Engineering Manager des ML-Plattform-Teams"', () => {
    const got = ids(
      'BERUFSERFAHRUNG\nSecurity Engineer | Acme | 2020 – 2023\n- Threat Modeling mit STRIDE.\n- Zusammenarbeit mit dem Engineering Manager des ML-\nPlattform-Teams.\n',
    );
    expect(got).toContain('threat-modeling');
    expect(got).not.toContain('mlops');
  });

  it("keeps the person's own ML platform work", () => {
    expect(ids('EXPERIENCE\nML Engineer | Acme | 2020 – 2023\n* Built the ML platform on Kubeflow and MLflow.\n')).toContain('mlops');
  });
});
