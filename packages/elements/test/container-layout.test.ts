/**
 * The elements lay out for the box the page gives them, not for the screen: cards and outlines in
 * containers of several widths share one page at one wide viewport, so a rule that followed the
 * viewport would give every width the same layout and fail here.
 */
import type { Brief } from "@briefkit/core";
import { expect } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import "../src/index.js";
import type { BriefCard } from "../src/brief-card/brief-card.js";
import type { BriefElement } from "../src/internal/brief-element.js";
import { REFERENCE_URL, all, one, settled, smallBrief } from "./helpers.js";

const VIEWPORT = { width: 1280, height: 800 };
const WIDTHS = [280, 400, 700, 1000] as const;
const NARROW = new Set<number>([280, 400]);
const LANGUAGES = ["zh", "en", "both"] as const;
type Language = (typeof LANGUAGES)[number];

const LONG_URL = `https://example.org/${"path-segment/".repeat(15)}`.slice(0, 200);
const LONG_CJK = "稀土供應鏈".repeat(20);
const LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);

/**
 * Every field built to push its box wider: a 200-character URL, 100 Chinese characters without
 * punctuation, a 90-letter English word, and enough keyword chips to fill several rows.
 */
async function hostileBrief(): Promise<Brief> {
  const brief = await smallBrief();
  brief.source = `${LONG_WORD} ${LONG_URL}`;
  brief.authors = [LONG_CJK, LONG_WORD];
  brief.keywords = [
    ...Array.from({ length: 30 }, (_, index) => `關鍵字${index + 1}`),
    LONG_URL,
    LONG_CJK,
    LONG_WORD,
  ];
  const [zh, en] = brief.summaries;
  if (!zh || !en) throw new Error("the small brief has two summaries");
  zh.heading = LONG_CJK;
  zh.lead = `${LONG_CJK}${LONG_URL}`;
  zh.points[0]!.text = LONG_CJK;
  zh.points[1]!.children[0]!.text = LONG_URL;
  en.heading = LONG_WORD;
  en.lead = `${LONG_WORD} ${LONG_URL}`;
  en.points[0]!.text = LONG_URL;
  en.points[1]!.children[0]!.text = LONG_WORD;
  return brief;
}

interface Placed {
  readonly element: BriefElement;
  readonly width: number;
  readonly name: string;
}

const pages: HTMLElement[] = [];

function mount(page: HTMLElement): HTMLElement {
  document.body.append(page);
  pages.push(page);
  return page;
}

/** A block of `width` pixels holding `element`, as a page's column or sidebar would. */
function column(width: number, element: HTMLElement): HTMLElement {
  const box = document.createElement("div");
  box.style.width = `${width}px`;
  box.append(element);
  return box;
}

function briefElement(
  tag: "brief-card" | "brief-outline",
  language: Language,
  brief: Brief | null,
): BriefElement {
  const element = document.createElement(tag) as BriefElement;
  element.setAttribute("language", language);
  if (brief) element.brief = brief;
  else element.setAttribute("src", REFERENCE_URL);
  return element;
}

async function unfold(element: BriefElement): Promise<void> {
  await settled(element);
  if (element.localName !== "brief-card") return;
  (one(element, '[part="toggle"]') as HTMLButtonElement).click();
  await (element as BriefCard).updateComplete;
}

/** A card and an outline of `brief` (the reference brief when null) in a container of each width. */
async function placeEveryWidth(language: Language, brief: Brief | null, label: string): Promise<Placed[]> {
  const placed: Placed[] = [];
  const page = mount(document.createElement("div"));
  for (const width of WIDTHS) {
    for (const tag of ["brief-card", "brief-outline"] as const) {
      const element = briefElement(tag, language, brief);
      page.append(column(width, element));
      placed.push({ element, width, name: `<${tag} language="${language}"> (${label}) at ${width}px` });
    }
  }
  await Promise.all(placed.map(({ element }) => unfold(element)));
  return placed;
}

function describeNode(node: Element): string {
  const part = node.getAttribute("part");
  return `<${node.localName}${part ? ` part="${part}"` : ""}${node.className ? ` class="${node.className}"` : ""}>`;
}

/** No box in the element's shadow root scrolls sideways, and none reaches past the element. */
function expectNoOverflow({ element, width, name }: Placed): void {
  const host = element.getBoundingClientRect();
  expect(host.width, `${name}: the element's width`).to.be.closeTo(width, 0.5);
  for (const node of [element, ...all(element, "*")]) {
    expect(node.scrollWidth, `${name}: ${describeNode(node)} scrolls sideways`).to.be.at.most(
      node.clientWidth,
    );
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.left, `${name}: ${describeNode(node)} starts left of the element`).to.be.at.least(
      host.left - 0.5,
    );
    expect(box.right, `${name}: ${describeNode(node)} ends right of the element`).to.be.at.most(
      host.right + 0.5,
    );
  }
}

function rect(element: Element, selector: string, index: number): DOMRect {
  const found = all(element, selector)[index];
  if (!found) throw new Error(`${describeNode(element)} renders no ${selector} #${index + 1}`);
  return found.getBoundingClientRect();
}

/** The Chinese block and the English block of each pair the element shows. */
function pairs(element: Element): [DOMRect, DOMRect, string][] {
  const found: [DOMRect, DOMRect, string][] = [
    [rect(element, '[part="summary"]', 0), rect(element, '[part="summary"]', 1), "summary"],
  ];
  if (element.localName === "brief-card") {
    found.push([rect(element, '[part="lead"]', 0), rect(element, '[part="lead"]', 1), "card lead"]);
  }
  return found;
}

