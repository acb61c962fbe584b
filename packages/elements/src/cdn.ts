// The self-contained bundle (dist/briefkit.min.js): Lit and core included, both elements registered,
// and the parser for pages that want the data too.
export * from "./index.js";
export { parseBrief, parseBriefs } from "@briefkit/core";
