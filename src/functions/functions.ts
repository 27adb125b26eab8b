/*
 * The ASSESS custom functions, the entry of functions.js. The build generates functions.json from
 * the JSDoc blocks of the files below (pace first, then scores, then changes: the order Excel lists them in) and
 * appends their CustomFunctions.associate calls; the zh-CN names and descriptions come from
 * ./zh-CN.json.
 *
 * This entry is also the composition root of the functions: in Excel it registers the blank probe
 * that reads, through Office.js, whether a cell that arrived as 0 is empty (blankProbe.ts). It is
 * the one file of src/functions that imports src/excel; outside Excel no probe is registered.
 */
import { officeEmptyCellsReader } from "../excel/readEmptyCells";
import { batchedProbe, setBlankProbe } from "./blankProbe";

export * from "./paceFunctions";
export * from "./scoreFunctions";
export * from "./changeFunctions";

const reader = officeEmptyCellsReader();
if (reader !== null) {
  setBlankProbe(batchedProbe(reader));
}
