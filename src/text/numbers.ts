import nlp from 'compromise';

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
};
const NOT_NUMBERS = new Set(['many', 'several', 'few', 'some', 'the', 'last', 'past', 'recent', 'plus', 'more', 'multiple', 'of']);

/** A number written in digits or words ("7", "seven", "twenty-two"); compromise reads the rare forms. */
export function readNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/-plus$/, '');
  if (/^\d/.test(lower)) return Number.parseFloat(lower);
  if (NOT_NUMBERS.has(lower)) return undefined;
  const direct = SMALL[lower];
  if (direct !== undefined) return direct;
  const [tens, unit] = lower.split('-');
  if (tens && unit && SMALL[tens] !== undefined && SMALL[unit] !== undefined) return (SMALL[tens] as number) + (SMALL[unit] as number);
  if (!/(?:teen|ty|dozen|score|hundred)$/.test(lower)) return undefined; // only number-like words reach compromise
  const values = nlp(lower).numbers().get() as unknown;
  const value = Array.isArray(values) ? values[0] : values;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

