import { PeopleCells, responsiblePeople } from "../../../src/engine/table/responsiblePeople";

const _ = null;
const row = (
  leader: string | null,
  supervisors: string | null,
  lead: string | null,
  units: string | null,
  cooperating: string | null,
  persons: string | null
): PeopleCells => [leader, supervisors, lead, units, cooperating, persons];

describe("responsiblePeople", () => {
  it("reads seed 000's pairs in one cell", () => {
    expect(
      responsiblePeople([
        row("魏巍", "市统计局;市工信委", "县统计局:刘明江;县经贸局:冯启彬", _, _, _),
      ])
    ).toEqual({
      leader: "魏巍",
      units: ["县统计局", "县经贸局"],
      persons: ["刘明江", "冯启彬"],
      person: "刘明江",
      supervisors: ["市统计局", "市工信委"],
    });
  });

  it("reads units spread over rows, each with the person of its row", () => {
    const people = responsiblePeople([
      row("魏巍", _, "县发改局", _, _, "彭代军"),
      row("魏巍", _, "县统计局", _, _, "刘明江"),
    ]);
    expect(people).toMatchObject({
      units: ["县发改局", "县统计局"],
      persons: ["彭代军", "刘明江"],
      person: "彭代军",
    });
  });

  it("puts cooperating units after the lead units and matches persons in order", () => {
    const people = responsiblePeople([
      row("包繼強", _, "縣經貿局", _, "縣統計局、县发改局", "馮啟彬、劉明江"),
    ]);
    expect(people).toMatchObject({
      units: ["縣經貿局", "縣統計局", "县发改局"],
      persons: ["馮啟彬", "劉明江"],
      person: "馮啟彬",
    });
  });

  it("counts 縣統計局 and 县统计局 as one unit and joins several leaders", () => {
    const people = responsiblePeople([
      row("魏巍", _, "縣統計局", _, _, _),
      row("叶稳太", _, "县统计局、县财政局", _, _, _),
    ]);
    expect(people).toMatchObject({ leader: "魏巍、叶稳太", units: ["縣統計局", "县财政局"] });
  });

  it("takes a lone person for the lead unit's when no pair says otherwise", () => {
    expect(responsiblePeople([row(_, _, _, _, _, "张正银")])).toMatchObject({
      units: [],
      persons: ["张正银"],
      person: "张正银",
    });
  });

  it("reads 单位:人 pairs in the person column", () => {
    const people = responsiblePeople([
      row(_, _, "县统计局、县经贸局", _, _, "县经贸局:冯启彬;县统计局:刘明江"),
    ]);
    expect(people).toMatchObject({ persons: ["刘明江", "冯启彬"], person: "刘明江" });
  });

  it("gives nothing for no rows", () => {
    expect(responsiblePeople([])).toEqual({
      leader: "",
      units: [],
      persons: [],
      person: "",
      supervisors: [],
    });
  });
});
