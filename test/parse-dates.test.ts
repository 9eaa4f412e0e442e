import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../src/text/lexicon';
import { allLanguages } from '../src/languages';
import { RolefitError } from '../src/errors';
import { findDateRanges, findSingleDates, formatYearMonth, monthsBetween, parseAsOf, toYm, unionMonths } from '../src/text/dates';
import { HOSTILE_INPUTS } from './_hostile-inputs';

const AS_OF = toYm(2026, 11);
const ym = (s: string) => toYm(Number(s.slice(0, 4)), Number(s.slice(5, 7)));

describe('formatYearMonth / toYm', () => {
  it.each([
    [2026, 11, '2026-11'],
    [2021, 1, '2021-01'],
    [1999, 12, '1999-12'],
  ])('%i-%i → %s', (year, month, expected) => {
    expect(formatYearMonth(toYm(year, month))).toBe(expected);
  });

  it.each([
    ['2021-01', '2021-12', 12],
    ['2013-06', '2015-02', 21],
    ['2021-01', '2021-01', 1],
    ['2021-02', '2021-01', 0],
  ])('monthsBetween(%s, %s) = %i', (a, b, n) => {
    expect(monthsBetween(ym(a), ym(b))).toBe(n);
  });
});

describe('parseAsOf', () => {
  it.each([
    ['2026-11-01', '2026-11-01', '2026-11'],
    ['2026-11', '2026-11-01', '2026-11'],
    ['2024-02-29', '2024-02-29', '2024-02'],
    [' 2026-11-15T10:30:00Z ', '2026-11-15', '2026-11'],
  ])('%j → %s', (input, date, month) => {
    const r = parseAsOf(input);
    expect(r.date).toBe(date);
    expect(formatYearMonth(r.ym)).toBe(month);
  });

  it('reads a Date in UTC', () => {
    expect(parseAsOf(new Date(Date.UTC(2025, 5, 30)))).toEqual({ date: '2025-06-30', ym: toYm(2025, 6) });
  });

  it('defaults to today', () => {
    const r = parseAsOf();
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(formatYearMonth(r.ym)).toBe(r.date.slice(0, 7));
  });

  it.each([['2026-13-01'], ['2023-02-29'], ['next year'], ['11/01/2026'], [''], ['2026-00']])('rejects %j', (bad) => {
    expect(() => parseAsOf(bad)).toThrow(RolefitError);
    try {
      parseAsOf(bad);
    } catch (e) {
      expect((e as RolefitError).code).toBe('E_INVALID_OPTIONS');
      expect((e as RolefitError).message).toContain('`asOf`');
    }
  });

  it('rejects an invalid Date and a non-string', () => {
    expect(() => parseAsOf(new Date(Number.NaN))).toThrow(RolefitError);
    expect(() => parseAsOf(20261101 as unknown as string)).toThrow(RolefitError);
  });
});

