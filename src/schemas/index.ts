// The zod schemas of rolefit's inputs and outputs (the `rolefit/schemas` subpath); types are `z.infer` of these.
export * from './catalog';
export * from './catalog-schemas';
export * from './fit';
export * from './options';
export * from './posting-options';
export * from './profile';
export * from './rank';
export * from './vocab';
export * from './lexicon';
export * from './languages';
export * from './details';
