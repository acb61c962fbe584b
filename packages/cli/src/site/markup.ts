/**
 * Code points neither HTML nor XML 1.0 may carry: controls other than tab, line feed and carriage
 * return, lone surrogates and noncharacters. Brief text can hold any of them; a feed with one is not
 * well-formed XML, so every reader would reject the whole feed.
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\p{Cs}|\p{Noncharacter_Code_Point}/gu;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text without the code points markup may not hold. */
export function clean(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/**
 * Text safe in HTML and XML alike, in element content and in quoted attributes, so that no template
 * has to know which of them it is writing.
 */
export function escapeMarkup(text: string): string {
  return clean(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
