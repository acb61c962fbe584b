import { readFileSync } from "node:fs";
import { scanLines } from "./dist/parse/lines.js";
globalThis.NOC = process.env.NOC === "1";
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
let best = 1e9;
for (let r = 0; r < 60; r++) { const s = process.hrtime.bigint(); for (let i = 0; i < 500; i++) scanLines(t); best = Math.min(best, Number(process.hrtime.bigint() - s) / 500 / 1000); }
console.log(process.env.NOC, best);
