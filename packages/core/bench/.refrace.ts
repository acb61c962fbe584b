import MarkdownIt from "markdown-it";
import { parseBrief } from "/work/main/packages/core/dist/index.js";
import { race } from "/work/main/packages/core/bench/harness.ts";
import { reference, byteLength } from "/work/main/packages/core/bench/inputs.ts";
const md = new MarkdownIt();
const floor = (text: string) => { let n = 0; for (const line of text.split(/\r\n|\r|\n/)) n += line.trim().length; return n; };
const bytes = byteLength(reference);
const s = race([
  { name: "ours", bytes, fn: () => parseBrief(reference) },
  { name: "nopos", bytes, fn: () => parseBrief(reference, { positions: false }) },
  { name: "mdit", bytes, fn: () => md.parse(reference, {}) },
  { name: "floor", bytes, fn: () => floor(reference) },
], { rounds: 11, minRounds: 11, minBatchCalls: 1000, budgetSeconds: 20 });
for (const x of s) console.log(x.name.padEnd(8), (x.seconds * 1e6).toFixed(1) + "us", "speed÷ours", x.speedup.toFixed(2), "ours÷it", (1 / x.speedup).toFixed(2));
