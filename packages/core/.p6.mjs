import { readFileSync } from "node:fs";
const t = readFileSync("test/fixtures/rare-earths-2025-10-24.txt", "utf8");
const ASCII = new Uint8Array(128); for (let c = 65; c <= 90; c++) ASCII[c] = 1; for (let c = 97; c <= 122; c++) ASCII[c] = 1; ASCII[32] = 4; ASCII[40] = 2; ASCII[41] = 2;
const VAR = new Uint8Array(0xa000 - 0x3400);
function full(text, first, last) {
  let han = 0, latin = 0, tr = 0, si = 0, sp = 0, g = 0, clean = true, br = false, prev = 0;
  for (let j = first; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) { const f = ASCII[c]; if (f === 1) latin++; else if (f !== 0) { if (f === 4) { sp++; if (c !== 32 || prev === 32) clean = false; } else if (f === 2) br = true; else g++; } }
    else if (c >= 0x3400 && c <= 0x9fff) { han++; const v = VAR[c - 0x3400]; if (v !== 0) { if (v === 1) tr++; else si++; } }
    else if (c === 0xa0) { sp++; clean = false; }
    prev = c;
  }
  return han + latin + tr + si + sp + g + (clean ? 1 : 0) + (br ? 1 : 0);
}
function noprev(text, first, last) {
  let han = 0, latin = 0, tr = 0, si = 0, sp = 0, g = 0, clean = true, br = false;
  for (let j = first; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) { const f = ASCII[c]; if (f === 1) latin++; else if (f !== 0) { if (f === 4) { sp++; if (c !== 32 || text.charCodeAt(j+1) === 32) clean = false; } else if (f === 2) br = true; else g++; } }
    else if (c >= 0x3400 && c <= 0x9fff) { han++; const v = VAR[c - 0x3400]; if (v !== 0) { if (v === 1) tr++; else si++; } }
    else if (c === 0xa0) { sp++; clean = false; }
  }
  return han + latin + tr + si + sp + g + (clean ? 1 : 0) + (br ? 1 : 0);
}
function minimal(text, first, last) {
  let han = 0, other = 0;
  for (let j = first; j < last; j++) { const c = text.charCodeAt(j); if (c >= 0x3400) han++; else other++; }
  return han + other;
}
function bare(text, first, last) { let k = 0; for (let j = first; j < last; j++) k += text.charCodeAt(j); return k; }
const fns = { full, noprev, minimal, bare };
const best = {};
for (let r = 0; r < 60; r++) for (const [n, f] of Object.entries(fns)) { const s = process.hrtime.bigint(); for (let i = 0; i < 500; i++) f(t, 0, t.length); best[n] = Math.min(best[n] ?? 1e9, Number(process.hrtime.bigint() - s) / 500 / 1000); }
console.log(best);
