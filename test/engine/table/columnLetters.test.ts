import { AssessError } from "../../../src/engine/kernel/errors";
import { columnLetters } from "../../../src/engine/table/columnLetters";

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i → %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it.each([-1, 1.5, Number.NaN])("throws an AssessError for column %p", (column) => {
    expect(() => columnLetters(column)).toThrow(AssessError);
  });
});
