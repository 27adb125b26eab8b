import { blockPeople } from "../../../src/engine/table/blockPeople";
import { responsiblePeople } from "../../../src/engine/table/responsiblePeople";
import { SEED_HEADER, blockDraft, readerFixture } from "./tableReaderFixture";

const _ = null;

describe("blockPeople", () => {
  const { context } = readerFixture([SEED_HEADER]);

  it("gives no one for a block whose rows name no one", () => {
    expect(blockPeople(context, blockDraft("甲", 1))).toEqual({
      leader: "",
      units: [],
      persons: [],
      person: "",
      supervisors: [],
    });
  });

  it("shares one answer between blocks naming the same single set of cells", () => {
    const first = blockDraft("甲", 1);
    const second = blockDraft("乙", 5);
    first.people.push(["叶稳太", _, "县财政局:张正银", _, _, _]);
    second.people.push(["叶稳太", _, "县财政局:张正银", _, _, _]);
    const people = blockPeople(context, first);
    expect(people).toEqual({
      leader: "叶稳太",
      units: ["县财政局"],
      persons: ["张正银"],
      person: "张正银",
      supervisors: [],
    });
    expect(blockPeople(context, second)).toBe(people);
  });

  it("gathers the people of several rows, lead unit first", () => {
    const block = blockDraft("甲", 1);
    block.people.push(
      ["魏巍", _, "县发改局", _, _, "彭代军"],
      ["魏巍", _, "县统计局", _, _, "刘明江"]
    );
    expect(blockPeople(context, block)).toEqual({
      leader: "魏巍",
      units: ["县发改局", "县统计局"],
      persons: ["彭代军", "刘明江"],
      person: "彭代军",
      supervisors: [],
    });
    expect(blockPeople(context, block)).toEqual(responsiblePeople(block.people));
  });

  it("works a block's people out once", () => {
    const block = blockDraft("甲", 1);
    block.people.push(["魏巍", _, "县发改局", _, _, _]);
    const people = blockPeople(context, block);
    block.people.push(["魏巍", _, "县统计局", _, _, _]);
    expect(blockPeople(context, block)).toBe(people);
    expect(block.resolvedPeople).toBe(people);
  });
});
