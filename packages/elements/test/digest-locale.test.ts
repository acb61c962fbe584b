import { parseBriefs } from "@briefkit/core";
import { parseBriefs as parseBriefsLite } from "@briefkit/core/lite";
import { en } from "@briefkit/core/locales/en";
import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import "../src/index.js";
import { useDiagnosticLocale } from "../src/index.js";
import type { BriefDigest } from "../src/brief-digest/brief-digest.js";
import type { BriefDigestLoadEvent } from "../src/brief-digest/digest-events.js";
import { dedent } from "../src/internal/fallback-text.js";

const DIGEST_URL = "/test/fixtures/weekly-digest-2025-w44.txt";

/** The example digest without its author lines, so that each brief has a diagnostic to word. */
async function digestWithoutAuthors(): Promise<string> {
  const response = await fetch(DIGEST_URL);
  if (!response.ok) throw new Error(`${DIGEST_URL} answered ${response.status}`);
  const text = await response.text();
  // Dedented as the element reads its content, so that the expected lines are the element's.
  return dedent(
    text
      .split("\n")
      .filter((line) => !line.startsWith("作者/Author(s):"))
      .join("\n"),
  );
}

async function loadedMessages(text: string): Promise<string[]> {
  const digest = document.createElement("brief-digest") as BriefDigest;
  const loaded = oneEvent(digest, "brief-load") as Promise<BriefDigestLoadEvent>;
  digest.textContent = text;
  await fixture(html`<div>${digest}</div>`);
  const event = await loaded;
  return event.detail.diagnostics.map((diagnostic) => diagnostic.message);
}

describe("<brief-digest> diagnostics", () => {
  afterEach(() => useDiagnosticLocale(undefined));

  it("speaks the locale set with useDiagnosticLocale", async () => {
    const text = await digestWithoutAuthors();
    useDiagnosticLocale(en);
    const messages = await loadedMessages(text);
    expect(messages).to.have.lengthOf.above(0);
    expect(messages).to.deep.equal(parseBriefs(text).diagnostics.map((d) => d.message));
  });

  it("gives lines and codes when no locale is set", async () => {
    const text = await digestWithoutAuthors();
    const messages = await loadedMessages(text);
    expect(messages).to.deep.equal(parseBriefsLite(text).diagnostics.map((d) => d.message));
    expect(messages).to.not.deep.equal(parseBriefs(text).diagnostics.map((d) => d.message));
  });
});
