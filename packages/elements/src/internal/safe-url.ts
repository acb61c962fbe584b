/**
 * `value` resolved against `base`, or null unless it is http(s): `javascript:`, `data:`, `blob:`
 * and `file:` URLs never reach `fetch` or an `href`.
 */
export function httpURL(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
