import { settingsInForce } from "../../../src/engine/settings/settingsInForce";

describe("settingsInForce", () => {
  it("lets a setting the caller gives win over the sheet's, and the sheet fill in the rest", () => {
    expect(
      settingsInForce(
        { month: 7, band: 0.04, periods: undefined },
        { band: 0.03, periods: 4, dueDay: 10 }
      )
    ).toEqual({ month: 7, band: 0.04, periods: 4, dueDay: 10 });
  });

  it("keeps a caller's null (no bonus cap) over the sheet's cap", () => {
    expect(settingsInForce({ month: 7, bonusCap: null }, { bonusCap: 2 })).toEqual({
      month: 7,
      bonusCap: null,
    });
  });
});
