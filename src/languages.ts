// The `rolefit/languages` subpath: the language packs. The root reads English; pass packs as `languages: [de]` to read
// more (each pack is a module of its own, so a bundler keeps only the packs imported).
import { de } from './data/language-de.generated';
import { es } from './data/language-es.generated';
import { fr } from './data/language-fr.generated';
import type { LanguagePack } from './schemas';

export { de, es, fr };
export type { LanguagePack, PackLanguage } from './schemas';

/** Every language pack: German, French and Spanish (what `rolefit/node` and the CLI read with by default). */
export const allLanguages: readonly LanguagePack[] = /* @__PURE__ */ Object.freeze([de, fr, es]);
