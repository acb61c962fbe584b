import { css } from "lit";

export const cardStyles = css`
  .header {
    margin-block-end: 0.75rem;
  }

  .title {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 650;
    line-height: 1.35;
  }

  .title a {
    color: inherit;
    text-decoration: none;
  }

  .title a:hover {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* Each item carries a separator in the space before it; the list is shifted left by that space
     inside a clipping box, so an item that wraps to the start of a line shows none. */
  .meta {
    margin: 0.25rem 0 0;
    overflow: hidden;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .meta-items {
    display: flex;
    flex-wrap: wrap;
    margin-inline-start: -1rem;
  }

  .meta-items > * {
    position: relative;
    padding-inline-start: 1rem;
  }

  .meta-items > *::before {
    content: "·";
    position: absolute;
    inset-inline-start: 0.375rem;
  }

  .leads {
    display: grid;
    gap: 0.75rem calc(var(--_space) * 2);
  }

  .lead {
    margin: 0;
  }

  .keywords {
    margin: 0.875rem 0 0;
    padding: 0;
    list-style: none;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-start: var(--_space);
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_rule);
  }

  .count {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .expanded {
    margin-block-start: var(--_space);
  }

  .expanded .summary + .summary {
    margin-block-start: var(--_space);
  }

  .aligned > .summary + .summary {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  /* Chinese beside English only where the card itself has room for two readable columns (see the
     aligned outline in outline.styles.ts, which uses the same width). */
  @container brief (width >= 36em) {
    .leads.pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .aligned > .summary + .summary {
      margin-block-start: 0;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
