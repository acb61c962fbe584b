import { BriefOutline } from "./brief-outline.js";

BriefOutline.define();

export { BriefOutline };

declare global {
  interface HTMLElementTagNameMap {
    "brief-outline": BriefOutline;
  }
}
