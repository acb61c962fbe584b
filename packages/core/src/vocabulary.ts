/**
 * The closed sets of words a brief's data uses, as plain arrays: the zod schemas and the zod-free
 * check both read them, so the two cannot disagree on what a field key or a language is.
 */
export const FIELD_KEYS = ["authors", "source", "date", "keywords", "title", "url"] as const;

/** The fields every brief should have: a missing one is a `missing-field` warning. */
export const REQUIRED_FIELD_KEYS = ["authors", "source", "date", "keywords"] as const;

export type RequiredFieldKey = (typeof REQUIRED_FIELD_KEYS)[number];

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;
