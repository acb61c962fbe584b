/**
 * One memory measurement in its own process (run by parse.ts): `baseline` loads the modules only,
 * `input` also builds the 5 MB digest, `digest` parses it too and holds the result while measuring.
 */
import { parseBriefs, type ParseBriefsResult } from "@briefkit/core";
import { briefsFor, byteLength, digest } from "./inputs.js";

const what = process.argv[2];
const text = what === "baseline" ? "" : digest(briefsFor(5_000_000));
const result: ParseBriefsResult | null = what === "digest" ? parseBriefs(text) : null;
const usage = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    bytes: byteLength(text),
    rssMB: process.resourceUsage().maxRSS / 1024,
    heapMB: usage.heapUsed / 1e6,
    heapTotalMB: usage.heapTotal / 1e6,
    briefs: result?.briefs.length ?? 0,
  }),
);
