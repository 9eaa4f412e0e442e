/**
 * The hand-written fast paths of the reading engine read exactly what the patterns they replace read: the word
 * tokenizer, the phrase patterns tried only at their head words, and the fold. Each is compared with its reference
 * pattern on fixed tricky texts and on many generated ones (a seeded generator: the same texts every run).
 */
import { describe, expect, it } from 'vitest';
import { dateWordsFor } from '../src/text/dates';
import { wordEnd } from '../src/text/language';
import { allLanguagesLexicon, lexiconFor } from '../src/text/lexicon';
import { cueWordsFor, gapSpans } from '../src/text/negation';
import { allLanguages } from '../src/languages';
import { hasInnerSpaceRun } from '../src/text/columns';
import {
  foldText,
  headPositions,
  headPositionsIn,
  headsOf,
  keptPhrasesSource,
  keptPhrasesSources,
  LexiconRegExp,
  ledHeadsOf,
  LONG_TEXT_CHARS,
  startPositions,
  startsOf,
  phrasesRegex,
  phrasesSource,
  WORD_START,
  WordPrefixes,
  wordStartRegExp,
} from '../src/text/phrases';
import { findDateRanges, findSingleDates, toYm } from '../src/text/dates';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { compactRepeats, compiledRegExp } from '../src/text/repeats';
import { mayStem, Stemmer, tokenize } from '../src/text/tokens';
import { yearsWordsFor } from '../src/text/years';

