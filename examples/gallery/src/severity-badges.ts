import type { Diagnostic } from "@briefkit/core";
import { h } from "./dom.js";
import { countBySeverity } from "./samples.js";

const NAMES = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "infos"],
} as const;

/** "0 errors · 2 warnings · 1 info" as three chips, coloured by severity. */
export function severityBadges(diagnostics: readonly Diagnostic[]): HTMLElement {
  const counts = countBySeverity(diagnostics);
  const badges = (["error", "warning", "info"] as const).map((severity) => {
    const count = counts[severity];
    const [one, many] = NAMES[severity];
    return h(
      "li",
      { class: `badge badge--${severity}`, "data-count": String(count) },
      `${count} ${count === 1 ? one : many}`,
    );
  });
  return h("ul", { class: "badges", role: "list", "aria-label": "Diagnostics" }, ...badges);
}
