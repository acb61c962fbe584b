import { parseBrief, parseBriefs } from "./dist/index.js";
import { readFileSync } from "node:fs";
const line = "稀土".repeat(1_300_000);
let s = performance.now(); const r = parseBrief(`摘要:\n${line}`, { positions: false }); console.log("one line", performance.now() - s);
s = performance.now(); parseBrief(`摘要:\n${line}`, { positions: false }); console.log("again", performance.now() - s);
const ref = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
const d = Array.from({ length: 1100 }, () => ref).join("\n=====\n");
s = performance.now(); parseBriefs(d); console.log("digest 5MB", performance.now() - s, d.length);
s = performance.now(); parseBriefs(d); console.log("digest again", performance.now() - s);
