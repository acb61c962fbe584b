import type { Summary } from "@briefkit/core";
import type { OutlineMismatch } from "./strings.js";

/**
 * Where the two outlines first stop being parallel (the format promises the same points and
 * sub-points in the same order), or null when they align point for point.
 */
export function outlineMismatch(zh: Summary, en: Summary): OutlineMismatch | null {
  if (zh.points.length !== en.points.length) {
    return { kind: "points", zh: zh.points.length, en: en.points.length };
  }
  const index = zh.points.findIndex((point, i) => point.children.length !== en.points[i]?.children.length);
  if (index < 0) return null;
  return {
    kind: "subpoints",
    point: index + 1,
    zh: zh.points[index]?.children.length ?? 0,
    en: en.points[index]?.children.length ?? 0,
  };
}
