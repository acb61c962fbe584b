import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cumulativeLayoutShift,
  expectNoSidewaysScroll,
  PHONE_VIEWPORT,
  waitForBriefElements,
} from "../../testing/layout.js";
import { openWithVite, type VitePage } from "../../testing/vite-page.js";

const galleryDirectory = fileURLToPath(new URL("..", import.meta.url));
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let app: VitePage;
let page: Page;

/** The text a reader sees inside an element's shadow root (its fallback text content excluded). */
function shadowText(selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => element.shadowRoot?.textContent ?? ""),
  );
}

async function waitForShadowText(selector: string, text: string, on = page): Promise<void> {
  await on.waitForFunction(
    (selector, text) =>
      [...document.querySelectorAll(selector)].some((element) =>
        element.shadowRoot?.textContent?.includes(text),
      ),
    {},
    selector,
    text,
  );
}

/**
 * Buttons are pressed from the keyboard: a mouse click lands on whatever covers the button at that
 * moment (the sticky header, after a scroll), a key press on the focused button.
 */
async function press(selector: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press("Enter");
}

async function replaceEditorText(text: string): Promise<void> {
  await press("#editor-clear");
  expect(await page.$eval("#editor-text", (textarea) => (textarea as HTMLTextAreaElement).value)).toBe("");
  await page.type("#editor-text", text);
}

/** The digest's cards that a reader sees: those its filter has not hidden. */
function shownDigestTitles(): Promise<string[]> {
  return page.$eval("#weekly-digest", (digest) =>
    [...(digest.shadowRoot?.querySelectorAll("li:not([hidden]) brief-card") ?? [])].map(
      (card) => card.shadowRoot?.querySelector("[part~='title']")?.textContent?.trim() ?? "",
    ),
  );
}

async function waitForShownDigestCards(count: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      document.querySelector("#weekly-digest")?.shadowRoot?.querySelectorAll("li:not([hidden])").length ===
      count,
    {},
    count,
  );
}

function digestCount(): Promise<string> {
  return page.$eval(
    "#weekly-digest",
    (digest) => digest.shadowRoot?.querySelector("[part='count']")?.textContent?.trim() ?? "",
  );
}

/**
 * Waits until the page has settled: the seven cards and the digest's three rendered, every element
 * rendered, fonts loaded.
 */
async function waitForGallery(on: Page): Promise<void> {
  await on.waitForFunction(() => document.querySelectorAll("#card-grid brief-card").length === 7);
  await waitForShadowText("#card-grid brief-card", "Foreign Policy", on);
  await on.waitForFunction(() => {
    const cards = document.querySelector("#weekly-digest")?.shadowRoot?.querySelectorAll("brief-card");
    return cards?.length === 3 && [...cards].every((card) => card.shadowRoot?.textContent?.trim());
  });
  await waitForShadowText("#outlines brief-outline", "中國幾乎壟斷了現代科技的關鍵原料", on);
  await waitForBriefElements(on);
}

beforeAll(async () => {
  // The published site, as the `dev` and `build` scripts write it into public/ before Vite starts.
  await promisify(execFile)("npm", ["run", "--silent", "site"], { cwd: galleryDirectory });
  // Vite as `npm start` runs it, on a free port, at a desktop viewport.
  app = await openWithVite(galleryDirectory);
  page = app.page;
  await waitForGallery(page);
});

afterAll(async () => {
  await app?.close();
});

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's violations for the whole page, or the part `selector` names, shadow roots included, as
 * "rule: selector" lines.
 */
async function accessibilityViolations(selector?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document | string) => Promise<{ violations: AxeViolation[] }> };
    };
    return (await axe.run(selector ?? document)).violations;
  }, selector);
  return violations.flatMap(({ id, nodes }) => nodes.map((node) => `${id}: ${node.target.join(" >> ")}`));
}

describe("the gallery's layout", () => {
  // First, before any test scrolls, types or navigates.
  it("does not move as it loads on a desktop (cumulative layout shift 0)", async () => {
    expect(await cumulativeLayoutShift(page)).toBe(0);
  });

  describe("on a 390 px phone", () => {
    let phone: Page;

    beforeAll(async () => {
      phone = await app.openPage(PHONE_VIEWPORT);
      await waitForGallery(phone);
    });

    afterAll(async () => {
      await phone?.close();
    });

    it("does not scroll sideways: no element is wider than the viewport", async () => {
      await expectNoSidewaysScroll(phone, PHONE_VIEWPORT.width);
    });

    it("does not move as it loads (cumulative layout shift 0)", async () => {
      expect(await cumulativeLayoutShift(phone)).toBe(0);
    });
  });
});

