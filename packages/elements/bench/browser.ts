/**
 * Headless Chromium for the benchmarks, found as the elements' test runner finds it: CHROME_PATH, else a
 * system Chrome or Chromium, else the one packed in the @sparticuz/chromium npm package.
 */
import puppeteer, { type Browser } from "puppeteer-core";
import { CHROMIUM_ARGS, findChromium } from "../../../scripts/chromium.mjs";

export async function launchBrowser(): Promise<{ browser: Browser; version: string }> {
  const { path, bundled } = await findChromium();
  const browser = await puppeteer.launch({
    executablePath: path,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // Timers and rendering in a page that is not focused would otherwise be throttled mid-benchmark.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
      ...(bundled ? ["--no-zygote", "--single-process"] : []),
    ],
  });
  return { browser, version: await browser.version() };
}
