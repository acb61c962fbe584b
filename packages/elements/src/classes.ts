// The classes and their types, registering nothing: for pages that choose their own tags or registry.
export { BriefCard } from "./brief-card/brief-card.js";
export { BriefOutline } from "./brief-outline/brief-outline.js";
export { BriefElement, type ThemeSetting } from "./internal/brief-element.js";
export {
  BriefErrorEvent,
  BriefLoadEvent,
  type BriefErrorDetail,
  type BriefLoadDetail,
} from "./internal/events.js";
export { BriefLoadError, type BriefLoadFailure } from "./internal/load-error.js";
export type { LanguageSetting } from "./internal/language.js";
export { useDiagnosticLocale } from "./internal/read-brief.js";
export { BriefDigest } from "./brief-digest/brief-digest.js";
export {
  BriefDigestLoadEvent,
  BriefFilterEvent,
  type BriefDigestLoadDetail,
  type BriefFilterDetail,
} from "./brief-digest/digest-events.js";
