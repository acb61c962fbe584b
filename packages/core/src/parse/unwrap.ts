/**
 * E-mail → the brief's own lines. A brief forwarded or quoted in a reply arrives with `>` quoting,
 * attribution lines (`On … wrote:`, `… 於 … 寫道：`), forwarded-message markers (Gmail, Outlook, Apple
 * Mail, Thunderbird, mutt, in English and Chinese), mail headers (From, Date, 寄件者, 主旨 …) and a
 * signature. Quoting is taken off; the rest is blanked, never read as brief fields, and reported as
 * `outside-brief`. Two passes over lines (quotes, then the mail's own lines): each looks at a line's
 * first characters and decides, so both stay linear.
 */
import type { OutsideKind } from "../diagnostics.js";
import { isSpace } from "./chars.js";
import { fieldKeyOf } from "./labels.js";
import { eachLine, type Edit, type StepNote, type StepResult } from "./source.js";

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  eachLine(text, (start, end) => lines.push({ start, end }));
  return lines;
}

function contentStart(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isBlank(text: string, line: Line): boolean {
  return contentStart(text, line) === line.end;
}

/** Blanks runs of lines and reports each run once, as what it was. */
class Blanker {
  readonly edits: Edit[] = [];
  readonly notes: StepNote[] = [];
  private run: { what: OutsideKind; first: Line; last: Line; count: number } | null = null;

  constructor(private readonly text: string) {}

  blank(line: Line, what: OutsideKind): void {
    const from = contentStart(this.text, line);
    if (from === line.end) return;
    this.edits.push({ from: line.start, to: line.end, insert: "" });
    const run = this.run;
    if (run !== null && run.what === what) {
      run.last = line;
      run.count++;
      return;
    }
    this.flush();
    this.run = { what, first: line, last: line, count: 1 };
  }

  /** Ends the current run: a kept line came between. */
  flush(): void {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    this.notes.push({
      detail: { code: "outside-brief", what: run.what, count: run.count },
      from: contentStart(this.text, run.first),
      to: run.last.end,
    });
  }

  result(): StepResult {
    this.flush();
    return { edits: this.edits, notes: this.notes };
  }
}

/** How many `>` open the line (spaces between them allowed), and where the quoted text begins. */
function quoteOf(text: string, line: Line): { depth: number; body: number } {
  let depth = 0;
  let i = line.start;
  let body = i;
  for (;;) {
    while (i < line.end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    if (i < line.end && text.charCodeAt(i) === 0x3e) {
      depth++;
      i++;
      body = i < line.end && text.charCodeAt(i) === 0x20 ? i + 1 : i;
      continue;
    }
    return { depth, body: depth === 0 ? line.start : body };
  }
}

/** A quoted brief is more than a stray `>`: a few quoted lines that make up a good part of the text. */
const QUOTED_MIN = 3;

/**
 * Takes quoting off. The brief is the quote depth that holds the most text; lines at other depths
 * (the reply around it, an earlier message) are left out.
 */
export function unquote(text: string): StepResult | null {
  if (text.charCodeAt(0) !== 0x3e && text.indexOf("\n>") < 0 && text.indexOf("\n >") < 0) return null;
  const lines = linesOf(text);
  const weight: number[] = [];
  const quotes = lines.map((line) => {
    const quote = quoteOf(text, line);
    weight[quote.depth] = (weight[quote.depth] ?? 0) + (line.end - quote.body);
    return quote;
  });
  const quoted = quotes.filter((q) => q.depth > 0).length;
  if (quoted < QUOTED_MIN) return null;
  let depth = 1;
  for (let d = 1; d < weight.length; d++) if ((weight[d] ?? 0) > (weight[depth] ?? 0)) depth = d;
  // more unquoted text than quoted: the quotes are the brief's own (Markdown block quotes), not mail's
  if ((weight[0] ?? 0) > (weight[depth] ?? 0)) return null;
  const blanker = new Blanker(text);
  // once the reply's signature starts, the rest of the reply is signature
  let signed = false;
  lines.forEach((line, i) => {
    const quote = quotes[i] as { depth: number; body: number };
    if (quote.depth === depth) {
      blanker.flush();
      if (quote.body > line.start) blanker.edits.push({ from: line.start, to: quote.body, insert: "" });
      return;
    }
    signed ||= isSignatureMark(text.slice(line.start, line.end));
    if (signed) blanker.blank(line, "signature");
    else if (!isBlank(text, line)) {
      blanker.blank(line, isAttribution(text, line, lines[i + 1]) ? "attribution" : "reply");
    }
  });
  return blanker.result();
}

/** The line's content without surrounding whitespace, for the word checks below. */
function contentOf(text: string, line: Line | undefined): string {
  if (line === undefined) return "";
  return text.slice(line.start, line.end).trim();
}

const WROTE = /(?:wrote|writes|寫道|写道)\s*[:：]?$/i;
const ATTRIBUTION_START = /^(?:On\s|Le\s|Am\s|在\s?|於\s?|\S.*(?:於|在)\s?.*(?:寫道|写道))/;

/** `On Fri, Oct 24, 2025 at 9:14 AM 王小明 <a@b.tw> wrote:` (Gmail wraps it in two), `王小明 於 … 寫道：`. */
function isAttribution(text: string, line: Line, next: Line | undefined): boolean {
  const content = contentOf(text, line);
  if (content.length > 240) return false;
  // every mail client writes the date or time into it; "On Monday, the minister wrote:" is prose
  if (WROTE.test(content))
    return /\d/.test(content) && (ATTRIBUTION_START.test(content) || content.includes("@"));
  const rest = contentOf(text, next);
  return /^On\s.*\d/.test(content) && WROTE.test(rest) && rest.length < 120;
}

/** Forwarded-message markers; each opens a block of mail headers. */
const FORWARD = [
  // Gmail, Thunderbird, Outlook, mutt, with their Chinese forms: a rule, words, a rule
  /^-{2,}\s*(?:forwarded message|original message|forwarded message from .*|轉寄郵件|已轉寄郵件|轉寄的郵件|转发的邮件|轉寄的訊息|转发的消息|原始郵件|原始邮件|邮件原件|原始訊息|原始信件)\s*-{2,}$/i,
  // Apple Mail
  /^(?:begin forwarded message|以下為轉寄的郵件|以下为转发的邮件|轉寄的郵件|转发的邮件)\s*[:：]$/i,
];
const FORWARD_END = /^-{2,}\s*end (?:of )?forwarded message\s*-{2,}$/i;
/** Outlook separates a quoted message from the reply with a rule of underscores. */
const OUTLOOK_RULE = /^_{10,}$/;

const MAIL_HEADER =
  /^(?:from|to|cc|bcc|date|sent|subject|reply-to|寄件者|寄件人|發件人|发件人|收件者|收件人|副本|抄送|密件副本|日期|寄件日期|傳送時間|发送时间|發送時間|時間|时间|主旨|主題|主题)\s*[:：]/i;
/** Headers only mail has: a block holding one of these is mail headers, not a brief's header. */
const MAIL_ONLY =
  /^(?:from|to|cc|subject|sent|寄件者|寄件人|發件人|发件人|收件者|收件人|主旨|主題|主题)\s*[:：]/i;

function isForward(content: string): boolean {
  return FORWARD.some((re) => re.test(content));
}

/**
 * The mail header block starting at line `i` (`From: …`, `Date: …`, `Subject: …`, wrapped lines
 * indented): the index after it, or `i` when the lines there are not a mail header block.
 */
function headerBlockEnd(text: string, lines: readonly Line[], i: number, needMailOnly: boolean): number {
  let j = i;
  let mailOnly = 0;
  let headers = 0;
  while (j < lines.length) {
    const line = lines[j] as Line;
    const content = contentOf(text, line);
    if (MAIL_HEADER.test(content)) {
      headers++;
      if (MAIL_ONLY.test(content)) mailOnly++;
    } else if (headers === 0 || content === "" || contentStart(text, line) === line.start) break;
    j++;
  }
  if (headers === 0 || (needMailOnly && mailOnly < 2)) return i;
  return j;
}

/** The line that opens an e-mail signature: `-- `, as RFC 3676 has it, and the forms it is mangled into. */
function isSignatureMark(line: string): boolean {
  return line === "-- " || line === "--" || line === "\u2014";
}

/** A forwarded-message marker at line `i`: strong when it names itself, weak for Outlook's rule of underscores. */
function markerAt(text: string, lines: readonly Line[], i: number): "strong" | "weak" | null {
  const content = contentOf(text, lines[i]);
  if (isForward(content) || FORWARD_END.test(content)) return "strong";
  if (OUTLOOK_RULE.test(content) && headerBlockEnd(text, lines, i + 1, true) > i + 1) return "weak";
  return null;
}

/** Whether lines [from, to) hold a brief's field (`作者: …`), so they are the brief, not a note about it. */
function holdsField(text: string, lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const content = contentOf(text, lines[i]);
    const colon = content.search(/[:：]/);
    if (colon > 0 && colon < 40 && fieldKeyOf(content.slice(0, colon).trim()) !== null) return true;
  }
  return false;
}

/** A signature runs to the next forwarded message, or to the end when it closes the text. */
const TRAILING_SIGNATURE = 12;

/**
 * Leaves out what only mail has: the forwarder's note above the first forwarded-message marker, the
 * markers and the header block after each, a header block at the top (a saved message), attribution
 * lines, and signatures.
 */
export function unwrapMail(text: string): StepResult | null {
  if (!mayBeMail(text)) return null;
  const lines = linesOf(text);
  const markers = lines.map((_, i) => markerAt(text, lines, i));
  const firstMarker = markers.findIndex((m) => m !== null);
  const note = firstMarker > 0 && !holdsField(text, lines, 0, firstMarker) ? firstMarker : 0;
  const firstContent = lines.findIndex((line) => !isBlank(text, line));
  const blanker = new Blanker(text);
  let signed = false;
  // after a named marker the header block needs no proof that it is mail's; after Outlook's rule
  // (which may be any rule) and at the top of a saved message it does
  let marker: "strong" | "weak" | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const content = contentOf(text, line);
    const found = markers[i] ?? null;
    if (found !== null) {
      blanker.blank(line, "forward");
      marker = found;
      signed = false;
      continue;
    }
    if (isSignatureMark(text.slice(line.start, line.end))) {
      signed ||= i < note || lines.length - i <= TRAILING_SIGNATURE;
    }
    if (signed || i < note) {
      blanker.blank(line, signed ? "signature" : "reply");
      continue;
    }
    if (content === "") continue;
    if (marker !== null || i === firstContent) {
      const end = headerBlockEnd(text, lines, i, marker !== "strong");
      marker = null;
      if (end > i) {
        for (; i < end; i++) blanker.blank(lines[i] as Line, "mail-headers");
        i--;
        continue;
      }
    }
    if (isAttribution(text, line, lines[i + 1])) {
      blanker.blank(line, "attribution");
      if (!WROTE.test(content)) blanker.blank(lines[++i] as Line, "attribution");
      continue;
    }
    blanker.flush();
  }
  const result = blanker.result();
  return result.edits.length === 0 ? null : result;
}

/** Cheap look for any mark of mail, so a plain brief costs a few native searches. */
function mayBeMail(text: string): boolean {
  return /wrote|寫道|写道|forward|original message|轉寄|转发|原始|郵件|邮件|^-- ?$|_{10}|^(?:from|寄件者|發件人|发件人)\s*[:：]/im.test(
    text,
  );
}
