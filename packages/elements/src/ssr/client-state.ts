const ROWS = / data-rows="(\d+)"/g;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Adds to server-rendered elements what the browser sets through properties, which a server does
 * not render: every point starts unfolded (`.open` on its `<details>`), and aligned columns get their
 * row count (`--brief-rows`, which the element sets from `data-rows` after each update). Without
 * them a page would show folded points and one-row grids until the elements upgrade, and then move.
 * The brief's text is escaped in this HTML (`<` and `"` never appear in it), so the patterns only
 * meet the elements' own markup. A `nonce` goes on each `<style>`, for a page whose
 * Content-Security-Policy allows inline styles by nonce only. The `<?>` lit-html ends a template with
 * when its last part is a binding (a marker for the client's template, never content) goes: HTML
 * parsers read it as a bogus comment, and validators as an error. So does `shadowroot`, the name
 * Chrome 90–110 gave `shadowrootmode`, which @lit-labs/ssr still writes beside it: no standard has it,
 * and the Nu checker rejects it.
 */
export function withClientState(html: string, nonce?: string): string {
  const counts = new Set(Array.from(html.matchAll(ROWS), (match) => match[1]));
  const rules = Array.from(counts, (count) => `[data-rows="${count}"]{--brief-rows:${count}}`).join("");
  const style = nonce === undefined ? "<style>" : `<style nonce="${escapeAttribute(nonce)}">`;
  return html
    .replace(/<\?>/g, "")
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    .replace(/<details(?=\s)/g, "<details open")
    .replace(/<style>/g, style)
    .replace(/<\/style>/g, `${rules}</style>`);
}
