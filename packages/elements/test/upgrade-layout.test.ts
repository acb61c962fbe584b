/**
 * The README's rule against layout shift, applied as a page would apply it: the element keeps one box
 * from its fallback text (or its empty `src` state) through loading to the rendered card, so nothing
 * below it moves. Each test registers a tag of its own, so the element starts out undefined.
 */
import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import { BriefCard } from "../src/classes.js";
import { one, referenceText } from "./helpers.js";

const WIDE = 736;
const NARROW = 358;

let tags = 0;
const styles: HTMLStyleElement[] = [];

afterEach(() => {
  for (const style of styles.splice(0)) style.remove();
});

/** The CSS under "No layout shift on upgrade" in the README, for `tag` instead of `brief-card`. */
async function applyReadmeRule(tag: string): Promise<void> {
  const readme = await (await fetch(new URL("../README.md", import.meta.url))).text();
  const section = readme.slice(readme.indexOf("### No layout shift on upgrade"));
  const css = /```css\n([^`]*)```/.exec(section)?.[1];
  if (!css) throw new Error("The README shows no rule for the upgrade.");
  const style = document.createElement("style");
  style.textContent = css.replaceAll("brief-card", tag);
  document.head.append(style);
  styles.push(style);
}

interface Embed {
  readonly element: BriefCard;
  readonly upgrade: () => void;
  /** The element's height and the offset of the paragraph below it. */
  readonly measure: () => { height: number; below: number };
}

/** An undefined card in an article column of `width` pixels, with a paragraph below it. */
async function embed(width: number, setup: (element: HTMLElement) => void): Promise<Embed> {
  const tag = `upgrade-card-${++tags}`;
  await applyReadmeRule(tag);
  const element = document.createElement(tag);
  element.setAttribute("language", "both");
  setup(element);
  const column = document.createElement("main");
  column.style.width = `${width}px`;
  const below = document.createElement("p");
  below.textContent = "The paragraph below the card.";
  column.append(element, below);
  await fixture(html`<div>${column}</div>`);
  expect(element.matches(":defined")).to.equal(false);
  return {
    element: element as BriefCard,
    upgrade: () => customElements.define(tag, class extends BriefCard {}),
    measure: () => ({
      height: element.getBoundingClientRect().height,
      below: below.getBoundingClientRect().top - column.getBoundingClientRect().top,
    }),
  };
}

async function upgradeFallbackText(width: number): Promise<{ before: object; after: object; page: Embed }> {
  const text = await referenceText();
  const page = await embed(width, (element) => {
    element.textContent = text;
  });
  const before = page.measure();
  const loaded = oneEvent(page.element, "brief-load");
  page.upgrade();
  await loaded;
  await page.element.updateComplete;
  return { before, after: page.measure(), page };
}

describe("the README's rule against layout shift", () => {
  it("keeps the box and the text below it in place when fallback text upgrades in a wide column", async () => {
    const { before, after } = await upgradeFallbackText(WIDE);
    expect(after).to.deep.equal(before);
  });

  it("keeps the box and the text below it in place when fallback text upgrades in a narrow column", async () => {
    const { before, after } = await upgradeFallbackText(NARROW);
    expect(after).to.deep.equal(before);
  });

  it("lets the card's frame fill the box its fallback text had", async () => {
    const { page } = await upgradeFallbackText(WIDE);
    const frame = one(page.element, '[part="card"]').getBoundingClientRect().height;
    expect(frame).to.be.closeTo(page.element.clientHeight, 0.5);
  });

  it("keeps the box while a src brief loads and once it has loaded", async () => {
    const page = await embed(WIDE, (element) => {
      element.setAttribute("src", `/mock/slow?id=upgrade-${Date.now()}&ms=300`);
    });
    const before = page.measure();
    const loaded = oneEvent(page.element, "brief-load");
    page.upgrade();
    await page.element.updateComplete;
    const placeholder = one(page.element, '[part="loading"]').getBoundingClientRect().height;
    expect(placeholder).to.be.closeTo(page.element.clientHeight, 0.5);
    expect(page.measure()).to.deep.equal(before);
    await loaded;
    await page.element.updateComplete;
    expect(page.measure()).to.deep.equal(before);
  });
});
