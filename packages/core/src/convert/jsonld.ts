import type { Brief, Language } from "../schema.js";
import { WEB_ADDRESS } from "../web-address.js";
import { withoutControls } from "./characters.js";

/** A string in one language, as JSON-LD writes it. */
export interface LanguageString {
  "@language": Language;
  "@value": string;
}

export interface PersonJSONLD {
  "@type": "Person";
  name: string;
}

export interface OrganizationJSONLD {
  "@type": "Organization";
  name: string;
}

/** The article a brief summarises. Properties the brief does not know are left out, never null. */
export interface NewsArticleJSONLD {
  "@type": "NewsArticle";
  /** The article's URL, as its identifier too, when the brief gives one. */
  "@id"?: string;
  headline?: string;
  name?: string;
  url?: string;
  author?: PersonJSONLD[];
  publisher?: OrganizationJSONLD;
  datePublished?: string;
}

export interface BriefJSONLD {
  "@context": "https://schema.org";
  "@type": "Report";
  /** The original article's title: the brief is about it. */
  headline?: string;
  inLanguage?: Language[];
  abstract?: LanguageString[];
  keywords?: string[];
  isBasedOn: NewsArticleJSONLD;
}

/** The title as JSON-LD may carry it: without controls, and only when something is left. */
function titleOf(brief: Brief): string | undefined {
  const title = withoutControls(brief.title ?? "").trim();
  return title === "" ? undefined : title;
}

function original(brief: Brief): NewsArticleJSONLD {
  const article: NewsArticleJSONLD = { "@type": "NewsArticle" };
  const headline = titleOf(brief);
  if (headline !== undefined) {
    article.headline = headline;
    article.name = headline;
  }
  // a brief from JSON may hold any string there: only a web address identifies the article
  if (brief.url !== undefined && WEB_ADDRESS.test(brief.url)) {
    article["@id"] = brief.url;
    article.url = brief.url;
  }
  if (brief.authors.length > 0) {
    article.author = brief.authors.map((name) => ({ "@type": "Person", name: withoutControls(name) }));
  }
  if (brief.source !== null) {
    article.publisher = { "@type": "Organization", name: withoutControls(brief.source) };
  }
  if (brief.date !== null) article.datePublished = brief.date;
  return article;
}

/**
 * schema.org JSON-LD for a brief, as an object. To put it in a page, use `toJSONLDScript`, never
 * `JSON.stringify` into a `<script>` by hand: a brief's text can hold `</script>`, which would end the
 * script there and run what follows as HTML. The brief is a `Report` in its summaries' languages, with
 * each language's lead as a language-tagged `abstract`; `authors`, `source` and `date` describe the
 * original article, so they sit on the `NewsArticle` it `isBasedOn`. Unknown values are omitted; controls
 * and noncharacters are left out of every text, as in the other converters (`<script>` content may not
 * hold them either).
 */
export function toJSONLD(brief: Brief): BriefJSONLD {
  const languages = [...new Set(brief.summaries.map((summary) => summary.lang))];
  const abstracts = brief.summaries
    .filter((summary) => summary.lead.trim() !== "")
    .map((summary): LanguageString => ({
      "@language": summary.lang,
      "@value": withoutControls(summary.lead),
    }));
  return {
    "@context": "https://schema.org",
    "@type": "Report",
    ...(titleOf(brief) !== undefined ? { headline: titleOf(brief) } : {}),
    ...(languages.length > 0 ? { inLanguage: languages } : {}),
    ...(abstracts.length > 0 ? { abstract: abstracts } : {}),
    ...(brief.keywords.length > 0 ? { keywords: brief.keywords.map(withoutControls) } : {}),
    isBasedOn: original(brief),
  };
}

/** What the HTML parser could read as the end of a script or the start of markup inside one. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const escapeInScript = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * The brief's JSON-LD as a whole `<script type="application/ld+json">` element for an HTML page.
 * `<`, `>` and `&` are written as JSON escapes (`\u003c`), which JSON parsers read back as the same
 * characters, so no text in the brief can end the script or open a comment inside it.
 */
export function toJSONLDScript(brief: Brief): string {
  const json = JSON.stringify(toJSONLD(brief)).replace(UNSAFE_IN_SCRIPT, escapeInScript);
  return `<script type="application/ld+json">${json}</script>`;
}
