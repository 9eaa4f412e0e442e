// natural ships no typings for its submodules; we import only these three.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(source: string, target: string, options?: object): number;
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  export default class SentenceTokenizer {
    tokenize(text: string): string[];
  }
}
