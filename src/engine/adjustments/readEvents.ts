import { cellAddress } from "../kernel/cellAddress";
import { cellText } from "../kernel/cellText";
import { findSideHeader } from "../table/findSideHeader";
import { CellValue, GridSheet } from "../kernel/grid";
import { mergeIndex } from "../table/mergeIndex";
import { readDate } from "../kernel/readDate";
import { readFigure } from "../table/readFigure";
import { sheetReference } from "../kernel/sheetReference";
import { diagnostic } from "../kernel/diagnostic";
import { SummaryDiagnostic } from "../summary/summaryTypes";
import { toSimplified } from "../kernel/toSimplified";
import { AdjustmentEvent } from "../kernel/types";

/** The columns of a 加减分登记 sheet and the header names that mark them. */
const EVENT_COLUMNS = {
  unit: ["单位", "责任单位", "部门", "责任部门", "单位名称", "被考核单位", "考核单位", "unit"],
  rule: ["规则编号", "编号", "规则", "规则代码", "加减分规则", "加减分项目编号", "rule", "code"],
  count: ["次数", "次", "count"],
  value: ["分值", "认定分值", "评定分值", "每次分值", "value", "points"],
  quantity: ["数量", "金额", "争取数量", "quantity"],
  reason: ["事由", "说明", "内容", "事项", "加减分事由", "备注", "reason"],
  date: ["日期", "时间", "发生日期", "登记日期", "文件日期", "date"],
  city: ["市考", "是否市考", "市考加减分", "city"],
} as const;
type EventField = keyof typeof EVENT_COLUMNS;

const YES = new Set(["是", "市考", "市", "y", "yes", "true", "1", "√", "✓", "✔", "☑", "是(市考)"]);
const NO = new Set(["", "否", "县考", "县", "n", "no", "false", "0", "×", "✗", "✘", "x", "-", "/"]);
/** Rows that are not events: totals and notes. */
const NOT_AN_EVENT = /^(?:合计|小计|总计|注|说明|备注)/;

/** The A1 addresses of one event's cells ("" when the sheet has no such column). */
export interface EventCells {
  readonly unit: string;
  readonly rule: string;
  readonly count: string;
  readonly value: string;
  readonly quantity: string;
  readonly date: string;
}

/** The result of {@link readEvents}; `cells` runs parallel to `events`. */
export interface ReadEventsResult {
  readonly events: AdjustmentEvent[];
  readonly diagnostics: SummaryDiagnostic[];
  readonly cells: EventCells[];
}

/**
 * 加减分登记读取: reads a 加减分登记 sheet (加減分登記) into events. Columns, found by their headers:
 * 单位, 规则编号, 次数 (blank = 1), 分值 (the value picked for a range rule), 数量 (for a proportional
 * rule), 事由, 日期 (kept as an ISO date when readable), 市考 (是/否, yes/no, Y/N, √; blank = 否).
 * A unit merged over several rows stands for each of them. Blank rows, totals (合计) and notes are
 * passed over; a row with a bad cell is reported (sheet and A1 cell) and skipped, the rest read.
 * Whether the rule exists and the value fits it is checked later by `unitAdjustments`. Never throws.
 */
export function readEvents(sheet: GridSheet): ReadEventsResult {
  const events: AdjustmentEvent[] = [];
  const diagnostics: SummaryDiagnostic[] = [];
  const cells: EventCells[] = [];
  const header = findSideHeader(sheet, EVENT_COLUMNS, ["unit", "rule"]);
  if (header === null) {
    diagnostics.push(
      diagnostic("no_header", "error", sheet.name, "", "sideNoHeader", {
        table: "加减分登记",
        tableEn: "bonus/deduction register",
        columns: "单位、规则编号",
        columnsEn: "unit, rule code",
      })
    );
    return { events, diagnostics, cells };
  }
  const index = mergeIndex(sheet);
  const fields = Object.keys(EVENT_COLUMNS) as EventField[];

  for (let row = header.row + 1; row < index.rows; row++) {
    const address = (field: EventField): string => {
      const column = header.columns[field];
      return column === undefined ? "" : cellAddress(row, column);
    };
    const value = (field: EventField): CellValue => {
      const column = header.columns[field];
      if (column === undefined) {
        return null;
      }
      return field === "unit" ? index.filled(row, column) : index.own(row, column);
    };
    const text = (field: EventField): string => cellText(value(field));
    const problem = (
      code: SummaryDiagnostic["code"],
      field: EventField,
      key: "sideMissingValue" | "sideNotANumber" | "sideInvalidValue",
      params: Record<string, string | number>
    ): void => {
      diagnostics.push(diagnostic(code, "error", sheet.name, address(field), key, params));
    };

    const own = fields.filter((field) => field !== "unit").map(text);
    const unit = text("unit");
    if (own.every((part) => part === "") || NOT_AN_EVENT.test(unit)) {
      continue;
    }
    if (unit === "") {
      problem("missing_value", "unit", "sideMissingValue", { name: "单位", nameEn: "the unit" });
      continue;
    }
    const rule = text("rule");
    if (rule === "") {
      problem("missing_value", "rule", "sideMissingValue", {
        name: "规则编号",
        nameEn: "the rule code",
      });
      continue;
    }

    /** A number cell: undefined when blank, null (reported) when unreadable. */
    const figure = (
      field: "count" | "value" | "quantity",
      name: string,
      nameEn: string
    ): number | undefined | null => {
      const reading = readFigure(
        value(field),
        field === "count" ? "次" : field === "value" ? "分" : ""
      );
      if (reading.kind === "blank") {
        return undefined;
      }
      if (reading.kind === "number") {
        return reading.value;
      }
      problem("not_a_number", field, "sideNotANumber", { name, nameEn, text: reading.text });
      return null;
    };
    const count = figure("count", "次数", "the count");
    const picked = figure("value", "分值", "the points");
    const quantity = figure("quantity", "数量", "the quantity");
    if (count === null || picked === null || quantity === null) {
      continue;
    }

    const cityWord = toSimplified(text("city")).replace(/\s+/g, "").toLowerCase();
    let city: boolean;
    if (YES.has(cityWord)) {
      city = true;
    } else if (NO.has(cityWord)) {
      city = false;
    } else {
      problem("invalid_value", "city", "sideInvalidValue", {
        name: "市考",
        nameEn: "city assessment",
        text: text("city"),
        allowed: "是/否、Y/N、√",
      });
      continue;
    }

    const reason = text("reason");
    const dateText = text("date");
    const date = dateText === "" ? null : (readDate(value("date")) ?? dateText);
    const event: AdjustmentEvent = {
      unit,
      rule,
      count: count ?? 1,
      ...(picked !== undefined ? { value: picked } : {}),
      ...(quantity !== undefined ? { quantity } : {}),
      city,
      ...(reason !== "" ? { reason } : {}),
      ...(date !== null ? { date } : {}),
      source: sheetReference(sheet.name, address("unit")),
    };
    events.push(event);
    cells.push({
      unit: address("unit"),
      rule: address("rule"),
      count: address("count"),
      value: address("value"),
      quantity: address("quantity"),
      date: address("date"),
    });
  }
  return { events, diagnostics, cells };
}
