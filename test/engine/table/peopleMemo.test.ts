import { CellValue } from "../../../src/engine/kernel/grid";
import { peopleMemo } from "../../../src/engine/table/peopleMemo";
import { PeopleCells, responsiblePeople } from "../../../src/engine/table/responsiblePeople";
import { splitResponsible } from "../../../src/engine/table/splitResponsible";

const cells = (lead: CellValue, person: CellValue = null): PeopleCells => [
  "叶稳太",
  null,
  lead,
  null,
  null,
  person,
];

describe("peopleMemo", () => {
  it("gives what responsiblePeople gives for the one row", () => {
    const memo = peopleMemo(splitResponsible);
    for (const row of [cells("县财政局:张正银"), cells("县统计局、县经贸局", "刘明江、冯启彬")]) {
      expect(memo(row)).toEqual(responsiblePeople([row]));
    }
  });

  it("shares one answer between equal cells, and tells apart cells that differ in one place", () => {
    const memo = peopleMemo(splitResponsible);
    const first = memo(cells("县财政局", "张正银"));
    expect(memo(cells("县财政局", "张正银"))).toBe(first);
    expect(memo(cells("县财政局", "李四"))).not.toBe(first);
    expect(memo(cells("县财政局", "李四")).person).toBe("李四");
    expect(memo(cells(1, null))).not.toBe(memo(cells("1", null)));
  });

  it("once full, works every set out again, with the same answers", () => {
    let splits = 0;
    const memo = peopleMemo((value) => {
      splits++;
      return splitResponsible(value);
    }, 1);
    const first = memo(cells("县财政局"));
    expect(splits).toBe(5); // the five cells responsiblePeople splits
    const again = memo(cells("县财政局"));
    expect(splits).toBe(10);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(memo(cells("县统计局")).units).toEqual(["县统计局"]);
  });
});
