// The self-contained bundle (dist/briefkit.min.js, and the classic briefkit.classic.min.js): Lit and
// core included, the elements registered, and the parser for pages that want the data too. It is core's
// lite parser, without message text: a diagnostic's message is its line and code.
export * from "./index.js";
export { parseBrief, parseBriefs } from "@briefkit/core/lite";