describe("the gallery's accessibility", () => {
  it("has no axe-core violation in the light scheme", async () => {
    expect(await accessibilityViolations()).toEqual([]);
  });

  it("has no axe-core violation once the reader switches to the dark scheme", async () => {
    await page.focus('#scheme-switch input[value="dark"]');
    await page.keyboard.press("Space");
    expect(await page.$eval("#card-grid brief-card", (card) => card.getAttribute("theme"))).toBe("dark");
    expect(await page.$eval("#weekly-digest", (digest) => digest.getAttribute("theme"))).toBe("dark");
    expect(await accessibilityViolations()).toEqual([]);
    await page.focus('#scheme-switch input[value="auto"]');
    await page.keyboard.press("Space");
  });
});

describe("the gallery's sample cards", () => {
  it("renders a card for each of the seven sample briefs, the digest's three included", async () => {
    const texts = await shadowText("#card-grid brief-card");
    expect(texts).toHaveLength(7);
    expect(texts.every((text) => text.trim().length > 0)).toBe(true);
  });

  it("shows each brief's source, from the reference to the Simplified Chinese sample", async () => {
    const texts = (await shadowText("#card-grid brief-card")).join("\n");
    for (const source of [
      "Foreign Policy",
      "Asia Markets Review",
      "Maritime Security Monitor",
      "Tokyo Economic Weekly",
      "Manila Policy Forum",
      "Energy Policy Quarterly",
    ]) {
      expect(texts).toContain(source);
    }
  });

  it("shows the reference brief's Chinese lead by default", async () => {
    const [reference] = await shadowText("#card-grid brief-card");
    expect(reference).toContain("雖然中國最新的稀土出口許可措施");
  });

  it("counts the draft brief's lint findings in its caption", async () => {
    const file = await page.$eval("#card-grid li:last-child .card-caption code", (code) => code.textContent);
    const badges = await page.$$eval("#card-grid li:last-child .badge", (items) =>
      items.map((item) => item.textContent),
    );
    expect(file).toBe("lint-findings-chip-subsidies.txt");
    expect(badges).toEqual(["1 error", "4 warnings", "1 info"]);
  });

  it("switches every card to English with the language control", async () => {
    await page.focus('#card-language input[value="en"]');
    await page.keyboard.press("Space");
    await waitForShadowText("#card-grid brief-card", "Although China's newest rare-earth licensing measures");
    const [reference] = await shadowText("#card-grid brief-card");
    expect(reference).not.toContain("雖然中國最新的稀土出口許可措施");
    await page.focus('#card-language input[value="zh"]');
    await page.keyboard.press("Space");
  });
});

describe("the gallery's weekly digest", () => {
  const search = "#weekly-digest >>> [part='search']";

  it("shows the digest's three briefs as cards, newest first, and counts them", async () => {
    expect(await shownDigestTitles()).toEqual([
      "Manila Policy Forum",
      "Tokyo Economic Weekly",
      "Maritime Security Monitor",
    ]);
    // In both languages, as the digest is set to show.
    expect(await digestCount()).toMatch(/^共 3 則\s+3 briefs$/);
  });

  it("keeps only the briefs that hold what the reader types in its search box", async () => {
    await page.focus(search);
    await page.keyboard.type("Kumamoto");
    await waitForShownDigestCards(1);
    expect(await shownDigestTitles()).toEqual(["Tokyo Economic Weekly"]);
    expect(await digestCount()).toMatch(/^3 則中的 1 則\s+1 of 3 briefs$/);
    await page.keyboard.press("Escape");
    await waitForShownDigestCards(3);
    expect(await digestCount()).toMatch(/^共 3 則\s+3 briefs$/);
  });

  it("has no axe-core violation, with every brief shown or none matching", async () => {
    expect(await accessibilityViolations("#digest")).toEqual([]);
    await page.focus(search);
    await page.keyboard.type("no brief holds this");
    await page.waitForFunction(() =>
      document.querySelector("#weekly-digest")?.shadowRoot?.querySelector("[part='no-match']"),
    );
    expect(await accessibilityViolations("#digest")).toEqual([]);
    await page.keyboard.press("Escape");
    await waitForShownDigestCards(3);
  });

  it("switches language with its control, and the markup to copy follows", async () => {
    await page.focus('#digest-language input[value="en"]');
    await page.keyboard.press("Space");
    expect(await page.$eval("#weekly-digest", (digest) => digest.getAttribute("language"))).toBe("en");
    const markup = await page.$eval("#digest-markup", (code) => code.textContent ?? "");
    expect(markup).toContain('<brief-digest language="en" src="/briefs/weekly-digest-2025-w44.txt">');
    await page.focus('#digest-language input[value="both"]');
    await page.keyboard.press("Space");
    expect(await page.$eval("#digest-markup", (code) => code.textContent ?? "")).toContain('language="both"');
  });
});

