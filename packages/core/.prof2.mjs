import { readFileSync } from "node:fs";
import { parseBrief } from "/work/main/packages/core/dist/index.js";
const t = readFileSync("/work/main/packages/core/test/fixtures/rare-earths-2025-10-24.txt", "utf8");
for (let i = 0; i < 100000; i++) parseBrief(t);
