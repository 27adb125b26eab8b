/*
 * The ASSESS custom functions, the entry of functions.js. The build generates functions.json from
 * the JSDoc blocks of the files below (pace first, then scores: the order Excel lists them in) and
 * appends their CustomFunctions.associate calls; the zh-CN names and descriptions come from
 * ./zh-CN.json.
 */
export * from "./paceFunctions";
export * from "./scoreFunctions";
