// Runs as the root's `prepare` script, so `npm ci` (and `npm install`) in a clone leaves the three
// packages built and `npx brief …`, the examples and the README's other commands working straight away.
// turbo's cache makes a repeat install cost a fraction of a second. Quiet: turbo's output is printed only
// when the build fails, and a failed build does not fail the install. Skipped when turbo is not
// installed (e.g. `npm ci --omit=dev`) or when BRIEFKIT_SKIP_PREPARE=1.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const turbo = fileURLToPath(new URL("../node_modules/.bin/turbo", import.meta.url));

if (process.env.BRIEFKIT_SKIP_PREPARE === "1") process.exit(0);
if (!existsSync(turbo)) {
  console.log("briefkit: turbo is not installed, so the packages were not built; run `npm run build`.");
  process.exit(0);
}

const result = spawnSync(
  turbo,
  ["run", "build", "--filter=./packages/*", "--output-logs=errors-only", "--log-prefix=none"],
  {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" },
    shell: process.platform === "win32",
  },
);

if (result.status !== 0) {
  process.stderr.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  if (result.error) console.error(result.error.message);
  // The install itself succeeded: say what failed, but do not fail `npm install` over a build error.
  console.error("briefkit: the install worked, but building the packages failed (see above);");
  console.error("briefkit: fix it, then run `npm run build` before `npx brief` or the examples.");
}
