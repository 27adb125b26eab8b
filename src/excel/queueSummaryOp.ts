import { columnLetters } from "../engine";
import { SummaryOp } from "./summaryOps";

/**
 * 排入汇总表操作: queues one summary op (see `summaryOps`) on a worksheet — column widths, a block
 * of values after its number formats, formats, merges, borders, freeze panes, print setup, the
 * chart — with no sync; the caller syncs once per batch.
 */
export function queueSummaryOp(sheet: Excel.Worksheet, op: SummaryOp): void {
  const block = (top: number, left: number, rows: number, columns: number): Excel.Range =>
    sheet.getRangeByIndexes(top, left, rows, columns);
  switch (op.kind) {
    case "columnWidth":
      block(0, op.column, 1, op.count).format.columnWidth = op.points;
      return;
    case "cells": {
      const range = block(op.top, op.left, op.values.length, op.values[0]?.length ?? 1);
      if (op.numberFormat !== null) {
        range.numberFormat = op.numberFormat as string[][];
      }
      range.values = op.values as (string | number | boolean)[][];
      return;
    }
    case "format": {
      const range = block(op.block.top, op.block.left, op.block.rows, op.block.columns);
      if (op.fill !== undefined) {
        range.format.fill.color = op.fill;
      }
      if (op.bold !== undefined) {
        range.format.font.bold = op.bold;
      }
      if (op.fontColor !== undefined) {
        range.format.font.color = op.fontColor;
      }
      if (op.fontSize !== undefined) {
        range.format.font.size = op.fontSize;
      }
      if (op.wrapText !== undefined) {
        range.format.wrapText = op.wrapText;
      }
      if (op.horizontalAlignment !== undefined) {
        range.format.horizontalAlignment = op.horizontalAlignment;
      }
      if (op.rowHeight !== undefined) {
        range.format.rowHeight = op.rowHeight;
      }
      return;
    }
    case "merge":
      block(op.block.top, op.block.left, op.block.rows, op.block.columns).merge(false);
      return;
    case "borders": {
      const borders = block(op.block.top, op.block.left, op.block.rows, op.block.columns).format
        .borders;
      const edges = [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const;
      for (const edge of edges) {
        if (
          (edge === "InsideHorizontal" && op.block.rows < 2) ||
          (edge === "InsideVertical" && op.block.columns < 2)
        ) {
          continue;
        }
        const border = borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
      return;
    }
    case "freeze":
      if (op.rows > 0 && op.columns > 0) {
        sheet.freezePanes.freezeAt(block(0, 0, op.rows, op.columns));
      } else if (op.columns > 0) {
        sheet.freezePanes.freezeColumns(op.columns);
      } else {
        sheet.freezePanes.freezeRows(op.rows);
      }
      return;
    case "print": {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = op.print.paperSize;
      // "As many pages tall as needed" is no vertical fit at all.
      layout.zoom =
        op.print.scalePercent !== undefined
          ? { scale: op.print.scalePercent }
          : op.print.fitToPagesTall > 0
            ? {
                horizontalFitToPages: op.print.fitToPagesWide,
                verticalFitToPages: op.print.fitToPagesTall,
              }
            : { horizontalFitToPages: op.print.fitToPagesWide };
      if (op.print.titleRows !== null) {
        const [first, last] = op.print.titleRows;
        layout.setPrintTitleRows(`$${first}:$${last}`);
      }
      if (op.print.titleColumns !== undefined) {
        const [first, last] = op.print.titleColumns;
        layout.setPrintTitleColumns(`$${columnLetters(first - 1)}:$${columnLetters(last - 1)}`);
      }
      if (op.area !== undefined) {
        layout.setPrintArea(block(op.area.top, op.area.left, op.area.rows, op.area.columns));
      }
      if (op.print.footer !== undefined) {
        // Office.js takes the centre section's text without Excel's "&C" section code.
        layout.headersFooters.defaultForAllPages.centerFooter = op.print.footer.replace(/^&C/, "");
      }
      if (op.print.firstPageNumber !== undefined) {
        layout.firstPageNumber = op.print.firstPageNumber;
      }
      return;
    }
    case "pageBreak":
      sheet.horizontalPageBreaks.add(block(op.row, 0, 1, 1));
      return;
    case "chart": {
      const values = block(op.firstRow, op.valueColumn, op.rows, 1);
      const chart = sheet.charts.add("BarClustered", values, "Columns");
      chart.title.text = op.title;
      chart.legend.visible = false;
      chart.axes.categoryAxis.reversePlotOrder = true;
      const series = chart.series.getItemAt(0);
      series.name = op.seriesName;
      series.setXAxisValues(block(op.firstRow, op.categoryColumn, op.rows, 1));
      const colours = new Set(op.pointColors.map((colour) => colour.toUpperCase()));
      if (colours.size === 1) {
        series.format.fill.setSolidColor(op.pointColors[0]);
      } else {
        op.pointColors.forEach((colour, index) =>
          series.points.getItemAt(index).format.fill.setSolidColor(colour)
        );
      }
      chart.setPosition(
        block(op.from.row, op.from.column, 1, 1),
        block(op.to.row, op.to.column, 1, 1)
      );
      return;
    }
  }
}
