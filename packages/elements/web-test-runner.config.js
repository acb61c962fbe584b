import { fileURLToPath } from "node:url";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { mockServer } from "./test/mock-server.js";
import { CHROMIUM_ARGS, findChromium } from "../../scripts/chromium.mjs";

const browser = await findChromium();

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
          ...CHROMIUM_ARGS,
          // The packed Chromium is built for serverless hosts and needs these to start as root.
          ...(browser.bundled ? ["--no-zygote", "--single-process"] : []),
        ],
      },
    }),
  ],
};
