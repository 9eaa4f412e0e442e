import type { DegreeField, DegreeLevel } from '../schemas';
import type { Lexicon } from './lexicon';
import { abbreviationsSource, phrasesRegex, phrasesSource } from './phrases';

/** One degree name of the lexicon, compiled: words ignore case, abbreviations keep it (so two patterns). */
interface LevelPattern {
  level: DegreeLevel;
  field: DegreeField | undefined;
  patterns: readonly RegExp[];
}

/** The degree vocabulary of a lexicon, compiled once; shared by résumés and job ads. */
export interface DegreeWords {
  levels: readonly LevelPattern[];
  /** The same, where an abbreviation must be followed by a degree-like word ("MS in", "BS/MS"): job ads. */
  strictLevels: readonly LevelPattern[];
  /** Fields (and groups of fields) in order, most specific first. */
  fields: ReadonlyArray<{ fields: readonly DegreeField[]; patterns: readonly RegExp[] }>;
  notField: RegExp;
  schoolLeaving: RegExp;
  inProgress: RegExp;
  notDegree: RegExp;
  institution: RegExp;
  equivalent: RegExp;
}

const cache = new WeakMap<Lexicon, DegreeWords>();

/** The compiled degree words of a lexicon. */
export function degreeWordsFor(lex: Lexicon): DegreeWords {
  const hit = cache.get(lex);
  if (hit) return hit;
  const d = lex.degrees;
  const followers = phrasesSource(d.followers.length > 0 ? d.followers : ['in']);
  const level = (strict: boolean) =>
    d.degrees.map((e) => {
      const tail = strict ? `(?=\\s{0,2}\\/|\\s{1,3}${followers}|[,;]|\\.?$|\\s{0,2}\\))` : '';
      return { level: e.level, field: e.field, patterns: pair(e.words, e.abbreviations, tail) };
    });
  const words: DegreeWords = {
    levels: level(false),
    strictLevels: level(true),
    fields: [
      ...d.fields.map((f) => ({ fields: [f.field], patterns: pair(f.words, f.abbreviations, '') })),
      ...d.fieldGroups.map((g) => ({ fields: g.fields, patterns: pair(g.words, g.abbreviations, '') })),
    ],
    notField: phrasesRegex(d.notField),
    schoolLeaving: phrasesRegex(d.schoolLeaving),
    inProgress: phrasesRegex(d.inProgress),
    notDegree: phrasesRegex(d.notDegrees),
    institution: new RegExp(`${phrasesSource(d.institutions)}|${abbreviationsSource(d.institutionAbbreviations)}`, 'iu'),
    equivalent: phrasesRegex(d.equivalent),
  };
  cache.set(lex, words);
  return words;
}

/** Words (any case) and abbreviations (case kept) as two global patterns; an empty list gives none. */
function pair(words: readonly string[], abbreviations: readonly string[], abbreviationTail: string): RegExp[] {
  const out: RegExp[] = [];
  if (words.length > 0) out.push(new RegExp(phrasesSource(words), 'giu'));
  if (abbreviations.length > 0) out.push(new RegExp(`${abbreviationsSource(abbreviations)}${abbreviationTail}`, 'gu'));
  return out;
}

/** A degree named in a text: its level, the field its name implies, where it stands. */
export interface DegreeMention {
  level: DegreeLevel;
  field: DegreeField | undefined;
  index: number;
  length: number;
}

/** Every degree name in `text`, in text order (at a place where several match, the longest). */
export function degreeMentions(text: string, words: DegreeWords, strict = false): DegreeMention[] {
  const found: DegreeMention[] = [];
  for (const p of strict ? words.strictLevels : words.levels) {
    for (const re of p.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0] === '') re.lastIndex++;
        else found.push({ level: p.level, field: p.field, index: m.index, length: m[0].length });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const out: DegreeMention[] = [];
  let coveredTo = -1;
  for (const d of found) {
    if (d.index < coveredTo) continue;
    out.push(d);
    coveredTo = d.index + d.length;
  }
  return out;
}

/** The fields a text names, most specific first; each match is blanked so "computer science" is not also "science". */
export function fieldsIn(text: string, words: DegreeWords): DegreeField[] {
  const out = new Set<DegreeField>();
  let rest = text;
  for (const f of words.fields) {
    let hit = false;
    for (const re of f.patterns) {
      re.lastIndex = 0;
      rest = rest.replace(re, (s) => {
        hit = true;
        return ' '.repeat(s.length);
      });
    }
    if (hit) for (const name of f.fields) out.add(name);
  }
  return [...out];
}
