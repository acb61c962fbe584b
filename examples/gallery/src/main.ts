import { BriefCard, BriefDigest, BriefOutline, type BriefElement } from "@briefkit/elements";
import { renderCardGrid } from "./card-grid.js";
import { setUpDigestShowcase } from "./digest-showcase.js";
import { byId } from "./dom.js";
import { setUpLiveEditor } from "./live-editor.js";
import { setUpOutlineShowcase } from "./outline-showcase.js";
import { onRadioChange, radioValue } from "./radio-group.js";
import { DIGEST_FILE, sampleBriefs, samples } from "./samples.js";
import { setUpSchemeSwitch } from "./scheme-switch.js";
import { setUpThemePlayground } from "./theme-playground.js";

const cards = renderCardGrid(byId("card-grid", HTMLUListElement), sampleBriefs);
const cardLanguage = byId("card-language", HTMLFieldSetElement);
const applyCardLanguage = (language: string) => {
  for (const card of cards) card.setAttribute("language", language);
};
applyCardLanguage(radioValue(cardLanguage));
onRadioChange(cardLanguage, applyCardLanguage);

const weeklyDigest = samples.find((sample) => sample.file === DIGEST_FILE);
if (weeklyDigest) {
  setUpDigestShowcase(
    {
      digest: byId("weekly-digest", BriefDigest),
      language: byId("digest-language", HTMLFieldSetElement),
      markup: byId("digest-markup", HTMLElement),
      copyButton: byId("copy-digest-markup", HTMLButtonElement),
    },
    weeklyDigest,
  );
}

setUpOutlineShowcase(
  {
    select: byId("outline-brief", HTMLSelectElement),
    outlines: [...document.querySelectorAll<BriefOutline>("brief-outline[data-outline]")],
    autoPanel: byId("auto-panel", HTMLElement),
    autoLanguage: byId("auto-lang", HTMLSelectElement),
    section: byId("outlines", HTMLElement),
  },
  sampleBriefs,
);

const reference = sampleBriefs[0]?.brief;
if (reference) {
  setUpThemePlayground(
    {
      controls: byId("theme-controls", HTMLFormElement),
      preview: byId("theme-preview", HTMLElement),
      css: byId("theme-css", HTMLElement),
      copyButton: byId("copy-css", HTMLButtonElement),
      elements: [...document.querySelectorAll<BriefElement>("[data-themed]")],
    },
    reference,
  );
}

// After every element exists, so a remembered scheme reaches them all.
setUpSchemeSwitch(byId("scheme-switch", HTMLFieldSetElement));

setUpLiveEditor(
  {
    textarea: byId("editor-text", HTMLTextAreaElement),
    sampleSelect: byId("editor-sample", HTMLSelectElement),
    clearButton: byId("editor-clear", HTMLButtonElement),
    status: byId("editor-status", HTMLElement),
    timing: byId("editor-timing", HTMLElement),
    cursor: byId("editor-cursor", HTMLElement),
    card: byId("editor-card", BriefCard),
    outline: byId("editor-outline", BriefOutline),
    diagnostics: byId("diagnostics", HTMLOListElement),
  },
  samples,
);
