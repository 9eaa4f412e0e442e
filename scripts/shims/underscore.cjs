// The two underscore functions that natural's Damerau–Levenshtein distance calls, so that bundling it does not
// bring all of underscore (10 KB gzip of the browser bundle). Aliased for `underscore` by scripts/build-aliases.ts.
'use strict';

/** `_.extend(target, ...sources)`: own enumerable properties copied onto the target. */
function extend(target, ...sources) {
  return Object.assign(target, ...sources);
}

/** `_.min(list, iteratee)`: the element whose iteratee value is smallest (the first of equals); Infinity when empty. */
function min(list, iteratee) {
  let best = Infinity;
  let bestValue = Infinity;
  for (const item of list) {
    const value = iteratee ? iteratee(item) : item;
    if (value < bestValue) {
      bestValue = value;
      best = item;
    }
  }
  return best;
}

module.exports = { extend, min };
