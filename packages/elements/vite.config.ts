import { defineConfig, type Plugin } from "vite";

const BANNER =
  "/*! @briefkit/elements (MIT) | bundles Lit (BSD-3-Clause, Google LLC) and @briefkit/core (MIT) */";

/**
 * Collapses the whitespace and comments in the elements' css`` literals, which the JavaScript
 * minifier leaves alone. Conservative on purpose: only whitespace next to `{ } ; , >` or after a
 * declaration's colon goes, so selectors, strings and calc() keep their meaning.
 */
function minifyCSSLiterals(): Plugin {
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, " ")
      .replace(/\s*([{};,>])\s*/g, "$1")
      .replace(/:\s+/g, ":")
      .replace(/;}/g, "}")
      .trim();
  return {
    name: "briefkit:minify-css-literals",
    transform(code, id) {
      if (!id.endsWith(".styles.js")) return null;
      return code.replace(/css\s*`([^`]*)`/g, (_, body: string) => `css\`${minify(body)}\``);
    },
  };
}

const DOM_GLOBALS = "\0briefkit:dom-globals";
// Each global the modules read as they load, and what stands in for it where it is missing.
const STAND_INS: Record<string, string> = {
  HTMLElement: "class {}",
  document: "{ createTreeWalker: () => ({}) }",
  CustomEvent: "class {}",
};

/**
 * Lit's browser build and the event classes read three DOM globals while the modules load:
 * `class extends HTMLElement`, `document.createTreeWalker()` and `class extends CustomEvent`. Server
 * frameworks import every entry point, and a classic script may be evaluated where none of them
 * exist, so the bundles bind those names to the globals when there are any and otherwise to inert
 * stand-ins like the ones Lit's own Node build uses; without `customElements`, `define()` then
 * registers nothing. In a browser the bindings are the globals themselves, so nothing changes there.
 */
function domGlobalsWhereMissing(): Plugin {
  return {
    name: "briefkit:dom-globals-where-missing",
    resolveId: (id) => (id === DOM_GLOBALS ? id : null),
    load: (id) =>
      id === DOM_GLOBALS
        ? Object.entries(STAND_INS)
            .map(([name, standIn]) => `export const ${name} = globalThis.${name} ?? ${standIn};`)
            .join("\n")
        : null,
  };
}

// The CDN bundles, built from tsc's output (decorators already compiled), with Lit and
// @briefkit/core inside: briefkit.min.js, an ES module for <script type="module">, and
// briefkit.classic.min.js, the same code as a classic script that leaves its exports on
// `window.briefkit`, for pages that can only hold a plain <script src>.
export default defineConfig({
  plugins: [minifyCSSLiterals(), domGlobalsWhereMissing()],
  build: {
    lib: {
      entry: "dist/cdn.js",
      name: "briefkit",
      formats: ["es", "iife"],
      fileName: (format) => (format === "iife" ? "briefkit.classic.min.js" : "briefkit.min.js"),
    },
    outDir: "dist",
    emptyOutDir: false,
    copyPublicDir: false,
    target: "es2022",
    reportCompressedSize: false,
    rolldownOptions: {
      transform: {
        inject: Object.fromEntries(Object.keys(STAND_INS).map((name) => [name, [DOM_GLOBALS, name]])),
      },
      // Library mode keeps whitespace and annotations in ES output so that bundlers can tree-shake
      // it again; these files go to browsers as they are, so minify them fully.
      output: { minify: true, postBanner: BANNER },
    },
  },
});
