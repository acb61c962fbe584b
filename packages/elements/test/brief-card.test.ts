import { expect, fixture, html } from "@open-wc/testing";
import { parseBrief } from "@briefkit/core";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import { all, loaded, normalize, one, referenceText, settled, texts } from "./helpers.js";

const ZH_LEAD_START = "雖然中國最新的稀土出口許可措施並未明確針對任何特定國家";
const EN_LEAD_START =
  "Although China's newest rare-earth licensing measures did not specifically target any parties";

/** A card holding the reference brief as its text content, the way a page embeds it. */
async function referenceCard(language: string): Promise<BriefCard> {
  const text = await referenceText();
  const card = await fixture<BriefCard>(html`<brief-card language=${language}>${text}</brief-card>`);
  await settled(card);
  return card;
}

describe("<brief-card> with the reference brief", () => {
  it("shows the source as its title and the author in the meta line", async () => {
    const card = await referenceCard("en");
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
    expect(texts(card, '[part="authors"]')).to.deep.equal(["Alasdair Phillips-Robin"]);
    expect(one(card, '[part="authors"]').getAttribute("lang")).to.equal("en");
  });

  it("shows the Chinese lead, keywords and point count in Chinese", async () => {
    const card = await referenceCard("zh");
    expect(one(card, '[part="card"]').getAttribute("lang")).to.equal("zh-Hant");
    const leads = all(card, '[part="lead"]');
    expect(leads).to.have.length(1);
    expect(leads[0]?.getAttribute("lang")).to.equal("zh-Hant");
    expect(normalize(leads[0]?.textContent ?? "")).to.match(new RegExp(`^${ZH_LEAD_START}`));
    expect(texts(card, '[part="keyword"]')).to.deep.equal(["經濟", "稀土", "習近平"]);
    expect(all(card, '[part="keyword"]').map((chip) => chip.getAttribute("lang"))).to.deep.equal([
      "zh-Hant",
      "zh-Hant",
      "zh-Hant",
    ]);
    expect(texts(card, '[part="count"]')).to.deep.equal(["8 個要點"]);
    expect(texts(card, '[part="toggle"]')).to.deep.equal(["顯示大綱"]);
  });

  it("shows the English lead and point count in English", async () => {
    const card = await referenceCard("en");
    expect(one(card, '[part="card"]').getAttribute("lang")).to.equal("en");
    const leads = all(card, '[part="lead"]');
    expect(leads).to.have.length(1);
    expect(leads[0]?.getAttribute("lang")).to.equal("en");
    expect(normalize(leads[0]?.textContent ?? "")).to.match(new RegExp(`^${EN_LEAD_START}`));
    expect(texts(card, '[part="count"]')).to.deep.equal(["8 points"]);
    expect(texts(card, '[part="toggle"]')).to.deep.equal(["Show outline"]);
  });

  it("shows both leads side by side in both", async () => {
    const card = await referenceCard("both");
    const leads = all(card, '[part="lead"]');
    expect(leads.map((lead) => lead.getAttribute("lang"))).to.deep.equal(["zh-Hant", "en"]);
    const [zh, en] = leads.map((lead) => lead.getBoundingClientRect());
    expect(zh?.top).to.equal(en?.top);
    expect(zh!.right).to.be.at.most(en!.left);
    expect(texts(card, '[part="count"]')).to.deep.equal(["8 個要點 8 points"]);
  });

  it("writes the date for the display language in a time element", async () => {
    const zh = await referenceCard("zh");
    const en = await referenceCard("en");
    for (const card of [zh, en]) expect(one(card, "time").getAttribute("datetime")).to.equal("2025-10-24");
    expect(texts(zh, "time")).to.deep.equal(["2025年10月24日"]);
    expect(texts(en, "time")).to.deep.equal(["October 24, 2025"]);
  });

  it("unfolds the outline with every point and sub-point", async () => {
    const card = await referenceCard("en");
    expect(all(card, '[part="point"]')).to.have.length(0);
    const toggle = one(card, '[part="toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute("aria-expanded")).to.equal("false");
    toggle.click();
    await card.updateComplete;
    expect(toggle.getAttribute("aria-expanded")).to.equal("true");
    expect(one(card, "#" + toggle.getAttribute("aria-controls")).getAttribute("part")).to.equal("outline");
    expect(all(card, '[part="point"]')).to.have.length(8);
    expect(all(card, '[part="subpoint"]')).to.have.length(7);
    expect(texts(card, '[part="toggle"]')).to.deep.equal(["Hide outline"]);
  });

  it("unfolds both outlines side by side in both", async () => {
    const card = await referenceCard("both");
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    const summaries = all(card, '[part="summary"]');
    expect(summaries.map((summary) => summary.getAttribute("lang"))).to.deep.equal(["zh-Hant", "en"]);
    expect(all(card, '[part="point"]')).to.have.length(16);
    expect(all(card, '[part="notice"]')).to.have.length(0);
  });
});

describe("<brief-card> href", () => {
  it("links the title to an http(s) page", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" href="https://example.org/briefs/rare-earths">${text}</brief-card>`,
    );
    await settled(card);
    const link = one(card, '[part="link"]');
    expect(link.getAttribute("href")).to.equal("https://example.org/briefs/rare-earths");
    expect(normalize(link.textContent ?? "")).to.equal("Foreign Policy");
  });

  it("does not link a javascript: URL", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" href="javascript:alert(1)">${text}</brief-card>`,
    );
    await settled(card);
    expect(all(card, "a")).to.have.length(0);
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
  });
});

