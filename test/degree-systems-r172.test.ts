import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const read = (text: string) => parseResume(text, { asOf: '2026-11-01' });
const degrees = (section: string) => read(section).education.map((e) => `${e.level}/${e.field}${e.year === undefined ? '' : `/${e.year}`}`);

describe('degree systems by country (r172)', () => {
  it('reads a Québec "Baccalauréat ès arts" as a bachelor, the French "Baccalauréat ES" as school-leaving', () => {
    expect(degrees('FORMATION\nBaccalauréat ès arts, histoire - Collège militaire royal du Canada, Kingston (Ontario)  2005 - 2009\n')).toEqual([
      'bachelor/other/2009',
    ]);
    expect(degrees('FORMATION\n2016 – 2021  Master Informatique, Université de Lille\n2013          Baccalauréat ES, mention bien\n')).toEqual([
      'master/computer-science/2021',
    ]);
  });

  it('reads a DEC written as LinkedIn writes it ("DEC, Techniques de l\'informatique") as an associate degree', () => {
    expect(degrees("Formation\nCégep du Vieux Montréal\nDEC, Techniques de l'informatique · (2011 - 2014)\n")).toEqual(['associate/computer-science/2014']);
  });

  it('reads no degree from a bridging year towards a master, in French and English', () => {
    expect(
      degrees(
        'FORMATION\nMaster en cybersécurité  2019 – 2021\nUniversité libre de Bruxelles\n\nAnnée passerelle vers le master  2018 – 2019\nUniversité libre de Bruxelles\n',
      ),
    ).toEqual(['master/cybersecurity/2021']);
    expect(degrees('EDUCATION\nPre-master programme, Tilburg University, 2018\nMSc Data Science, Tilburg University, 2020\n')).toEqual([
      'master/data-science/2020',
    ]);
    expect(degrees('EDUCATION\nBridging year to the master, Utrecht University, 2018\nMSc Data Science, Utrecht University, 2020\n')).toEqual([
      'master/data-science/2020',
    ]);
  });

  it('reads a Mexican engineering programme in "Tecnologías Computacionales" as computer science', () => {
    expect(degrees('FORMACIÓN ACADÉMICA\nIngeniero en Tecnologías Computacionales (ITC) – Tecnológico de Monterrey      2010 – 2015\n')).toEqual([
      'bachelor/computer-science/2015',
    ]);
  });

  it('reads the major of a commerce bachelor as its field, not that of a second degree after a slash', () => {
    expect(degrees('EDUCATION\nBCom Information Systems – University of Johannesburg, 2016\n')).toEqual(['bachelor/information-systems/2016']);
    expect(degrees('EDUCATION\nBachelor of Commerce (Accounting and Business Information Systems), Monash University, 2012\n')).toEqual([
      'bachelor/business/2012',
    ]);
    expect(degrees('EDUCATION\nBachelor of Commerce (Accounting) / Bachelor of Laws - combined degree\n')).toEqual(['bachelor/business', 'bachelor/law']);
    expect(degrees('EDUCATION\nMBA in Data Science, Rotman School of Management, 2020\n')).toEqual(['master/business/2020']);
  });

  it('reads a line labelling the degree awarded under a degree with no year as that degree, dated', () => {
    expect(
      degrees(
        'FORMACIÓN ACADÉMICA\nIngeniería de Sistemas y Computación – Universidad de los Andes\nTítulo: Ingeniera de Sistemas y Computación. Fecha de grado: junio de 2022\n',
      ),
    ).toEqual(['bachelor/computer-science/2022']);
    expect(degrees('EDUCATION\nBSc Computer Science – University of Leeds\nDegree: BSc Computer Science, awarded 2015\n')).toEqual([
      'bachelor/computer-science/2015',
    ]);
  });
});

describe('a clearance held during service (r171)', () => {
  const cv = (line: string, past: string) =>
    `Jeanne Tremblay\n${line}\n\nEXPERIENCE\nIntelligence Operator — Canadian Armed Forces  2009-08 - 2015-07\n  - ${past}\n`;
  it('reads a current Secret over a Top Secret held during service, in English and in a wrapped French line', () => {
    expect(
      read(
        cv(
          'Government of Canada security clearance: Secret (Level II), valid to 2029',
          'Managed classified holdings; held a Top Secret (Level III) clearance during service.',
        ),
      ).clearance?.level,
    ).toBe('secret');
    expect(
      read(
        "Jeanne Tremblay\nCote de sécurité du gouvernement du Canada : Secret (niveau II), valide jusqu'en 2029\n\nEXPÉRIENCE\nOpératrice du renseignement — Forces armées canadiennes  2009-08 - 2015-07\n  - Gestion des fonds documentaires classifiés; cote Très secret (niveau III) détenue pendant le\n    service.\n",
      ).clearance?.level,
    ).toBe('secret');
  });
  it('still reads a Top Secret held with no word of its end', () => {
    expect(read(cv('Clearance: Top Secret (Level III), active', 'Managed classified holdings.')).clearance?.level).toBe('top-secret');
  });
});
