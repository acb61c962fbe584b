import { css } from "lit";

export const briefOutlineStyles = css`
  :host {
    --_placeholder-height: var(--brief-placeholder-height, 24rem);
  }

  .outline > .summary + .summary {
    margin-block-start: calc(var(--_space) * 1.5);
  }
`;
