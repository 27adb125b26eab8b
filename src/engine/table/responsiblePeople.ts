import { cellText } from "../kernel/cellText";
import { CellValue } from "../kernel/grid";
import { ResponsibleEntry, splitResponsible } from "./splitResponsible";
import { toSimplified } from "../kernel/toSimplified";

/**
 * The people cells of one table row, in this order: leader (包抓领导), supervisors (监管部门), lead
 * units (责任单位), all units (承办单位), cooperating units (配合单位), persons (责任人). Null where
 * the table has no such column or the cell is blank.
 */
export type PeopleCells = readonly [
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
  CellValue,
];

/** The people of one indicator, as the table reader reports them. */
export interface ResponsiblePeople {
  /** 包抓领导: the leaders named, joined with 、. */
  readonly leader: string;
  /** 责任单位: lead units first, then cooperating units; each once. */
  readonly units: readonly string[];
  /** 责任人: the persons named, in the order of their units; each once. */
  readonly persons: readonly string[];
  /** The lead unit's person ("" when none is known). */
  readonly person: string;
  /** 监管部门, each once. */
  readonly supervisors: readonly string[];
}

/**
 * 责任人员: gathers the people of an indicator from its rows' people cells. Units come from the
 * responsible-units cells in order (the first leads, 牵头), then the cooperating units; a unit's
 * person comes from a "单位:人" pair, else from the person cell of the same row, matched in order
 * with the units of that row that have none ("县统计局、县经贸局" with "刘明江、冯启彬"). Names are
 * compared in simplified characters without spaces, so 縣統計局 and 县统计局 are one unit.
 */
export function responsiblePeople(
  rows: readonly PeopleCells[],
  split = splitResponsible
): ResponsiblePeople {
  const leaders = new Distinct();
  const supervisors = new Distinct();
  const lead = new Distinct();
  const cooperating = new Distinct();
  const personOf = new Map<string, string>();
  const loose = new Distinct();
  for (const [
    leaderCell,
    supervisorCell,
    leadCell,
    unitsCell,
    cooperatingCell,
    personCell,
  ] of rows) {
    const leader = cellText(leaderCell);
    if (leader !== "") {
      leaders.add(leader);
    }
    for (const supervisor of split(supervisorCell)) {
      supervisors.add(supervisor.unit);
    }
    const unpaired: ResponsibleEntry[] = [];
    const take = (entries: readonly ResponsibleEntry[], list: Distinct): void => {
      for (const entry of entries) {
        if (!lead.has(entry.unit) && !cooperating.has(entry.unit)) {
          list.add(entry.unit);
        }
        const key = nameKey(entry.unit);
        if (entry.person === "") {
          unpaired.push(entry);
        } else if (!personOf.has(key)) {
          personOf.set(key, entry.person);
        }
      }
    };
    take(split(leadCell), lead);
    take(split(unitsCell), lead);
    take(split(cooperatingCell), cooperating);
    let next = 0;
    for (const person of split(personCell)) {
      if (person.person !== "") {
        // "单位:人" pairs in the person column
        const key = nameKey(person.unit);
        if (!personOf.has(key)) {
          personOf.set(key, person.person);
        }
        continue;
      }
      const entry = unpaired[next++];
      if (entry === undefined) {
        loose.add(person.unit);
      } else if (!personOf.has(nameKey(entry.unit))) {
        personOf.set(nameKey(entry.unit), person.unit);
      }
    }
  }
  const units = [...lead.values, ...cooperating.values];
  const persons = new Distinct();
  for (const unit of units) {
    const person = personOf.get(nameKey(unit));
    if (person !== undefined) {
      persons.add(person);
    }
  }
  for (const person of loose.values) {
    persons.add(person);
  }
  const leadPerson = units.length > 0 ? personOf.get(nameKey(units[0])) : undefined;
  return {
    leader: leaders.values.join("、"),
    units,
    persons: persons.values,
    person: leadPerson ?? (personOf.size === 0 ? (loose.values[0] ?? "") : ""),
    supervisors: supervisors.values,
  };
}

/** Keys worked out so far: units and persons repeat on every row of a table. */
const nameKeys = new Map<string, string>();
/** Names whose keys are kept at most (the memo must not grow with the table). */
const MAX_NAME_KEYS = 4096;

/** The key two spellings of a name share: simplified, lower case, without spaces. */
function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = toSimplified(name).toLowerCase().replace(/\s+/g, "");
    if (nameKeys.size >= MAX_NAME_KEYS) {
      nameKeys.clear();
    }
    nameKeys.set(name, key);
  }
  return key;
}

/** Values in the order first met, each once by its name key. */
class Distinct {
  readonly values: string[] = [];
  private readonly keys = new Set<string>();

  has(value: string): boolean {
    return this.keys.has(nameKey(value));
  }

  add(value: string): void {
    const key = nameKey(value);
    if (!this.keys.has(key)) {
      this.keys.add(key);
      this.values.push(value);
    }
  }
}
