/**
 * Range.format.borders (RangeBorderCollection.getItem by edge) and a RangeBorder's style and
 * weight; the fake records each border set, by address and edge, on the sheet.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder
 */
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";
import { addressOf } from "./parseAddress";
import type { RangeModel } from "./rangeModel";

class FakeRangeBorder extends FakeObject<{ range: RangeModel; edge: string }> {
  protected properties(): Readonly<
    Record<string, PropertySpec<{ range: RangeModel; edge: string }>>
  > {
    return {};
  }
  set style(style: string) {
    this.enqueue("border.style", style, "1.1", (m) => {
      m.range.sheet.borders.push({
        address: addressOf(m.range.rect),
        edge: m.edge,
        style,
        weight: null,
      });
    });
  }
  set weight(weight: string) {
    this.enqueue("border.weight", weight, "1.1", (m) => {
      const last = [...m.range.sheet.borders]
        .reverse()
        .find((border) => border.edge === m.edge && border.address === addressOf(m.range.rect));
      if (last === undefined) {
        m.range.sheet.borders.push({
          address: addressOf(m.range.rect),
          edge: m.edge,
          style: "Continuous",
          weight,
        });
      } else {
        last.weight = weight;
      }
    });
  }
}

const borderEdges = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);

export class FakeRangeBorderCollection extends FakeObject<RangeModel> {
  protected properties(): Readonly<Record<string, PropertySpec<RangeModel>>> {
    return {};
  }
  getItem(edge: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => {
      if (!borderEdges.has(edge)) {
        throw officeError("InvalidArgument", `Unknown border index ${edge}`);
      }
      return { range: this.model(), edge };
    });
  }
}
