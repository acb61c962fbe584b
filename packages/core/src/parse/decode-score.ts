/**
 * Big5 or GB (GBK, GB18030): bytes that are not UTF-8 are read both ways, and the reading whose Han
 * characters are the common ones wins. Each decoder turns the other's bytes into valid but rare
 * characters, kana, private-use characters or U+FFFD, so a few hundred common characters are enough
 * to tell the right reading from the wrong one.
 */

/**
 * The 200 most frequent Han characters in the word counts of jieba's dictionary (the People's Daily
 * and MSR corpora), with their Taiwan Traditional forms by OpenCC s2tw: 256 characters in code point
 * order, each written as its distance from the one before, from U+4E00. A distance below 78 is one
 * character, "#" (0) to "p" (77); a longer one is two, the first above "p" counting whole 78s. That
 * gzips to under half the size of the characters themselves. test/decode.test.ts holds them readable.
 */
export const COMMON_HAN =
  "#*%$$%$/%+%'&0$0&7J($%0/67+0%*QO*),'B*qZ)t?%$$&*&29q4/F*):q#(+Pd$F)$9k?0,5*(8''$$&jWq*qCu.@1@+-qiq;ri'0%.h'(uk9544';S60$)%Ect_03Y^$%Sq))q(\\.*Hq9r%Q?s:$*;3.bxh=:+2L,&G(4;D6rE&($F1N/rMsor=_rIe$%r2Fq32==r)zY$q<8slt2q#+sR&),hs?+qI6Xr,1v)q6r$q6@wKt'sk'*s*s&@w&N|p?fYr%%-Yrpt5tnqMrCEs34$%a$;?(TBh8rV$|%+$.+l/))qCs9rRxZ'|_E";

let common: Uint8Array | undefined;

/**
 * A byte for each code point of the unified ideographs (U+4E00–U+9FFF), 1 for the common ones. Built
 * on first use: UTF-8 input, nearly all input, never needs it.
 */
function commonHan(): Uint8Array {
  if (common) return common;
  common = new Uint8Array(0x5200);
  let at = 0;
  for (let i = 0; i < COMMON_HAN.length; i++) {
    const digit = COMMON_HAN.charCodeAt(i) - 35;
    at += digit < 78 ? digit : (digit - 77) * 78 + COMMON_HAN.charCodeAt(++i) - 35;
    common[at] = 1;
  }
  return common;
}

/**
 * What a wrong reading leaves: U+FFFD, private use (GBK reads much of Big5 there, Node's Big5 much of
 * GBK), and the rare Extension A and B–G blocks (high surrogates D840–D8BF), where the HKSCS part of
 * the WHATWG Big5 table, the browsers', lies.
 */
function unlikely(c: number): boolean {
  return (
    c === 0xfffd ||
    (c >= 0xe000 && c <= 0xf8ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xd840 && c <= 0xd8bf)
  );
}

/** A point for each common Han character, a point off for each unlikely one. */
export function chineseScore(text: string): number {
  const table = commonHan();
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) score += table[c - 0x4e00] as number;
    else if (unlikely(c)) score--;
  }
  return score;
}

const isLead = (b: number) => b >= 0x81 && b <= 0xfe;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

/** Whether GB bytes use the four-byte form (lead, digit, lead, digit) that GB18030 has and GBK lacks. */
export function hasFourByteForm(bytes: Uint8Array): boolean {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (!isLead(bytes[i] as number)) continue;
    // All in range: the loop stops three bytes short of the end.
    if (
      isDigit(bytes[i + 1] as number) &&
      isLead(bytes[i + 2] as number) &&
      isDigit(bytes[i + 3] as number)
    ) {
      return true;
    }
    // Step over the second byte, so the tail of a two-byte character is never read as a lead.
    i++;
  }
  return false;
}
