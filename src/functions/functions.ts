/*
 * The ASSESS custom functions, the entry of functions.js. The build generates functions.json from
 * the JSDoc blocks of the files below (pace first, then scores, then changes: the order Excel lists them in) and
 * appends their CustomFunctions.associate calls; the zh-CN names and descriptions come from
 * ./zh-CN.json.
 *
 * This entry is also the composition root of the functions: in Excel it registers the blank probe
 * that reads, through Office.js, whether a cell that arrived as 0 is empty (blankProbe.ts). It is
 * the one file of src/functions that imports src/excel; outside Excel no probe is registered.
 * And when the workbook opens it restores the periods and band the workbook keeps (its 设置 sheet,
 * else its document settings) as the functions' defaults, recalculating when they are not the
 * built-in ones (`restoreDefaults`); a failure is kept for the pane to show.
 */
import { officeEmptyCellsReader } from "../excel/readEmptyCells";
import { restoreDefaultsAtOpen } from "../excel/restoreDefaults";
import { batchedProbe, setBlankProbe } from "./blankProbe";
import { builtInDefaults, setFunctionDefaults, setRestoreFailure } from "./runtimeDefaults";

export * from "./paceFunctions";
export * from "./scoreFunctions";
export * from "./changeFunctions";

const reader = officeEmptyCellsReader();
if (reader !== null) {
  setBlankProbe(batchedProbe(reader));
}

restoreDefaultsAtOpen(builtInDefaults, setFunctionDefaults)?.catch(setRestoreFailure);
