import { BriefCard } from "./brief-card.js";

BriefCard.define();

export { BriefCard };

declare global {
  interface HTMLElementTagNameMap {
    "brief-card": BriefCard;
  }
}
