import { checkRadio, onRadioChange, radioValue } from "./radio-group.js";

const STORAGE_KEY = "briefkit-gallery:scheme";

type Scheme = "auto" | "light" | "dark";

function isScheme(value: string | null): value is Scheme {
  return value === "auto" || value === "light" || value === "dark";
}

function apply(scheme: Scheme): void {
  if (scheme === "auto") delete document.documentElement.dataset.scheme;
  else document.documentElement.dataset.scheme = scheme;
}

/** Light, dark, or the system's choice for the whole page, remembered across visits. */
export function setUpSchemeSwitch(container: HTMLElement): void {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private windows, sandboxed frames); the switch still works for this visit.
  }
  if (isScheme(saved)) checkRadio(container, saved);
  const initial = radioValue(container);
  if (isScheme(initial)) apply(initial);
  onRadioChange(container, (value) => {
    if (!isScheme(value)) return;
    apply(value);
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // See above: not remembering is fine.
    }
  });
}
