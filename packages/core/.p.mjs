import { readFileSync } from "node:fs";
import { parseBrief } from "./dist/index.js";
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
for (let i = 0; i < 100000; i++) parseBrief(t);
