// compromise's core with only the two plugins that rolefit's sentence splitting uses (`nlp.tokenize(text)` then
// `.json({ offset: true })`): the tokenizer (sentences, terms, offsets, the abbreviations that end no sentence) and
// the `json` output method. compromise/one adds matching, tagging, contractions, lexicon and typeahead, which the
// splitter never calls (19 KB gzip of the browser bundle). Aliased for `compromise/one` by scripts/build-aliases.ts;
// test/shims.test.ts checks that it splits every line of the fixtures as compromise/one does.
import nlp from '../../node_modules/compromise/src/nlp.js';
import json from '../../node_modules/compromise/src/1-one/output/api/json.js';
import compute from '../../node_modules/compromise/src/1-one/tokenize/compute/index.js';
import methods from '../../node_modules/compromise/src/1-one/tokenize/methods/index.js';
import aliases from '../../node_modules/compromise/src/1-one/tokenize/model/aliases.js';
import { abbreviations, lexicon } from '../../node_modules/compromise/src/1-one/tokenize/model/lexicon.js';
import prefixes from '../../node_modules/compromise/src/1-one/tokenize/model/prefixes.js';
import { emoticons, postPunctuation, prePunctuation } from '../../node_modules/compromise/src/1-one/tokenize/model/punctuation.js';
import suffixes from '../../node_modules/compromise/src/1-one/tokenize/model/suffixes.js';

// The tokenizer plugin (src/1-one/tokenize/plugin.js) without its `unicode` model: that table only folds accents
// in the terms' `normal` form ("Björk" → "bjork"), and the splitter reads the sentences' text and offsets only.
const tokenize = {
  compute,
  methods,
  model: { one: { aliases, abbreviations, prefixes, suffixes, prePunctuation, postPunctuation, lexicon, unicode: {}, emoticons } },
  hooks: ['alias', 'machine', 'index', 'id'],
};

// The output plugin (src/1-one/output/plugin.js) with its `json` method only: the splitter calls nothing else of it
// (its text/html/out/wrap methods and its `debug` and `hash` methods: 2.8 KB gzip of the browser bundle).
const output = { api: (View) => Object.assign(View.prototype, json) };

// The order of compromise/one (src/one.js): output before tokenize.
nlp.extend(output);
nlp.extend(tokenize);

export default nlp;