/** The pattern the tokenizer's words were read with before it read them by hand. */
const WORD = /[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*(?:\+\+\d*(?![\p{L}\p{N}])|\+(?![\p{L}\p{N}])|#)?/gu;

/** Pieces real résumés are made of, and the characters that trip readers up. */
const PIECES = [
  'c',
  'C++',
  '++',
  '+',
  '#',
  'c#',
  'node.js',
  '.',
  '..',
  ' ',
  '  ',
  '\n',
  '\n  ',
  ',',
  ';',
  '–',
  '—',
  '/',
  '&',
  "'",
  '’',
  'x',
  'Sécurité',
  'ÉCOLE',
  'straße',
  'İstanbul',
  '𝐀𝐁',
  '😀',
  '\ud800',
  '2019',
  '03/2021',
  'not yet',
  'no experience',
  'currently learning',
  'Expected 2027',
  'in progress',
  'NOT YET',
  'Q3 2021',
  'security+',
  'ISO 27001',
];

/** A seeded generator (mulberry32): the same texts on every run. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number, seed: number): string[] {
  const next = generator(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 24) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
}

describe('word-start patterns tried at some words only', () => {
  it('WordPrefixes: a word that begins with a digit or one of the words', () => {
    const p = new WordPrefixes(['mar', 'q', 'sommer']);
    expect(['mar', 'march', 'mar2021', 'q1', 'quality', 'sommersemester', '2021', '03', 'ma', 'smar', 'x', ''].map((w) => p.starts(w))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('find what the same pattern finds at every word start, with folded groups when asked', () => {
    const source = `${WORD_START}(?:(?<mon>mar|march)\\s?(?<y>\\d{4})|q(?<q>[1-4]))`;
    const everywhere = wordStartRegExp(source, 'gu');
    const some = wordStartRegExp(source, 'gu', new Set(['mar', 'q']), true);
    const text = 'From MARCH 2021 to Q3, then Mar2022 and 2023; smar 2020, aq1';
    const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups?.mon, m.groups?.y, m.groups?.q]);
    expect(all(everywhere)).toEqual([
      [5, 'MARCH 2021', 'MARCH', '2021', undefined],
      [19, 'Q3', undefined, undefined, '3'],
      [28, 'Mar2022', 'Mar', '2022', undefined],
    ]);
    expect(all(some)).toEqual([
      [5, 'MARCH 2021', 'march', '2021', undefined],
      [19, 'Q3', undefined, undefined, '3'],
      [28, 'Mar2022', 'mar', '2022', undefined],
    ]);
    expect(some.flags).toBe('gu');
    expect(everywhere.flags).toBe('dgu');
  });

  it('the date token reads the same dates as before', () => {
    expect(
      findDateRanges('Senior Engineer, ACME — Mär 2019 – heute', toYm(2026, 11), { lex: allLanguagesLexicon(allLanguages) }).map((r) => [
        r.start,
        r.end,
        r.current,
      ]),
    ).toEqual([[toYm(2019, 3), toYm(2026, 11), true]]);
    expect(findDateRanges('Q1 2020 – Sommersemester 2021', toYm(2026, 11), { lex: allLanguagesLexicon(allLanguages) }).map((r) => [r.start, r.end])).toEqual([
      [toYm(2020, 1), toYm(2021, 9)],
    ]);
    expect(findSingleDates('Graduated MAY 2018').map((d) => [d.ym, d.precision])).toEqual([[toYm(2018, 5), 'month']]);
  });
});

describe('a phrase list with wildcards and required words finds what a scan of every position finds', () => {
  const phrases = ['the * engineers (build|built)', 'our (data|ml) engineers own', 'the platform team, who ran', 'our roadmap', '¿quién construyó'];
  const scan = (text: string): Array<[number, string]> => {
    const everywhere = new RegExp(phrasesSource(phrases), 'gu');
    return [...foldText(text).matchAll(everywhere)].map((m) => [m.index, text.slice(m.index, m.index + m[0].length)]);
  };
  const pattern = phrasesRegex(phrases, 'g');
  const read = (text: string): Array<[number, string]> => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

  it('finds what a scan of every position finds, whether the words a phrase needs are there or not', () => {
    // No "engineers", "team" or "ran": of the phrases headed by "the" none can match; "our roadmap" still does.
    const without = 'The vendor shipped the product; our roadmap and the budget were set by the board.';
    expect(read(without)).toEqual([[32, 'our roadmap']]);
    expect(read(without)).toEqual(scan(without));
    const withWords = 'The ML engineers built it. Our data engineers own the pipeline; the platform team, who ran the SOC. ¿Quién construyó?';
    expect(read(withWords)).toEqual([
      [0, 'The ML engineers built'],
      [27, 'Our data engineers own'],
      [64, 'the platform team, who ran'],
      [100, '¿Quién construyó'],
    ]);
    expect(read(withWords)).toEqual(scan(withWords));
  });

  it('on generated texts of those words and others (500 texts)', () => {
    const pool = [
      'the',
      'The',
      'our',
      'ML',
      'data',
      'engineers',
      'built',
      'build',
      'own',
      'platform',
      'team,',
      'who',
      'ran',
      'roadmap',
      'budget',
      '¿quién',
      'construyó',
      'x',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let t = 0; t < 500; t++) {
      const words = Array.from({ length: 1 + (next() % 14) }, () => pool[next() % pool.length] as string);
      const text = words.join(next() % 3 === 0 ? '  ' : ' ');
      expect(read(text), text).toEqual(scan(text));
    }
  });
});

describe('phrases led by punctuation: tried at their lead characters and at the head words of the rest', () => {
  it('ledHeadsOf: the head words of the other phrases and the first character of each punctuation-led one', () => {
    const led = ledHeadsOf(['¿sabes', '¿puedes usar', "'twas", 'no (real|hands-on) experience', 'sin experiencia']);
    expect(led && [...led.words].sort()).toEqual(['no', 'sin']);
    expect(led && [...led.leads].sort((a, b) => a - b)).toEqual([39, 191, 8217]);
  });

  it('ledHeadsOf: undefined when every phrase has a head word, or when one may open anywhere', () => {
    expect(ledHeadsOf(['no experience', 'never used'])).toBeUndefined();
    expect(ledHeadsOf(['¿sabes', '* experience'])).toBeUndefined();
    expect(ledHeadsOf(['¿sabes', '<year> onwards'])).toBeUndefined();
    expect(ledHeadsOf(['¿sabes', '(¿|) tienes'])).toBeUndefined();
    expect(ledHeadsOf(['¿sabes', '-net'])).toBeUndefined();
  });

  it('a pattern of such phrases finds what a scan of every position finds, in order', () => {
    const phrases = ['¿sabes', '¿tienes experiencia', 'sin experiencia', 'no experience', '(basics|awareness), not hands-on'];
    const text = 'Sin experiencia en Go. ¿Tienes experiencia con Rust? No experience in C; awareness, not hands-on. x¿sabes ¿SABES';
    const led = phrasesRegex(phrases, 'g');
    const everywhere = new RegExp(phrasesSource(phrases), 'gu');
    const folded = foldText(text);
    const want = [...folded.matchAll(everywhere)].map((m) => [m.index, text.slice(m.index, m.index + m[0].length)]);
    expect([...text.matchAll(led)].map((m) => [m.index, m[0]])).toEqual(want);
    expect(want).toEqual([
      [0, 'Sin experiencia'],
      [23, '¿Tienes experiencia'],
      [53, 'No experience'],
      // A comma glued after a slot follows each of its words.
      [73, 'awareness, not hands-on'],
      // After a letter, a phrase led by punctuation is no cue (the word edge before it): "x¿sabes" is passed over.
      [106, '¿SABES'],
    ]);
    const one = phrasesRegex(phrases);
    expect(one.exec('Ya ¿sabes?')?.index).toBe(3);
    expect(one.test('nada aquí')).toBe(false);
  });

  it('startsOf: head words alone when every phrase has one, with lead characters when some open with punctuation', () => {
    const plain = startsOf(['no experience', 'never used']);
    expect(plain && [...plain.words].sort()).toEqual(['never', 'no']);
    expect(plain?.leads.size).toBe(0);
    const led = startsOf(['¿sabes', 'sin experiencia']);
    expect(led && [...led.words]).toEqual(['sin']);
    expect(led && [...led.leads]).toEqual([191]);
    expect(startsOf(['¿sabes', '* experience'])).toBeUndefined();
  });

  it('startPositions: where each head word or lead character stands, in order', () => {
    const text = 'Go: ¿sabes? Sin experiencia, x¿sabes; SIN datos';
    expect(startPositions(text, startsOf(['¿sabes', 'sin experiencia']) as NonNullable<ReturnType<typeof startsOf>>)).toEqual([4, 12, 30, 38]);
    expect(startPositions(text, startsOf(['sin experiencia']) as NonNullable<ReturnType<typeof startsOf>>)).toEqual(headPositions(text, new Set(['sin'])));
  });

  it('gap lines read with the cue starts are the lines read without them (Spanish cues open with "¿")', () => {
    const cues = cueWordsFor(allLanguagesLexicon(allLanguages));
    const es = cueWordsFor(lexiconFor('es', allLanguages));
    expect(cues.negationHeads?.leads.has(191)).toBe(true);
    const texts = [
      'Kubernetes: ¿tienes experiencia? No, nunca lo he usado en producción\nPython: sin experiencia profesional todavía\nGo: tres años',
      'Docker — nunca en producción\nAWS: ¿sabes? aún aprendiendo, laboratorios y cursos de fin de semana con amigos del trabajo\nRust: sí',
      'Terraform: experiencia sólida con módulos propios en varios proyectos grandes, sin experiencia en Pulumi ni en CDK todavía',
      'GCP: never used it\nAzure: still learning\nKubernetes — no hands-on experience yet',
    ];
    for (const c of [cues, es]) {
      const all = { ...c, negationHeads: undefined };
      for (const text of texts) expect(gapSpans(text, c, () => text.length)).toEqual(gapSpans(text, all, () => text.length));
    }
    const first = texts[0] as string;
    expect(gapSpans(first, es, () => first.length).length).toBeGreaterThan(0);
  });
});

describe('a line without a year, a slash between digits or an apostrophe before one has no date', () => {
  /** Groups of the date token that make a token a date (the others: a month alone, "present", "since"). */
  const DATE_GROUPS = ['qy', 'sy', 'y', 'yy', 'fy', 'ny', 'sy2', 'iy', 'year'];
  const NO_DATE_PIECES = [
    'May',
    'mar.',
    'Q3',
    'Spring',
    'Sommersemester',
    '3rd',
    '12',
    '5',
    '1',
    '0',
    '.',
    '-',
    '–',
    ' ',
    '\n',
    'present',
    'heute',
    'since',
    'seit',
    'of',
    'de',
    '1.5',
    '12.3.',
    '2',
    '19',
    '20',
    '/',
    "'",
    '’',
    'CI/CD',
  ];

  it('the token pattern finds no date in such lines, so they are not read (fixed and 2,000 generated lines)', () => {
    const next = generator(7);
    const generated = Array.from({ length: 2000 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 12) }, () => NO_DATE_PIECES[Math.floor(next() * NO_DATE_PIECES.length)]).join(''),
    );
    const lines = ['Cut MTTR by 40% across 3 teams', 'May 12 – Jun 3rd', 'Q3 – present', 'CI/CD since May', "May ' 21", '12 / 21', ...generated].filter(
      (l) => !/(?:19|20)\d\d|\d\/\d|['’]\d/u.test(l),
    );
    const token = dateWordsFor(allLanguagesLexicon(allLanguages)).token;
    for (const line of lines) {
      token.lastIndex = 0;
      for (let m = token.exec(line); m !== null; m = token.exec(line)) expect(DATE_GROUPS.filter((g) => m?.groups?.[g] !== undefined)).toEqual([]);
      expect(findDateRanges(line, toYm(2026, 11), { lex: allLanguagesLexicon(allLanguages) })).toEqual([]);
    }
    expect(lines.length).toBeGreaterThan(1000);
  });

  it('a year, a slash between digits or an apostrophe before one is still read', () => {
    const lex = allLanguagesLexicon(allLanguages);
    const ranges = (line: string) => findDateRanges(line, toYm(2026, 11), { lex }).map((r) => [r.start, r.end]);
    expect(ranges("May '21 – Jun '22")).toEqual([[toYm(2021, 5), toYm(2022, 6)]]);
    expect(ranges('09/17 – 06/21')).toEqual([[toYm(2017, 9), toYm(2021, 6)]]);
    expect(ranges('Q1 2020 – Q2 2021')).toEqual([[toYm(2020, 1), toYm(2021, 6)]]);
  });
});

