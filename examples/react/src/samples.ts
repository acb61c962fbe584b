import { parseBriefs, type Brief } from "@briefkit/core";

export interface SampleBrief {
  id: string;
  label: string;
  brief: Brief;
}

const texts = import.meta.glob<string>("../../briefs/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

const REFERENCE = "rare-earths-2025-10-24.txt";

/** Every brief in examples/briefs (a digest gives several), the reference first, parsed once. */
export const samples: readonly SampleBrief[] = Object.entries(texts)
  .sort(([a], [b]) => Number(b.endsWith(REFERENCE)) - Number(a.endsWith(REFERENCE)))
  .flatMap(([path, text]) => {
    const file = path.slice(path.lastIndexOf("/") + 1);
    const { briefs } = parseBriefs(text);
    return briefs.map((brief, index) => ({
      id: briefs.length > 1 ? `${file}#${index + 1}` : file,
      label: `${brief.source ?? "(no source)"} · ${brief.date ?? brief.dateText ?? "no date"}`,
      brief,
    }));
  });
