/**
 * The closed sets of words a brief's data uses, as plain arrays: the zod schemas and the zod-free
 * check both read them, so the two cannot disagree on what a field key or a language is.
 */
export const FIELD_KEYS = ["authors", "source", "date", "keywords"] as const;

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;
