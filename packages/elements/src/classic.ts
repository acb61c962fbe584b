// Types for dist/briefkit.classic.min.js, the classic-script build of ./cdn.js: the script exports
// nothing and leaves the bundle's exports on `window.briefkit` once a plain <script src> has run it.
import type * as bundle from "./cdn.js";

declare global {
  // Only `var` adds a property to globalThis, as the script's own top-level `var` does.
  var briefkit: typeof bundle;
}
