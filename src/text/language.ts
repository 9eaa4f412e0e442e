import { francAll } from 'franc-min';
import type { Language } from '../schemas';
import { bundledLexicons, isBundledLanguage } from './lexicon';

/** The language a text is written in: an ISO 639-1 code when known (ISO 639-3 otherwise), `und` when undetermined. */
export interface DetectedLanguage {
  code: string;
  /** A language rolefit has a lexicon for; otherwise the text is read with the English lexicon. */
  supported: boolean;
  /** The lexicon language to read with. */
  lexicon: Language;
}

/** ISO 639-3 (franc) → ISO 639-1 for the languages résumés are most often written in. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', swe: 'sv', dan: 'da', nob: 'nb',
  fin: 'fi', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', tur: 'tr', rus: 'ru', ukr: 'uk', ell: 'el', cmn: 'zh', jpn: 'ja',
  kor: 'ko', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', heb: 'he', hrv: 'hr', srp: 'sr', bul: 'bg', cat: 'ca', lit: 'lt',
};

/** How much of the text is looked at: the start of a résumé tells its language. */
const SAMPLE = 6000;
/** Function words needed before the count decides without franc. */
const MIN_STOPWORDS = 6;
const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;

let stopwordIndex: Map<string, Language[]> | undefined;

/** Each bundled language's function words (from its lexicon), by word. */
function stopwords(): Map<string, Language[]> {
  if (stopwordIndex) return stopwordIndex;
  const index = new Map<string, Language[]>();
  for (const [code, lex] of Object.entries(bundledLexicons())) {
    if (!isBundledLanguage(code)) continue;
    for (const w of lex.normalize.stopwords) index.set(w, [...(index.get(w) ?? []), code]);
  }
  stopwordIndex = index;
  return index;
}

/**
 * Tells the language of a text: function words of the bundled languages decide when they clearly do (cheap, and
 * most texts); otherwise franc, a maintained trigram detector, looks at the prose lines.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE);
  const counts = new Map<Language, number>();
  const index = stopwords();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    const langs = index.get(m[0].toLowerCase());
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (best && best[1] >= MIN_STOPWORDS && best[1] >= 2 * (second?.[1] ?? 0)) return known(best[0]);
  const detected = fromFranc(sample, best?.[0] ?? 'en');
  // A few English function words outweigh a guess of a language rolefit cannot read (tool lists fool trigrams).
  return !detected.supported && (counts.get('en') ?? 0) >= 3 ? known('en') : detected;
}

function known(code: Language): DetectedLanguage {
  return { code, supported: true, lexicon: code };
}

/** franc on the prose lines; a language without a lexicon is reported, and read as English. */
function fromFranc(sample: string, fallback: Language): DetectedLanguage {
  const prose = sample
    .split('\n')
    .filter((l) => l.trim().length >= 30)
    .join('\n')
    .slice(0, 2500);
  const [top] = francAll(prose, { minLength: 40 });
  const code = top && top[0] !== 'und' ? (ISO_639_1[top[0]] ?? top[0]) : 'und';
  if (isBundledLanguage(code)) return known(code);
  if (code === 'und') return { code: fallback === 'en' ? 'en' : fallback, supported: true, lexicon: fallback };
  return { code, supported: false, lexicon: 'en' };
}