describe('findDateRanges', () => {
  it.each([
    ['Jan 2021 – Present', '2021-01', '2026-11', true, 'month', 'month'],
    ['January 2021 - present', '2021-01', '2026-11', true, 'month', 'month'],
    ['01/2019 - 06/2021', '2019-01', '2021-06', false, 'month', 'month'],
    ['1/2019–6/2021', '2019-01', '2021-06', false, 'month', 'month'],
    ['2019-03 – 2021-06', '2019-03', '2021-06', false, 'month', 'month'],
    ['2016–2018', '2016-01', '2018-12', false, 'year', 'year'],
    ['2016 - 2018', '2016-01', '2018-12', false, 'year', 'year'],
    ['Mar. 2015 to Aug. 2017', '2015-03', '2017-08', false, 'month', 'month'],
    ['Sept 2020 – Current', '2020-09', '2026-11', true, 'month', 'month'],
    ['2019 - now', '2019-01', '2026-11', true, 'year', 'month'],
    ['Aug 2024 – Present', '2024-08', '2026-11', true, 'month', 'month'],
    ['Jun 2025 – Aug 2025', '2025-06', '2025-08', false, 'month', 'month'],
    ['Jun – Aug 2025', '2025-06', '2025-08', false, 'month', 'month'],
    ['Nov – Feb 2021', '2020-11', '2021-02', false, 'month', 'month'],
    ['March 2015 until June 2016', '2015-03', '2016-06', false, 'month', 'month'],
    ['Jan 2020 to date', '2020-01', '2026-11', true, 'month', 'month'],
    ['( September 1, 2023 - Continuing)', '2023-09', '2026-11', true, 'month', 'month'],
    ['From: 07/2022   To: Current', '2022-07', '2026-11', true, 'month', 'month'],
    ['From: 03/2017   To: 12/2021', '2017-03', '2021-12', false, 'month', 'month'],
    ['since 2020', '2020-01', '2026-11', true, 'year', 'month'],
    ['2020 –', '2020-01', '2026-11', true, 'year', 'month'],
    ["Jan '19 - Dec '20", '2019-01', '2020-12', false, 'month', 'month'],
    ['January 15, 2020 – March 3, 2021', '2020-01', '2021-03', false, 'month', 'month'],
    ['2019 – Mar 2021', '2019-01', '2021-03', false, 'year', 'month'],
    ['Oct 2022—Now', '2022-10', '2026-11', true, 'month', 'month'],
    ['2024 – 2026', '2024-01', '2026-11', false, 'year', 'year'],
    ['Summer 2020 – Fall 2021', '2020-06', '2021-11', false, 'month', 'month'],
    ['Fall 2018 – Spring 2020', '2018-09', '2020-05', false, 'month', 'month'],
    ['Q2 2017 – Q4 2019', '2017-04', '2019-12', false, 'month', 'month'],
    ['Q1 2020 – Q3 2021', '2020-01', '2021-09', false, 'month', 'month'],
    ["Jun'21 – Aug'21", '2021-06', '2021-08', false, 'month', 'month'],
    ['06/2019 - today', '2019-06', '2026-11', true, 'month', 'month'],
    ['16-Mar-2020 to till date', '2020-03', '2026-11', true, 'month', 'month'],
    ['02-Jan-2017 to 15-Mar-2020', '2017-01', '2020-03', false, 'month', 'month'],
    ['Jan-17 to Mar-20', '2017-01', '2020-03', false, 'month', 'month'],
    ['Apr-15 – Present', '2015-04', '2026-11', true, 'month', 'month'],
    ['Dec 2021 onwards', '2021-12', '2026-11', true, 'month', 'month'],
    ['2019 – onwards', '2019-01', '2026-11', true, 'year', 'month'],
    ['2018-19', '2018-01', '2019-12', false, 'year', 'year'],
    ['2015–17  Engineer, Acme', '2015-01', '2017-12', false, 'year', 'year'],
    ['1999-00', '1999-01', '2000-12', false, 'year', 'year'],
    // Two digits followed by a month are the day of a full end date, not a short end year.
    ['2019 – 23 May 2021', '2019-01', '2021-05', false, 'year', 'month'],
    ['2018 – 20 June 2021', '2018-01', '2021-06', false, 'year', 'month'],
    ['2015 - 17', '2015-01', '2017-12', false, 'year', 'year'],
    ['2019-03 — now', '2019-03', '2026-11', true, 'month', 'month'],
    ['2022-02 → present', '2022-02', '2026-11', true, 'month', 'month'],
    ['2019-07 -> 2022-01', '2019-07', '2022-01', false, 'month', 'month'],
    ['2018 ⟶ 2020', '2018-01', '2020-12', false, 'year', 'year'],
    ['15/03/2019 – 31/08/2021', '2019-03', '2021-08', false, 'month', 'month'],
    ['01.04.2018 - 30.09.2020', '2018-04', '2020-09', false, 'month', 'month'],
    ['2016.09 - 2019.02', '2016-09', '2019-02', false, 'month', 'month'],
    ['since 04.2018', '2018-04', '2026-11', true, 'month', 'month'],
    ['Since March 2019', '2019-03', '2026-11', true, 'month', 'month'],
    ['15 March 2020 – 31 May 2021', '2020-03', '2021-05', false, 'month', 'month'],
    ['09/17 – 06/21', '2017-09', '2021-06', false, 'month', 'month'],
    ['since 03/22', '2022-03', '2026-11', true, 'month', 'month'],
    ['Dec/2016 - Jan-2019', '2016-12', '2019-01', false, 'month', 'month'],
    ['2022 (Mar) – present', '2022-03', '2026-11', true, 'month', 'month'],
    ['2019 (Jul) – 2021 (Nov)', '2019-07', '2021-11', false, 'month', 'month'],
  ])('%s → %s..%s', (line, start, end, current, sp, ep) => {
    const [r, ...rest] = findDateRanges(line, AS_OF);
    expect(rest).toEqual([]);
    expect(r).toBeDefined();
    expect([formatYearMonth(r?.start ?? 0), formatYearMonth(r?.end ?? 0), r?.current, r?.startPrecision, r?.endPrecision]).toEqual([
      start,
      end,
      current,
      sp,
      ep,
    ]);
    expect(r?.issue).toBeUndefined();
  });

  it.each([
    ['es', 'Tiempo: Desde 2022 hasta la fecha', '2022-01', '2026-11', true, 'Desde 2022 hasta la fecha'],
    ['es', 'Desde marzo 2019 hasta junio 2021', '2019-03', '2021-06', false, 'Desde marzo 2019 hasta junio 2021'],
    ['en', 'since 2019 - 2020', '2019-01', '2020-12', false, 'since 2019 - 2020'],
    ['es', 'T3 2019 – T1 2023', '2019-07', '2023-03', false, 'T3 2019 – T1 2023'],
    ['fr', 'T2 2023 – aujourd’hui', '2023-04', '2026-11', true, 'T2 2023 – aujourd’hui'],
    // A quarter's year after a slash or as an apostrophe year.
    ['en', "Q3 '14 – Q1 '16", '2014-07', '2016-03', false, "Q3 '14 – Q1 '16"],
    ['en', 'Q2/2023 – present', '2023-04', '2026-11', true, 'Q2/2023 – present'],
    ['de', 'Q3/2019 – Q1/2021', '2019-07', '2021-03', false, 'Q3/2019 – Q1/2021'],
    ['fr', 'T4/2018 – T2/2020', '2018-10', '2020-06', false, 'T4/2018 – T2/2020'],
    // A quarter's number and ordinal before its word.
    ['en', '2nd quarter 2019 – 4th quarter 2021', '2019-04', '2021-12', false, '2nd quarter 2019 – 4th quarter 2021'],
    ['de', '3. Quartal 2018 – heute', '2018-07', '2026-11', true, '3. Quartal 2018 – heute'],
    ['fr', '1er trimestre 2020 – 3e trimestre 2022', '2020-01', '2022-09', false, '1er trimestre 2020 – 3e trimestre 2022'],
    ['es', '2.º trim. 2017 – 1.er trim. de 2020', '2017-04', '2020-03', false, '2.º trim. 2017 – 1.er trim. de 2020'],
    // Spanish business writing puts the quarter's letter after its number: "3T 2018" is the third quarter.
    ['es', '3T 2018 - 2T 2021', '2018-07', '2021-06', false, '3T 2018 - 2T 2021'],
    ['es', '4T 2023 – actualidad', '2023-10', '2026-11', true, '4T 2023 – actualidad'],
  ] as const)('%s: a "since" word that opens a whole range is part of it: %s', (lang, line, start, end, current, written) => {
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, current, written],
    ]);
  });

  it.each([
    ['es', 'Marzo 2025 - hasta la fecha', '2025-03', '2026-11', true, 'Marzo 2025 - hasta la fecha'],
    ['es', 'marzo 2025 – hasta hoy', '2025-03', '2026-11', true, 'marzo 2025 – hasta hoy'],
    ['es', 'enero 2019 – hasta diciembre 2021', '2019-01', '2021-12', false, 'enero 2019 – hasta diciembre 2021'],
    ['en', 'Jan 2020 – until now', '2020-01', '2026-11', true, 'Jan 2020 – until now'],
  ] as const)('%s: a connector word after the dash joins the range: %s', (lang, line, start, end, current, written) => {
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, current, written],
    ]);
  });

  it.each([
    ["Software Developer  |  Andes Retail S.A.   '14 – '16", '2014-01', '2016-12', false, "'14 – '16"],
    ['Analyst   ’19 – Present', '2019-01', '2026-11', true, '’19 – Present'],
    ["Engineer   '14 to 2016", '2014-01', '2016-12', false, "'14 to 2016"],
    ["Jun'21 – Aug'21", '2021-06', '2021-08', false, "Jun'21 – Aug'21"],
  ] as const)('reads apostrophe years joined into a range: %s', (line, start, end, current, written) => {
    const rs = findDateRanges(line, AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, current, written],
    ]);
  });

  it.each([
    ['en', 'Jan 2019 · eighteen months · Sandton', '2019-01', '2020-06', 'Jan 2019 · eighteen months'],
    ['en', 'March 2020 (2 years)', '2020-03', '2022-02', 'March 2020 (2 years)'],
    ['en', '03/2021, 1 year 6 months', '2021-03', '2022-08', '03/2021, 1 year 6 months'],
    ['en', 'Sept 2021 | 14 months | Remote', '2021-09', '2022-10', 'Sept 2021 | 14 months'],
    ['de', '01/2019 · 18 Monate · Berlin', '2019-01', '2020-06', '01/2019 · 18 Monate'],
    ['fr', 'janvier 2019 – dix-huit mois', '2019-01', '2020-06', 'janvier 2019 – dix-huit mois'],
    ['es', 'enero de 2019 (18 meses)', '2019-01', '2020-06', 'enero de 2019 (18 meses)'],
  ] as const)('%s: a start month and the length printed after it: %s', (lang, line, start, end, written) => {
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, false, written],
    ]);
  });

  it.each(['Jan 2019 18 months later', 'Jan 2019 · 3 years in London'])('reads no length that does not stand alone after the date: %s', (line) => {
    expect(findDateRanges(line, AS_OF)).toEqual([]);
  });

  it('reads the Spanish "act." (actualidad) as the present', () => {
    const line = 'Senior | Corvid Labs Ltd., Londres | mar. 2023 – act.';
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor('es', allLanguages) });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, line.slice(r.index, r.index + r.length)])).toEqual([
      ['2023-03', '2026-11', true, 'mar. 2023 – act.'],
    ]);
  });

  it.each(["Class of '14", "rock 'n' roll '99", "the '90s"])('leaves an apostrophe year alone as text: %s', (line) => {
    expect(findDateRanges(line, AS_OF)).toEqual([]);
    expect(findSingleDates(line)).toEqual([]);
  });

  it.each([
    ['AI Governance Lead (Head of function from Q2 2024)', '2024-04', '2026-11', true],
    ['Team lead (from Summer 2022)', '2022-06', '2026-11', true],
    ['Internship, Summer 2022', '2022-06', '2022-08', false],
    ['Contract, 3rd quarter 2021', '2021-07', '2021-09', false],
  ] as const)('a season or quarter alone is its own span, and runs on after a range opener: %s', (line, start, end, current) => {
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor('en') });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current])).toEqual([[start, end, current]]);
  });

  it.each([
    ['fr', 'Soutenu le 14 octobre 2022 (arrêté du 25 mai 2016)'],
    ['fr', 'Prix de thèse du 3 juin 2021'],
    ['en', 'Award (from 12 May 2020)'],
  ] as const)('a date with its day after a range opener is a point in time, no period that runs on (%s): %s', (lang, line) => {
    expect(findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) })).toEqual([]);
  });

  it.each([
    ['IX 2021 – VIII 2023', '2021-09', '2023-08', false, 'month', 'month'],
    ['III.2019 – XII.2020', '2019-03', '2020-12', false, 'month', 'month'],
    ['since I 2024', '2024-01', '2026-11', true, 'month', 'month'],
    ['phase i 2019 – 2021', '2019-01', '2021-12', false, 'year', 'year'],
  ] as const)('a month in Roman numerals, in capitals only: %s → %s..%s', (line, start, end, current, sp, ep) => {
    const rs = findDateRanges(line, AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, r.startPrecision, r.endPrecision])).toEqual([
      [start, end, current, sp, ep],
    ]);
  });

  it.each([
    ['Security Engineer II 2019 – 2022', '2019-01', '2022-12', '2019 – 2022'],
    ['Security Analyst I 2016 – 2018, Acme Corp', '2016-01', '2018-12', '2016 – 2018'],
    ['Trust & Safety Engineer, X 2022 – 2024', '2022-01', '2024-12', '2022 – 2024'],
  ] as const)('a bare capital numeral whose range has no other Roman month is a grade or a name, not a month: %s', (line, start, end, written) => {
    const rs = findDateRanges(line, AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.startPrecision, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, 'year', written],
    ]);
  });

  it.each([
    // Bare apostrophe years make a range.
    ['en', '’16 – ’18', '2016-01', '2018-12', false, 'year', '’16 – ’18'],
    ['en', "Trinity College Dublin — IT Services    '12 - '14", '2012-01', '2014-12', false, 'year', "'12 - '14"],
    ['en', "'19 – present", '2019-01', '2026-11', true, 'month', "'19 – present"],
    // "act." is Spanish for "actualidad".
    ['es', 'ene. 2020 – act.', '2020-01', '2026-11', true, 'month', 'ene. 2020 – act.'],
    // An abbreviated month and two digits on both ends, and no year: two-digit years.
    ['fr', 'oct. 19 – mars 22', '2019-10', '2022-03', false, 'month', 'oct. 19 – mars 22'],
    ['fr', 'Analyste SOC, janv. 20 – déc. 21', '2020-01', '2021-12', false, 'month', 'janv. 20 – déc. 21'],
    ['en', 'Oct 19 – present', '2019-10', '2026-11', true, 'month', 'Oct 19 – present'],
    // A "present" word in brackets.
    ['en', 'Mar 2019 – (present)', '2019-03', '2026-11', true, 'month', 'Mar 2019 – (present)'],
    ['en', 'Acme Corp  Mar 2019 - (Current)', '2019-03', '2026-11', true, 'month', 'Mar 2019 - (Current)'],
  ] as const)('%s: short résumé date forms: %s', (lang, line, start, end, current, ep, written) => {
    const rs = findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) });
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), r.current, r.endPrecision, line.slice(r.index, r.index + r.length)])).toEqual([
      [start, end, current, ep, written],
    ]);
  });

  it.each([['the class of ’16 reunion'], ["rock 'n' roll, '90s"], ['Mar 2019 (present)'], ['BSides talk, Oct 12 – Oct 14'], ['Workshop, Oct 28 – Nov 02']])(
    'reads no short-form range in %j',
    (line) => {
      expect(findDateRanges(line, AS_OF)).toEqual([]);
    },
  );

  it('reads two digits after a month as days when a year follows the range', () => {
    const line = 'Oct 19 – Oct 22, 2020 workshop';
    expect(findDateRanges(line, AS_OF).map((r) => [formatYearMonth(r.start), formatYearMonth(r.end), line.slice(r.index, r.index + r.length)])).toEqual([
      ['2020-10', '2020-10', 'Oct 19 – Oct 22, 2020'],
    ]);
  });

  it('reads a bare apostrophe year in a range only, never as a single date', () => {
    expect(findSingleDates("the class of '16")).toEqual([]);
    expect(findSingleDates("'16 – '18")).toEqual([]);
  });

  it('reports the matched span', () => {
    const line = 'Senior Engineer  Jan 2021 – Present';
    const [r] = findDateRanges(line, AS_OF);
    expect(r?.index).toBe(17);
    expect(line.slice(r?.index, (r?.index ?? 0) + (r?.length ?? 0))).toBe('Jan 2021 – Present');
  });

  it('finds ranges inside brackets and several per line', () => {
    const rs = findDateRanges('Engineer (2019–2021), Lead (2021 – 2023)', AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end)])).toEqual([
      ['2019-01', '2021-12'],
      ['2021-01', '2023-12'],
    ]);
  });

  it.each([
    ['13/2020 – 06/2021'],
    ['2019-13 – 2020-02'],
    ['ISO 27001 and ISO/IEC 42001'],
    ['(206) 555-0143'],
    ['Reviewed 48 features in 2025.'],
    ['Part-time (3 days a week) from Oct 2022 while handing over'],
    ['2,000 employees, 1,200 requests'],
    ['May 2026'],
    ['now evaluating AI systems'],
  ])('finds no range in %j', (line) => {
    expect(findDateRanges(line, AS_OF)).toEqual([]);
  });

  it.each([
    ['2099 – 1980', 'inverted', '2099-01', '1980-12'],
    ['Jun 2021 – Jan 2020', 'inverted', '2021-06', '2020-01'],
    ['Jan 2025 – Dec 2028', 'future', '2025-01', '2026-11'],
    ['Jan 2027 – Present', 'future', '2027-01', '2026-11'],
    ['2020 – 2030', 'future', '2020-01', '2026-11'],
  ])('flags %s as %s', (line, issue, start, end) => {
    const [r] = findDateRanges(line, AS_OF);
    expect(r?.issue).toBe(issue);
    expect([formatYearMonth(r?.start ?? 0), formatYearMonth(r?.end ?? 0)]).toEqual([start, end]);
  });
});

