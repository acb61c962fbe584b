// Server rendering, for Node: the elements' HTML with declarative shadow roots.
export { renderCard, renderDigest, renderOutline } from "./ssr/render-element.js";
export type { CardRenderOptions, RenderOptions } from "./ssr/render-options.js";
export { BriefLoadError } from "./internal/load-error.js";
