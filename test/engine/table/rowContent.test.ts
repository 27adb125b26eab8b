import { CellValue, MergedArea } from "../../../src/engine/kernel/grid";
import { rowContent } from "../../../src/engine/table/rowContent";
import { SEED_HEADER, readerFixture } from "./tableReaderFixture";

const _ = null;

describe("rowContent", () => {
  it.each<[string, CellValue[], MergedArea[], "none" | "name" | "data"]>([
    ["an empty row", [], [], "none"],
    ["white space only", ["  ", " ", "\n"], [], "none"],
    ["a name alone", ["地方财政收入"], [], "name"],
    ["a name and a target", ["地方财政收入", _, _, _, _, 13600], [], "data"],
    ["a target without a name", [_, _, _, _, _, 0], [], "data"],
    ["a value past the mapped columns", [_, _, _, _, _, _, _, _, _, _, "备注"], [], "none"],
    [
      "merged values are not the row's own",
      [_, _, _],
      [{ top: 1, left: 5, bottom: 2, right: 5 }],
      "none",
    ],
    ["FALSE is a value", [_, false], [], "data"],
  ])("%s: %s", (_description, cells, merges, content) => {
    const { context } = readerFixture(
      [SEED_HEADER, ["地方财政收入", "绝对量", "全年", _, _, 13600], cells],
      merges
    );
    expect(rowContent(context, 2)).toBe(content);
  });
});
