// PLACEHOLDER: replaced by the converter implementation.
import type { Brief } from "../schema.js";
export function toMarkdown(_brief: Brief): string {
  throw new Error("not implemented yet");
}
