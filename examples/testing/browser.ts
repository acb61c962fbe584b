/**
 * Launches headless Chromium for the examples' browser tests. The browser is found as the elements'
 * tests find theirs: `CHROME_PATH` first, then a system Chrome or Chromium, then the Chromium that ships
 * inside the `@sparticuz/chromium` npm package, so `npm ci && npm test` works on a machine with no
 * browser installed (see "Browser tests" in the root README).
 */
import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

// Root in a container has no user namespace sandbox; the rest keep a test run quiet and offline.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (executablePath) {
    return puppeteer.launch({ executablePath, headless: true, args: ARGS });
  }
  const { default: chromium } = await import("@sparticuz/chromium");
  return puppeteer.launch({
    executablePath: await chromium.executablePath(),
    headless: "shell",
    args: puppeteer.defaultArgs({ args: [...chromium.args, ...ARGS], headless: "shell" }),
  });
}
