import type { Brief } from "@briefkit/core";
import type { BriefElement, ThemeSetting } from "@briefkit/elements";
import { setUpCopyButton } from "./copy-button.js";
import { h } from "./dom.js";

export interface PlaygroundParts {
  controls: HTMLFormElement;
  preview: HTMLElement;
  css: HTMLElement;
  copyButton: HTMLButtonElement;
  elements: readonly BriefElement[];
}

interface ColorToken {
  kind: "color";
  property: string;
  label: string;
  /** The elements' own light value, shown while the page sets none. */
  initial: string;
}

interface RangeToken {
  kind: "range";
  property: string;
  label: string;
  initial: number;
  min: number;
  max: number;
  step: number;
  unit: "px" | "rem";
}

interface ChoiceToken {
  kind: "choice";
  property: string;
  label: string;
  options: ReadonlyArray<readonly [label: string, value: string]>;
}

type Token = ColorToken | RangeToken | ChoiceToken;

const TOKENS: readonly Token[] = [
  { kind: "color", property: "--brief-color-background", label: "Background", initial: "#ffffff" },
  { kind: "color", property: "--brief-color-text", label: "Text", initial: "#1f2328" },
  { kind: "color", property: "--brief-color-muted", label: "Muted text", initial: "#596069" },
  { kind: "color", property: "--brief-color-accent", label: "Accent", initial: "#0659c2" },
  { kind: "color", property: "--brief-color-border", label: "Border", initial: "#d1d9e0" },
  { kind: "color", property: "--brief-color-chip", label: "Keyword chip", initial: "#eaf1fb" },
  { kind: "color", property: "--brief-color-chip-text", label: "Keyword text", initial: "#0a3069" },
  {
    kind: "range",
    property: "--brief-radius",
    label: "Corner radius",
    initial: 12,
    min: 0,
    max: 28,
    step: 1,
    unit: "px",
  },
  {
    kind: "range",
    property: "--brief-space",
    label: "Spacing",
    initial: 1,
    min: 0.5,
    max: 1.75,
    step: 0.125,
    unit: "rem",
  },
  {
    kind: "range",
    property: "--brief-font-size",
    label: "Font size",
    initial: 16,
    min: 13,
    max: 20,
    step: 1,
    unit: "px",
  },
  {
    kind: "choice",
    property: "--brief-font-latin",
    label: "Latin font",
    options: [
      ["System sans-serif", ""],
      ["Serif", 'Georgia, "Times New Roman", serif'],
      ["Humanist", 'Optima, Candara, "Noto Sans", sans-serif'],
    ],
  },
  {
    kind: "choice",
    property: "--brief-font-cjk",
    label: "Chinese font",
    options: [
      ["Sans-serif (黑體)", ""],
      ["Serif (明體)", '"Noto Serif TC", "Noto Serif CJK TC", "Songti TC", PMingLiU, serif'],
      ["Kai (楷體)", '"BiauKai", "Kaiti TC", "TW-Kai", "Noto Serif TC", serif'],
    ],
  },
  {
    kind: "choice",
    property: "--brief-shadow",
    label: "Shadow",
    options: [
      ["Soft", ""],
      ["None", "none"],
      ["Lifted", "0 10px 30px rgb(0 0 0 / 18%)"],
    ],
  },
];

/** `::part()` rules a page might write, each a checkbox. */
const PART_RULES = [
  {
    id: "accent-bar",
    label: "Accent bar on the card",
    selector: "brief-card::part(card)",
    declarations: ["border-inline-start: 4px solid var(--brief-color-accent, #0659c2)"],
  },
  {
    id: "outlined-chips",
    label: "Outlined keyword chips",
    selector: "brief-card::part(keyword)",
    declarations: ["background: transparent", "border: 1px solid currentColor"],
  },
  {
    id: "filled-toggle",
    label: "Filled outline button",
    selector: "brief-card::part(toggle)",
    declarations: [
      "background: var(--brief-color-accent, #0659c2)",
      "border-color: transparent",
      "color: var(--brief-color-background, #ffffff)",
    ],
  },
  {
    id: "quiet-meta",
    label: "Small caps meta line",
    selector: "brief-card::part(meta)",
    declarations: ["font-variant-caps: all-small-caps", "letter-spacing: 0.04em"],
  },
] as const;

type PartId = (typeof PART_RULES)[number]["id"];

interface Theme {
  tokens: Record<string, string>;
  parts: PartId[];
}

const PRESETS: Record<string, Theme> = {
  Default: { tokens: {}, parts: [] },
  Seal: {
    tokens: {
      "--brief-color-background": "#fffdf8",
      "--brief-color-accent": "#b42318",
      "--brief-color-border": "#e8dccb",
      "--brief-color-chip": "#fbeae8",
      "--brief-color-chip-text": "#7a1a12",
      "--brief-radius": "4px",
      "--brief-font-latin": 'Georgia, "Times New Roman", serif',
      "--brief-font-cjk": '"Noto Serif TC", "Noto Serif CJK TC", "Songti TC", PMingLiU, serif',
    },
    parts: ["accent-bar"],
  },
  Harbour: {
    tokens: {
      "--brief-color-accent": "#0f766e",
      "--brief-color-border": "#b7dcd8",
      "--brief-color-chip": "#e0f2f1",
      "--brief-color-chip-text": "#134e4a",
      "--brief-radius": "20px",
      "--brief-shadow": "none",
    },
    parts: ["outlined-chips", "filled-toggle"],
  },
  Night: {
    tokens: {
      "--brief-color-background": "#0f172a",
      "--brief-color-text": "#e2e8f0",
      "--brief-color-muted": "#94a3b8",
      "--brief-color-accent": "#fbbf24",
      "--brief-color-border": "#1e293b",
      "--brief-color-rule": "#1e293b",
      "--brief-color-chip": "#1e293b",
      "--brief-color-chip-text": "#fde68a",
      "--brief-radius": "14px",
    },
    parts: ["filled-toggle"],
  },
};

