import { describe, expect, it } from 'vitest';
import { parseResume } from './_languages';

const degrees = (section: string) =>
  parseResume(section, { asOf: '2026-11-01' }).education.map((e) => `${e.level}/${e.field}${e.year === undefined ? '' : `/${e.year}`}`);

describe('one degree named on two lines', () => {
  it('reads a Master 1 finished the year before a Master 2 as a year of it, at another university too', () => {
    expect(
      degrees(
        'FORMATION\n2019 – 2020  Master 2 Droit des données, Université de Nantes\n2018 – 2019  Master 1 Droit public, Université de Rennes\n2015 – 2018  Licence en droit, Université de Rennes\n',
      ),
    ).toEqual(['master/law/2020', 'bachelor/law/2018']);
  });

  it('keeps a Master 1 of years well before another master', () => {
    expect(degrees('FORMATION\n2022 – 2023  Master 2 Informatique, Université de Nantes\n2014 – 2015  Master 1 Droit public, Université de Rennes\n')).toEqual([
      'master/computer-science/2023',
      'bachelor/law/2015',
    ]);
  });

  it('reads the degree awarded the year after its studies, on an indented line, as that degree', () => {
    expect(
      degrees(
        'AUSBILDUNG\n2014 – 2017  Doktoratsstudium der Rechtswissenschaften, Universität Graz\n             Abschluss: Dr. iur. (2018), Dissertation über Haftungsfragen\n2008 – 2014  Diplomstudium der Rechtswissenschaften, Universität Graz\n',
      ),
    ).toEqual(['doctorate/law/2017', 'master/law/2014']);
  });

  it('reads a level statement after a blank line as the degree above it', () => {
    expect(
      degrees(
        'FORMACIÓN\nMÁSTER UNIVERSITARIO EN CIBERSEGURIDAD Universidad de León\n\nNivel en el MECES Nivel 3 (Máster) | Trabajo de fin de máster sobre detección de intrusiones\n\nGRADO EN INGENIERÍA DEL SOFTWARE Universidad de Oviedo\n',
      ),
    ).toEqual(['master/cybersecurity', 'bachelor/software-engineering']);
  });
});

describe('the field of a degree', () => {
  it('takes no field from the record above the school when that record ended in another year', () => {
    expect(
      degrees(
        'EDUCATION\nRiverbend State University\nMaster of Business Administration - MBA, Business Administration and\nManagement · (2015 - 2017)\nHollow Creek College\nBachelor of Arts - BA, Philosophy · (2011 - 2015)\n',
      ),
    ).toEqual(['master/business', 'bachelor/other/2015']);
  });

  it('reads data protection as a field of law', () => {
    expect(degrees('FORMACIÓN\nMÁSTER EN PROTECCIÓN DE DATOS Universidad de Murcia, 2021\n')).toEqual(['master/law/2021']);
    expect(degrees('EDUCATION\nMSc Data Protection, University of Exeter, 2019\n')).toEqual(['master/law/2019']);
  });
});

describe('a degree word restated by its abbreviated title', () => {
  it.each([
    ['AUSBILDUNG\n2012 – 2015  Promotion zum Dr. iur., Universität Kiel\n', 'doctorate/law/2015'],
    ['AUSBILDUNG\n2012 – 2015  Promotion zum Dr. rer. pol., Universität Kiel\n', 'doctorate/business/2015'],
    ['AUSBILDUNG\n2012 – 2015  Promotion zum Dr. rer. nat., Universität Kiel\n', 'doctorate/other/2015'],
  ])('takes the field the title gives: %#', (text, want) => {
    expect(degrees(text)).toEqual([want]);
  });

  it('reads a subject after "en" as before, not as a restated title', () => {
    expect(degrees('FORMACIÓN\nGrado en Ingeniería Informática, Ingeniería de Computadores · (2012 - 2016)\n')).toEqual(['bachelor/computer-engineering/2016']);
  });
});

describe('a degree named only as what a piece of study belongs to', () => {
  it.each([
    [
      'EDUCATION\nBSc (Hons) Software Engineering, Northgate University, 2019\nSelf-study: Rust (MSc module), cloud basics\n',
      ['bachelor/software-engineering/2019'],
    ],
    [
      'FORMACIÓN\nGrado en Ingeniería Informática, Universidad de Burgos, 2018\nEstudiando: Go (módulo del máster), redes\n',
      ['bachelor/computer-science/2018'],
    ],
    [
      'FORMATION\nLicence Informatique, Université de Tours, 2016\nSuivi en auditeur libre : un module du master Cybersécurité, Université de Lille\n',
      ['bachelor/computer-science/2016'],
    ],
    [
      'AUSBILDUNG\n2012 – 2018  Diplom-Informatiker (Dipl.-Inform.), Universität Kassel\n\nLehre\n21 Bachelor- und Masterarbeiten begleitet\n',
      ['master/computer-science/2018'],
    ],
  ])('%#: reads no degree from the unit or the theses of one', (text, want) => {
    expect(degrees(text)).toEqual(want);
  });

  it('still reads a degree whose shared head names a programme, not a work', () => {
    expect(degrees('AUSBILDUNG\n2010 – 2016  Bachelor- und Masterstudium Informatik, Universität Ulm\n')).toEqual(['bachelor/computer-science/2016']);
  });
});

describe('a degree awarded during another one', () => {
  it('a French master obtained in the course of a doctorate is held', () => {
    expect(
      degrees('FORMATION\nDoctorat, physique, Université de Brest, 2016 – 2020\nMaster, physique (délivré en cours de doctorat), Université de Brest, 2018\n'),
    ).toEqual(['doctorate/physics/2020', 'master/physics/2018']);
  });

  it('a degree still "en cours" stays unheld', () => {
    expect(degrees('FORMATION\nMaster, physique (en cours), Université de Brest\n')).toEqual([]);
  });
});

describe('a Scottish MA with honours (convention 422)', () => {
  it.each([
    ['MA (Hons) History, 2:1     2009 – 2013\nUniversity of Glasgow\n', 'bachelor/other/2013'],
    ['M.A. (Hons) Philosophy, University of St Andrews, 2013\n', 'bachelor/other/2013'],
    ['MA Hons English Literature, University of Edinburgh, 2013\n', 'bachelor/other/2013'],
    ['MA History, University of London, 2013\n', 'master/other/2013'],
  ])('%s → %s', (line, want) => {
    expect(degrees(`EDUCATION\n${line}`)).toEqual([want]);
  });
});
