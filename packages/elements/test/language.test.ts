import { expect, fixture, html } from "@open-wc/testing";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import { one, smallBrief, texts } from "./helpers.js";

function cardLanguage(card: BriefCard): string | null {
  return one(card, '[part="card"]').getAttribute("lang");
}

async function autoCard(): Promise<BriefCard> {
  const card = document.createElement("brief-card");
  card.brief = await smallBrief();
  return card;
}

describe("language auto", () => {
  afterEach(() => {
    document.documentElement.removeAttribute("lang");
    Reflect.deleteProperty(navigator, "languages");
  });

  it("follows the nearest lang attribute", async () => {
    const card = await autoCard();
    await fixture(html`<section lang="zh-TW"><div lang="">${card}</div></section>`);
    expect(cardLanguage(card)).to.equal("zh-Hant");
    expect(texts(card, '[part="lead"]')).to.deep.equal(["印尼擴大鎳礦加工，吸引外資。"]);
  });

  it("follows a lang attribute outside the shadow root it sits in", async () => {
    const host = await fixture(html`<div lang="zh-Hant"></div>`);
    const card = await autoCard();
    host.attachShadow({ mode: "open" }).append(card);
    await card.updateComplete;
    expect(cardLanguage(card)).to.equal("zh-Hant");
  });

  it("follows the document's language when no ancestor has one", async () => {
    document.documentElement.lang = "zh-Hant";
    const card = await autoCard();
    await fixture(html`<div>${card}</div>`);
    expect(cardLanguage(card)).to.equal("zh-Hant");
  });

  it("follows the browser's language when the page declares none", async () => {
    Object.defineProperty(navigator, "languages", { value: ["zh-TW", "en"], configurable: true });
    const card = await autoCard();
    await fixture(html`<div>${card}</div>`);
    expect(cardLanguage(card)).to.equal("zh-Hant");
  });

  it("shows English for a language other than Chinese", async () => {
    const card = await autoCard();
    await fixture(html`<div lang="fr">${card}</div>`);
    expect(cardLanguage(card)).to.equal("en");
  });

  it("treats an unknown language value as auto", async () => {
    const card = await autoCard();
    card.setAttribute("language", "klingon");
    await fixture(html`<div lang="zh-Hant">${card}</div>`);
    expect(cardLanguage(card)).to.equal("zh-Hant");
  });
});

describe("language auto when the page's language changes", () => {
  afterEach(() => {
    document.documentElement.removeAttribute("lang");
  });

  /**
   * Lets the language observer run, then the render it asked for. The change queued the observer's
   * microtask before this function's first await, so one microtask turn delivers its records (and the
   * requestUpdate they make) without waiting any time.
   */
  async function rendered(card: BriefCard): Promise<void> {
    await Promise.resolve();
    await card.updateComplete;
  }

  it("renders again when the document's language changes", async () => {
    document.documentElement.lang = "en";
    const card = await autoCard();
    await fixture(html`<div>${card}</div>`);
    document.documentElement.lang = "zh-Hant";
    await rendered(card);
    expect(cardLanguage(card)).to.equal("zh-Hant");
    expect(texts(card, '[part="lead"]')).to.deep.equal(["印尼擴大鎳礦加工，吸引外資。"]);
  });

  it("renders again when an ancestor's language changes", async () => {
    const card = await autoCard();
    const section = await fixture(html`<section lang="zh-Hant"><div>${card}</div></section>`);
    section.setAttribute("lang", "en");
    await rendered(card);
    expect(cardLanguage(card)).to.equal("en");
  });

  it("keeps up with every card on the page", async () => {
    const cards = await Promise.all([autoCard(), autoCard()]);
    const section = await fixture(html`<section lang="en">${cards}</section>`);
    section.setAttribute("lang", "zh-TW");
    await Promise.all(cards.map(rendered));
    expect(cards.map(cardLanguage)).to.deep.equal(["zh-Hant", "zh-Hant"]);
  });

  it("stops following the page once the card has left it", async () => {
    document.documentElement.lang = "en";
    const card = await autoCard();
    await fixture(html`<div>${card}</div>`);
    card.remove();
    document.documentElement.lang = "zh-Hant";
    await rendered(card);
    expect(cardLanguage(card)).to.equal("en");
  });
});

describe("a brief in one language", () => {
  it("shows the Chinese summary with a note when English is asked for", async () => {
    const brief = await smallBrief();
    brief.summaries = brief.summaries.filter((summary) => summary.lang !== "en");
    const card = await fixture<BriefCard>(html`<brief-card language="en" .brief=${brief}></brief-card>`);
    expect(texts(card, '[part="notice"]')).to.deep.equal([
      "This brief has no English summary; showing the Chinese one.",
    ]);
    expect(one(card, '[part="lead"]').getAttribute("lang")).to.equal("zh-Hant");
  });

  it("shows the English summary alone in both", async () => {
    const brief = await smallBrief();
    brief.summaries = brief.summaries.filter((summary) => summary.lang === "en");
    const card = await fixture<BriefCard>(html`<brief-card language="both" .brief=${brief}></brief-card>`);
    expect(texts(card, '[part="notice"]')).to.deep.equal([
      "這份摘要沒有中文版，以下為英文。 This brief has no Chinese summary; showing the English one.",
    ]);
    expect(texts(card, '[part="lead"]')).to.have.length(1);
  });
});
