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
});
