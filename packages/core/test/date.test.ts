import { describe, expect, it } from "vitest";
import { parseBrief, type Locale } from "../src/index.js";
import { zhHant } from "../src/locales/zh-Hant.js";
import { readDate } from "../src/parse/date.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

describe("reading dates", () => {
  it.each([
    ["10/24/2025", "2025-10-24"],
    ["2025/10/24", "2025-10-24"],
    ["2025-10-24", "2025-10-24"],
    ["2025.10.24", "2025-10-24"],
    ["2025年10月24日", "2025-10-24"],
    ["2025 年 10 月 24 日", "2025-10-24"],
    ["2025年10月24號", "2025-10-24"],
    ["民國114年10月24日", "2025-10-24"],
    ["中華民國114年10月24日", "2025-10-24"],
    ["114年10月24日", "2025-10-24"],
    ["114/10/24", "2025-10-24"],
    ["99/10/24", "2010-10-24"],
    ["Oct 24, 2025", "2025-10-24"],
    ["Oct. 24, 2025", "2025-10-24"],
    ["October 24 2025", "2025-10-24"],
    ["24 October 2025", "2025-10-24"],
    ["24th Oct 2025", "2025-10-24"],
    ["Friday, October 24, 2025", "2025-10-24"],
    ["２０２５／１０／２４", "2025-10-24"],
    ["２０２５年１０月２４日", "2025-10-24"],
    ["24/10/2025", "2025-10-24"],
    ["10/24/25", "2025-10-24"],
    ["2/29/2024", "2024-02-29"],
  ])("reads %s as %s", (text, iso) => {
    expect(readDate(text)).toEqual({ kind: "date", iso });
  });

  it("reads an ambiguous date month first by default and names the other reading", () => {
    expect(readDate("03/04/2025")).toEqual({ kind: "ambiguous", iso: "2025-03-04", other: "2025-04-03" });
  });

  it("reads an ambiguous date day first when asked", () => {
    expect(readDate("03/04/2025", "dmy")).toEqual({
      kind: "ambiguous",
      iso: "2025-04-03",
      other: "2025-03-04",
    });
  });

  it("does not call a date ambiguous when day and month are the same", () => {
    expect(readDate("05/05/2025")).toEqual({ kind: "date", iso: "2025-05-05" });
  });
});

describe("Chinese numerals", () => {
  it.each([
    "民國一一四年十月二十四日",
    "民國一百一十四年十月二十四日",
    "中華民國一一四年十月二十四日",
    "民国一一四年十月二十四日",
    "一一四年十月二十四日",
    "二〇二五年十月二十四日",
    "二零二五年十月廿四日",
    "二〇二五年十月二十四號",
    "二〇二五 年 十 月 二十四 日",
    "2025年十月二十四日",
  ])("reads %s as 2025-10-24", (text) => {
    expect(readDate(text)).toEqual({ kind: "date", iso: "2025-10-24" });
  });

  it.each([
    ["二〇二五年十月卅一日", "2025-10-31"],
    ["二〇二五年十一月三十日", "2025-11-30"],
    ["二〇二五年一月一日", "2025-01-01"],
    ["二〇二五年十二月十日", "2025-12-10"],
    ["民國一百年一月一日", "2011-01-01"],
    ["民國一百零四年二月廿八日", "2015-02-28"],
    ["民國一〇五年二月廿九日", "2016-02-29"],
    ["民國九十九年十月二十四日", "2010-10-24"],
    ["二千零二十五年十月二十四日", "2025-10-24"],
  ])("reads %s as %s", (text, iso) => {
    expect(readDate(text)).toEqual({ kind: "date", iso });
  });

  it.each(["十月二十四日", "二〇二五年十月", "年十月二十四日", "二〇二五年十月二十四日日"])(
    "does not read %s as a date",
    (text) => {
      expect(readDate(text).kind).toBe("unrecognised");
    },
  );
});

