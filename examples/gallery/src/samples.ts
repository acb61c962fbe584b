import { parseBriefs, type Brief, type Diagnostic } from "@briefkit/core";

/** One sample file from examples/briefs, parsed. */
export interface Sample {
  file: string;
  /** What the sample is there to show. */
  note: string;
  text: string;
  briefs: Brief[];
  diagnostics: Diagnostic[];
}

/** One brief of a sample (a digest holds several), with a stable id for links and selects. */
export interface SampleBrief {
  id: string;
  label: string;
  sample: Sample;
  brief: Brief;
}

/** The sample that is a week's digest, shown whole in the digest section. */
export const DIGEST_FILE = "weekly-digest-2025-w44.txt";

const NOTES: Record<string, string> = {
  "rare-earths-2025-10-24.txt": "The reference brief, byte for byte.",
  "indonesia-nickel-2025-09-18.txt": "Simplified Chinese, with Simplified labels (网站来源, 关键词).",
  [DIGEST_FILE]: "A weekly digest: three briefs separated by =====.",
  "lng-security-2025-10-20.txt": "ROC date, full-width colons, ● points, (1) sub-points, wrapped lines.",
  "lint-findings-chip-subsidies.txt": "A draft with mistakes for the linter to find.",
};

// The reference first, the draft with mistakes last; the rest by name.
const ORDER = Object.keys(NOTES);

const texts = import.meta.glob<string>("../../briefs/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function rank(file: string): number {
  const index = ORDER.indexOf(file);
  return index === -1 ? ORDER.length - 1 : index;
}

export const samples: readonly Sample[] = Object.entries(texts)
  .map(([path, text]) => {
    const file = fileName(path);
    const { briefs, diagnostics } = parseBriefs(text);
    return { file, note: NOTES[file] ?? "", text, briefs, diagnostics };
  })
  .sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file));

function labelOf(brief: Brief, fallback: string): string {
  const parts = [brief.source, brief.date ?? brief.dateText].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : fallback;
}

export const sampleBriefs: readonly SampleBrief[] = samples.flatMap((sample) =>
  sample.briefs.map((brief, index) => {
    const base = sample.file.replace(/\.txt$/, "");
    return {
      id: sample.briefs.length > 1 ? `${base}-${index + 1}` : base,
      label: labelOf(brief, sample.file),
      sample,
      brief,
    };
  }),
);

/** How many diagnostics of each severity a list holds. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic["severity"], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}