describe('head words of a part of a text', () => {
  it('are the head words of the whole text that start in the part (fixed and 2,000 generated texts)', () => {
    const heads = new Set(['c', 'x', 'securite', 'not', 'node', '2019', 'ecole']);
    expect(headPositionsIn('Node.js, not C++; x\nÉCOLE x', heads, 5, 21)).toEqual([9, 13, 18, 20]);
    const next = generator(11);
    for (const text of texts(2000, 3)) {
      const from = Math.floor(next() * (text.length + 1));
      const to = from + Math.floor(next() * (text.length + 1 - from));
      expect(headPositionsIn(text, heads, from, to)).toEqual(headPositions(text, heads).filter((p) => p >= from && p < to));
    }
  });
});

describe('a text longer than a résumé (its lists made at their size) is read as a short one', () => {
  const block = [
    'Jane Doe | +1 (555) 010-0199 | jane@example.com',
    'EXPERIENCE',
    'Security Engineer, Acme Corp    Jan 2019 – Mar 2021',
    '• Led the applied ML group; e.g. scanners (AWS, GCP,',
    '  Azure) and threat modeling for the EU AI',
    'Act obligations. Fine-tune open-weight models with the',
    'LLMs team | C++, C#, Node.js',
    '',
  ].join('\n');
  const long = block.repeat(Math.ceil(LONG_TEXT_CHARS / block.length) + 1);
  const short = block.repeat(Math.floor(LONG_TEXT_CHARS / block.length / 2));
  it('gives a long text the tokens a short text gives, each slot filled', () => {
    const stemmer = new Stemmer();
    const tokens = tokenize(long, stemmer);
    expect(long.length).toBeGreaterThanOrEqual(LONG_TEXT_CHARS);
    expect(tokens.length).toBe(long.match(WORD)?.length);
    expect(tokens.every((t) => t !== undefined)).toBe(true);
    const shortTokens = tokenize(short, stemmer);
    expect(tokens.slice(0, shortTokens.length)).toEqual(shortTokens);
  });
  it("finds a long text's head words where a walk of its words finds them", () => {
    const heads = new Set(['security', 'aws', 'llms', '555', 'c', 'jan']);
    const found = headPositions(long, heads);
    // Per block: security, 555, jan, aws, llms, and c twice (C++, C#).
    expect(found.length).toBe(7 * (long.length / block.length));
    expect(found).toEqual(headPositionsIn(long, heads, 0, long.length));
    expect(found.filter((p) => p < short.length)).toEqual(headPositions(short, heads));
  });
});