describe("<brief-card> load event", () => {
  it("reports the parsed reference brief with its diagnostics", async () => {
    const text = await referenceText();
    const card = document.createElement("brief-card");
    card.textContent = text;
    const event = loaded(card);
    document.body.append(card);
    const { detail } = await event;
    card.remove();
    expect(detail.brief.source).to.equal("Foreign Policy");
    expect(detail.brief.summaries.map((summary) => summary.lang)).to.deep.equal(["zh-Hant", "en"]);
    expect(detail.diagnostics.map((diagnostic) => diagnostic.code)).to.deep.equal(["unbalanced-bracket"]);
  });
});

describe("<brief-card> with the original article's title and URL", () => {
  const ARTICLE = "https://foreignpolicy.com/2025/10/24/china-rare-earths/";
  async function titledCard(attributes: { href?: string } = {}, url = ARTICLE): Promise<BriefCard> {
    const text = (await referenceText()).replace(
      "關鍵字/Keywords:",
      `標題/Title: Why China Is Weaponizing Rare Earths\n\n原文連結/URL: ${url}\n\n關鍵字/Keywords:`,
    );
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" href=${attributes.href ?? ""}>${text}</brief-card>`,
    );
    if (!attributes.href) card.removeAttribute("href");
    await settled(card);
    return card;
  }

  it("uses the title as its heading and moves the source to the meta line", async () => {
    const card = await titledCard();
    expect(texts(card, '[part="title"]')).to.deep.equal(["Why China Is Weaponizing Rare Earths"]);
    expect(texts(card, '[part="source"]')).to.deep.equal(["Foreign Policy"]);
    expect(texts(card, '[part="authors"]')).to.deep.equal(["Alasdair Phillips-Robin"]);
  });

  it("links the title to the article when no href is set, and to href when it is", async () => {
    const card = await titledCard();
    expect(one(card, '[part="link"]').getAttribute("href")).to.equal(ARTICLE);
    const linked = await titledCard({ href: "https://example.org/briefs/rare-earths" });
    expect(one(linked, '[part="link"]').getAttribute("href")).to.equal(
      "https://example.org/briefs/rare-earths",
    );
  });

  it("never links a brief property's url that is not http(s)", async () => {
    const { brief } = parseBrief(await referenceText());
    const card = await fixture<BriefCard>(html`<brief-card language="en"></brief-card>`);
    card.brief = { ...brief, title: "Why China Is Weaponizing Rare Earths", url: "javascript:alert(1)" };
    await settled(card);
    expect(all(card, '[part="link"]')).to.have.length(0);
    expect(texts(card, '[part="title"]')).to.deep.equal(["Why China Is Weaponizing Rare Earths"]);
  });

  it("keeps the source as its heading without a title", async () => {
    const card = await referenceCard("en");
    expect(all(card, '[part="source"]')).to.have.length(0);
    expect(all(card, '[part="link"]')).to.have.length(0);
  });
});
