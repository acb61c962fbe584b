import { css } from "lit";

export const briefOutlineStyles = css`
  :host {
    --_placeholder-height: var(--brief-placeholder-height, 24rem);
  }

  .outline {
    box-sizing: border-box;
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
