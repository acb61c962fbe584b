import fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { parseBriefs, parseBrief, formatBrief } from "/work/main/packages/core/src/index.ts";
const piece = fc.constantFrom("作者/Author(s): ","網站來源/Source: ","日期/Date: ","關鍵字/Keywords: ","Note: ","摘要:","Summary:","英文摘要：","  • ","● ","- ","  1. ","2) ","(3) ","一、","a. ","=====","---","中國","稀土","这些","Beijing"," leverage ","10/24/2025","02/30/2025","民國114年","「","」","(",")",":","：","、","\u00a0","\u3000","\u200b","\ufeff","\t"," ","\n","\r\n","\r","\u0000","\ufffd");
const briefish = fc.array(fc.oneof(piece, fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 60 }).map((p) => p.join(""));
const r = fc.check(fc.property(briefish, (text) => {
  for (const b of parseBriefs(text, { positions: false }).briefs) if (!isDeepStrictEqual(parseBrief(formatBrief(b), { positions: false }).brief, b)) return false;
  return true;
}), { numRuns: 100000 });
if (r.failed) { console.log(JSON.stringify(r.counterexample)); } else console.log("ok");
