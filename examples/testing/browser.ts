/**
 * Launches headless Chromium for the examples' browser tests, found by scripts/chromium.mjs as every
 * browser test in the repository finds it (CHROME_PATH, a system browser, then @sparticuz/chromium).
 */
import puppeteer, { type Browser } from "puppeteer-core";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";

export async function launchBrowser(): Promise<Browser> {
  const { path, bundled, args } = await findChromium();
  if (!bundled) {
    return puppeteer.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
  }
  return puppeteer.launch({
    executablePath: path,
    headless: "shell",
    args: puppeteer.defaultArgs({ args: [...args, ...CHROMIUM_ARGS], headless: "shell" }),
  });
}
