import { describe, expect, it } from "vitest";
import { displayWidth } from "../src/display-width.js";
import { renderTable } from "../src/table.js";

describe("renderTable", () => {
  it("starts every column at the same terminal column, whatever script the cells use", () => {
    const table = renderTable(
      ["keywords", "date"],
      [
        ["經濟、稀土、習近平", "2025-10-24"],
        ["tariffs", "2025-10-27"],
      ],
    );
    const dateColumns = table
      .split("\n")
      .filter((line) => !line.startsWith("-"))
      .map((line) => displayWidth(line.slice(0, line.search(/date|2025/))));
    expect(new Set(dateColumns)).toEqual(new Set([displayWidth("經濟、稀土、習近平") + 2]));
  });

  it("underlines the header with a rule as wide as each column", () => {
    const [, rule] = renderTable(["file", "date"], [["a.txt", "2025-10-24"]]).split("\n");
    expect(rule).toBe("-----  ----------");
  });

  it("leaves no trailing spaces after the last cell", () => {
    const table = renderTable(["a", "b"], [["long cell", ""]]);
    expect(table.split("\n").every((line) => line === line.trimEnd())).toBe(true);
  });
});
