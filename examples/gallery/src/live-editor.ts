import { parseBrief, type Diagnostic } from "@briefkit/core";
import type { BriefCard, BriefOutline } from "@briefkit/elements";
import { debounce } from "./debounce.js";
import { renderDiagnostics } from "./diagnostics-list.js";
import { h } from "./dom.js";
import type { Sample } from "./samples.js";

export interface EditorParts {
  textarea: HTMLTextAreaElement;
  sampleSelect: HTMLSelectElement;
  clearButton: HTMLButtonElement;
  status: HTMLElement;
  timing: HTMLElement;
  cursor: HTMLElement;
  card: BriefCard;
  outline: BriefOutline;
  diagnostics: HTMLElement;
}

// Long enough to skip the keystrokes of a word, short enough to feel live.
const PARSE_DELAY_MS = 200;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summarise(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic["severity"]) =>
    diagnostics.filter((d) => d.severity === severity).length;
  return [
    plural(count("error"), "error", "errors"),
    plural(count("warning"), "warning", "warnings"),
    plural(count("info"), "info", "infos"),
  ].join(", ");
}

/** 1-based line and column of a UTF-16 offset in `text`, as the parser counts them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

export function setUpLiveEditor(parts: EditorParts, samples: readonly Sample[]): void {
  const { textarea, sampleSelect, clearButton, status, timing, cursor, card, outline, diagnostics } = parts;

  const selectInText = (diagnostic: Diagnostic) => {
    const position = diagnostic.position;
    textarea.focus();
    if (!position) return;
    textarea.setSelectionRange(
      position.start.offset,
      Math.max(position.end.offset, position.start.offset + 1),
    );
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (position.start.line - 3) * lineHeight);
  };

  let announced = "";
  const update = () => {
    const started = performance.now();
    const { brief, diagnostics: found } = parseBrief(textarea.value);
    const elapsed = performance.now() - started;
    card.brief = brief;
    outline.brief = brief;
    renderDiagnostics(diagnostics, found, selectInText);
    const summary = summarise(found);
    // The status is a live region: only speak when the findings change, not on every keystroke.
    if (summary !== announced) {
      announced = summary;
      status.textContent = summary;
    }
    timing.textContent = `parsed in ${elapsed < 1 ? elapsed.toFixed(2) : elapsed.toFixed(1)} ms`;
  };
  const scheduleUpdate = debounce(update, PARSE_DELAY_MS);

  const showCursor = () => {
    const { line, column } = lineAndColumn(textarea.value, textarea.selectionStart);
    cursor.textContent = `Ln ${line}, Col ${column}`;
  };

  for (const sample of samples) {
    sampleSelect.append(h("option", { value: sample.file }, sample.file));
  }
  const load = (file: string) => {
    textarea.value = samples.find((sample) => sample.file === file)?.text ?? "";
    update();
    showCursor();
  };

  textarea.addEventListener("input", () => {
    scheduleUpdate();
    showCursor();
  });
  for (const type of ["keyup", "click", "select"]) textarea.addEventListener(type, showCursor);
  sampleSelect.addEventListener("change", () => load(sampleSelect.value));
  clearButton.addEventListener("click", () => {
    textarea.value = "";
    update();
    showCursor();
    textarea.focus();
  });

  load(sampleSelect.value);
}
