import { Direction } from "../../../src/engine/kernel/types";
import { inferDirection } from "../../../src/engine/table/inferDirection";
import { SEED_HEADER, blockDraft, readerFixture, recordDraft } from "./tableReaderFixture";

describe("inferDirection", () => {
  it.each<[string, boolean, Direction]>([
    ["地方财政收入", false, "higher"],
    ["pm10浓度", true, "lower"],
    ["单位gdp能耗下降率", true, "higher"],
    ["化学需氧量削减比", true, "higher"],
    ["二氧化硫减排", true, "higher"],
    ["万元gdp能耗降低率", true, "higher"],
    ["贫困发生率减少率", true, "higher"],
    ["pm10浓度", false, "higher"],
  ])("%s, ceiling %s → %s", (nameKey, ceiling, direction) => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft(nameKey, 1, nameKey), "absolute", 1);
    record.ceiling = ceiling;
    expect(inferDirection(record)).toBe(direction);
  });
});
