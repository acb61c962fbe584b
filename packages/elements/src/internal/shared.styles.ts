import { css } from "lit";

/**
 * Dark values of the local tokens, applied by `prefers-color-scheme` unless `theme="light"`, and
 * always with `theme="dark"`. A page's `--brief-*` values win over both.
 */
const darkTokens = css`
  --_background: var(--brief-color-background, #161b22);
  --_text: var(--brief-color-text, #e6edf3);
  --_muted: var(--brief-color-muted, #9ea7b3);
  --_accent: var(--brief-color-accent, #58a6ff);
  --_border: var(--brief-color-border, #3d444d);
  --_rule: var(--brief-color-rule, #262c36);
  --_chip: var(--brief-color-chip, #1c2d41);
  --_chip-text: var(--brief-color-chip-text, #cae8ff);
  --_error: var(--brief-color-error, #ffa198);
  --_error-background: var(--brief-color-error-background, #2d1619);
  --_notice: var(--brief-color-notice, #f2cc60);
  --_notice-background: var(--brief-color-notice-background, #2b2511);
  --_skeleton: var(--brief-color-skeleton, #262c36);
  --_shadow: var(--brief-shadow, none);
`;

/** Tokens, states (loading, error, empty), focus, print: what both elements share. */
export const sharedStyles = css`
  :host {
    --_background: var(--brief-color-background, #ffffff);
    --_text: var(--brief-color-text, #1f2328);
    --_muted: var(--brief-color-muted, #596069);
    --_accent: var(--brief-color-accent, #0659c2);
    --_border: var(--brief-color-border, #d1d9e0);
    --_rule: var(--brief-color-rule, #e7ebef);
    --_chip: var(--brief-color-chip, #eaf1fb);
    --_chip-text: var(--brief-color-chip-text, #0a3069);
    --_error: var(--brief-color-error, #a40e26);
    --_error-background: var(--brief-color-error-background, #fff1f0);
    --_notice: var(--brief-color-notice, #6c4400);
    --_notice-background: var(--brief-color-notice-background, #fff8d6);
    --_skeleton: var(--brief-color-skeleton, #eaeef2);
    --_shadow: var(--brief-shadow, 0 1px 2px rgb(31 35 40 / 6%), 0 4px 16px rgb(31 35 40 / 6%));
    --_focus: var(--brief-color-focus, var(--_accent));
    --_radius: var(--brief-radius, 0.75rem);
    --_space: var(--brief-space, 1rem);
    --_font-latin: var(
      --brief-font-latin,
      system-ui,
      -apple-system,
      "Segoe UI",
      Roboto,
      "Helvetica Neue",
      Arial
    );
    --_font-cjk: var(
      --brief-font-cjk,
      "PingFang TC",
      "Noto Sans TC",
      "Noto Sans CJK TC",
      "Microsoft JhengHei",
      "Heiti TC",
      sans-serif
    );
    --_placeholder-height: var(--brief-placeholder-height, 16rem);

    display: block;
    /* The layout follows the box the page gives the element, not the screen: an embed never knows
       whether it lands in a sidebar or a wide column. Queries use em, so they scale with the font. */
    container: brief / inline-size;
    /* Inline-size containment leaves the element no width of its own content. Where the page sizes
       it to its content (inline-block, a flex item or float without a width) it takes this width, or
       the room there is when that is less; a page's own contain-intrinsic-inline-size wins. */
    contain-intrinsic-inline-size: 40rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    color: var(--_text);
    font-family: var(--_font-latin), var(--_font-cjk);
    font-size: var(--brief-font-size, 1rem);
    line-height: 1.6;
    /* Long URLs and unbroken tokens must not overflow even a 280px container. */
    overflow-wrap: anywhere;
    text-align: start;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      ${darkTokens}
    }
  }

  :host([theme="dark"]) {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none;
  }

  :lang(zh) {
    line-height: 1.8;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 0.25rem;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    color: var(--_error);
    background: var(--_error-background);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }

  .error p {
    margin: 0;
    flex: 1 1 16rem;
  }

  button {
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.4;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 999px;
    max-inline-size: 100%;
    padding: 0.375rem 0.875rem;
    cursor: pointer;
  }

  button:hover {
    background: var(--_chip);
  }

  /* Keyword chips, wrapping: the card's list items and the digest's toggle buttons. */
  .keywords {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .keyword {
    min-inline-size: 0;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0.125rem 0.625rem;
    font-size: 0.8125rem;
    line-height: 1.6;
    color: var(--_chip-text);
    background: var(--_chip);
    border-radius: 999px;
  }

  .retry {
    color: var(--_error);
  }

  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .notice {
    margin: 0 0 var(--_space);
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
    color: var(--_notice);
    background: var(--_notice-background);
    border-radius: calc(var(--_radius) / 2);
  }

  /* The loading placeholder holds the space the brief will take, so nothing below it jumps; in a box
     the page gives the element (the README's rule), it fills that box instead of changing it. */
  .skeleton {
    box-sizing: border-box;
    block-size: 100%;
    min-block-size: var(--_placeholder-height);
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .skeleton span {
    display: block;
    height: 0.875rem;
    margin-block-end: 0.875rem;
    background: var(--_skeleton);
    border-radius: 0.25rem;
    animation: pulse 1.6s ease-in-out infinite;
  }

  .skeleton span:nth-child(1) {
    width: 40%;
    height: 1.125rem;
  }

  .skeleton span:nth-child(2) {
    width: 25%;
  }

  .skeleton span:nth-child(n + 3) {
    width: 92%;
  }

  .skeleton span:last-child {
    width: 60%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  /* The element's frame (card or outline). It fills a box the page gives the element, so the frame is
     the one its fallback text had. */
  .frame {
    box-sizing: border-box;
    min-block-size: 100%;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  /* In a narrow container a thinner frame leaves the text a few more characters a line. */
  @container brief (width < 30em) {
    .frame {
      padding: var(--_space);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }

  @media print {
    :host {
      --_background: #fff;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_border: #999;
      --_chip: transparent;
      --_chip-text: #000;
      --_shadow: none;
    }

    button,
    .skeleton {
      display: none;
    }

    .frame {
      border: 0;
      padding: 0;
    }
  }
`;
