/**
 * Worksheet.charts (ChartCollection.add: one series per row or column of the source, named
 * 系列1, 系列2 …) and Chart: type, title.text, legend.visible,
 * axes.categoryAxis.reversePlotOrder (ExcelApi 1.7), setPosition, and its series
 * (fakeChartSeries.ts).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chart
 */
import { FakeChartSeriesCollection } from "./fakeChartSeries";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import type { FakeRequestContext } from "./fakeRequestContext";
import type { FakeChart, FakeSeries, FakeSheet } from "./fakeSheet";
import { addressOf, parseAddress, quoteSheet } from "./parseAddress";

class FakeChartPartText extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { text: { get: (c) => c.title } };
  }
  set text(text: string) {
    this.enqueue("chart.title.text", text, "1.1", (chart) => {
      chart.title = text;
    });
  }
}

class FakeChartLegend extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { visible: { get: (c) => c.legendVisible } };
  }
  set visible(visible: boolean) {
    this.enqueue("chart.legend.visible", visible, "1.1", (chart) => {
      chart.legendVisible = visible;
    });
  }
}

class FakeChartAxis extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return {};
  }
  set reversePlotOrder(reversed: boolean) {
    this.enqueue("categoryAxis.reversePlotOrder", reversed, "1.7", (chart) => {
      chart.categoryReversed = reversed;
    });
  }
}

class FakeChartAxes extends FakeObject<FakeChart> {
  readonly categoryAxis: FakeChartAxis;
  constructor(context: FakeRequestContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.categoryAxis = new FakeChartAxis(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return {};
  }
}

export class FakeChartProxy extends FakeObject<FakeChart> {
  readonly title: FakeChartPartText;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: FakeChartAxes;
  constructor(context: FakeRequestContext, resolver: () => FakeChart) {
    super(context, resolver);
    this.title = new FakeChartPartText(context, () => this.model());
    this.legend = new FakeChartLegend(context, () => this.model());
    this.series = new FakeChartSeriesCollection(context, () => this.model());
    this.axes = new FakeChartAxes(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { type: { get: (c) => c.type } };
  }
  setPosition(start: FakeRange | string, end?: FakeRange | string): void {
    this.enqueue(
      "chart.setPosition",
      [typeof start === "string" ? start : "range", typeof end === "string" ? end : "range"],
      "1.1",
      (chart) => {
        const where = (cell: FakeRange | string): string => {
          if (typeof cell === "string") {
            if (parseAddress(cell) === null) {
              throw officeError("InvalidArgument", `setPosition ${cell}`);
            }
            return cell;
          }
          return addressOf(cell.model().rect);
        };
        chart.position = { start: where(start), end: end === undefined ? null : where(end) };
      }
    );
  }
}

const chartTypes = new Set([
  "BarClustered",
  "ColumnClustered",
  "Line",
  "Pie",
  "BarStacked",
  "ColumnStacked",
]);

export class FakeChartCollection extends FakeObject<FakeSheet> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSheet>>> {
    return { count: { get: (s) => s.charts.length } };
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: FakeChart | undefined;
    this.enqueue("charts.add", [type, seriesBy], "1.1", (sheet) => {
      if (!chartTypes.has(type)) {
        throw officeError("InvalidArgument", `Chart type ${type}`);
      }
      const m = source.model();
      const byColumns =
        seriesBy === "Columns" || (seriesBy === "Auto" && m.rect.rows >= m.rect.columns);
      const count = byColumns ? m.rect.columns : m.rect.rows;
      const points = byColumns ? m.rect.rows : m.rect.columns;
      const series: FakeSeries[] = Array.from({ length: count }, (_, index) => ({
        name: `系列${index + 1}`,
        values: `${quoteSheet(m.sheet.name)}!${addressOf(
          byColumns
            ? { top: m.rect.top, left: m.rect.left + index, rows: m.rect.rows, columns: 1 }
            : { top: m.rect.top + index, left: m.rect.left, rows: 1, columns: m.rect.columns },
          true
        )}`,
        xValues: null,
        fill: null,
        pointFills: new Array<string | null>(points).fill(null),
      }));
      created = {
        type,
        source: `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`,
        seriesBy,
        title: "",
        legendVisible: true,
        categoryReversed: false,
        position: null,
        series,
      };
      sheet.charts.push(created);
    });
    return new FakeChartProxy(this.context, () => {
      if (created === undefined) {
        throw officeError("ItemNotFound", "The chart was not created.");
      }
      return created;
    });
  }
}
