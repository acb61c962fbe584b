import { readFileSync } from "node:fs";
import { parseBrief } from "./dist/index.js";
import MarkdownIt from "markdown-it";
const md = new MarkdownIt();
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
let k = 0;
const fns = {
  floor: () => { for (const l of t.split(/\r\n|\r|\n/)) k += l.trim().length; },
  parse: () => parseBrief(t),
  nopos: () => parseBrief(t, { positions: false }),
  md: () => md.parse(t, {}),
};
const best = {};
for (let round = 0; round < 60; round++) for (const [name, fn] of Object.entries(fns)) {
  const n = name === "md" ? 100 : 500;
  const s = process.hrtime.bigint(); for (let i = 0; i < n; i++) fn(); const us = Number(process.hrtime.bigint() - s) / n / 1000;
  best[name] = Math.min(best[name] ?? Infinity, us);
}
for (const [n, v] of Object.entries(best)) console.log(n, v.toFixed(1), "µs", (4941 / v).toFixed(0), "MB/s");
console.log("md/parse", (best.md / best.parse).toFixed(2), "parse/floor", (best.parse / best.floor).toFixed(2));
