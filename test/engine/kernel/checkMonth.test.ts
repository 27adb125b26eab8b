import { checkMonth } from "../../../src/engine/kernel/checkMonth";
import { AssessError } from "../../../src/engine/kernel/errors";

function thrown(action: () => unknown): AssessError {
  try {
    action();
  } catch (error) {
    if (error instanceof AssessError) return error;
    throw error;
  }
  throw new Error("expected an AssessError");
}

describe("checkMonth", () => {
  it.each([
    [1, 12],
    [7, 12],
    [12, 12],
    [1, 1],
    [4, 4],
    [24, 24],
  ])("accepts month %d of %d", (month, periods) => {
    expect(() => checkMonth(month, periods)).not.toThrow();
  });

  it.each([
    [0, 12],
    [13, 12],
    [-1, 12],
    [7.5, 12],
    [Number.NaN, 12],
    [Number.POSITIVE_INFINITY, 12],
    [5, 4],
  ])("rejects month %d of %d as monthOutOfRange", (month, periods) => {
    const error = thrown(() => checkMonth(month, periods));
    expect(error.kind).toBe("number");
    expect(error.key).toBe("monthOutOfRange");
    expect(error.params).toEqual({ month, periods });
  });

  it.each([[0], [-12], [12.5], [Number.NaN]])("rejects %d periods as periodsInvalid", (periods) => {
    const error = thrown(() => checkMonth(1, periods));
    expect(error.kind).toBe("number");
    expect(error.key).toBe("periodsInvalid");
  });
});
