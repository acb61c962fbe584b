// PLACEHOLDER: replaced by the parser implementation.
import type { BriefInput, ParseBriefsResult, ParseOptions, ParseResult } from "../options.js";
export function parseBrief(_input: BriefInput, _options?: ParseOptions): ParseResult {
  throw new Error("not implemented yet");
}
export function parseBriefs(_input: BriefInput, _options?: ParseOptions): ParseBriefsResult {
  throw new Error("not implemented yet");
}
