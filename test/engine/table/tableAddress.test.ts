import { tableAddress } from "../../../src/engine/table/tableAddress";
import { LEDGER_HEADER, readerFixture } from "./tableReaderFixture";

describe("tableAddress", () => {
  const { context } = readerFixture([LEDGER_HEADER]);

  it.each([
    [0, 0, "A1"],
    [4, 3, "D5"],
    [99, 13, "N100"],
    [0, 14, "O1"], // not a mapped column: worked out when asked
    [2, 27, "AB3"],
  ])("row %i, column %i → %s", (row, column, address) => {
    expect(tableAddress(context, row, column)).toBe(address);
  });
});
