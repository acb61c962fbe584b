/**
 * Layout checks for the examples' browser tests: horizontal overflow at a phone's width, and the page's
 * cumulative layout shift as Chromium's layout-shift entries report it.
 */
import type { Page } from "puppeteer-core";
import { expect } from "vitest";

/** A phone's viewport: the width the examples must fit without scrolling sideways. */
export const PHONE_VIEWPORT = { width: 390, height: 844, isMobile: true, hasTouch: true } as const;

/** A desktop viewport. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

export interface HorizontalOverflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements (shadow roots included) whose box reaches past the viewport's right or left edge. */
  wider: string[];
}

/** How far the page and its elements reach past the viewport's width. */
export function horizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  // No named inner functions: the test runner's transform would wrap them in a helper the page lacks.
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    const wider: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll("*")) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const box = element.getBoundingClientRect();
        if (box.width === 0 || (box.right <= clientWidth + 0.5 && box.left >= -0.5)) continue;
        if (getComputedStyle(element).position === "absolute") continue;
        // An element scrolled or clipped inside an ancestor that fits does not widen the page.
        let clipped = false;
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== "visible") {
            const parentBox = parent.getBoundingClientRect();
            clipped = parentBox.right <= clientWidth + 0.5 && parentBox.left >= -0.5;
            break;
          }
        }
        if (clipped) continue;
        const id = element.id ? `#${element.id}` : "";
        const classes = [...element.classList].map((name) => `.${name}`).join("");
        wider.push(`${element.localName}${id}${classes} (${Math.round(box.width)} px)`);
      }
    }
    return { scrollWidth, clientWidth, wider };
  });
}

/**
 * The page's cumulative layout shift so far: every layout-shift entry since navigation (buffered), not
 * caused by recent input, summed.
 */
export function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) if (!entry.hadRecentInput) total += entry.value;
        });
        observer.observe({ type: "layout-shift", buffered: true });
        // The buffered entries arrive in a task of their own; two frames later every one has arrived, and
        // takeRecords() returns any still queued.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            for (const entry of observer.takeRecords() as Shift[])
              if (!entry.hadRecentInput) total += entry.value;
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );
}

/**
 * Resolves once the page's `<brief-card>` and `<brief-outline>` elements are defined, have rendered
 * (every `updateComplete` settled) and the page's fonts have loaded: the page has stopped laying out
 * what it loaded. A card still fetching its `src` needs a condition of its own.
 */
export async function waitForBriefElements(page: Page): Promise<void> {
  await page.waitForFunction(
    () => customElements.get("brief-card") !== undefined && customElements.get("brief-outline") !== undefined,
  );
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll("brief-card, brief-outline")];
    await Promise.all(
      elements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await document.fonts.ready;
  });
}

/** The page does not scroll sideways at `width`: no element is wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const overflow = await horizontalOverflow(page);
  expect(overflow.wider).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  expect(overflow.clientWidth).toBe(width);
}
