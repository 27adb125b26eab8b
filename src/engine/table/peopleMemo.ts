import { CellValue } from "../kernel/grid";
import { MEMO_LIMIT } from "./boundedMemo";
import { PeopleCells, ResponsiblePeople, responsiblePeople } from "./responsiblePeople";
import { ResponsibleEntry } from "./splitResponsible";

/** Looked up once: global lookups are slow in some hosts (jest's sandbox) and this runs per block. */
const MapClass = Map;

/**
 * 责任人员缓存: `responsiblePeople` of one row's people cells, remembered by the six cells (a map
 * per cell, so that no key string is built), for the blocks of a table that name the same people
 * (one unit leads dozens of indicators). Remembers up to `limit` sets; once full it works every
 * set out again (a table of that many different sets gains nothing from it). The memo changes no
 * answer.
 */
export function peopleMemo(
  split: (value: CellValue | undefined) => readonly ResponsibleEntry[],
  limit = MEMO_LIMIT
): (cells: PeopleCells) => ResponsiblePeople {
  const root = new MapClass<CellValue, unknown>();
  let size = 0;
  return (cells) => {
    if (size >= limit) {
      return responsiblePeople([cells], split);
    }
    let level = root;
    for (let index = 0; index < cells.length - 1; index++) {
      let next = level.get(cells[index]) as Map<CellValue, unknown> | undefined;
      if (next === undefined) {
        next = new MapClass();
        level.set(cells[index], next);
      }
      level = next;
    }
    const last = cells[cells.length - 1];
    let people = level.get(last) as ResponsiblePeople | undefined;
    if (people === undefined) {
      people = responsiblePeople([cells], split);
      level.set(last, people);
      size++;
    }
    return people;
  };
}
