import type { TemplateResult } from "lit";
import { html } from "./html.js";

/** A visible note: a language is missing, or the two outlines do not align. */
export const notice = (text: string | TemplateResult): TemplateResult =>
  html`<p part="notice" class="notice" role="note">${text}</p>`;