describe("the gallery's link to the published site", () => {
  it("links to the site brief build wrote, its index and both feeds served", async () => {
    const links = await page.$$eval(".published__links a", (anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute("href"),
        url: (anchor as HTMLAnchorElement).href,
      })),
    );
    expect(links.map((link) => link.href)).toEqual([
      "./site/index.html",
      "./site/feed.xml",
      "./site/feed.json",
    ]);
    // Vite answers a missing file with the gallery's own page and a 200: check what each one holds.
    const [index, atom, json] = await Promise.all(
      links.map(async ({ url }) => {
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        return response.text();
      }),
    );
    expect(index).toContain("<title>briefkit examples</title>");
    expect(index).not.toContain("/@vite/client");
    expect(atom).toContain('<title type="text">briefkit examples</title>');
    expect(JSON.parse(json ?? "")).toMatchObject({ title: "briefkit examples" });
  });

  it("opens on a working site: the index's digest renders every published brief", async () => {
    const site = await page.browser().newPage();
    const errors: string[] = [];
    site.on("pageerror", (error) => errors.push(String(error)));
    try {
      const url = await page.$eval(".published__links a", (anchor) => (anchor as HTMLAnchorElement).href);
      const response = await site.goto(url, { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      expect(await site.title()).toBe("briefkit examples");
      const pages = await site.$$eval("a[href$='/index.html']", (anchors) => anchors.length);
      expect(pages).toBeGreaterThan(1);
      await site.waitForFunction(
        (pages) =>
          document.querySelector("brief-digest")?.shadowRoot?.querySelectorAll("brief-card").length === pages,
        {},
        pages,
      );
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe("the gallery's outlines", () => {
  it("shows the chosen brief in Chinese, in English, and side by side", async () => {
    const [zh, en, both] = await shadowText("#outlines brief-outline");
    expect(zh).toContain("中國幾乎壟斷了現代科技的關鍵原料");
    expect(zh).not.toContain("China virtually controlled");
    expect(en).toContain("China virtually controlled the key ingredients");
    expect(en).not.toContain("中國幾乎壟斷了");
    expect(both).toContain("中國幾乎壟斷了現代科技的關鍵原料");
    expect(both).toContain("China virtually controlled the key ingredients");
  });

  it("shows another brief when a card's link is followed", async () => {
    await page.goto(`${page.url().split("#")[0]}#outline/weekly-digest-2025-w44-2`);
    await waitForShadowText("#outlines brief-outline", "熊本廠帶動周邊供應鏈投資");
    expect(await page.$eval("#outline-brief", (select) => (select as HTMLSelectElement).value)).toBe(
      "weekly-digest-2025-w44-2",
    );
  });
});

describe("the gallery's theming playground", () => {
  it("applies a preset's custom properties to the preview and prints them as CSS", async () => {
    const [seal] = await page.$$("xpath/.//form[@id='theme-controls']//button[text()='Seal']");
    await seal?.focus();
    await page.keyboard.press("Enter");
    const css = await page.$eval("#theme-css", (element) => element.textContent ?? "");
    expect(css).toContain("--brief-color-accent: #b42318;");
    expect(css).toContain("brief-card::part(card)");
    const accent = await page.$eval("#theme-preview brief-card", (card) =>
      getComputedStyle(card).getPropertyValue("--brief-color-accent").trim(),
    );
    expect(accent).toBe("#b42318");
  });
});

describe("the gallery's live editor", () => {
  it("starts with the reference brief and its one info diagnostic", async () => {
    const status = await page.$eval("#editor-status", (element) => element.textContent ?? "");
    expect(status).toBe("0 errors, 0 warnings, 1 info");
    const diagnostics = await page.$eval("#diagnostics", (element) => element.textContent ?? "");
    expect(diagnostics).toContain("Line 13:");
    expect(diagnostics).toContain("unbalanced-bracket");
  });

  it("lists an impossible date with its line number as you type", async () => {
    await replaceEditorText("Source: Test Weekly\n\nDate: 02/30/2025\n\nSummary:\nA lead.\n");
    await page.waitForFunction(() =>
      document.querySelector("#diagnostics")?.textContent?.includes("invalid-date"),
    );
    const items = await page.$$eval("#diagnostics li", (elements) =>
      elements.map((element) => element.textContent),
    );
    expect(items.find((item) => item?.includes("invalid-date"))).toMatch(/^Line 3:\d+error/);
  });

  it("updates the card as you type", async () => {
    await waitForShadowText("#editor-card", "Test Weekly");
    const [card] = await shadowText("#editor-card");
    expect(card).toContain("A lead.");
  });

  it("selects a diagnostic's text in the editor when the diagnostic is chosen", async () => {
    const [button] = await page.$$("xpath/.//ol[@id='diagnostics']//button[contains(., 'invalid-date')]");
    await button?.focus();
    await page.keyboard.press("Enter");
    const selected = await page.$eval("#editor-text", (textarea) => {
      const { value, selectionStart, selectionEnd } = textarea as HTMLTextAreaElement;
      return value.slice(selectionStart, selectionEnd);
    });
    expect(selected).toContain("02/30/2025");
  });
});

describe("the gallery page", () => {
  it("runs without an uncaught error", () => {
    expect(app.pageErrors).toEqual([]);
  });
});
