import { parseBriefs } from "@briefkit/core";
import { briefsFor, byteLength, digest } from "./inputs.js";

const what = process.argv[2];
const text = what === "digest" ? digest(briefsFor(5_000_000)) : "";
const result = what === "digest" ? parseBriefs(text) : null;
const usage = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    bytes: byteLength(text),
    rssMB: process.resourceUsage().maxRSS / 1024,
    heapMB: usage.heapUsed / 1e6,
    briefs: result?.briefs.length ?? 0,
  }),
);
