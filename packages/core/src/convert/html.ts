// PLACEHOLDER: replaced by the converter implementation.
import type { Brief } from "../schema.js";
export function toHTML(_brief: Brief): string {
  throw new Error("not implemented yet");
}
