import { CellValue } from "../../../src/engine/kernel/grid";
import { repeatsHeader } from "../../../src/engine/table/repeatsHeader";
import { SEED_HEADER, readerFixture } from "./tableReaderFixture";

const _ = null;

describe("repeatsHeader", () => {
  it.each<[string, CellValue[], boolean]>([
    ["the header itself", [...SEED_HEADER], true],
    ["the header without its indicator cell", [_, "口径", "倒排时间"], true],
    ["two header cells, spaced and wrapped", ["主要指标", " 口径 ", "倒排\n时间"], true],
    ["one header cell only", [_, "口径"], false],
    ["a name of its own", ["地方财政收入", "口径", "倒排时间"], false],
    ["a number where the name belongs", [1, "口径", "倒排时间"], false],
    ["header words in other columns", [_, "倒排时间", "口径"], false],
    ["a data row", ["地方财政收入", "绝对量", "全年", _, "万元", 13600], false],
  ])("%s → %s", (_description, cells, expected) => {
    const { context } = readerFixture([SEED_HEADER, ["地方财政收入", "绝对量", "全年"], cells]);
    expect(repeatsHeader(context, 2)).toBe(expected);
  });
});
