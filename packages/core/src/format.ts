// PLACEHOLDER: replaced by the formatter implementation.
import type { Brief } from "./schema.js";
export function formatBrief(_brief: Brief): string {
  throw new Error("not implemented yet");
}
