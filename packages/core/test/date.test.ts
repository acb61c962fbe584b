import { describe, expect, it } from "vitest";
import { readDate } from "../src/parse/date.js";

describe("reading dates", () => {
  it.each([
    ["10/24/2025", "2025-10-24"],
    ["2025/10/24", "2025-10-24"],
    ["2025-10-24", "2025-10-24"],
    ["2025.10.24", "2025-10-24"],
    ["2025年10月24日", "2025-10-24"],
    ["2025 年 10 月 24 日", "2025-10-24"],
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

  it.each([
    "02/30/2025",
    "2/29/2025",
    "13/13/2025",
    "2025-04-31",
    "民國114年2月30日",
    "Feb 30, 2025",
    "114/13/01",
  ])("calls %s impossible", (text) => {
    expect(readDate(text)).toEqual({ kind: "impossible" });
  });

  it.each(["last Friday", "", "2025", "10/24", "10-24/2025", "Octember 24, 2025", "1".repeat(100)])(
    "does not recognise %j as a date",
    (text) => {
      expect(readDate(text)).toEqual({ kind: "unrecognised" });
    },
  );
});