describe('the stemmer', () => {
  it('remembers a word it has stemmed (known), and asks whether a word is personal only of a word not stemmed yet', () => {
    const stemmer = new Stemmer();
    stemmer.seal(new Set(['secur']));
    expect(stemmer.known('built')).toBeUndefined();
    const asked: number[] = [];
    const personal = (offset: number) => {
      asked.push(offset);
      return offset < 5;
    };
    expect(tokenize('Jane built Security built Jane', stemmer, personal).map((t) => t.norm)).toEqual(['jane', 'built', 'secur', 'built', 'jane']);
    expect(asked).toEqual([0, 5, 11]);
    expect([stemmer.known('built'), stemmer.known('Built'), stemmer.known('Security'), stemmer.known('security'), stemmer.known('Jane')]).toEqual([
      'built',
      'built',
      'secur',
      undefined,
      'jane',
    ]);
    stemmer.forget();
    // The personal word is forgotten with the document; the plain word and the catalog's are kept.
    expect([stemmer.known('Jane'), stemmer.known('built'), stemmer.known('Security')]).toEqual([undefined, 'built', 'secur']);
  });
});

describe('the Porter stemmer is passed over only for words it leaves as they are', () => {
  /** Every suffix a step of the stemmer reads, and the endings step 1b adds back. */
  const SUFFIXES =
    's es sses ies eed ed ing y ational tional enci anci izer abli bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ou ism ate iti ous ive ize sion tion e ll at bl iz'.split(
      ' ',
    );
  it('on generated words: letters, maybe a suffix, maybe letters after it', () => {
    const next = generator(37);
    const letter = () => (next() < 0.4 ? 'aeiouy' : 'abcdefghijklmnopqrstuvwxyz').charAt(Math.floor(next() * 26) % (next() < 0.4 ? 6 : 26));
    let passed = 0;
    for (let i = 0; i < 20_000; i++) {
      let word = Array.from({ length: 1 + Math.floor(next() * 8) }, letter).join('');
      if (next() < 0.7) word += SUFFIXES[Math.floor(next() * SUFFIXES.length)];
      for (let k = Math.floor(next() * 3); k > 0; k--) word += letter();
      if (mayStem(word)) continue;
      passed++;
      expect(PorterStemmer.stem(word), word).toBe(word);
    }
    expect(passed).toBeGreaterThan(5_000);
  });
});

describe('the tokenizer reads a line wrapped before an acronym', () => {
  const stemmer = new Stemmer();
  const lastClause = (text: string) => tokenize(text, stemmer).at(-1)?.clause;
  const long = 'Lead the applied ML group of four researchers and two engineers. Fine-tune open-weight';
  it('joins a long line ending on a lowercase word to the acronym or plural acronym opening the prose line below', () => {
    expect(lastClause(`${long}\nLLMs (PyTorch, Hugging Face) as jailbreak classifiers;`)).toBe(1);
    expect(lastClause(`${long}\nAPI gateways for the platform teams.`)).toBe(1);
  });
  it('keeps a heading in capitals, a label line, a short line and a much longer line below on their own', () => {
    expect(lastClause(`${long}\nSKILLS`)).toBe(2);
    expect(lastClause(`${long}\nAPIs: REST, gRPC`)).toBe(2);
    expect(lastClause('Fine-tune open-weight\nLLMs for classifiers')).toBe(1);
    expect(lastClause(`${long}\nLLMs ${'and more words of a far longer line '.repeat(3)}`)).toBe(2);
  });
});

