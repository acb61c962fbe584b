import type { Diagnostic } from "./schema.js";

/** Thrown by strict-mode parsing; carries every diagnostic, not only the errors. */
export class BriefParseError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(message: string, diagnostics: Diagnostic[]) {
    super(message);
    this.name = "BriefParseError";
    this.diagnostics = diagnostics;
  }
}
