import { scanLines } from "./dist/parse/lines.js";
import { readFileSync } from "node:fs";
const ref = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
for (const n of [1, 10, 100, 1000]) {
  const d = Array.from({ length: n }, () => ref).join("\n=====\n");
  for (let i = 0; i < 3; i++) scanLines(d);
  const reps = Math.max(1, Math.floor(2000 / n));
  const s = performance.now(); for (let i = 0; i < reps; i++) scanLines(d); const ms = (performance.now() - s) / reps;
  console.log(n, "copies", (ms * 1000 / n).toFixed(1), "µs per copy");
}
