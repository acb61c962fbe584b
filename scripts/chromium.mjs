// The one place the repository's browser tests, examples and benchmarks find Chromium: CHROME_PATH,
// else a system Chrome or Chromium, else the Chromium packed inside the @sparticuz/chromium npm package,
// so `npm ci && npm test` works on a machine with no browser. BRIEFKIT_BUNDLED_CHROMIUM=1 skips the
// system lookup, to try that last path by hand.
import { existsSync } from "node:fs";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

// Root in a container has no user-namespace sandbox; the rest keep a run quiet and offline.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export async function findChromium() {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, bundled: false, args: [] };
  const system =
    process.env.BRIEFKIT_BUNDLED_CHROMIUM === "1"
      ? undefined
      : SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { path: system, bundled: false, args: [] };
  const { default: chromium } = await import("@sparticuz/chromium");
  return { path: await chromium.executablePath(), bundled: true, args: chromium.args };
}
