// The digest renders its briefs as <brief-card>s, so registering it registers the card too.
import "../brief-card/define.js";
import { BriefDigest } from "./brief-digest.js";

BriefDigest.define();

export { BriefDigest };

declare global {
  interface HTMLElementTagNameMap {
    "brief-digest": BriefDigest;
  }
}
