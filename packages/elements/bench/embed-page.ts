/**
 * The page a site owner writes to embed a card: an article with the brief's raw text inside
 * `<brief-card>` and a paragraph below it, the one script tag, and a recorder for layout shifts and for
 * the moment the card has rendered. `css` is the owner's rule for the element, if any; `bundle` is
 * the script's URL.
 */
export interface EmbedVariant {
  id: string;
  name: string;
  css: string;
  /** Load the brief from this URL instead of writing its text inside the element. */
  src?: string;
}

const escapeHTML = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const RECORDER = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  }).observe({ type: "layout-shift", buffered: true });
  document.addEventListener("brief-load", () => {
    window.__loadedAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = performance.now())));
  });
`;

export function embedPage(variant: EmbedVariant, briefText: string, bundle: string): string {
  const element = variant.src
    ? `<brief-card language="both" src="${variant.src}"></brief-card>`
    : `<brief-card language="both">${escapeHTML(briefText)}</brief-card>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Embed: ${variant.id}</title>
<style>
  body { max-width: 46rem; margin: 0 auto; padding: 1rem; font-family: Georgia, serif; line-height: 1.6; }
  ${variant.css}
</style>
<script>${RECORDER}</script>
<script type="module" src="${bundle}"></script>
</head>
<body>
<main>
  <h1>China's rare-earth controls, in brief</h1>
  <p>Our research desk summarised the week's most useful analysis in both languages.</p>
  ${element}
  <p id="below">The paragraph below the card: it must not move when the card upgrades.</p>
</main>
</body>
</html>`;
}
