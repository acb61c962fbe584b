import { BRACKET, classOf } from "./chars.js";

/**
 * Bracket balance within one piece of text (a field value, a lead, a point), which may run over several
 * lines. Only reports: the text is the author's and is kept as written.
 */

/** The closing bracket for an opening one, or 0. Quotes that double as apostrophes are left out. */
function closerOf(c: number): number {
  switch (c) {
    case 0x300c: // 「」
    case 0x300e: // 『』
    case 0x3010: // 【】
    case 0x300a: // 《》
    case 0x3008: // 〈〉
    case 0x3014: // 〔〕
      return c + 1;
    case 0xff08: // （）
    case 0x28: // ()
      return c + 1;
    case 0x5b: // []
    case 0x7b: // {}
      return c + 2;
    case 0x201c: // “”
      return 0x201d;
    default:
      return 0;
  }
}

/** The opening bracket for a closing one, or 0. */
function openerOf(c: number): number {
  switch (c) {
    case 0x300d:
    case 0x300f:
    case 0x3011:
    case 0x300b:
    case 0x3009:
    case 0x3015:
    case 0xff09:
    case 0x29:
      return c - 1;
    case 0x5d:
    case 0x7d:
      return c - 2;
    case 0x201d:
      return 0x201c;
    default:
      return 0;
  }
}

export interface BracketProblem {
  /** Offset of the offending bracket in the text. */
  offset: number;
  bracket: string;
  /** The bracket that would balance it. */
  counterpart: string;
  /** "unclosed": an opening bracket never closed; "unopened": a closing bracket never opened. */
  kind: "unclosed" | "unopened";
}

/**
 * Tracks open brackets across the ranges of one piece of text; reports only its first problem.
 * One checker serves a whole parse: `finish` reports and starts over for the next piece.
 */
export class BracketChecker {
  private readonly open: number[] = [];
  private readonly openAt: number[] = [];
  /** How many of each opening bracket are on the stack, so a stray closer is judged without a search. */
  private readonly depth = new Map<number, number>();
  private problem: BracketProblem | null = null;

  /** Feeds the text in [from, to). */
  scan(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (!(classOf(c) & BRACKET)) continue;
      if (closerOf(c) !== 0) {
        this.open.push(c);
        this.openAt.push(i);
        this.depth.set(c, (this.depth.get(c) ?? 0) + 1);
        continue;
      }
      const opener = openerOf(c);
      if (opener === 0) continue;
      if ((this.depth.get(opener) ?? 0) === 0) {
        this.record(i, c, opener, "unopened");
        continue;
      }
      // close everything opened since the matching bracket; those were never closed
      for (;;) {
        const top = this.pop();
        if (top.bracket === opener) break;
        this.record(top.offset, top.bracket, closerOf(top.bracket), "unclosed");
      }
    }
  }

  /** The first problem found in the piece, in text order; the checker is then ready for the next piece. */
  finish(): BracketProblem | null {
    const c = this.open[0];
    const offset = this.openAt[0];
    if (c !== undefined && offset !== undefined) this.record(offset, c, closerOf(c), "unclosed");
    const problem = this.problem;
    if (this.open.length > 0) {
      this.open.length = 0;
      this.openAt.length = 0;
      this.depth.clear();
    }
    this.problem = null;
    return problem;
  }

  private pop(): { bracket: number; offset: number } {
    const bracket = this.open.pop() ?? 0;
    const offset = this.openAt.pop() ?? 0;
    this.depth.set(bracket, (this.depth.get(bracket) ?? 1) - 1);
    return { bracket, offset };
  }

  private record(offset: number, bracket: number, counterpart: number, kind: BracketProblem["kind"]): void {
    if (this.problem !== null && this.problem.offset <= offset) return;
    this.problem = {
      offset,
      bracket: String.fromCharCode(bracket),
      counterpart: String.fromCharCode(counterpart),
      kind,
    };
  }
}