describe("weekdays written with a date", () => {
  it.each([
    "2025/10/24（五）",
    "2025/10/24 (五)",
    "2025/10/24 ( 五 )",
    "2025-10-24(Fri)",
    "2025-10-24 (Fri.)",
    "10/24/2025 (Friday)",
    "10/24/2025 Friday",
    "Fri, Oct 24, 2025",
    "Fri., Oct. 24, 2025",
    "Friday 24 October 2025",
    "FRIDAY, OCTOBER 24, 2025",
    "Oct 24, 2025, Friday",
    "October 24, 2025 (Fri)",
    "2025年10月24日 週五",
    "2025年10月24日週五",
    "2025年10月24日（星期五）",
    "2025年10月24日，星期五",
    "民國114年10月24日 星期五",
    "民國一一四年十月二十四日（五）",
    "2025年10月24日 周五",
    "2025年10月24日 禮拜五",
    "2025年10月24日 礼拜五",
    "星期五，2025年10月24日",
    "114/10/24（五）",
    "２０２５／１０／２４（五）",
  ])("reads %s as 2025-10-24, a Friday", (text) => {
    expect(readDate(text)).toEqual({ kind: "date", iso: "2025-10-24" });
  });

  it.each([
    ["2025/10/26（日）", "2025-10-26"],
    ["2025年10月26日 星期日", "2025-10-26"],
    ["2025年10月26日 星期天", "2025-10-26"],
    ["2025年10月26日 禮拜天", "2025-10-26"],
    ["Sun, Oct 26, 2025", "2025-10-26"],
    ["2025-10-20 (Mon)", "2025-10-20"],
    ["2025-10-21 (Tues)", "2025-10-21"],
    ["2025-10-22 (Wed)", "2025-10-22"],
    ["2025-10-23 (Thurs)", "2025-10-23"],
    ["2025-10-25 (Sat)", "2025-10-25"],
    ["2025年10月20日（一）", "2025-10-20"],
    ["2025年10月25日（六）", "2025-10-25"],
  ])("reads every weekday: %s", (text, iso) => {
    expect(readDate(text)).toEqual({ kind: "date", iso });
  });

  it.each([
    ["2025/10/24（四）", "四"],
    ["2025-10-24 (Thu)", "Thu"],
    ["Thursday, October 24, 2025", "Thursday"],
    ["2025年10月24日 週四", "週四"],
    ["民國114年10月24日 星期日", "星期日"],
    ["10/24/2025 (Sat.)", "Sat."],
  ])("reads %s by its date and keeps the weekday that contradicts it", (text, weekday) => {
    expect(readDate(text)).toEqual({ kind: "date", iso: "2025-10-24", weekdayMismatch: weekday });
  });

  it("settles an ambiguous date by the weekday that fits one reading", () => {
    // 2025-03-04 is a Tuesday, 2025-04-03 a Thursday
    expect(readDate("03/04/2025 (Thu)")).toEqual({ kind: "date", iso: "2025-04-03" });
    expect(readDate("03/04/2025 (Tue)", "dmy")).toEqual({ kind: "date", iso: "2025-03-04" });
    expect(readDate("03/04/2025 (Sun)")).toEqual({
      kind: "ambiguous",
      iso: "2025-03-04",
      other: "2025-04-03",
      weekdayMismatch: "Sun",
    });
  });

  it("does not take a date's own last character or a word that is no weekday for a weekday", () => {
    expect(readDate("2025年10月26日")).toEqual({ kind: "date", iso: "2025-10-26" });
    expect(readDate("2025/10/24 五").kind).toBe("unrecognised");
    expect(readDate("2025/10/24 (draft)").kind).toBe("unrecognised");
    expect(readDate("Friday").kind).toBe("unrecognised");
  });
});

