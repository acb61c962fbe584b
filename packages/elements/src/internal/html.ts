import { html as litHTML, type TemplateResult } from "lit";

/**
 * Lit's `html`, without the indentation between tags. Formatted templates put a line break and
 * indentation between every pair of tags, and Lit would keep each as a text node in every copy of
 * the template: about a third of a card's nodes were such whitespace. Only whitespace that holds a
 * line break and touches a tag or an expression goes, which HTML renders as nothing there; a space
 * written on one line (`</span> <span>`) is content and stays. Each template's strings are tightened
 * once and kept, so Lit, which caches a template by the identity of its strings, still parses each
 * template once.
 */
const tightened = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

const BETWEEN_TAGS = />\s*\n\s*</g;
const AFTER_TAG_AT_END = />\s*\n\s*$/;
const AT_START_BEFORE_TAG = /^\s*\n\s*</;
const BLANK_WITH_BREAK = /^\s*\n\s*$/;

function tighten(strings: TemplateStringsArray): TemplateStringsArray {
  const tighter = (part: string) =>
    // Between two expressions, or an expression and the template's end, a line break is indentation.
    BLANK_WITH_BREAK.test(part)
      ? ""
      : part.replace(BETWEEN_TAGS, "><").replace(AFTER_TAG_AT_END, ">").replace(AT_START_BEFORE_TAG, "<");
  const cooked = strings.map(tighter);
  // Lit accepts only a real template strings array (one with `raw`), as lit/static-html builds it.
  return Object.freeze(Object.assign(cooked, { raw: Object.freeze(strings.raw.map(tighter)) }));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let tight = tightened.get(strings);
  if (!tight) {
    tight = tighten(strings);
    tightened.set(strings, tight);
  }
  return litHTML(tight, ...values);
}
