// compromise's core with only the two plugins that rolefit's sentence splitting uses (`nlp.tokenize(text)` then
// `.json({ offset: true })`): the tokenizer (sentences, terms, offsets, the abbreviations that end no sentence) and
// the output methods. compromise/one adds matching, tagging, contractions, lexicon and typeahead, which the
// splitter never calls (19 KB gzip of the browser bundle). Aliased for `compromise/one` by scripts/build-aliases.ts;
// test/shims.test.ts checks that it splits every line of the fixtures as compromise/one does.
import nlp from '../../node_modules/compromise/src/nlp.js';
import output from '../../node_modules/compromise/src/1-one/output/plugin.js';
import tokenize from '../../node_modules/compromise/src/1-one/tokenize/plugin.js';

// The order of compromise/one (src/one.js): output before tokenize.
nlp.extend(output);
nlp.extend(tokenize);

export default nlp;
