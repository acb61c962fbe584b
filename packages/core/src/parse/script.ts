import { HAN, LATIN, classOf } from "./chars.js";

/**
 * Which Chinese a text is written in, decided from the characters actually used: the most frequent
 * characters that exist only in Simplified form, and their Traditional forms, position for position.
 * Characters both scripts share say nothing, and characters that are rare but real in the other script
 * (准, 范, 体, 几) are left out. A sample of a section's first hundred letters holds about ten of these
 * in news text, so this short list decides every summary-length text as a list ten times as long does,
 * and keeps the bundle small.
 */

const SIMPLIFIED_ONLY =
  "这个们为国说时来会对发过经么学现动样开实从无与长关点业间问应战头见产话给门东员论处认条题别变总电贸济军谈协选罗欧韩统领导习压数报";

const TRADITIONAL_ONLY =
  "這個們為國說時來會對發過經麼學現動樣開實從無與長關點業間問應戰頭見產話給門東員論處認條題別變總電貿濟軍談協選羅歐韓統領導習壓數報";

const BASE = 0x3400;
/** 1 for Traditional-only, 2 for Simplified-only, indexed by code unit − U+3400 (CJK Extension A onwards). */
const VARIANT = new Uint8Array(0xa000 - BASE);

function mark(chars: string, value: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= BASE && c < 0xa000) VARIANT[c - BASE] = value;
  }
}
mark(TRADITIONAL_ONLY, 1);
mark(SIMPLIFIED_ONLY, 2);

export const TRADITIONAL = 1;
export const SIMPLIFIED = 2;

/** `TRADITIONAL`, `SIMPLIFIED` or 0 for a code unit in the CJK ideograph blocks. */
export function hanVariant(c: number): number {
  return c >= BASE && c < 0xa000 ? (VARIANT[c - BASE] ?? 0) : 0;
}

/** The two lists, for tests that guard them against overlapping. */
export const VARIANT_LISTS = { simplified: SIMPLIFIED_ONLY, traditional: TRADITIONAL_ONLY } as const;

export interface ScriptCounts {
  han: number;
  latin: number;
  traditional: number;
  simplified: number;
}

/**
 * How many letters of a summary decide its script. Counting stops there, so a long summary costs no
 * more than a short one; and the first letters of a text are the same however its lines were wrapped.
 */
export const SCRIPT_SAMPLE = 100;

/** Adds the script of [from, to) to `counts`, stopping once the sample is full. */
export function countScript(text: string, from: number, to: number, counts: ScriptCounts): void {
  if (counts.han + counts.latin >= SCRIPT_SAMPLE) return;
  let { han, latin, traditional, simplified } = counts;
  for (let i = from; i < to && han + latin < SCRIPT_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k & HAN) {
      han++;
      const variant = hanVariant(c);
      if (variant === TRADITIONAL) traditional++;
      else if (variant === SIMPLIFIED) simplified++;
    } else if (k & LATIN) latin++;
  }
  counts.han = han;
  counts.latin = latin;
  counts.traditional = traditional;
  counts.simplified = simplified;
}

/** The language family counts point to: Chinese when Han characters carry at least half the letters' weight. */
export function familyOf(counts: ScriptCounts): "zh" | "en" | null {
  if (counts.han > 0 && counts.han * 2 >= counts.latin) return "zh";
  return counts.latin > 0 ? "en" : null;
}
