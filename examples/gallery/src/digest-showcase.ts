import type { BriefDigest } from "@briefkit/elements";
import { setUpCopyButton } from "./copy-button.js";
import { onRadioChange, radioValue } from "./radio-group.js";
import type { Sample } from "./samples.js";

export interface DigestParts {
  digest: BriefDigest;
  language: HTMLFieldSetElement;
  markup: HTMLElement;
  copyButton: HTMLButtonElement;
}

const BUNDLE = "https://unpkg.com/@briefkit/elements/dist/briefkit.min.js";

/** What a page needs to show the same digest: the bundle, and the element pointed at the digest's text. */
function digestMarkup(file: string, language: string): string {
  return [
    `<script type="module" src="${BUNDLE}"></script>`,
    `<brief-digest language="${language}" src="/briefs/${file}"></brief-digest>`,
  ].join("\n");
}

/**
 * The digest section: a sample digest's briefs in one `<brief-digest>`, in the language chosen, with
 * the markup that shows it on another page. The gallery has the briefs parsed already, so it sets the
 * `briefs` property instead of making the element fetch `src`.
 */
export function setUpDigestShowcase(parts: DigestParts, sample: Sample): void {
  const { digest, language, markup, copyButton } = parts;
  digest.briefs = sample.briefs;

  const apply = (value: string) => {
    digest.setAttribute("language", value);
    markup.textContent = digestMarkup(sample.file, value);
  };
  apply(radioValue(language));
  onRadioChange(language, apply);
  setUpCopyButton(copyButton, markup, "Copy markup");
}
