/**
 * The files whose JSDoc blocks declare the custom functions, in the order Excel lists them. The
 * build's metadata plugin and the metadata test both read this list.
 */
module.exports = [
  "src/functions/paceFunctions.ts",
  "src/functions/scoreFunctions.ts",
  "src/functions/changeFunctions.ts",
];
