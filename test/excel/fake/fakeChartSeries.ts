/**
 * A chart's series (ChartSeriesCollection.getItemAt, ChartSeries: name, setValues and
 * setXAxisValues from ExcelApi 1.7, format.fill.setSolidColor) and their points
 * (ChartPointsCollection.getItemAt, ChartPoint.format.fill.setSolidColor).
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartseries
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartpoint
 */
import { normaliseColor } from "./fakeCell";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import type { FakeRange } from "./fakeRange";
import type { FakeRequestContext } from "./fakeRequestContext";
import type { FakeChart, FakeSeries } from "./fakeSheet";
import { addressOf, quoteSheet } from "./parseAddress";

class FakeChartFill extends FakeObject<(color: string) => void> {
  protected properties(): Readonly<Record<string, PropertySpec<(color: string) => void>>> {
    return {};
  }
  setSolidColor(color: string): void {
    this.enqueue("setSolidColor", color, "1.1", (apply) =>
      apply(normaliseColor(color, "setSolidColor"))
    );
  }
}

class FakeChartFormat extends FakeObject<(color: string) => void> {
  readonly fill: FakeChartFill;
  constructor(context: FakeRequestContext, resolver: () => (color: string) => void) {
    super(context, resolver);
    this.fill = new FakeChartFill(context, () => this.model());
  }
  protected properties(): Readonly<Record<string, PropertySpec<(color: string) => void>>> {
    return {};
  }
}

class FakeChartPoint extends FakeObject<{ series: FakeSeries; index: number }> {
  readonly format: FakeChartFormat;
  constructor(context: FakeRequestContext, resolver: () => { series: FakeSeries; index: number }) {
    super(context, resolver);
    this.format = new FakeChartFormat(context, () => {
      const point = this.model();
      return (color: string) => {
        point.series.pointFills[point.index] = color;
      };
    });
  }
  protected properties(): Readonly<
    Record<string, PropertySpec<{ series: FakeSeries; index: number }>>
  > {
    return {};
  }
}

class FakeChartPoints extends FakeObject<FakeSeries> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeSeries>>> {
    return { count: { get: (s) => s.pointFills.length } };
  }
  getItemAt(index: number): FakeChartPoint {
    return new FakeChartPoint(this.context, () => {
      const series = this.model();
      if (!Number.isInteger(index) || index < 0 || index >= series.pointFills.length) {
        throw officeError("InvalidArgument", `No point at ${index}.`);
      }
      return { series, index };
    });
  }
}

class FakeChartSeries extends FakeObject<FakeSeries> {
  readonly points: FakeChartPoints;
  readonly format: FakeChartFormat;
  constructor(context: FakeRequestContext, resolver: () => FakeSeries) {
    super(context, resolver);
    this.points = new FakeChartPoints(context, () => this.model());
    this.format = new FakeChartFormat(context, () => {
      const series = this.model();
      return (color: string) => {
        series.fill = color;
      };
    });
  }
  protected properties(): Readonly<Record<string, PropertySpec<FakeSeries>>> {
    return { name: { get: (s) => s.name } };
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.enqueue("series.name", name, "1.1", (series) => {
      series.name = name;
    });
  }
  setXAxisValues(range: FakeRange): void {
    this.enqueue("setXAxisValues", "range", "1.7", (series) => {
      const m = range.model();
      series.xValues = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`;
    });
  }
  setValues(range: FakeRange): void {
    this.enqueue("setValues", "range", "1.7", (series) => {
      const m = range.model();
      series.values = `${quoteSheet(m.sheet.name)}!${addressOf(m.rect, true)}`;
      series.pointFills = Array.from(
        { length: m.rect.rows * m.rect.columns },
        (_, index) => series.pointFills[index] ?? null
      );
    });
  }
}

export class FakeChartSeriesCollection extends FakeObject<FakeChart> {
  protected properties(): Readonly<Record<string, PropertySpec<FakeChart>>> {
    return { count: { get: (c) => c.series.length } };
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const chart = this.model();
      const series = chart.series[index];
      if (series === undefined) {
        throw officeError("InvalidArgument", `No series at ${index}.`);
      }
      return series;
    });
  }
}
