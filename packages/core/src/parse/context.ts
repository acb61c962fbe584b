/** What every step of one parse shares: the text, its lines, the options in force, the diagnostics. */
import type { DiagnosticList } from "../diagnostics.js";
import type { DateOrder } from "./date.js";
import type { Lines } from "./lines.js";

export interface ParseContext {
  readonly text: string;
  readonly lines: Lines;
  readonly positions: boolean;
  readonly dateOrder: DateOrder;
  readonly diagnostics: DiagnosticList;
}
