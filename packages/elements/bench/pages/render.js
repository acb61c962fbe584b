// The render benchmark page: `window.bench.render(mode, tag, count)` puts `count` elements (mode
// "element") or hand-written copies of their markup (mode "baseline") on the page and times them to
// layout and to the next frame. The CDN bundle is loaded in both modes so the baseline can adopt the
// elements' own stylesheets.
import "/briefkit.min.js";
import { renderCard, renderOutline } from "/baseline.js";

const brief = await (await fetch("/brief.json")).json();
const LANGUAGE = { "brief-card": "en", "brief-outline": "both" };

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
      element.brief = brief;
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
    const root = host.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = sheets;
    draw(root, brief);
    container.append(host);
  }
}

/** The tree as tags, sorted attributes and trimmed text: comments and indentation whitespace aside. */
function markup(node) {
  const parts = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent.replace(/\s+/g, " ").trim();
      if (text) parts.push(text);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const attributes = [...child.attributes].map((a) => `${a.name}="${a.value}"`).sort();
      parts.push(`<${[child.localName, ...attributes].join(" ")}>${markup(child)}</${child.localName}>`);
    }
  }
  return parts.join("");
}

async function render(mode, tag, count) {
  // A warm-up batch first, so both modes are timed with their code already compiled.
  const warm = document.createElement("div");
  document.body.append(warm);
  await build(mode, tag, 20, warm);
  warm.remove();
  const container = document.createElement("div");
  document.body.append(container);
  await nextFrame();
  const start = performance.now();
  await build(mode, tag, count, container);
  void container.offsetHeight;
  const laidOut = performance.now();
  await nextFrame();
  const painted = performance.now();
  return {
    layoutMs: laidOut - start,
    paintMs: painted - start,
    count: container.children.length,
    markup: markup(container.firstElementChild.shadowRoot),
  };
}

window.bench = { render };
window.benchReady = true;