describe("the form to write an unreadable date in", () => {
  const ROC = { form: "民國YYY年MM月DD日", example: "民國114年10月24日" };
  const CHINESE = { form: "YYYY年MM月DD日", example: "2025年10月24日" };
  const MDY = { form: "MM/DD/YYYY", example: "10/24/2025" };
  const DMY = { form: "DD/MM/YYYY", example: "24/10/2025" };
  const MONTH_FIRST = { form: "Month DD, YYYY", example: "October 24, 2025" };

  it.each([
    ["民國114年2月30日", ROC],
    ["中華民國114年2月30日", ROC],
    ["114年2月30日", ROC],
    ["民國一一四年二月三十日", ROC],
    ["民國一百零四年二月廿九日", ROC],
    ["民國114年2月30日 星期五", ROC],
    ["2025年2月30日", CHINESE],
    ["二〇二五年二月三十日", CHINESE],
    ["2025/02/30", { form: "YYYY/MM/DD", example: "2025/10/24" }],
    ["2025/02/30（日）", { form: "YYYY/MM/DD", example: "2025/10/24" }],
    ["2025-04-31", { form: "YYYY-MM-DD", example: "2025-10-24" }],
    ["2025.02.30", { form: "YYYY.MM.DD", example: "2025.10.24" }],
    ["114/13/01", { form: "YYY/MM/DD", example: "114/10/24" }],
    ["114-02-30", { form: "YYY-MM-DD", example: "114-10-24" }],
    ["02/30/2025", MDY],
    ["2/29/2025", MDY],
    ["13/13/2025", MDY],
    ["02-30-2025", { form: "MM-DD-YYYY", example: "10-24-2025" }],
    ["Feb 30, 2025", MONTH_FIRST],
    ["Fri, Feb 30, 2025", MONTH_FIRST],
    ["30 February 2025", { form: "DD Month YYYY", example: "24 October 2025" }],
  ])("calls %s impossible and asks for its own form", (text, style) => {
    expect(readDate(text)).toEqual({ kind: "impossible", ...style });
  });

  it("asks for day-first numbers when the order is day first", () => {
    expect(readDate("02/30/2025", "dmy")).toEqual({ kind: "impossible", ...DMY });
    expect(readDate("soon", "dmy")).toEqual({ kind: "unrecognised", ...DMY });
  });

  it.each([
    ["last Friday", MDY],
    ["soon", MDY],
    ["", MDY],
    ["2025", MDY],
    ["10/24", MDY],
    ["1".repeat(100), MDY],
    ["2025/10/24/", { form: "YYYY/MM/DD", example: "2025/10/24" }],
    ["2025-10-24T10:00", { form: "YYYY-MM-DD", example: "2025-10-24" }],
    ["Octember 24, 2025", MONTH_FIRST],
    ["2025年10月", CHINESE],
    ["民國114年10月", ROC],
  ])("does not recognise %j as a date and asks for the form its shape shows", (text, style) => {
    expect(readDate(text)).toEqual({ kind: "unrecognised", ...style });
  });

  const reference = readFixture(REFERENCE);

  function invalidDate(date: string, locale?: Locale): string | undefined {
    const text = reference.replace("日期/Date: 10/24/2025", `日期/Date: ${date}`);
    expect(text).not.toBe(reference);
    const { diagnostics } = parseBrief(text, locale ? { locale } : {});
    return diagnostics.find((d) => d.code === "invalid-date")?.message;
  }

  it.each([
    ["民國114年2月30日", "民國YYY年MM月DD日, e.g. 民國114年10月24日"],
    ["2025/02/30", "YYYY/MM/DD, e.g. 2025/10/24"],
    ["02/30/2025", "MM/DD/YYYY, e.g. 10/24/2025"],
    ["Feb 30, 2025", "Month DD, YYYY, e.g. October 24, 2025"],
  ])("says in a parse of the reference brief how to write %s", (date, form) => {
    expect(invalidDate(date)).toBe(`Line 5: "${date}" is not a real date; write it as ${form}.`);
  });

  it("says so for an unrecognised date too, and in Chinese", () => {
    expect(invalidDate("2025年10月")).toBe(
      'Line 5: "2025年10月" is not a date briefkit can read; write it as YYYY年MM月DD日, e.g. 2025年10月24日.',
    );
    expect(invalidDate("民國114年2月30日", zhHant)).toContain(
      "「民國114年2月30日」不是實際存在的日期；請寫成 民國YYY年MM月DD日，例如 民國114年10月24日。",
    );
  });

  it("reads a weekday in the reference brief's date line without a diagnostic", () => {
    const text = reference.replace("日期/Date: 10/24/2025", "日期/Date: 10/24/2025 (Fri)");
    const { brief, diagnostics } = parseBrief(text);
    expect(brief.date).toBe("2025-10-24");
    expect(diagnostics.map((d) => d.code)).toEqual(["unbalanced-bracket"]);
  });
});

describe("a weekday that contradicts the date", () => {
  it("is reported where the date is, the date winning", () => {
    const text = readFixture(REFERENCE).replace("10/24/2025", "2025/10/24（四）");
    const { brief, diagnostics } = parseBrief(text);
    expect(brief.date).toBe("2025-10-24");
    const found = diagnostics.filter((d) => d.code === "ambiguous-date");
    expect(found).toHaveLength(1);
    expect(found[0]?.position?.start.line).toBe(5);
    expect(found[0]?.message).toContain("says 四");
  });
});
