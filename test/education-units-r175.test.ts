import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const degrees = (text: string) => read(text).education.map((e) => `${e.level}/${e.field}${e.year === undefined ? '' : `/${e.year}`}`);
const skills = (text: string) => read(text).skills.map((s) => s.id);
const job = (title: string, lines: string, heading = 'EXPERIENCE', dates = 'September 2016 - May 2021') =>
  `${heading}\nCastlegate Ltd\n${title}\n${dates}\n${lines}\n`;

describe('degree systems, coursework and audits (r175)', () => {
  it('reads no Austrian "DI" in a school name written in capitals ("POLITECNICO DI TORINO")', () => {
    expect(
      degrees(
        "EDUCATION AND TRAINING\n\nPOLITECNICO DI TORINO – TORINO, ITALY\nLAUREA MAGISTRALE (MASTER'S DEGREE) IN COMPUTER ENGINEERING – 09/2016 – 10/2018\n\n" +
          "POLITECNICO DI TORINO – TORINO, ITALY\nLAUREA TRIENNALE (BACHELOR'S DEGREE) IN COMPUTER ENGINEERING – 09/2013 – 07/2016\n",
      ),
    ).toEqual(['master/computer-engineering/2018', 'bachelor/computer-engineering/2016']);
    // The abbreviation itself, where the line is not all capitals, is still a degree.
    expect(degrees('AUSBILDUNG\nDI Informatik, TU Wien, 2014\n')).toEqual(['master/computer-science/2014']);
  });

  it("reads no degree from a line of a degree's coursework, in English and German, and no skill from its courses", () => {
    const en =
      'EDUCATION\nM.Tech  Cyber Security  Defence Institute of Advanced Technology, Pune  2019\n\n' +
      'M.Tech coursework: Network Security, Secure Software Engineering, Malware Analysis, Research Methodology.\n';
    expect(degrees(en)).toEqual(['master/cybersecurity/2019']);
    expect(skills(en)).not.toContain('incident-response');
    const de =
      'AUSBILDUNG\nM.Tech  Cybersicherheit  Defence Institute of Advanced Technology, Pune  2019\n\n' +
      'Module im M.Tech: Netzwerksicherheit, Sichere Softwareentwicklung, Malware-Analyse, Forschungsmethodik.\n';
    expect(degrees(de)).toEqual(['master/cybersecurity/2019']);
    expect(skills(de)).not.toContain('incident-response');
    // A coursework label later on a degree's line leaves the degree.
    expect(degrees('EDUCATION\nMSc Computer Science, University of Leeds, 2015. Relevant coursework: Machine Learning.\n')).toEqual([
      'master/computer-science/2015',
    ]);
  });

  it('reads the units of a Graduate Certificate as courses taken, no skill', () => {
    const text =
      'EDUCATION\nGraduate Certificate in Artificial Intelligence      University of Canberra, 2024\n' +
      '  Units: Machine Learning, Deep Learning, AI Ethics (online, part-time)\n' +
      'Master of Cyber Security                      UNSW Canberra at ADFA, 2017 – 2018\n';
    expect(degrees(text)).toEqual(['master/cybersecurity/2018']);
    expect(skills(text)).toEqual([]);
  });

  it("reads a pentester's application assessments as security assessments", () => {
    // A pentester's application assessments are security assessments.
    expect(skills(job('Penetration Tester', ' * Mobile-money app assessments: API testing against the OWASP Top 10 and OWASP MASVS.'))).toContain(
      'security-assessment',
    );
  });

  it('reads the standard after an audit the organisation undergoes as compliance work, in French, Spanish and English', () => {
    const fr = job('Analyste vulnérabilités', 'Collecte des preuves pour les audits de surveillance ISO 27001.', 'EXPÉRIENCE', 'septembre 2016 - mai 2021');
    expect(skills(fr)).toContain('security-compliance');
    expect(skills(fr)).not.toContain('audit');
    const es = job(
      'Analista de vulnerabilidades',
      'Recopilé evidencias para la auditoría de certificación ISO 27001.',
      'EXPERIENCIA',
      'septiembre 2016 - mayo 2021',
    );
    expect(skills(es)).toContain('security-compliance');
    expect(skills(es)).not.toContain('audit');
    expect(skills(job('Vulnerability Analyst', 'Mapped controls for the recertification audit of ISO 27001.'))).toEqual(['security-compliance']);
  });

  it('reads a sergeant who supervised airmen as a team lead in Spanish and French', () => {
    expect(
      skills(job('Sargento', '• Supervisé y capacité a seis aviadores; presenté los resultados al mando.', 'EXPERIENCIA', 'septiembre 2016 - mayo 2021')),
    ).toContain('team-leadership');
    expect(skills(job('Sergent', '• Supervisé six aviateurs de la base.', 'EXPÉRIENCE', 'septembre 2016 - mai 2021'))).toContain('team-leadership');
  });
});
