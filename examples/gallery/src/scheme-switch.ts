import { checkRadio, onRadioChange, radioValue } from "./radio-group.js";

const STORAGE_KEY = "briefkit-gallery:scheme";

type Scheme = "auto" | "light" | "dark";

function isScheme(value: string | null): value is Scheme {
  return value === "auto" || value === "light" || value === "dark";
}

/**
 * The page follows `color-scheme`; the elements follow the reader's preference unless their `theme`
 * attribute forces one, so a forced page scheme is passed on to them (the playground keeps its own).
 */
function apply(scheme: Scheme): void {
  if (scheme === "auto") delete document.documentElement.dataset.scheme;
  else document.documentElement.dataset.scheme = scheme;
  for (const element of document.querySelectorAll(
    "brief-card:not([data-themed]), brief-outline:not([data-themed]), brief-digest",
  )) {
    if (scheme === "auto") element.removeAttribute("theme");
    else element.setAttribute("theme", scheme);
  }
}

/** Light, dark, or the reader's choice for the whole page, remembered across visits. */
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
