/** 图例: the word before the marked table's legend swatches, as every writer puts it. */
export const legendLabel = "图例";
