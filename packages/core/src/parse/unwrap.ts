/**
 * E-mail → the brief's own lines. A brief forwarded or quoted in a reply arrives with `>` quoting,
 * attribution lines (`On … wrote:`, `… 於 … 寫道：`), forwarded-message markers (Gmail, Outlook, Apple
 * Mail, Thunderbird, mutt, in English and Chinese), mail headers (From, Date, 寄件者, 主旨 …), the
 * sender's note and a signature. Quoting is taken off; the rest is blanked, never read as the brief's
 * fields, and reported as `outside-brief`. Each pass looks at every line once.
 */
import type { OutsideKind } from "../diagnostics.js";
import { fieldKeyOf } from "./labels.js";
import { eachLine, type Edit, type StepNote, type StepResult } from "./source.js";

interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace. */
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  eachLine(text, (start, end) => lines.push({ start, end, text: text.slice(start, end).trim() }));
  return lines;
}

/** Blanks the lines given a kind, reporting each run of one kind (blank lines between allowed) once. */
function leaveOut(
  lines: readonly Line[],
  kinds: readonly (OutsideKind | undefined)[],
  edits: Edit[],
): StepResult {
  const notes: StepNote[] = [];
  let run: StepNote | null = null;
  lines.forEach((line, i) => {
    const what = kinds[i];
    if (line.text === "") return;
    if (what === undefined) {
      run = null;
      return;
    }
    edits.push({ from: line.start, to: line.end, insert: "" });
    const detail = run?.detail;
    if (run !== null && detail?.code === "outside-brief" && detail.what === what) {
      detail.count++;
      run.to = line.end;
    } else {
      run = { detail: { code: "outside-brief", what, count: 1 }, from: line.start, to: line.end };
      notes.push(run);
    }
  });
  return { edits, notes };
}

/** Every mail client writes a date or time into it; "On Monday, the minister wrote:" is prose. */
const WROTE = /(?:wrote|writes|寫道|写道)\s*[:：]?$/i;
const ATTRIBUTION = /^(?:On\s|Le\s|Am\s)|@|於|在/;

/** `On Fri, Oct 24, 2025 at 9:14 AM 王小明 <a@b.tw> wrote:` (Gmail wraps it in two), `王小明 於 … 寫道：`. */
function attribution(lines: readonly Line[], i: number): number {
  const { text } = lines[i] as Line;
  if (text.length > 240 || !/\d/.test(text)) return 0;
  if (WROTE.test(text)) return ATTRIBUTION.test(text) ? 1 : 0;
  const next = lines[i + 1]?.text ?? "";
  return /^On\s/.test(text) && WROTE.test(next) && next.length < 120 ? 2 : 0;
}

const SIGNATURE = /^(?:-- ?|\u2014)$/;

/**
 * Takes quoting off. The brief is the quote depth that holds the most text; lines at other depths
 * (the reply around it, an earlier message) are left out. More unquoted text than quoted means the
 * quotes are the brief's own (Markdown block quotes), left to the markup step.
 */
export function unquote(text: string): StepResult | null {
  if (!/^[ \t]*>/m.test(text)) return null;
  const lines = linesOf(text);
  const weight: number[] = [];
  const quotes = lines.map((line) => {
    const prefix = /^[ \t]*((?:>[ \t]?)*)/.exec(text.slice(line.start, line.end))?.[0] ?? "";
    const depth = prefix.split(">").length - 1;
    weight[depth] = (weight[depth] ?? 0) + line.end - line.start - prefix.length;
    return { depth, prefix: prefix.length };
  });
  let depth = 1;
  for (let d = 2; d < weight.length; d++) if ((weight[d] ?? 0) > (weight[depth] ?? 0)) depth = d;
  if (quotes.filter((q) => q.depth > 0).length < 3 || (weight[0] ?? 0) > (weight[depth] ?? 0)) return null;
  const edits: Edit[] = [];
  const kinds: (OutsideKind | undefined)[] = [];
  let signed = false;
  lines.forEach((line, i) => {
    const quote = quotes[i] as { depth: number; prefix: number };
    if (quote.depth === depth) {
      if (quote.prefix > 0) edits.push({ from: line.start, to: line.start + quote.prefix, insert: "" });
      return;
    }
    signed ||= SIGNATURE.test(text.slice(line.start, line.end));
    kinds[i] = signed ? "signature" : attribution(lines, i) > 0 ? "attribution" : "reply";
  });
  return leaveOut(lines, kinds, edits);
}

/** Forwarded-message markers: a rule, words and a rule (Gmail, Thunderbird, Outlook, mutt), or Apple Mail's line. */
const FORWARD =
  /^(?:-{2,}\s*(?:(?:begin |end (?:of )?)?forwarded message(?: from .*)?|original message|已?轉寄(?:的)?(?:郵件|訊息)|转发的(?:邮件|消息)|原始(?:郵件|邮件|訊息|信件)|邮件原件)\s*-{2,}|(?:begin forwarded message|以下為轉寄的郵件|以下为转发的邮件)\s*[:：])$/i;
