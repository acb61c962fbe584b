import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { unquote, unwrapMail } from "../src/parse/unwrap.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);
const facts = (text: string) => {
  const { brief } = parseBrief(text, { positions: false });
  return brief;
};
const expected = facts(reference);
const outside = (text: string) =>
  parseBrief(text)
    .diagnostics.filter((d) => d.code === "outside-brief")
    .map((d) => [d.position?.start.line, d.message]);

const quote = (text: string, prefix = "> ") =>
  text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");

describe("e-mail quoting", () => {
  it.each([
    ["> ", "with a space"],
    [">", "without a space"],
    ["> > ", "two deep"],
    [">>", "two deep without spaces"],
  ])("reads a brief quoted %j (%s) as the brief", (prefix) => {
    expect(facts(`Thanks, see below.\n\n${quote(reference, prefix)}`)).toEqual(expected);
  });

  it("leaves out the reply around the quoted brief, saying how many lines", () => {
    const text = `Looks good!\nOne question below.\n\n${quote(reference)}\n\nBest,\nWang`;
    expect(outside(text)).toEqual([
      [1, "Line 1: left out of the brief: the e-mail reply around the quoted brief (2 lines)."],
      [50, "Line 50: left out of the brief: the e-mail reply around the quoted brief (2 lines)."],
    ]);
  });

  it("reads English and Chinese attribution lines as attribution, even wrapped in two", () => {
    const english = `On Fri, Oct 24, 2025 at 9:14 AM 王小明 <\na@b.tw> wrote:\n\n${quote(reference)}`;
    const chinese = `王小明 <a@b.tw> 於 2025年10月24日 週五 上午9:14寫道：\n\n${quote(reference)}`;
    expect(facts(english)).toEqual(expected);
    expect(facts(chinese)).toEqual(expected);
    expect(outside(chinese)[0]?.[1]).toContain("attribution");
  });

  it("keeps Markdown block quotes inside a brief for the markup step, not as mail", () => {
    expect(unquote(`${reference}\n> a quoted line\n> another\n> a third`)).toBeNull();
  });

  it("looks no further at a brief without any quoting", () => {
    expect(unquote(reference)).toBeNull();
    expect(unwrapMail(reference)).toBeNull();
  });
});

describe("forwarded messages", () => {
  const headers = "From: 王小明 <a@b.tw>\nDate: Mon, Oct 27, 2025 at 9:14 AM\nSubject: 稀土\nTo: <c@d.tw>";
  it.each([
    ["Gmail", `---------- Forwarded message ---------\n${headers}\n\n`],
    [
      "Gmail in Chinese",
      `---------- 已轉寄郵件 ----------\n寄件者：王小明 <a@b.tw>\n日期：2025年10月27日 週一 上午9:14\n主旨：稀土\n收件者：<c@d.tw>\n\n`,
    ],
    [
      "Outlook",
      `-----Original Message-----\nFrom: 王小明\nSent: Monday, October 27, 2025 9:14 AM\nTo: 簡報組\nSubject: 稀土\n\n`,
    ],
    [
      "Outlook's rule",
      `________________________________\n寄件者: 王小明\n寄件日期: 2025年10月27日 星期一 上午 09:14\n收件者: 簡報組\n主旨: 稀土\n\n`,
    ],
    ["Apple Mail", `Begin forwarded message:\n\n${headers}\n\n`],
    ["Thunderbird", `-------- Forwarded Message --------\n${headers}\n\n`],
    ["mutt", `----- Forwarded message from 王小明 <a@b.tw> -----\n\n${headers}\n\n`],
  ])("reads a brief forwarded by %s, its mail headers never fields", (_, forward) => {
    const text = `FYI, this week's brief.\n\n-- \nLee\n\n${forward}${reference}\n\n-- \nWang\nBriefs team`;
    const brief = facts(text);
    expect(brief).toEqual(expected);
    expect(brief.date).toBe("2025-10-24");
    const what = outside(text).map(([, message]) => message);
    expect(what.some((m) => String(m).includes("mail headers"))).toBe(true);
    expect(what.some((m) => String(m).includes("signature"))).toBe(true);
  });

  it("reads a saved message's own headers as mail headers, not as the brief's date", () => {
    const text = `From: 王小明 <a@b.tw>\nTo: 簡報組 <c@d.tw>\nSubject: 稀土\nDate: Mon, 27 Oct 2025 09:14:03 +0800\n\n${reference}`;
    expect(facts(text)).toEqual(expected);
  });

  it("keeps a brief whose header comes before a forwarded message", () => {
    const text = `${reference}\n\n---------- Forwarded message ---------\n${headers}\n\nthe original article`;
    expect(facts(text).authors).toEqual(expected.authors);
  });

  it("does not take prose that mentions writing for an attribution", () => {
    const text = reference.replace("Summary: ", "Summary:\nOn Monday, the minister wrote:");
    expect(outside(text)).toEqual([]);
  });
});

describe("sign-offs", () => {
  it.each(["Best,\nMary", "Regards,\n王小明", "謝謝\n王小明 敬上", "Thanks!"])(
    "leaves out a sign-off after the brief, even without a -- line: %j",
    (closing) => {
      const text = `${reference}\n\n${closing}`;
      expect(facts(text)).toEqual(expected);
      expect(outside(text)[0]?.[1]).toContain("signature");
    },
  );

  it("keeps a last point that only starts like a sign-off", () => {
    const text = `${reference}\n  • Thanks to the coalition, Washington could prevail against Beijing in the end.`;
    expect(facts(text).summaries[1]?.points).toHaveLength(9);
  });
});
