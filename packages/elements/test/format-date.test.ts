import { expect } from "@open-wc/testing";
import { formatDate } from "../src/internal/format-date.js";

describe("formatDate", () => {
  it("writes a date the Taiwanese way in Chinese", () => {
    expect(formatDate("2025-10-24", "zh-Hant")).to.equal("2025年10月24日");
  });

  it("writes a date in words in English", () => {
    expect(formatDate("2025-10-24", "en")).to.equal("October 24, 2025");
  });

  it("keeps the calendar day whatever the reader's time zone", () => {
    expect(formatDate("2025-01-01", "en")).to.equal("January 1, 2025");
    expect(formatDate("2025-12-31", "en")).to.equal("December 31, 2025");
  });

  it("returns text that is not an ISO date unchanged", () => {
    expect(formatDate("soon", "en")).to.equal("soon");
  });

  it("builds one formatter per language however many dates it formats", () => {
    const RealDateTimeFormat = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = new Proxy(RealDateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        built++;
        return new target(...args);
      },
    });
    try {
      for (let day = 1; day <= 28; day++) {
        const iso = `2025-02-${String(day).padStart(2, "0")}`;
        expect(formatDate(iso, "en")).to.equal(`February ${day}, 2025`);
        expect(formatDate(iso, "zh-Hant")).to.equal(`2025年2月${day}日`);
      }
    } finally {
      Intl.DateTimeFormat = RealDateTimeFormat;
    }
    expect(built).to.be.at.most(2);
  });
});
