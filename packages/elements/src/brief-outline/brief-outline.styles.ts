import { css } from "lit";

export const briefOutlineStyles = css`
  :host {
    --_placeholder-height: var(--brief-placeholder-height, 24rem);
  }

  /* Fills a box the page gives the element, so the frame is the one its fallback text had. */
  .outline {
    box-sizing: border-box;
    min-block-size: 100%;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  .outline > .summary + .summary {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  @media print {
    .outline {
      border: 0;
      padding: 0;
    }
  }
`;
