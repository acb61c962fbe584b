import type { Summary } from "@briefkit/core";
import { expect } from "@open-wc/testing";
import { outlineMismatch } from "../src/internal/outline-shape.js";

function summary(lang: Summary["lang"], shape: number[]): Summary {
  return {
    lang,
    heading: null,
    lead: "",
    points: shape.map((children, index) => ({
      text: `${index}`,
      children: Array.from({ length: children }, (_, child) => ({ text: `${index}.${child}` })),
    })),
  };
}

describe("outlineMismatch", () => {
  it("finds nothing when points and sub-points correspond", () => {
    expect(outlineMismatch(summary("zh-Hant", [0, 2, 3]), summary("en", [0, 2, 3]))).to.equal(null);
  });

  it("reports different numbers of points", () => {
    expect(outlineMismatch(summary("zh-Hant", [0, 2]), summary("en", [0]))).to.deep.equal({
      kind: "points",
      zh: 2,
      en: 1,
    });
  });

  it("reports the first point whose sub-points differ, counting from one", () => {
    expect(outlineMismatch(summary("zh-Hant", [0, 2, 1]), summary("en", [0, 3, 0]))).to.deep.equal({
      kind: "subpoints",
      point: 2,
      zh: 2,
      en: 3,
    });
  });
});
