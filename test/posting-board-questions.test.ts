import { describe, expect, it } from 'vitest';
import { requirementId } from '../src/catalog/load';
import { roleFromJobPosting } from './_languages';

const reqs = (ad: string) => roleFromJobPosting(ad, { language: 'en' }).requirements.map((q) => [requirementId(q), q.tier, q.hard]);

describe('a job board\'s screening questions (SEEK "Employer questions", convention 187)', () => {
  it('asks nothing by a question', () => {
    const ad =
      "Security Engineer\n\nWhat you'll bring\n• Deep AWS experience\n• Scripting in Python\n\nEmployer questions\nYour application will include the following questions:\n• Do you hold a current Australian Government security clearance?\n• Do you hold an AWS Certified Security – Specialty certification?\n• Which of the following cloud services have you worked with?\n";
    expect(reqs(ad)).toEqual([
      ['aws', 'required', false],
      ['python', 'required', false],
    ]);
  });
});

describe('the agency CISA beside US-CERT (convention 188)', () => {
  it('reads no certification in "US-CERT/CISA reporting requirements"', () => {
    const ad =
      'Cyber Defense Analyst\n\nDuties\n- Lead incident response in accordance with US-CERT/CISA reporting requirements.\n\nQualifications\n- Incident response experience\n- CISA or CISSP preferred\n';
    const ids = roleFromJobPosting(ad, { language: 'en' }).requirements.flatMap((q) => (q.kind === 'certification' ? [[q.anyOf, q.tier]] : []));
    expect(ids).toEqual([[['cisa', 'cissp'], 'preferred']]);
  });
});

describe('a USAJOBS "Summary" heading (convention 187)', () => {
  it("reads no duty from the agency's tooling described in the summary", () => {
    const ad =
      'Cyber Defense Analyst\n\nSummary\nThe SOC operates a Splunk-based SIEM, Zeek network sensors and Tenable.sc vulnerability scanning.\n\nDuties\n- Lead triage and containment for escalated security incidents.\n';
    expect(reqs(ad)).toEqual([['incident-response', 'duty', false]]);
  });
});
