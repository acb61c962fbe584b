import { expect, fixture, html } from "@open-wc/testing";
import { sendKeys, setViewport } from "@web/test-runner-commands";
import "../src/index.js";
import type { BriefOutline } from "../src/brief-outline/brief-outline.js";
import { all, normalize, one, REFERENCE_URL, settled, smallBrief, texts, until } from "./helpers.js";

const ZH_FIRST_POINT = "中國幾乎壟斷了現代科技的關鍵原料「可用稀土這是中國能將供應鏈武器化的重要籌碼";
const EN_FIRST_POINT =
  "China virtually controlled the key ingredients of modern technologies—usable rare earths, giving it the ability to weaponize these supplies.";

async function referenceOutline(language: string): Promise<BriefOutline> {
  const outline = await fixture<BriefOutline>(
    html`<brief-outline language=${language} src=${REFERENCE_URL}></brief-outline>`,
  );
  await settled(outline);
  return outline;
}

function top(element: Element | undefined): number {
  if (!element) throw new Error("missing element");
  return Math.round(element.getBoundingClientRect().top);
}

describe("<brief-outline> with the reference brief", () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("shows the Chinese outline with every point and sub-point", async () => {
    const outline = await referenceOutline("zh");
    const summaries = all(outline, '[part="summary"]');
    expect(summaries.map((summary) => summary.getAttribute("lang"))).to.deep.equal(["zh-Hant"]);
    expect(texts(outline, '[part="heading"]')).to.deep.equal(["摘要"]);
    expect(all(outline, '[part="point"]')).to.have.length(8);
    expect(all(outline, '[part="subpoint"]')).to.have.length(7);
    expect(all(outline, '[part="point-details"]')).to.have.length(3);
    expect(texts(outline, '[part="point-text"]')[0]).to.equal(ZH_FIRST_POINT);
  });

  it("shows the English outline with every point and sub-point", async () => {
    const outline = await referenceOutline("en");
    const summaries = all(outline, '[part="summary"]');
    expect(summaries.map((summary) => summary.getAttribute("lang"))).to.deep.equal(["en"]);
    expect(texts(outline, '[part="heading"]')).to.deep.equal(["Summary"]);
    expect(all(outline, '[part="point"]')).to.have.length(8);
    expect(all(outline, '[part="subpoint"]')).to.have.length(7);
    expect(texts(outline, '[part="point-text"]')[0]).to.equal(EN_FIRST_POINT);
    expect(texts(outline, '[part="subpoint"]')[0]).to.equal("Gaining leverage over trade negotiations.");
  });

  it("puts each Chinese point on the row of its English counterpart in both", async () => {
    await setViewport({ width: 1100, height: 800 });
    const outline = await referenceOutline("both");
    const [zh, en] = all(outline, '[part="summary"]');
    expect([zh?.getAttribute("lang"), en?.getAttribute("lang")]).to.deep.equal(["zh-Hant", "en"]);
    const zhPoints = [...(zh?.querySelectorAll('[part="point"]') ?? [])];
    const enPoints = [...(en?.querySelectorAll('[part="point"]') ?? [])];
    expect(zhPoints).to.have.length(8);
    expect(enPoints).to.have.length(8);
    zhPoints.forEach((point, index) =>
      expect(top(point), `point ${index + 1}`).to.equal(top(enPoints[index])),
    );
    expect(top(zh)).to.equal(top(en));
    expect(all(outline, '[part="notice"]')).to.have.length(0);
  });

  it("stacks the two languages on a narrow screen", async () => {
    await setViewport({ width: 360, height: 800 });
    const outline = await referenceOutline("both");
    const [zh, en] = all(outline, '[part="summary"]');
    expect(top(en)).to.be.at.least(Math.round(zh!.getBoundingClientRect().bottom));
    expect(outline.scrollWidth).to.be.at.most(360);
  });
});

describe("<brief-outline> alignment notice", () => {
  it("says so when the outlines have different numbers of points", async () => {
    const brief = await smallBrief();
    brief.summaries[1]!.points.pop();
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${brief}></brief-outline>`,
    );
    const notices = texts(outline, '[part="notice"]');
    expect(notices).to.have.length(1);
    expect(notices[0]).to.contain("2 points in Chinese, 1 in English");
    expect(notices[0]).to.contain("中文 2 點，英文 1 點");
  });

  it("says so when a point has different sub-points", async () => {
    const brief = await smallBrief();
    brief.summaries[1]!.points[1]!.children.pop();
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${brief}></brief-outline>`,
    );
    expect(texts(outline, '[part="notice"]')[0]).to.contain(
      "point 2 has 2 sub-points in Chinese and 1 in English",
    );
  });

  it("stays quiet in a single language", async () => {
    const brief = await smallBrief();
    brief.summaries[1]!.points.pop();
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="zh" .brief=${brief}></brief-outline>`,
    );
    expect(all(outline, '[part="notice"]')).to.have.length(0);
  });
});

describe("<brief-outline> keyboard", () => {
  async function focusFirstSummary(outline: BriefOutline): Promise<HTMLDetailsElement> {
    const details = one(outline, '[part="point-details"]') as HTMLDetailsElement;
    (details.querySelector("summary") as HTMLElement).focus();
    return details;
  }

  it("folds and unfolds a point's sub-points with Enter", async () => {
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="en" .brief=${await smallBrief()}></brief-outline>`,
    );
    const details = await focusFirstSummary(outline);
    expect(details.open).to.equal(true);
    await sendKeys({ press: "Enter" });
    expect(details.open).to.equal(false);
    await sendKeys({ press: "Enter" });
    expect(details.open).to.equal(true);
  });

  it("folds a point with Space", async () => {
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="en" .brief=${await smallBrief()}></brief-outline>`,
    );
    const details = await focusFirstSummary(outline);
    await sendKeys({ press: "Space" });
    expect(details.open).to.equal(false);
  });

  it("folds the other language's point with it in both", async () => {
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${await smallBrief()}></brief-outline>`,
    );
    await focusFirstSummary(outline);
    await sendKeys({ press: "Enter" });
    const open = () =>
      all(outline, '[part="point-details"]').map((details) => (details as HTMLDetailsElement).open);
    // The details' toggle event, which folds the other language's point, is dispatched in a task of its own.
    await until(() => open().every((isOpen) => !isOpen), "the points did not fold together");
    await outline.updateComplete;
    expect(open()).to.deep.equal([false, false]);
  });

  it("reaches every summary with Tab", async () => {
    const outline = await fixture<BriefOutline>(
      html`<brief-outline language="both" .brief=${await smallBrief()}></brief-outline>`,
    );
    await focusFirstSummary(outline);
    await sendKeys({ press: "Tab" });
    const focused = outline.shadowRoot?.activeElement;
    expect(focused?.localName).to.equal("summary");
    expect(normalize(focused?.textContent ?? "")).to.equal("Processing brings two effects:");
  });
});
