import { readFileSync } from "node:fs";

export const reference = readFileSync(
  new URL("../test/fixtures/rare-earths-2025-10-24.txt", import.meta.url),
  "utf8",
);

export const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * A digest of `count` briefs made from the reference, each with its own date and a rotated
 * keyword list, separated as weekly digests are (`=====`).
 */
export function digest(count: number): string {
  const keywords = ["經濟", "稀土", "習近平", "貿易", "關稅", "供應鏈"];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    const kw = keywords.slice(i % 3, (i % 3) + 3).join("、");
    parts.push(reference.replace("10/24/2025", `${month}/${day}/2025`).replace("經濟、稀土、習近平", kw));
  }
  return parts.join("\n\n=====\n\n");
}

/** The number of reference-sized briefs that make about `bytes` of input. */
export const briefsFor = (bytes: number) => Math.max(1, Math.round(bytes / byteLength(reference)));
