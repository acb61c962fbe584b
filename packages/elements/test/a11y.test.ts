import { expect, fixture, html } from "@open-wc/testing";
import { emulateMedia } from "@web/test-runner-commands";
import type { AxeResults } from "axe-core";
import "axe-core/axe.min.js";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefElement } from "../src/internal/brief-element.js";
import { failed, one, referenceText, settled } from "./helpers.js";

declare global {
  interface Window {
    axe: { run(context: Element): Promise<AxeResults> };
  }
}

async function expectNoViolations(element: Element): Promise<void> {
  const { violations } = await window.axe.run(element);
  const summary = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`,
  );
  expect(summary).to.deep.equal([]);
}

async function reference(tag: "brief-card" | "brief-outline", language: string): Promise<BriefElement> {
  const text = await referenceText();
  const element =
    tag === "brief-card"
      ? await fixture<BriefElement>(html`<brief-card language=${language}>${text}</brief-card>`)
      : await fixture<BriefElement>(html`<brief-outline language=${language}>${text}</brief-outline>`);
  await settled(element);
  return element;
}

describe("accessibility (axe-core)", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  for (const language of ["zh", "en", "both"]) {
    it(`finds nothing in a card in ${language}`, async () => {
      await expectNoViolations(await reference("brief-card", language));
    });

    it(`finds nothing in an unfolded card in ${language}`, async () => {
      const card = (await reference("brief-card", language)) as BriefCard;
      (one(card, '[part="toggle"]') as HTMLButtonElement).click();
      await card.updateComplete;
      await expectNoViolations(card);
    });

    it(`finds nothing in an outline in ${language}`, async () => {
      await expectNoViolations(await reference("brief-outline", language));
    });
  }

  it("finds nothing in the dark colour scheme", async () => {
    await emulateMedia({ colorScheme: "dark" });
    const card = (await reference("brief-card", "both")) as BriefCard;
    (one(card, '[part="toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    await expectNoViolations(card);
    await expectNoViolations(await reference("brief-outline", "both"));
  });

  it("finds nothing in the forced dark theme", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(html`<brief-card theme="dark" language="en">${text}</brief-card>`);
    await settled(card);
    expect(getComputedStyle(one(card, '[part="card"]')).backgroundColor).to.equal("rgb(22, 27, 34)");
    await expectNoViolations(card);
  });

  it("finds nothing in the error state", async () => {
    const card = document.createElement("brief-card");
    card.src = "/mock/missing";
    const event = failed(card);
    await fixture(html`<div>${card}</div>`);
    await event;
    await card.updateComplete;
    await expectNoViolations(card);
  });

  it("reaches into the shadow root: a low-contrast theme from the page is caught", async () => {
    const text = await referenceText();
    const card = await fixture<BriefCard>(
      html`<brief-card language="en" style="--brief-color-muted: #d0d0d0">${text}</brief-card>`,
    );
    await settled(card);
    const { violations } = await window.axe.run(card);
    expect(violations.map((violation) => violation.id)).to.include("color-contrast");
  });

  it("shows a visible focus ring on the outline button", async () => {
    const card = (await reference("brief-card", "en")) as BriefCard;
    const toggle = one(card, '[part="toggle"]') as HTMLButtonElement;
    toggle.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(toggle);
    expect(style.outlineStyle).to.equal("solid");
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
