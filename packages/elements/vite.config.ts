import { defineConfig, type Plugin } from "vite";

const BANNER =
  "/*! @briefkit/elements (MIT) | bundles Lit (BSD-3-Clause, Google LLC), zod (MIT, Colin McDonnell) and @briefkit/core (MIT) */";

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

// The CDN bundle: one self-contained, minified ES module built from tsc's output (decorators already
// compiled), with Lit and @briefkit/core inside, for a single <script type="module"> on any page.
export default defineConfig({
  plugins: [minifyCSSLiterals()],
  build: {
    lib: {
      entry: "dist/cdn.js",
      formats: ["es"],
      fileName: () => "briefkit.min.js",
    },
    outDir: "dist",
    emptyOutDir: false,
    copyPublicDir: false,
    target: "es2022",
    reportCompressedSize: false,
    rolldownOptions: {
      // Library mode keeps whitespace and annotations in ES output so that bundlers can tree-shake
      // it again; this file goes to browsers as it is, so minify it fully.
      output: { minify: true, postBanner: BANNER },
    },
  },
});
