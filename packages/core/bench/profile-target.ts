/** What bench/profile.ts profiles: the reference brief parsed over and over, as in the throughput race. */
import { parseBrief } from "@briefkit/core";
import { reference } from "./inputs.js";

for (let i = 0; i < Number(process.argv[2] ?? 20_000); i++) parseBrief(reference);