describe('findSingleDates', () => {
  it('returns dates outside ranges', () => {
    const line = 'B.S. CS — UW, May 2026; worked 2019 – 2020; CISSP 2017';
    expect(findSingleDates(line).map((d) => [d.year, d.month, d.precision, line.slice(d.index, d.index + d.length)])).toEqual([
      [2026, 5, 'month', 'May 2026'],
      [2017, undefined, 'year', '2017'],
    ]);
  });

  it.each([['Windows 10 refresh'], ['Java 11'], ['13/2020'], ['COVID-19 response']])('finds none in %j', (line) => {
    expect(findSingleDates(line)).toEqual([]);
  });
});

describe('unionMonths', () => {
  const r = (a: string, b: string) => ({ start: ym(a), end: ym(b) });
  it.each([
    ['empty', [], 0],
    ['one year', [r('2021-01', '2021-12')], 12],
    ['adjacent', [r('2017-08', '2018-12'), r('2019-01', '2021-06')], 47],
    ['nested', [r('2019-01', '2021-06'), r('2020-03', '2020-12')], 30],
    ['overlap', [r('2019-06', '2022-12'), r('2022-10', '2026-11')], 90],
    ['gap', [r('2013-09', '2017-07'), r('2018-06', '2023-01')], 103],
    ['unsorted with an inverted one', [r('2020-01', '2020-03'), r('2019-01', '2018-01'), r('2018-01', '2018-02')], 5],
  ])('%s → %i', (_name, ranges, expected) => {
    expect(unionMonths(ranges)).toBe(expected);
  });
});

