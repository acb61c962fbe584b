import { expect, fixture, html } from "@open-wc/testing";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefOutline } from "../src/brief-outline/brief-outline.js";
import { all, failed, loaded, one, referenceText, settled, smallBrief, texts } from "./helpers.js";

describe("text content", () => {
  it("reads the brief written inside the element, indented as the page's markup indents it", async () => {
    const indented = (await referenceText())
      .split("\n")
      .map((line) => `        ${line}`)
      .join("\n");
    const card = await fixture<BriefCard>(html`<brief-card language="en">${indented}</brief-card>`);
    await settled(card);
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
    expect(texts(card, '[part="count"]')).to.deep.equal(["8 points"]);
  });

  it("keeps the text in the light DOM for readers without JavaScript", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(html`<brief-card>${text}</brief-card>`);
    await settled(card);
    expect(card.textContent).to.equal(text);
  });

  it("re-renders when the text changes", async () => {
    const card = await fixture<BriefCard>(
      html`<brief-card language="en">${await referenceText()}</brief-card>`,
    );
    await settled(card);
    const event = loaded(card);
    card.textContent = "網站來源/Source: The Diplomat\n\nSummary:\nA short lead.\n  • One point.";
    await event;
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Diplomat"]);
    expect(texts(card, '[part="count"]')).to.deep.equal(["1 point"]);
  });

  it("reports text that is not a brief", async () => {
    const card = document.createElement("brief-card");
    card.setAttribute("language", "en");
    card.textContent = "   ";
    card.append(document.createTextNode("Lorem ipsum dolor sit amet."));
    const event = failed(card);
    await fixture(html`<div>${card}</div>`);
    expect((await event).detail.error.reason).to.equal("not-a-brief");
    expect(all(card, '[part="retry-button"]')).to.have.length(0);
  });

  it("shows the empty state when there is nothing to show", async () => {
    const card = await fixture<BriefCard>(html`<brief-card language="en"> </brief-card>`);
    expect(texts(card, '[part="empty"]')).to.deep.equal(["No brief to show."]);
  });
});

describe("the brief property", () => {
  it("takes precedence over src and the text content", async () => {
    const brief = await smallBrief();
    const text = await referenceText();
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" src="/mock/brief.txt" .brief=${brief}>${text}</brief-card>`,
    );
    // The same card without the property, started just after: once it has loaded, a load of src or
    // of the text content the first card had wrongly started would have finished too.
    const control = document.createElement("brief-card");
    control.setAttribute("language", "en");
    control.setAttribute("src", "/mock/brief.txt");
    control.textContent = text;
    const controlLoaded = loaded(control);
    await fixture(html`<div>${control}</div>`);
    await controlLoaded;
    await card.updateComplete;
    expect(texts(card, '[part="title"]')).to.deep.equal(["The Example Review"]);
  });

  it("re-renders when a new brief is set", async () => {
    const first = await smallBrief();
    const card = await fixture<BriefCard>(html`<brief-card language="en" .brief=${first}></brief-card>`);
    const second = await smallBrief();
    second.source = "Nikkei Asia";
    second.keywords = ["半導體"];
    card.brief = second;
    await card.updateComplete;
    expect(texts(card, '[part="title"]')).to.deep.equal(["Nikkei Asia"]);
    expect(texts(card, '[part="keyword"]')).to.deep.equal(["半導體"]);
  });

  it("falls back to src when cleared", async () => {
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" src="/mock/brief.txt" .brief=${await smallBrief()}></brief-card>`,
    );
    const event = loaded(card);
    card.brief = null;
    await event;
    expect(texts(card, '[part="title"]')).to.deep.equal(["Foreign Policy"]);
  });

  it("shows an error without retry for an object that is not a brief", async () => {
    const card = await fixture<BriefCard>(html`<brief-card language="en"></brief-card>`);
    (card as unknown as { brief: unknown }).brief = { authors: "nobody", summaries: [] };
    await card.updateComplete;
    expect(texts(card, '[part="error"] p')).to.deep.equal(["The brief’s data is not in the expected shape."]);
    expect(all(card, '[part="retry-button"]')).to.have.length(0);
  });

  it("re-renders when language changes", async () => {
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" .brief=${await smallBrief()}></brief-card>`,
    );
    card.language = "zh";
    await card.updateComplete;
    expect(texts(card, '[part="lead"]')).to.deep.equal(["印尼擴大鎳礦加工，吸引外資。"]);
    expect(one(card, '[part="card"]').getAttribute("lang")).to.equal("zh-Hant");
  });

  it("keeps the brief's text exactly, whitespace of the data included", async () => {
    const brief = await smallBrief();
    brief.summaries[1]!.points[0]!.text = "Tariffs  rose   “sharply” <b>today</b> & more";
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="en" .brief=${brief}></brief-outline>`,
    );
    expect(one(outline, '[part="point-text"]').textContent).to.equal(
      "Tariffs  rose   “sharply” <b>today</b> & more",
    );
  });
});
