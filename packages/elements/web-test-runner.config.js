import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { mockServer } from "./test/mock-server.js";

const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/**
 * CHROME_PATH, else a system Chrome or Chromium, else the Chromium packed inside the
 * @sparticuz/chromium npm package, so `npm ci && npm test` works on a machine with no browser.
 * BRIEFKIT_BUNDLED_CHROMIUM=1 skips the system lookup, to try that last path by hand.
 */
async function browserPath() {
  if (process.env.CHROME_PATH) return { path: process.env.CHROME_PATH, bundled: false };
  const system =
    process.env.BRIEFKIT_BUNDLED_CHROMIUM === "1"
      ? undefined
      : SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { path: system, bundled: false };
  const { default: chromium } = await import("@sparticuz/chromium");
  return { path: await chromium.executablePath(), bundled: true };
}

const browser = await browserPath();

export default {
  files: "test/**/*.test.ts",
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [mockServer],
  // esbuildPlugin reads the tsconfig file as is and does not follow "extends": point it at the file
  // that holds experimentalDecorators, or decorators stay untransformed.
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL("../../tsconfig.base.json", import.meta.url)),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes("Lit is in dev mode"),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: browser.path,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
          // The packed Chromium is built for serverless hosts and needs these to start as root.
          ...(browser.bundled ? ["--no-zygote", "--single-process"] : []),
        ],
      },
    }),
  ],
};
