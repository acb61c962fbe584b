import { css } from "lit";

/** The outline: points, collapsible sub-points, and the two-column aligned layout. */
export const outlineStyles = css`
  .summary {
    min-width: 0;
  }

  .heading {
    margin: 0 0 0.5rem;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }

  .lead {
    margin: 0 0 var(--_space);
  }

  .points,
  .subpoints {
    margin: 0;
    padding: 0;
  }

  .points {
    list-style: none;
  }

  .point {
    position: relative;
    padding-block: 0.375rem;
    padding-inline-start: 1.5rem;
  }

  /* Plain points get a dot, collapsible ones a chevron, in the same column. */
  .point > .point-text::before,
  .point-details > summary::before {
    content: "";
    position: absolute;
    inset-inline-start: 0.375rem;
  }

  .point > .point-text::before {
    top: calc(0.375rem + 0.8em - 0.1875rem);
    width: 0.375rem;
    height: 0.375rem;
    background: var(--_accent);
    border-radius: 50%;
  }

  .point-details > summary {
    display: block;
    list-style: none;
    cursor: pointer;
  }

  .point-details > summary::-webkit-details-marker {
    display: none;
  }

  .point-details > summary::before {
    top: calc(0.375rem + 0.8em - 0.3rem);
    width: 0.4rem;
    height: 0.4rem;
    border-inline-end: 2px solid var(--_accent);
    border-block-end: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }

  .point-details[open] > summary::before {
    transform: rotate(45deg);
  }

  .subpoints {
    margin-block-start: 0.25rem;
    padding-inline-start: 1.5rem;
    color: var(--_text);
  }

  .subpoint {
    padding-block: 0.125rem;
  }

  .subpoint::marker {
    color: var(--_muted);
  }

  /* Stacked, Chinese above English, until the element is wide enough for two columns. */
  .aligned > .summary + .summary {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  .aligned .point {
    border-block-start: 1px solid var(--_rule);
    padding-block: 0.5rem;
  }

  .aligned .point > .point-text::before {
    top: calc(0.5rem + 0.8em - 0.1875rem);
  }

  .aligned .point-details > summary::before {
    top: calc(0.5rem + 0.8em - 0.3rem);
  }

  /* Side by side, each point on the row of its counterpart. 36em of the element's own width leaves
     each column about 15 Chinese characters or 35 Latin ones a line, inside the frame. */
  @container brief (width >= 36em) {
    .aligned {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-rows: repeat(var(--brief-rows, 1), auto);
      column-gap: calc(var(--_space) * 2);
    }

    .aligned > .summary {
      grid-row: 1 / -1;
      display: grid;
      grid-template-rows: subgrid;
    }

    .aligned > .summary + .summary {
      margin-block-start: 0;
    }

    .aligned .points {
      grid-row: 2 / -1;
      display: grid;
      grid-template-rows: subgrid;
    }

    .aligned.with-lead .points {
      grid-row: 3 / -1;
    }
  }

  @media print {
    .point-details::details-content {
      content-visibility: visible;
    }

    .point-details > summary::before {
      display: none;
    }
  }
`;
