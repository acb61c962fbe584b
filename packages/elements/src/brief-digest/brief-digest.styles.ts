import { css } from "lit";

export const digestStyles = css`
  /* The label and the count sit outside the cards: the digest paints the background their colours
     were chosen for, so the dark scheme stays legible on a light page and the light one on a dark page. */
  .digest {
    background: var(--_background);
    border-radius: var(--_radius);
  }

  .toolbar {
    display: grid;
    gap: 0.75rem;
    margin-block-end: 0.75rem;
  }

  .search-field {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .search-label {
    font-size: 0.875rem;
    font-weight: 600;
  }

  /* The border is the muted text colour, not the card border: a field's edge needs 3:1 contrast. */
  .search {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
  }

  .keywords {
    min-inline-size: 0;
  }

  .keyword {
    border-color: transparent;
  }

  .keyword:hover {
    border-color: currentColor;
  }

  .keyword[aria-pressed="true"] {
    color: var(--_background);
    background: var(--_accent);
  }

  .count {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .no-match {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: var(--_space);
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .no-match p {
    margin: 0;
    flex: 1 1 12rem;
  }

  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    min-inline-size: 0;
  }

  .item[hidden] {
    display: none;
  }

  /* Label beside the box once the digest is wide enough for both on one line. */
  @container brief (width >= 30em) {
    .search-field {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0.75rem;
    }
  }

  @media print {
    .toolbar,
    .count,
    .no-match {
      display: none;
    }

    .item {
      break-inside: avoid;
    }
  }
`;