// How long these take is measured by scripts/bench-limits.ts; here, only what they return.
describe('hostile input', () => {
  it.each(HOSTILE_INPUTS.dateLines)('%s', (_name, line) => {
    const ranges = findDateRanges(line, AS_OF);
    const singles = findSingleDates(line);
    for (const x of [...ranges, ...singles]) {
      expect(x.index).toBeGreaterThanOrEqual(0);
      expect(x.index + x.length).toBeLessThanOrEqual(line.length);
    }
    for (const x of ranges) expect(x.end >= x.start || x.issue !== undefined).toBe(true);
  });
});

describe('a date in brackets whose dash closes the bracket (r53)', () => {
  const read = (line: string) =>
    findDateRanges(line, AS_OF, { lex: lexiconFor() }).map(
      (r) => `${line.slice(r.index, r.index + r.length)} ${formatYearMonth(r.start)}–${formatYearMonth(r.end)}${r.current ? ' current' : ''}`,
    );
  it.each([
    ['Head of AI Governance (2023– ) · Senior Privacy Counsel (2019–2023)', ['2023– 2023-01–2026-11 current', '2019–2023 2019-01–2023-12']],
    ['Team Lead (Mar 2021 –)', ['Mar 2021 – 2021-03–2026-11 current']],
    ['Team Lead (2019 – 2023)', ['2019 – 2023 2019-01–2023-12']],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('a French range opener elided before a month that starts with a vowel (r74)', () => {
  const read = (line: string) =>
    findDateRanges(line, AS_OF, { lex: lexiconFor('fr', allLanguages) }).map(
      (r) => `${line.slice(r.index, r.index + r.length)} ${formatYearMonth(r.start)}–${formatYearMonth(r.end)}${r.current ? ' current' : ''}`,
    );
  it.each([
    ["D'octobre 2016 à mars 2019 : ingénieur réseau", ['octobre 2016 à mars 2019 2016-10–2019-03']],
    ['Consultante (à partir d’avril 2023)', ['avril 2023 2023-04–2026-11 current']],
    ["Stage (d'août 2021)", ['août 2021 2021-08–2026-11 current']],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe('a range of years with a short end year as a list item’s label (r74)', () => {
  it.each([
    ['• 2019–21: built the fraud models', '2019-01', '2021-12'],
    ['- 2016-18: SOC analyst rotation', '2016-01', '2018-12'],
    ['2022 – 23: led the audit programme', '2022-01', '2023-12'],
  ])('%j', (line, start, end) => {
    const rs = findDateRanges(line, AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end)])).toEqual([[start, end]]);
  });

  it('reads no range from a single year before a colon', () => {
    expect(findDateRanges('2019: Best paper award', AS_OF)).toEqual([]);
  });
});

describe('a season or quarter after a connector ends an unwritten span, no period of its own (r75)', () => {
  it.each([
    'Senior Machine Learning Engineer (ML Engineer II until Q4 2024)',
    'Data Scientist (Associate through Summer 2021)',
    'Lead Analyst (Analyst II till Q1 2020), Northbank',
  ])('%s', (line) => {
    expect(findDateRanges(line, AS_OF)).toEqual([]);
  });

  it('still reads a season or a quarter alone as its months', () => {
    const rs = findDateRanges('Software Engineering Intern, Summer 2018', AS_OF);
    expect(rs.map((r) => [formatYearMonth(r.start), formatYearMonth(r.end)])).toEqual([['2018-06', '2018-08']]);
  });
});

describe('the months of a season or year written in brackets after it', () => {
  const read = (line: string, lang: 'en' | 'de' | 'fr' = 'en') =>
    findDateRanges(line, AS_OF, { lex: lexiconFor(lang, allLanguages) }).map((r) => [formatYearMonth(r.start), formatYearMonth(r.end)]);
  it.each([
    ['Data Intern, Orbis Labs      Summer 2017 (Jul–Sep)', 'en', [['2017-07', '2017-09']]],
    ['Tutor, Hill College   2016 (Feb - May)', 'en', [['2016-02', '2016-05']]],
    ['Assistant de recherche    hiver 2020 (déc.–févr.)', 'fr', [['2019-12', '2020-02']]],
    ['Werkstudent   2015 (März – Juni)', 'de', [['2015-03', '2015-06']]],
  ] as const)('%s', (line, lang, expected) => {
    expect(read(line, lang)).toEqual(expected);
  });

  it('one month alone in the bracket narrows the season to it', () => {
    expect(read('Intern, Kite Corp   Summer 2018 (July)')).toEqual([['2018-07', '2018-07']]);
  });

  it('a remark in brackets that holds no month leaves the season whole', () => {
    expect(read('Intern, Kite Corp   Summer 2018 (remote)')).toEqual([['2018-06', '2018-08']]);
    expect(read('Analyst, Kite Corp   Q3 2021 (part-time)')).toEqual([['2021-07', '2021-09']]);
  });

  it('a year alone before a remark in brackets is no period', () => {
    expect(read('Best paper award 2019 (NeurIPS workshop)')).toEqual([]);
  });
});