describe('the tokenizer ends a clause at a pipe', () => {
  it('puts each cell of "A | B, C" in its own clause, and keeps a comma inside one', () => {
    const clauses = tokenize('Machine learning | Adversarial robustness, garak. LLMs', new Stemmer()).map((t) => t.clause);
    expect(clauses).toEqual([0, 0, 1, 1, 1, 2]);
  });
  it('keeps a bracketed list wrapped after a comma in one clause, whatever the case of its next item, but not a line that ends in a comma outside a bracket', () => {
    const stemmer = new Stemmer();
    const clauses = (text: string) => tokenize(text, stemmer).map((t) => t.clause);
    expect(clauses('team (hiring, reviews,\n  upskilling)')).toEqual([0, 0, 0, 0]);
    expect(clauses('team (hiring), reviews,\n  upskilling')).toEqual([0, 0, 0, 1]);
    expect(clauses('Richtlinien (Zugriffskontrolle,\n  Kryptografie)')).toEqual([0, 0, 0]);
    // A phrase still never crosses the comma.
    expect(tokenize('team (hiring, reviews,\n  upskilling)', stemmer).map((t) => t.joined)).toEqual([false, false, false, false]);
  });
  it('keeps an aside in brackets wrapped mid-way in one clause when it closes on the next line, in any language', () => {
    const stemmer = new Stemmer();
    const clauses = (text: string) => tokenize(text, stemmer).map((t) => t.clause);
    expect(clauses('Evaluate systems (vendor chatbots, internal\n  RAG search) for flaws')).toEqual(Array(9).fill(0));
    expect(clauses('Prüfung der Systeme (Chatbots der Anbieter, interne\n  RAG-Suche) auf Schwachstellen')).toEqual(Array(11).fill(0));
    expect(clauses('Évaluation des systèmes (chatbots, recherche\n  RAG interne) pour les failles')).toEqual(Array(10).fill(0));
    // Closed on its own line, or not closed on the next, the bracket keeps no clause open across the break.
    expect(clauses('Evaluate systems (vendor chatbots)\nRAG search')).toEqual([0, 0, 0, 0, 1, 1]);
    expect(clauses('Evaluate systems (vendor chatbots, internal\nRAG search and more')).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });
});

