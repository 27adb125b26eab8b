import { Status } from "../engine";
import { rangeAddress } from "./areaAddress";
import { MarkBlock } from "./markBlocks";

/** Blocks of one status marked by one conditional format, and their address list. */
export interface MarkGroup {
  readonly status: Status;
  readonly blocks: readonly MarkBlock[];
  /** "A2:F4, A9:F9": what `Worksheet.getRanges` is given. */
  readonly address: string;
}

/**
 * Characters of one address list given to `Worksheet.getRanges`. Excel refuses long lists at no
 * documented length (office-js #5198 saw lists of about 8,200 characters fail, and shorter ones
 * with more areas pass; office-js-docs-pr #2255 asked for the limit and got none): a quarter of
 * that keeps well clear of it.
 */
export const maxAddressLength = 2000;

/**
 * 标记分组: the blocks of each status (in the order statuses first appear) as groups whose address
 * lists stay within `maxLength` characters — so that one conditional format marks many blocks
 * (ExcelApi 1.9, `RangeAreas.conditionalFormats`) instead of one format a block: 20,000
 * indicators' 7,900 blocks are some fifty formats, not 7,900. A block longer than the limit alone
 * makes a group of its own.
 */
export function markGroups(
  blocks: readonly MarkBlock[],
  maxLength = maxAddressLength
): MarkGroup[] {
  const byStatus = new Map<Status, MarkBlock[]>();
  for (const block of blocks) {
    byStatus.set(block.status, [...(byStatus.get(block.status) ?? []), block]);
  }
  const groups: MarkGroup[] = [];
  for (const [status, list] of byStatus) {
    let current: MarkBlock[] = [];
    let address = "";
    for (const block of list) {
      const part = rangeAddress(block.top, block.left, block.rows, block.columns);
      const joined = address === "" ? part : `${address}, ${part}`;
      if (current.length > 0 && joined.length > maxLength) {
        groups.push({ status, blocks: current, address });
        current = [block];
        address = part;
      } else {
        current.push(block);
        address = joined;
      }
    }
    if (current.length > 0) {
      groups.push({ status, blocks: current, address });
    }
  }
  return groups;
}
