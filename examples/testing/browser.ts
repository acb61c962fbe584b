/**
 * Launches headless Chromium for the examples' browser tests, found as the elements' tests find theirs
 * (packages/elements/web-test-runner.config.js): `CHROME_PATH`, else a system Chrome or Chromium, else
 * the Chromium packed inside the `@sparticuz/chromium` npm package, so `npm ci && npm test` works on a
 * machine with no browser installed. `BRIEFKIT_BUNDLED_CHROMIUM=1` skips the system lookup, to try that
 * last path by hand.
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
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

// Root in a container has no user-namespace sandbox; the rest keep a test run quiet and offline.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function systemBrowser(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (process.env.BRIEFKIT_BUNDLED_CHROMIUM === "1") return undefined;
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = systemBrowser();
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
