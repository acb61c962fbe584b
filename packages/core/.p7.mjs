import { readFileSync } from "node:fs";
import { isSpace } from "./dist/parse/chars.js";
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
function isWideBracket(c) { return (c >= 0x3008 && c <= 0x3015) || c === 0xff08 || c === 0xff09 || c === 0x201c || c === 0x201d; }
const found = { spaces: 0, garbage: 0, clean: true, brackets: false };
function A(text, first, last) {
  let spaces = 0, garbage = 0, clean = true, brackets = false, previous = 0;
  for (let j = first; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (c > 0x29) { const folded = c | 0x20; if (folded === 0x7b || folded === 0x7d) brackets = true; else if (c === 0x7f) garbage++; }
      else if (c === 0x20) { spaces++; if (previous === 0x20) clean = false; }
      else if (c >= 0x28) brackets = true;
      else if (c < 0x20) { if (c === 9 || c === 11 || c === 12) { spaces++; clean = false; } else garbage++; }
    } else if (c < 0x3400 || c > 0x9fff) {
      if (isSpace(c)) { spaces++; clean = false; } else if (isWideBracket(c)) brackets = true; else if (c === 0xfffd) garbage++;
    }
    previous = c;
  }
  found.spaces = spaces; found.garbage = garbage; found.clean = clean; found.brackets = brackets; return found;
}
function B(text, first, last) { // no non-ascii branch body
  let spaces = 0, garbage = 0, clean = true, brackets = false, previous = 0;
  for (let j = first; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (c > 0x29) { const folded = c | 0x20; if (folded === 0x7b || folded === 0x7d) brackets = true; else if (c === 0x7f) garbage++; }
      else if (c === 0x20) { spaces++; if (previous === 0x20) clean = false; }
      else if (c >= 0x28) brackets = true;
      else if (c < 0x20) { if (c === 9 || c === 11 || c === 12) { spaces++; clean = false; } else garbage++; }
    }
    previous = c;
  }
  found.spaces = spaces; found.garbage = garbage; found.clean = clean; found.brackets = brackets; return found;
}
function C(text, first, last) { let k = 0; for (let j = first; j < last; j++) { const c = text.charCodeAt(j); if (c < 0x80) { if (c > 0x29) k++; } } return k; }
function D(text, first, last) { let k = 0; for (let j = first; j < last; j++) k += text.charCodeAt(j); return k; }
const fns = { A, B, C, D };
const best = {};
for (let r = 0; r < 60; r++) for (const [n, f] of Object.entries(fns)) { const s = process.hrtime.bigint(); for (let i = 0; i < 500; i++) f(t, 0, t.length); best[n] = Math.min(best[n] ?? 1e9, Number(process.hrtime.bigint() - s) / 500 / 1000); }
console.log(best);
