/** What every step of one parse shares: the text, its lines, the options in force, the diagnostics. */
import type { DiagnosticList } from "../diagnostics.js";
import type { BracketChecker } from "./brackets.js";
import type { DateOrder } from "./date.js";
import type { Lines } from "./lines.js";

export interface ParseContext {
  readonly text: string;
  readonly lines: Lines;
  readonly positions: boolean;
  readonly dateOrder: DateOrder;
  readonly diagnostics: DiagnosticList;
  /** One checker for every field, lead and point of the parse, each checked in turn. */
  readonly brackets: BracketChecker;
}
