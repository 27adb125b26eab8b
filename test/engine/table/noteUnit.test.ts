import { noteUnit } from "../../../src/engine/table/noteUnit";
import { readFigure } from "../../../src/engine/table/readFigure";
import { SEED_HEADER, blockDraft, readerFixture, recordDraft } from "./tableReaderFixture";

describe("noteUnit", () => {
  it("gives a record without a unit the unit its figure wrote, and keeps a unit it has", () => {
    const fixture = readerFixture([SEED_HEADER]);
    const record = recordDraft(fixture, blockDraft("全社会固定资产投资", 1), "absolute", 1);
    noteUnit(record, readFigure("25亿元"));
    expect([record.unit, record.unitKey]).toEqual(["亿元", "亿元"]);
    noteUnit(record, readFigure("25件"));
    expect(record.unit).toBe("亿元");
    const bare = recordDraft(fixture, blockDraft("专利申请量", 2), "absolute", 2);
    noteUnit(bare, readFigure(25));
    expect(bare.unit).toBe("");
  });
});
