/**
 * Headless Chromium for the benchmarks, found as the elements' test runner finds it: CHROME_PATH, else a
 * system Chrome or Chromium, else the one packed in the @sparticuz/chromium npm package.
 */
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

async function executablePath(): Promise<{ path: string; bundled: boolean }> {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, bundled: false };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { path: system, bundled: false };
  const { default: chromium } = await import("@sparticuz/chromium");
  return { path: await chromium.executablePath(), bundled: true };
}

export async function launchBrowser(): Promise<{ browser: Browser; version: string }> {
  const { path, bundled } = await executablePath();
  const browser = await puppeteer.launch({
    executablePath: path,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      // Timers and rendering in a page that is not focused would otherwise be throttled mid-benchmark.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
      ...(bundled ? ["--no-zygote", "--single-process"] : []),
    ],
  });
  return { browser, version: await browser.version() };
}
