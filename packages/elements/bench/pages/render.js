// The render benchmark page, loaded as /render.html?bundle=/before/briefkit.min.js (or the current
// build). `window.bench.render(mode, tag, count)` puts `count` elements (mode "element") or
// hand-written copies of their markup (mode "baseline") on the page, each holding the reference
// brief's text, and times them to layout and to the next frame; `warm(mode, tag)` runs first. The baseline parses the text with the
// same bundle's `parseBrief` and adopts the elements' own stylesheets, so it pays for the parse and the
// styles exactly as the element does and differs only in how the DOM is built.
import { renderCard, renderOutline } from "/baseline.js";

const bundle = new URLSearchParams(location.search).get("bundle");
const { parseBrief } = await import(bundle);
const text = await (await fetch("/brief.txt")).text();
const LANGUAGE = { "brief-card": "en", "brief-outline": "both" };
const WARM_BATCH = 100;
const MAX_WARM_BATCHES = 12;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function stylesheets(tag) {
  return customElements.get(tag).elementStyles.map((style) => style.styleSheet ?? style);
}

async function build(mode, tag, count, container) {
  if (mode === "element") {
    const elements = [];
    for (let i = 0; i < count; i++) {
      const element = document.createElement(tag);
      element.setAttribute("language", LANGUAGE[tag]);
      element.textContent = text;
      container.append(element);
      elements.push(element);
    }
    await Promise.all(elements.map((element) => element.updateComplete));
    return;
  }
  const sheets = stylesheets(tag);
  const draw = tag === "brief-card" ? renderCard : renderOutline;
  for (let i = 0; i < count; i++) {
    const host = document.createElement("div");
    host.textContent = text;
    const root = host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = sheets;
    draw(root, parseBrief(text).brief);
    container.append(host);
  }
}

/**
 * The tree as tags, sorted attributes (class as sorted tokens) and trimmed text: comments and the
 * whitespace between tags aside, which differ between a template and hand-written calls.
 */
function markup(node) {
  const parts = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent.replace(/\s+/g, " ").trim();
      if (text) parts.push(text);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const attributes = [...child.attributes].map(({ name, value }) =>
        name === "class"
          ? `class="${value.split(/\s+/).filter(Boolean).sort().join(" ")}"`
          : `${name}="${value}"`,
      );
      parts.push(
        `<${[child.localName, ...attributes.sort()].join(" ")}>${markup(child)}</${child.localName}>`,
      );
    }
  }
  return parts.join("");
}

/** Every node under a shadow root, comments and whitespace text included. */
function countNodes(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

async function timedBuild(mode, tag, count) {
  const container = document.createElement("div");
  document.body.append(container);
  await nextFrame();
  const start = performance.now();
  await build(mode, tag, count, container);
  void container.offsetHeight;
  const laidOut = performance.now();
  await nextFrame();
  return { container, layoutMs: laidOut - start, paintMs: performance.now() - start };
}

/**
 * Warm-up batches until two in a row take within 10% of each other, so the timed run meets code that
 * is already optimised rather than code still being compiled.
 */
async function warm(mode, tag) {
  let previous = Infinity;
  for (let batch = 0; batch < MAX_WARM_BATCHES; batch++) {
    const { container, paintMs } = await timedBuild(mode, tag, WARM_BATCH);
    container.remove();
    if (Math.abs(paintMs - previous) <= 0.1 * previous) return batch + 1;
    previous = paintMs;
  }
  return MAX_WARM_BATCHES;
}

async function render(mode, tag, count) {
  const { container, layoutMs, paintMs } = await timedBuild(mode, tag, count);
  const root = container.firstElementChild.shadowRoot;
  return {
    layoutMs,
    paintMs,
    count: container.children.length,
    markup: markup(root),
    nodes: countNodes(root),
  };
}

/** Builds `count` copies and keeps them on the page, for a heap measurement taken from outside. */
async function keep(mode, tag, count) {
  const container = document.createElement("div");
  document.body.append(container);
  await build(mode, tag, count, container);
  await nextFrame();
  window.kept = container;
  return container.children.length;
}

window.bench = { warm, render, keep };
window.benchReady = true;
