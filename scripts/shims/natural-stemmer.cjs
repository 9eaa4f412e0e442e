// The base that natural's Porter stemmer calls (`Stemmer.call(PorterStemmer)`), without what rolefit never calls:
// its stop-word list, its tokenizer and `tokenizeAndStem` (1.1 KB + the tokenizer, ~0.6 KB gzip of the browser
// bundle). rolefit calls `PorterStemmer.stem` only, which porter_stemmer.js defines itself. Swapped in for
// natural's `./stemmer` by the build's plugin (scripts/build-aliases.ts).
'use strict';

module.exports = function Stemmer() {
  this.stem = (token) => token;
};
