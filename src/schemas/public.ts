// The `rolefit/schemas` subpath: the zod schemas of rolefit's inputs and outputs.
import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini ships no messages ("Invalid input" for everything): for a user who validates with these schemas, English
// becomes zod's default, as classic zod does, unless a locale is set already. Only this subpath does so: the core
// passes its own messages to each parse (`ZOD_MESSAGES`) and leaves zod's configuration alone.
if (!z.config().localeError) z.config(en());

export * from './index';
