import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cumulativeLayoutShift,
  expectNoSidewaysScroll,
  PHONE_VIEWPORT,
  waitForBriefElements,
} from "../../testing/layout.js";
import { openWithVite, type VitePage } from "../../testing/vite-page.js";

const exampleDirectory = fileURLToPath(new URL("..", import.meta.url));

let app: VitePage;
let page: Page;

function shadowText(selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.shadowRoot?.textContent ?? "");
}

async function waitForShadowText(selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    (selector, text) => document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
    {},
    selector,
    text,
  );
}

function loadStatus(): Promise<string> {
  return page.$eval("[role=status].load-status", (element) => element.textContent ?? "");
}

/** Presses a control from the keyboard, which no overlapping element can intercept. */
async function press(selector: string, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press(key);
}

/** Waits until the page has settled: the `src` card loaded, every element rendered, fonts loaded. */
async function waitForExample(on: Page): Promise<void> {
  await on.waitForFunction(
    () => document.querySelector(".load-status")?.getAttribute("data-state") === "loaded",
  );
  await waitForBriefElements(on);
}

beforeAll(async () => {
  app = await openWithVite(exampleDirectory);
  page = app.page;
  await waitForExample(page);
});

afterAll(async () => {
  await app?.close();
});

describe("the React example's layout", () => {
  // First, before any test clicks or selects.
  it("barely moves as it loads on a desktop (cumulative layout shift below 0.1)", async () => {
    // The card reading its src grows from its loading placeholder to the brief, moving the section below.
    expect(await cumulativeLayoutShift(page)).toBeLessThan(0.1);
  });

  describe("on a 390 px phone", () => {
    let phone: Page;

    beforeAll(async () => {
      phone = await app.openPage(PHONE_VIEWPORT);
      await waitForExample(phone);
    });

    afterAll(async () => {
      await phone?.close();
    });

    it("does not scroll sideways: no element is wider than the viewport", async () => {
      await expectNoSidewaysScroll(phone, PHONE_VIEWPORT.width);
    });

    it("barely moves as it loads (cumulative layout shift below 0.1)", async () => {
      expect(await cumulativeLayoutShift(phone)).toBeLessThan(0.1);
    });
  });
});

describe("the React example", () => {
  it("renders the brief the card loaded from its src", async () => {
    const text = await shadowText("#from-src");
    expect(text).toContain("Foreign Policy");
    expect(text).toContain("Alasdair Phillips-Robin");
  });

  it("puts what the onbrief-load handler received into React state", async () => {
    expect(await loadStatus()).toBe("brief-load: Foreign Policy, 8 points, 1 diagnostic");
  });

  it("shows what the onbrief-error handler received when the src does not exist", async () => {
    await press("xpath/.//button[text()='A file that does not exist']");
    await page.waitForFunction(
      () => document.querySelector(".load-status")?.getAttribute("data-state") === "failed",
    );
    expect(await loadStatus()).toMatch(/^brief-error \(http\): .*404/);
    await press("xpath/.//button[text()='The reference brief']");
    await page.waitForFunction(
      () => document.querySelector(".load-status")?.getAttribute("data-state") === "loaded",
    );
  });

  it("passes the brief object to the elements as a property, not an attribute", async () => {
    const passed = await page.$eval("#from-data-card", (card) => ({
      source: (card as unknown as { brief: { source: string } }).brief.source,
      attribute: card.hasAttribute("brief"),
    }));
    expect(passed).toEqual({ source: "Foreign Policy", attribute: false });
  });

  it("re-renders card and outline when another brief is selected", async () => {
    await page.select("select", "weekly-digest-2025-w44.txt#3");
    await waitForShadowText("#from-data-card", "Manila Policy Forum");
    expect(await shadowText("#from-data-outline")).toContain("巴士海峽是臺灣與菲律賓之間最重要的航道");
  });

  it("passes the language prop down as the elements' language property", async () => {
    await press('input[name="language"][value="en"]', "Space");
    await waitForShadowText("#from-data-outline", "The Bashi Channel is the most important sea lane");
    const language = await page.$eval(
      "#from-data-outline",
      (outline) => (outline as HTMLElement & { language: string }).language,
    );
    expect(language).toBe("en");
    expect(await shadowText("#from-data-outline")).not.toContain("巴士海峽是臺灣與菲律賓之間最重要的航道");
  });

  it("runs without an uncaught error", () => {
    expect(app.pageErrors).toEqual([]);
  });
});
