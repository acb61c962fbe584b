import type { Diagnostic } from "@briefkit/core";
import { h } from "./dom.js";

/**
 * Renders diagnostics as a list of buttons; choosing one calls `onSelect` with the diagnostic, so the
 * editor can select the text it points at.
 */
export function renderDiagnostics(
  list: HTMLElement,
  diagnostics: readonly Diagnostic[],
  onSelect: (diagnostic: Diagnostic) => void,
): void {
  if (diagnostics.length === 0) {
    list.replaceChildren(h("li", { class: "diagnostic diagnostic--none" }, "No problems found."));
    return;
  }
  list.replaceChildren(
    ...diagnostics.map((diagnostic) => {
      const start = diagnostic.position?.start;
      const place = start ? `Line ${start.line}:${start.column}` : "Whole text";
      const button = h(
        "button",
        { type: "button", class: "diagnostic__button" },
        h("span", { class: "diagnostic__place" }, place),
        h("span", { class: "diagnostic__severity" }, diagnostic.severity),
        h("span", { class: "diagnostic__message" }, diagnostic.message),
        h("code", { class: "diagnostic__code" }, diagnostic.code),
      );
      button.addEventListener("click", () => onSelect(diagnostic));
      return h("li", { class: `diagnostic diagnostic--${diagnostic.severity}` }, button);
    }),
  );
}
