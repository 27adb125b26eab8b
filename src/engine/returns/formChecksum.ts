import { cellText } from "../kernel/cellText";
import { IndicatorRecord } from "../table/tableModel";
import { indicatorChecksum } from "./indicatorChecksum";

/**
 * 报送表校验码: the checksum of a unit's indicator list as its form shows it — name, measure and
 * unit as clean cell text, which is how `readReturn` reads them back (see `indicatorChecksum`).
 */
export function formChecksum(
  records: readonly Pick<IndicatorRecord, "name" | "measureLabel" | "unit">[]
): string {
  return indicatorChecksum(
    records.map((record) => ({
      name: cellText(record.name),
      measureLabel: cellText(record.measureLabel),
      unit: cellText(record.unit),
    }))
  );
}