describe('the tokenizer reads the words WORD reads', () => {
  const stemmer = new Stemmer();
  const words = (text: string) => tokenize(text, stemmer).map((t) => [t.raw, t.start]);
  const reference = (text: string) => [...text.matchAll(WORD)].map((m) => [m[0], m.index]);

  it.each([
    [
      'c++x',
      [
        ['c+', 0],
        ['x', 3],
      ],
    ],
    [
      'C++ and C#, node.js.',
      [
        ['C++', 0],
        ['and', 4],
        ['C#', 8],
        ['node.js', 12],
      ],
    ],
    [
      'security+ 2.5 a..b',
      [
        ['security+', 0],
        ['2.5', 10],
        ['a', 14],
        ['b', 17],
      ],
    ],
    [
      '𝐀𝐁 😀 straße',
      [
        ['𝐀𝐁', 0],
        ['straße', 8],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(reference(text)).toEqual(expected);
  });

  it('on 2,000 generated texts', () => {
    for (const text of texts(2000, 7)) expect(words(text)).toEqual(reference(text));
  });
});

describe('a phrase pattern tried only at its head words finds what a scan finds', () => {
  const phrases = ['not yet', 'no (hands-on|practical|) experience', 'currently learning', 'in progress', 'expected <year>', 'c++', 'e-mail'];
  const fast = phrasesRegex(phrases, 'g');
  const scan = new RegExp(phrasesSource(phrases), 'gu');
  const found = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m[0], m.index]);
  const scanned = (text: string) => [...foldText(text).matchAll(scan)].map((m) => [text.slice(m.index, m.index + m[0].length), m.index]);

  it('reports the input as written, at the same offsets', () => {
    expect(found(fast, 'Kubernetes: NOT YET; No hands-on experience. EXPECTED 2027')).toEqual([
      ['NOT YET', 12],
      ['No hands-on experience', 21],
      ['EXPECTED 2027', 45],
    ]);
  });

  it('keeps lastIndex as RegExp does: at the end of a match, 0 after none', () => {
    fast.lastIndex = 0;
    const text = 'in progress, not yet';
    expect(fast.exec(text)?.index).toBe(0);
    expect(fast.lastIndex).toBe(11);
    expect(fast.exec(text)?.index).toBe(13);
    expect(fast.exec(text)).toBeNull();
    expect(fast.lastIndex).toBe(0);
  });

  it('is not fooled by a head word inside a longer word', () => {
    expect(found(fast, 'knot yet, cannot yet, in progressive')).toEqual([]);
  });

  it('on 2,000 generated texts', () => {
    for (const text of texts(2000, 11)) expect(found(fast, text)).toEqual(scanned(text));
  });

  it('a non-global pattern finds the leftmost match', () => {
    const one = new LexiconRegExp(phrasesSource(phrases), 'u', headsOf(phrases));
    for (const text of texts(500, 13)) expect(one.exec(text)?.index).toBe(scanned(text)[0]?.[1]);
  });

  it('a list too long for irregexp to optimise runs in parts and finds what the whole finds', () => {
    // Phrases of their own head words between phrases that share theirs ("no … experience"), so that the order decides.
    const filler = Array.from({ length: 1000 }, (_, i) => `skill${i} no experience`);
    const long = ['no (hands-on|practical|) experience', ...filler, 'not yet', 'no experience yet', 'no experience', ...phrases, 'c'];
    const source = phrasesSource(long);
    expect(source.length).toBeGreaterThan(30_000);
    const inParts = phrasesRegex(long, 'g');
    const whole = new RegExp(source, 'gu');
    const wholeFound = (text: string) => [...foldText(text).matchAll(whole)].map((m) => [text.slice(m.index, m.index + m[0].length), m.index]);
    const extra = ['Not yet, skill17 no experience; SKILL999 NO EXPERIENCE', 'no practical experience. not yet c'];
    for (const text of [...extra, ...texts(25, 17)]) expect(found(inParts, text)).toEqual(wholeFound(text));
    expect(found(inParts, extra[0] as string)).toEqual([
      ['Not yet', 0],
      ['skill17 no experience', 9],
      ['SKILL999 NO EXPERIENCE', 32],
    ]);
  });

  it('tried at a head word with only the phrases that start with it, finds what the whole list finds, in list order', () => {
    // Phrases sharing a head, where the longest listed first wins; a hyphenated head and an apostrophe cut a word.
    const shared = ['no experience', 'no (hands-on|practical|) experience yet', 'no', 'self-study', "don't use", 'not yet', 'yet'];
    const byHead = phrasesRegex(shared, 'g');
    const whole = new RegExp(phrasesSource(shared), 'gu');
    const wholeFound = (text: string) => [...foldText(text).matchAll(whole)].map((m) => [text.slice(m.index, m.index + m[0].length), m.index]);
    const text = 'No practical experience yet; no experience. Self-study, selfstudy, self study. Don’t use it, not yet, NO';
    expect(found(byHead, text)).toEqual([
      ['No practical experience yet', 0],
      ['no experience', 29],
      ['Self-study', 44],
      ['selfstudy', 56],
      ['self study', 67],
      ['Don’t use', 79],
      ['not yet', 93],
      ['NO', 102],
    ]);
    for (const t of [text, ...texts(300, 19)]) expect(found(byHead, t)).toEqual(wholeFound(t));
  });

  it('runs only through its twin, yet reports its own source and flags, and its copies split and match as it does', () => {
    const slashed = ['and/or', 'not yet'];
    const re = phrasesRegex(slashed, 'g');
    const plain = new RegExp(phrasesSource(slashed), 'gu');
    expect([re.source, re.flags, String(re)]).toEqual([plain.source, plain.flags, String(plain)]);
    expect(re.source).toContain('and\\/or');
    expect('Python and/or Go, NOT YET'.split(re)).toEqual(['Python ', ' Go, ', '']);
    expect([...'Python and/or Go, NOT YET'.matchAll(re)].map((m) => [m[0], m.index])).toEqual([
      ['and/or', 7],
      ['NOT YET', 18],
    ]);
    expect(new LexiconRegExp(re, 'g').source).toBe(plain.source);
  });
});

describe('the fold', () => {
  it('keeps every offset and folds case and accents', () => {
    expect(foldText('Sécurité – ÉCOLE • straße')).toBe('securite – ecole • straße');
    expect(foldText('İstanbul – Ærø')).toBe('istanbul – æro');
  });

  it('matches the unit-by-unit fold on generated texts', () => {
    for (const text of texts(1000, 17)) {
      const folded = foldText(text);
      expect(folded.length).toBe(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        const lower = c.toLowerCase();
        if (lower.length === 1 && /^[a-z]$/u.test(lower)) expect(folded.charAt(i)).toBe(lower);
      }
    }
  });
});

