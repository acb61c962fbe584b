import { expect } from "@open-wc/testing";
import { dedent } from "../src/internal/fallback-text.js";

describe("dedent", () => {
  it("removes the indentation shared by every line", () => {
    expect(dedent("    摘要:\n    Lead.\n      • Point")).to.equal("摘要:\nLead.\n  • Point");
  });

  it("drops whitespace-only lines at either end", () => {
    expect(dedent("\n   \n  Summary:\n  Lead.\n \u00a0\n")).to.equal("Summary:\nLead.");
  });

  it("ignores blank lines, no-break spaces included, when measuring the indentation", () => {
    expect(dedent("    A\n\u00a0\n    B")).to.equal("A\n\u00a0\nB");
  });

  it("keeps a brief that is not indented exactly as written", () => {
    const brief = "作者/Author(s): A\u00a0\n\n摘要:\nLead\n  • Point\u00a0";
    expect(dedent(brief)).to.equal(brief);
  });

  it("returns nothing for whitespace alone", () => {
    expect(dedent(" \n\t\n ")).to.equal("");
  });
});
