import { readFileSync } from "node:fs";
import { scanLines } from "./dist/parse/lines.js";
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
const fns = { scan: () => scanLines(t), bare: () => { let k = 0; for (let i = 0; i < t.length; i++) k += t.charCodeAt(i); return k; } };
const best = {};
for (let r = 0; r < 60; r++) for (const [n, f] of Object.entries(fns)) { const s = process.hrtime.bigint(); for (let i = 0; i < 500; i++) f(); best[n] = Math.min(best[n] ?? 1e9, Number(process.hrtime.bigint() - s) / 500 / 1000); }
console.log(best);