/** The page's CSS for a theme; `scope` prefixes every selector (the preview uses its own). */
export function themeCSS(theme: Theme, scope = ""): string {
  const prefix = scope ? `${scope} ` : "";
  const blocks: string[] = [];
  const tokens = Object.entries(theme.tokens).filter(([, value]) => value !== "");
  if (tokens.length > 0) {
    const declarations = tokens.map(([property, value]) => `  ${property}: ${value};`).join("\n");
    blocks.push(`${prefix}brief-card,\n${prefix}brief-outline {\n${declarations}\n}`);
  }
  for (const rule of PART_RULES) {
    if (!theme.parts.includes(rule.id)) continue;
    const declarations = rule.declarations.map((declaration) => `  ${declaration};`).join("\n");
    blocks.push(`${prefix}${rule.selector} {\n${declarations}\n}`);
  }
  return blocks.length > 0
    ? blocks.join("\n\n")
    : "/* The elements' own look: no custom property or ::part() rule set. */";
}

function tokenControl(token: Token, theme: Theme, onChange: (value: string) => void): HTMLElement {
  const id = `token${token.property.slice(1)}`;
  const current = theme.tokens[token.property] ?? "";
  let input: HTMLInputElement | HTMLSelectElement;
  if (token.kind === "color") {
    input = h("input", { type: "color", id, value: current || token.initial });
    input.addEventListener("input", () => onChange(input.value));
  } else if (token.kind === "range") {
    const value = current ? parseFloat(current) : token.initial;
    input = h("input", {
      type: "range",
      id,
      min: String(token.min),
      max: String(token.max),
      step: String(token.step),
      value: String(value),
    });
    input.addEventListener("input", () => onChange(`${input.value}${token.unit}`));
  } else {
    input = h(
      "select",
      { id },
      ...token.options.map(([label, value]) => {
        const option = h("option", { value }, label);
        option.selected = value === current;
        return option;
      }),
    );
    input.addEventListener("change", () => onChange(input.value));
  }
  return h("div", { class: "control" }, h("label", { for: id }, token.label), input);
}

function partControl(rule: (typeof PART_RULES)[number], theme: Theme, onChange: (on: boolean) => void) {
  const input = h("input", { type: "checkbox", id: `part-${rule.id}` });
  input.checked = theme.parts.includes(rule.id);
  input.addEventListener("change", () => onChange(input.checked));
  return h(
    "div",
    { class: "control control--check" },
    input,
    h("label", { for: input.id }, rule.label, " ", h("code", {}, rule.selector.replace("brief-card", ""))),
  );
}

/**
 * The theming section: presets and controls for the `--brief-*` custom properties and a few
 * `::part()` rules, applied live to a preview card and outline, with the CSS a page would carry.
 */
export function setUpThemePlayground(parts: PlaygroundParts, brief: Brief): void {
  const { controls, preview, css, copyButton, elements } = parts;
  for (const element of elements) element.brief = brief;

  // Rules are built from fixed templates and the controls' own values, never from brief text.
  const style = h("style", { id: "theme-playground-style" });
  document.head.append(style);

  let theme: Theme = structuredClone(PRESETS["Default"] ?? { tokens: {}, parts: [] });

  const apply = () => {
    style.textContent = themeCSS(theme, `#${preview.id}`);
    css.textContent = themeCSS(theme);
  };

  const setScheme = (scheme: ThemeSetting) => {
    for (const element of elements) {
      if (scheme === "auto") element.removeAttribute("theme");
      else element.theme = scheme;
    }
    preview.dataset.scheme = scheme;
  };

  const render = () => {
    const presetButtons = Object.keys(PRESETS).map((name) => {
      const button = h("button", { type: "button", class: "button" }, name);
      button.addEventListener("click", () => {
        theme = structuredClone(PRESETS[name] ?? theme);
        render();
        apply();
      });
      return button;
    });
    const schemeChoices = (["auto", "light", "dark"] as const).map((scheme) => {
      const input = h("input", { type: "radio", name: "preview-scheme", value: scheme });
      input.checked = (preview.dataset.scheme ?? "auto") === scheme;
      input.addEventListener("change", () => setScheme(scheme));
      return h("label", {}, input, " ", h("span", {}, scheme[0]?.toUpperCase() + scheme.slice(1)));
    });
    const colorControls = TOKENS.filter((token) => token.kind === "color");
    const otherControls = TOKENS.filter((token) => token.kind !== "color");
    const onToken = (token: Token) => (value: string) => {
      theme.tokens[token.property] = value;
      apply();
    };
    controls.replaceChildren(
      h("fieldset", {}, h("legend", {}, "Presets"), h("div", { class: "presets" }, ...presetButtons)),
      h(
        "fieldset",
        {},
        h("legend", {}, "Scheme ", h("code", {}, "theme=")),
        h("div", { class: "segmented" }, ...schemeChoices),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "Colours"),
        ...colorControls.map((token) => tokenControl(token, theme, onToken(token))),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "Shape and type"),
        ...otherControls.map((token) => tokenControl(token, theme, onToken(token))),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "Parts"),
        ...PART_RULES.map((rule) =>
          partControl(rule, theme, (on) => {
            theme.parts = on ? [...theme.parts, rule.id] : theme.parts.filter((id) => id !== rule.id);
            apply();
          }),
        ),
      ),
    );
  };

  setUpCopyButton(copyButton, css, "Copy CSS");

  render();
  apply();
}