describe("language detection's words are the words its pattern reads", () => {
  const LETTERS = /\p{L}+(?:['’]\p{L}+)?/gu;
  const words = (text: string) => {
    const out: Array<[string, number]> = [];
    for (let k = 0; k < text.length; ) {
      const end = wordEnd(text, k);
      if (end === k) k++;
      else {
        out.push([text.slice(k, end), k]);
        k = end;
      }
    }
    return out;
  };
  const reference = (text: string) => [...text.matchAll(LETTERS)].map((m) => [m[0], m.index]);

  it("l'expérience’s, 𝐀𝐁, x2y", () => {
    expect(words("l'expérience’s 𝐀𝐁 x2y")).toEqual([
      ["l'expérience", 0],
      ['s', 13],
      ['𝐀𝐁', 15],
      ['x', 20],
      ['y', 22],
    ]);
  });

  it('on 2,000 generated texts', () => {
    for (const text of texts(2000, 19)) expect(words(text)).toEqual(reference(text));
  });
});

describe('a word-start pattern tried at word starts only finds what a scan finds', () => {
  const token = dateWordsFor(allLanguagesLexicon(allLanguages)).token;
  const scan = new RegExp(token.source, 'gu');
  const DATES = ['Jan 2019', 'März 2020', 'Q3 2021', '03/2021', '12.04.2019', "Sept '19", 'heute', 'Present', 'since', 'x2019', '2019–2021', 'été 2018', 'é'];
  const dated = (count: number, seed: number) => {
    const next = generator(seed);
    return texts(count, seed).map((t) => `${t}${DATES[Math.floor(next() * DATES.length)]} ${t.slice(0, 5)}${DATES[Math.floor(next() * DATES.length)]}`);
  };

  it('reads the same tokens (as written), with their groups folded: the date reader folds what it reads of them', () => {
    const found = [...'Jan 2019 – März 2020, Q3 2021'.matchAll(token)].map((m) => [m[0], m.index, m.groups?.mon ?? m.groups?.q]);
    expect(found).toEqual([
      ['Jan 2019', 0, 'jan'],
      ['März 2020', 11, 'marz'],
      ['Q3 2021', 22, '3'],
    ]);
  });

  it('on 2,000 generated texts', () => {
    for (const text of dated(2000, 23)) {
      const folded = foldText(text);
      const expected = [...folded.matchAll(scan)].map((m) => [text.slice(m.index, m.index + m[0].length), m.index]);
      expect([...text.matchAll(token)].map((m) => [m[0], m.index])).toEqual(expected);
    }
  });
});

describe('list items of tokens', () => {
  it('starts an item at a comma outside brackets and at a new clause, kept as the gaps go by', () => {
    const tokens = tokenize('Python (pandas, numpy), Go; Rust\nTerraform, AWS', new Stemmer());
    expect(tokens.map((t) => [t.raw, t.item])).toEqual([
      ['Python', 0],
      ['pandas', 0],
      ['numpy', 0],
      ['Go', 1],
      ['Rust', 2],
      ['Terraform', 3],
      ['AWS', 4],
    ]);
  });

  it('numbers every item of a long one-line list (the bench checks that this stays linear)', () => {
    const tokens = tokenize('Python, '.repeat(20_000), new Stemmer());
    expect(tokens.length).toBe(20_000);
    expect(tokens[19_999]?.item).toBe(19_999);
  });
});

describe('short bounded repeats written as loops (compactRepeats)', () => {
  it('wraps an escape or a class before {0,1}…{2,3} with a branch that matches nothing, and leaves every other repeat', () => {
    expect(compactRepeats('a\\s{1,3}b[\\s\\-–]{0,2}c\\p{L}{2,3}')).toBe('a(?:\\s|(?!)){1,3}b(?:[\\s\\-–]|(?!)){0,2}c(?:\\p{L}|(?!)){2,3}');
    // Fixed counts, longer bounds, lazy repeats, groups and plain characters stay as written.
    for (const kept of ['\\d{2}', '\\d{1,4}', '\\s{0,12}', '\\s{1,3}?', '(?:ab){1,3}', 'x{1,3}', '(\\s){1,3}', 'no repeat'])
      expect(compactRepeats(kept)).toBe(kept);
  });

  it('reads an escaped backslash, an escaped bracket and a class with a bracket inside as one token each', () => {
    expect(compactRepeats('\\\\s{1,3}')).toBe('\\\\s{1,3}');
    expect(compactRepeats('\\[{1,2}')).toBe('(?:\\[|(?!)){1,2}');
    expect(compactRepeats('[[\\]x]{0,3}y')).toBe('(?:[[\\]x]|(?!)){0,3}y');
    expect(compactRepeats('\\u{1F600}{1,2}')).toBe('(?:\\u{1F600}|(?!)){1,2}');
    // A class too long to read as one token leaves the whole source as written.
    const long = `[${'a'.repeat(600)}]\\s{1,3}`;
    expect(compactRepeats(`${long}x\\s{1,3}`)).toBe(`${long}x\\s{1,3}`);
  });

  it('leaves a pattern without the u flag as written (its escapes read otherwise)', () => {
    expect(compiledRegExp('a\\s{1,3}b', 'i').source).toBe('a\\s{1,3}b');
    expect(compiledRegExp('a\\s{1,3}b', 'u').source).toBe('a(?:\\s|(?!)){1,3}b');
  });

  const lex = allLanguagesLexicon(allLanguages);
  const next = generator(31);
  const GLUE = [' ', '  ', '   ', '    ', '-', ' - ', '/', '.', ', ', "'", '(', ')', '', 'of ', 'de ', '\n'];
  const WORDS = [
    'Jan',
    'März',
    'Q3',
    'q4',
    '2019',
    '19',
    '3',
    '12',
    'Sept',
    'summer',
    'été',
    'present',
    'since',
    'three',
    'twenty-one',
    'years',
    'yrs',
    'Jahre',
    'and a half',
    'a decade',
    '+',
    'plus',
    'IX',
    '2nd',
    'quarter',
  ];
  const lines = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 7) }, () => `${WORDS[Math.floor(next() * WORDS.length)]}${GLUE[Math.floor(next() * GLUE.length)]}`).join(''),
  );
  for (const [name, re] of [
    ['the date token', dateWordsFor(lex).token],
    ['the years phrase', yearsWordsFor(lex).phrase],
  ] as const) {
    it(`${name} of all languages finds the same matches and groups written either way, on 3,000 generated lines`, () => {
      const written = new RegExp(re.source, re.flags.replace('d', ''));
      const compact = new RegExp(compactRepeats(re.source), written.flags);
      expect(compact.source).not.toBe(written.source);
      const found = (r: RegExp, line: string) => [...line.matchAll(r)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]);
      for (const line of lines.map(foldText)) expect(found(compact, line)).toEqual(found(written, line));
    });
  }
});