function expectStacked({ element, name }: Placed): void {
  for (const [zh, en, what] of pairs(element)) {
    expect(en.top, `${name}: English ${what} below the Chinese one`).to.be.at.least(zh.bottom - 0.5);
    expect(en.left, `${name}: English ${what} in the same column`).to.be.closeTo(zh.left, 0.5);
  }
}

function expectSideBySide({ element, name }: Placed): void {
  for (const [zh, en, what] of pairs(element)) {
    expect(en.left, `${name}: English ${what} right of the Chinese one`).to.be.at.least(zh.right - 0.5);
    expect(en.top, `${name}: English ${what} on the row of the Chinese one`).to.be.closeTo(zh.top, 0.5);
  }
  const [zh, en] = all(element, '[part="summary"]').map((summary) => [
    ...summary.querySelectorAll('[part="point"]'),
  ]);
  expect(zh?.length, `${name}: points`).to.be.greaterThan(0);
  expect(en?.length, `${name}: points`).to.equal(zh?.length);
  zh?.forEach((point, index) =>
    expect(en?.[index]?.getBoundingClientRect().top, `${name}: point ${index + 1}'s top`).to.be.closeTo(
      point.getBoundingClientRect().top,
      0.5,
    ),
  );
}

before(() => setViewport(VIEWPORT));

after(() => setViewport({ width: 800, height: 600 }));

afterEach(() => {
  for (const page of pages.splice(0)) page.remove();
});

for (const language of LANGUAGES) {
  describe(`language="${language}" in containers of ${WIDTHS.join(", ")} px on one page`, () => {
    it("lets nothing in the reference brief overflow its box at any width", async () => {
      for (const placed of await placeEveryWidth(language, null, "reference")) expectNoOverflow(placed);
    });

    it("lets nothing in a hostile brief overflow its box at any width", async () => {
      const placed = await placeEveryWidth(language, await hostileBrief(), "hostile");
      for (const each of placed) expectNoOverflow(each);
      const chips = all(placed[0]!.element, '[part="keyword"]').map(
        (chip) => chip.getBoundingClientRect().top,
      );
      expect(new Set(chips).size, "keyword chips wrap onto several rows").to.be.greaterThan(2);
    });

    if (language === "both") {
      it("stacks Chinese above English at 280 and 400 px and sets them side by side, point beside point, at 700 and 1000 px", async () => {
        for (const brief of [null, await hostileBrief()]) {
          for (const placed of await placeEveryWidth(language, brief, brief ? "hostile" : "reference")) {
            if (NARROW.has(placed.width)) expectStacked(placed);
            else expectSideBySide(placed);
          }
        }
      });
    }
  });
}

describe("one card in a wide column and in a narrow sidebar of a 1280 px page", () => {
  it("is side by side in the column and stacked in the 300 px sidebar, overflowing in neither", async () => {
    const page = mount(document.createElement("div"));
    page.style.cssText =
      "display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 2rem; width: 1240px";
    const main = briefElement("brief-card", "both", null);
    const aside = document.createElement("aside");
    const sidebar = briefElement("brief-card", "both", null);
    aside.append(sidebar);
    page.append(column(900, main), aside);
    await Promise.all([unfold(main), unfold(sidebar)]);
    expectSideBySide({ element: main, width: 900, name: "card in the main column" });
    expectStacked({ element: sidebar, width: 300, name: "card in the sidebar" });
    expectNoOverflow({ element: main, width: 900, name: "card in the main column" });
    expectNoOverflow({ element: sidebar, width: 300, name: "card in the sidebar" });
  });
});

/**
 * Inline-size containment gives the element no content width, so where a page sizes it to its content
 * it takes its intrinsic 40rem. A flex item also shrinks to the room there is; an inline-block or a
 * float does not, and the README tells the page to give it a width.
 */
describe("a card sized to its content", () => {
  async function placeInColumns(css: string, hostCSS = ""): Promise<[Placed, Placed]> {
    const page = mount(document.createElement("div"));
    const placed: Placed[] = [];
    for (const [width, expected] of [
      [1000, 640],
      [280, 280],
    ] as const) {
      const element = briefElement("brief-card", "both", await hostileBrief());
      element.style.cssText = hostCSS;
      const holder = document.createElement("div");
      holder.style.cssText = css;
      holder.append(element);
      page.append(column(width, holder));
      placed.push({ element, width: expected, name: `card (${css} ${hostCSS}) in a ${width}px column` });
    }
    await Promise.all(placed.map(({ element }) => unfold(element)));
    return placed as [Placed, Placed];
  }

  function expectFits([wide, narrow]: [Placed, Placed]): void {
    expectNoOverflow(wide);
    expectNoOverflow(narrow);
    expectSideBySide(wide);
    expectStacked(narrow);
  }

  it("takes 40rem as a flex item without a width, or the room there is when that is less", async () => {
    expectFits(await placeInColumns("display: flex"));
  });

  it("takes 40rem in an inline-block or a float without a width", async () => {
    for (const css of ["display: inline-block", "float: left"]) {
      const [wide] = await placeInColumns(css);
      expectNoOverflow(wide);
      expectSideBySide(wide);
    }
  });

  it("fits a narrow column as an inline-block or a float with the README's width", async () => {
    for (const display of ["display: inline-block", "float: left"]) {
      expectFits(await placeInColumns("", `${display}; inline-size: min(40rem, 100%)`));
    }
  });
});
