// compromise's sentence splitter as rolefit calls it (`nlp.tokenize(text).json({ offset: true })`): compromise's own
// tokenizer functions and models (sentences, terms, the pre/post punctuation of each term, the abbreviations that end
// no sentence), without the View, API and plugin machinery that a document needs (8.5 KB gzip of the browser bundle
// with it, 3.5 without). It returns each sentence's `text` and `offset` as compromise/one's `json` method computes them
// (src/1-one/tokenize/compute/offset.js, src/1-one/output/api/json.js with `_text.js`), no `terms`: rolefit reads the
// text and offsets only. Aliased for `compromise/one` by scripts/build-aliases.ts; test/shims.test.ts checks that it
// splits every line of the fixtures as compromise/one does.
import splitSentences from '../../node_modules/compromise/src/1-one/tokenize/methods/01-sentences/index.js';
import isSentence from '../../node_modules/compromise/src/1-one/tokenize/methods/01-sentences/is-sentence.js';
import splitTerms from '../../node_modules/compromise/src/1-one/tokenize/methods/02-terms/index.js';
import splitWhitespace from '../../node_modules/compromise/src/1-one/tokenize/methods/03-whitespace/index.js';
import { abbreviations } from '../../node_modules/compromise/src/1-one/tokenize/model/lexicon.js';
import prefixes from '../../node_modules/compromise/src/1-one/tokenize/model/prefixes.js';
import { emoticons, postPunctuation, prePunctuation } from '../../node_modules/compromise/src/1-one/tokenize/model/punctuation.js';
import suffixes from '../../node_modules/compromise/src/1-one/tokenize/model/suffixes.js';

// What the three splitters read of compromise's world (`world.methods`, `world.model`).
const world = {
  methods: { one: { tokenize: { isSentence } } },
  model: { one: { abbreviations, prefixes, suffixes, prePunctuation, postPunctuation, emoticons } },
};

/** The sentences of `input` as compromise's `fromString` (src/1-one/tokenize/methods/parse.js) splits them into terms. */
function documentOf(input) {
  const text = typeof input === 'number' ? String(input) : input;
  if (!text || typeof text !== 'string') return [];
  return splitSentences(text, world).map((s) => splitTerms(s, world.model).map((t) => splitWhitespace(t, world.model)));
}

/** Each sentence's text and offset, as `json({ offset: true })` gives them (its `offset.index`: the first term's). */
function json(document) {
  let elapsed = 0;
  let index = 0;
  const out = [];
  for (const terms of document) {
    let first;
    let text = '';
    for (const term of terms) {
      const at = { index, start: elapsed + term.pre.length };
      first ??= at;
      elapsed += term.pre.length + term.text.length + term.post.length;
      index += 1;
      text += term.pre + (term.text || '') + term.post;
    }
    text = text.trim();
    out.push({ text, offset: { index: first.index, start: first.start, length: text.length } });
  }
  return out;
}

const nlp = { tokenize: (input) => ({ json: () => json(documentOf(input)) }) };

export default nlp;
