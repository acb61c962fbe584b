/**
 * Code points that no converted output may carry (the parser reports them as `control-character`):
 * the C0 controls other than tab and line feed (vertical tab, form feed and carriage return become
 * spaces), DEL, the C1 controls, and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane. HTML forbids all of them in a document (the Nu
 * checker: "Forbidden code point"), and U+0000 is read as U+FFFD or dropped, differently by each reader.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
/** Vertical tab, form feed and carriage return separate words as a space would: they become one. */
const CONTROL_SPACE = /[\v\f\r]/g;

/** `text` without the code points above; the control whitespace among them becomes a space. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL_SPACE, " ").replace(FORBIDDEN, "");
}