/** Outlook separates the message it quotes with a rule of underscores; the header block after it proves it. */
const OUTLOOK_RULE = /^_{10,}$/;
const MAIL_HEADER =
  /^(?:from|to|cc|bcc|date|sent|subject|reply-to|message-id|mime-version|content-[\w-]+|x-[\w-]+|in-reply-to|references|thread-[\w-]+|return-path|received|user-agent|寄件者|寄件人|發件人|发件人|收件者|收件人|副本|抄送|密件副本|日期|寄件日期|傳送時間|發送時間|发送时间|時間|时间|主旨|主題|主题)\s*[:：]/i;
/** Headers only mail has: a block without two of them may be a brief's own header. */
const MAIL_ONLY =
  /^(?:from|to|cc|subject|sent|寄件者|寄件人|發件人|发件人|收件者|收件人|主旨|主題|主题)\s*[:：]/i;

/** The end of the mail header block at `i` (indented lines continue a header), or `i` when there is none. */
function headerBlockEnd(text: string, lines: readonly Line[], i: number, proof: boolean): number {
  let j = i;
  let mailOnly = 0;
  for (; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (MAIL_HEADER.test(line.text)) mailOnly += MAIL_ONLY.test(line.text) ? 1 : 0;
    else if (j === i || line.text === "" || !/^\s/.test(text.slice(line.start, line.end))) break;
  }
  return proof && mailOnly < 2 ? i : j;
}

/** Whether lines [0, to) hold a brief's field (`作者: …`): then they are the brief, not the sender's note. */
function holdsField(lines: readonly Line[], to: number): boolean {
  return lines.slice(0, to).some(({ text }) => {
    const colon = text.search(/[:：]/);
    return colon > 0 && colon < 40 && fieldKeyOf(text.slice(0, colon).trim()) !== null;
  });
}

/** A signature closes the text when this few lines follow it, or ends at the next forwarded message. */
const TRAILING_SIGNATURE = 12;

/**
 * Leaves out what only mail has: the sender's note above the first forwarded-message marker, each
 * marker and the header block after it, a header block at the top (a saved message), attribution
 * lines, and signatures.
 */
export function unwrapMail(text: string): StepResult | null {
  const lines = linesOf(text);
  const markers = lines.map(({ text: t }, i) =>
    FORWARD.test(t)
      ? "named"
      : OUTLOOK_RULE.test(t) && headerBlockEnd(text, lines, i + 1, true) > i + 1
        ? "rule"
        : null,
  );
  const first = markers.findIndex((m) => m !== null);
  const note = first > 0 && !holdsField(lines, first) ? first : 0;
  let top = lines.findIndex((line) => line.text !== "");
  const kinds: (OutsideKind | undefined)[] = [];
  let signed = false;
  let marker: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (markers[i]) {
      kinds[i] = "forward";
      marker = markers[i] ?? null;
      signed = false;
      continue;
    }
    if (SIGNATURE.test(text.slice(line.start, line.end)))
      signed ||= i < note || lines.length - i <= TRAILING_SIGNATURE;
    if (signed || i < note) kinds[i] = signed ? "signature" : "reply";
    if (signed || i < note || line.text === "") continue;
    if (marker !== null || i === top) {
      // after a named marker the block needs no proof that it is mail's
      const end = headerBlockEnd(text, lines, i, marker !== "named");
      marker = null;
      top = -1;
      if (end > i) {
        for (; i < end; i++) kinds[i] = "mail-headers";
        i--;
        continue;
      }
    }
    const wrote = attribution(lines, i);
    for (let k = 0; k < wrote; k++) kinds[i + k] = "attribution";
    i += Math.max(wrote - 1, 0);
  }
  signOff(lines, kinds);
  return kinds.length === 0 ? null : leaveOut(lines, kinds, []);
}

/** `Best,` `Regards,` `謝謝` and the like: a sign-off, with perhaps a name under it. */
const CLOSING =
  /^(?:(?:best|kind|warm)?\s*regards|best(?: wishes)?|thanks|thank you|cheers|sincerely|yours|謝謝|感謝|敬祝|祝好|順頌|此致|敬上)(?![a-z])[^\n]{0,24}$/i;

/** A sign-off closing the text, without a `-- ` before it: it and the short lines after it are the signature. */
function signOff(lines: readonly Line[], kinds: (OutsideKind | undefined)[]): void {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 4; i--) {
    const { text } = lines[i] as Line;
    if (text === "" || kinds[i] !== undefined) continue;
    if (text.length > 40) return;
    seen++;
    if (!CLOSING.test(text)) continue;
    for (let j = i; j < lines.length; j++) kinds[j] ??= "signature";
    return;
  }
}
