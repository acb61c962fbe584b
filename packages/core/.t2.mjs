import { parseBrief, parseBriefs } from "./dist/index.js";
import { readFileSync } from "node:fs";
const ref = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
const d = Array.from({ length: 1100 }, () => ref).join("\n=====\n");
for (let i = 0; i < 3; i++) parseBriefs(d);