describe('a head word twin of a phrase list, made from only the phrases sharing a first word with those it keeps', () => {
  /** Every list of strings in a lexicon (its phrase lists, and a few lists of other words, compared all the same). */
  const listsIn = (value: unknown, out: string[][] = []): string[][] => {
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) out.push(value as string[]);
      else for (const v of value) listsIn(v, out);
    } else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) listsIn(v, out);
    return out;
  };
  /** The phrases of a list by each word one of them may start with (as a head twin keeps them); undefined: no heads. */
  const byHeadWord = (phrases: readonly string[]): Map<string, Set<string>> | undefined => {
    const out = new Map<string, Set<string>>();
    for (const raw of phrases) {
      const phrase = raw.trim();
      if (phrase === '') continue;
      const heads = headsOf([phrase]);
      // A phrase led by punctuation is in no head word's twin (it is tried at its lead character only).
      if (heads === undefined && ledHeadsOf([phrase]) !== undefined) continue;
      if (heads === undefined) return undefined;
      for (const h of heads) out.set(h, (out.get(h) ?? new Set()).add(phrase));
    }
    return out;
  };

  it('writes the source the whole list narrowed to them writes, in the same order', () => {
    const phrases = [
      'no experience',
      'No (hands-on|practical|) experience yet',
      'no',
      'self-study',
      'self study group',
      'e-mail',
      'email me',
      'yet *',
      'c++',
      'c#',
    ];
    const kept = new Set(['no', 'no experience', 'e-mail']);
    expect(keptPhrasesSource(phrases, kept, true)).toBe(keptPhrasesSource(phrases, kept, false));
    expect(keptPhrasesSource(phrases, new Set(), true)).toBe('(?!)');
    expect(keptPhrasesSource(phrases, new Set(['yet *']), true)).toBe(keptPhrasesSource(phrases, new Set(['yet *']), false));
  });

  it('for every head word of every list of the four languages’ lexicons', () => {
    let compared = 0;
    for (const list of listsIn(allLanguagesLexicon(allLanguages))) {
      const heads = byHeadWord(list);
      if (!heads) continue;
      // The list's whole branches and first keys made once for all its head words, as a pattern's twins share them.
      const source = keptPhrasesSources(list);
      for (const kept of heads.values()) {
        expect(source(kept, true)).toBe(source(kept, false));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('a run of spaces between two characters of text, read without a regex (hasInnerSpaceRun)', () => {
  it.each([
    ['Skills   Experience', true],
    ['Skills  Experience', false],
    ['   Experience', false],
    ['Skills   ', false],
    ['Skills   \nExperience', false],
    ['Skills\t   Experience', false],
    ['a b  c   d', true],
    ['é   ü', true],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasInnerSpaceRun(text)).toBe(expected);
    expect(/\S {3,}\S/u.test(text)).toBe(expected);
  });
  it('answers on a run of millions of spaces', () => {
    expect(hasInnerSpaceRun(`Python${' '.repeat(4_000_000)}Java`)).toBe(true);
    expect(hasInnerSpaceRun(`Python${' '.repeat(4_000_000)}`)).toBe(false);
  });
});

describe('the head words of a phrase opening with a word to fold or a choice of such words', () => {
  const heads = (phrase: string) => {
    const out = headsOf([phrase]);
    return out && [...out];
  };
  it('read a first word with no bracket as the slot reading does', () => {
    expect(heads('hands-on experience')).toEqual(['hands', 'handson']);
    expect(heads('learning: python')).toEqual(['learning']);
    expect(heads("Bachelor's in")).toEqual(['bachelor']);
    expect(heads('Ça-va bien')).toEqual(['ca', 'cava']);
    expect(heads('* team')).toBeUndefined();
    expect(heads('<year> graduate')).toBeUndefined();
    expect(heads('.NET developer')).toBeUndefined();
  });
  it('read each option of a choice in order, and give up on an option with none', () => {
    expect(heads("(we've|it's|day-to-day) work")).toEqual(['we', 'it', 'day', 'daytoday']);
    expect(heads('(2:1|2.1) or above')).toEqual(['2']);
    expect(heads('(typical|) client')).toEqual(['typical', 'client']);
    expect(heads('(a|*) team')).toBeUndefined();
    expect(heads('(a|.net) team')).toBeUndefined();
    expect(heads('(awareness|familiarity), not hands-on')).toEqual(['awareness', 'familiarity']);
  });
});
