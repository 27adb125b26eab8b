import { BlockDraft } from "./blockDraft";
import { ResponsiblePeople, responsiblePeople } from "./responsiblePeople";
import { TableContext } from "./tableContext";

/** The people of an indicator whose rows name none. */
const NO_PEOPLE: ResponsiblePeople = {
  leader: "",
  units: [],
  persons: [],
  person: "",
  supervisors: [],
};

/**
 * 区块责任人员: the people of a block (see `responsiblePeople`) from the people cells its rows
 * noted (`readPeople`), worked out once per block; blocks naming the same single set of people
 * cells share one answer (`TableContext.peopleOf`).
 */
export function blockPeople(context: TableContext, block: BlockDraft): ResponsiblePeople {
  if (block.resolvedPeople !== null) {
    return block.resolvedPeople;
  }
  const rows = block.people;
  const people =
    rows.length === 0
      ? NO_PEOPLE
      : rows.length === 1
        ? context.peopleOf(rows[0])
        : responsiblePeople(rows, context.split);
  block.resolvedPeople = people;
  return people;
}
