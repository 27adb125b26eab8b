/**
 * 报送表与汇总的提示 (the messages of return forms and their collection), zh-CN first; part of the
 * engine's one catalogue (see `formatMessage`). `{ref}` is the sheet and cell, filled in by
 * `formatDiagnostic`.
 */
export const returnMessages = {
  returnIdentityMissing: {
    "zh-CN":
      "{ref}：不是本工具生成的报送表（找不到隐藏的标识表“{sheet}”或其中的单位、月份、校验码），未汇总",
    "en-US":
      '{ref}: not a return form made by this tool (no hidden identity sheet "{sheet}", or no unit, month or checksum in it); not collected',
  },
  returnSheetMissing: {
    "zh-CN": "报送表中找不到工作表“{sheet}”，未汇总",
    "en-US": 'The return has no sheet "{sheet}"; not collected',
  },
  returnTampered: {
    "zh-CN":
      "{ref}：报送表的指标清单被改动过（校验码应为{expected}，实为{actual}，指标{count}项），未汇总；请让{unit}使用新下发的报送表重新填报",
    "en-US":
      "{ref}: the return's list of indicators was changed (checksum {expected} expected, {actual} found, {count} indicators); not collected — ask {unit} to fill in a freshly issued form",
  },
  returnNotANumber: {
    "zh-CN": "{ref}：{unit}填报的“{name}”（{measure}）“{text}”不是数字，该项未汇总",
    "en-US":
      '{ref}: {unit} entered "{text}" for "{name}" ({measureEn}): not a number; not collected',
  },
  returnDateUnreadable: {
    "zh-CN": "{ref}：填报日期“{text}”无法识别，改按文件日期登记",
    "en-US": '{ref}: the date "{text}" cannot be read; the file date is registered instead',
  },
  returnOtherMonth: {
    "zh-CN": "{ref}：{unit}的报送表是{returned}的，本次汇总{wanted}，未汇总",
    "en-US":
      "{ref}: {unit}'s return is for {returnedEn}, this collection is for {wantedEn}; not collected",
  },
  returnUnknownUnit: {
    "zh-CN": "{ref}：报送单位“{unit}”不是台账中任何指标的责任（牵头）单位，未汇总",
    "en-US": '{ref}: "{unit}" leads no indicator of the ledger; not collected',
  },
  returnListChanged: {
    "zh-CN":
      "{ref}：台账中{unit}的指标清单自下发报送表后有变动（报送表{formCount}项，台账{ledgerCount}项），按指标名称和口径逐项汇总",
    "en-US":
      "{ref}: {unit}'s indicators in the ledger changed since the form was issued ({formCount} on the form, {ledgerCount} in the ledger); figures are matched by indicator and measure",
  },
  returnUnmatchedIndicator: {
    "zh-CN": "{ref}：{unit}报送的“{name}”（{measure}）不在台账中该单位的指标里，未汇总",
    "en-US":
      '{ref}: "{name}" ({measureEn}) returned by {unit} is not among its indicators in the ledger; not collected',
  },
  returnNoMonthColumn: {
    "zh-CN": "{ref}：台账中没有{month}月的累计完成列，报送数未写入；请先在表头添加“{month}月”列",
    "en-US":
      "{ref}: the ledger has no cumulative-actual column for month {month}; no figure was written — add a “{month}月” column to the header first",
  },
  returnNoMonthCell: {
    "zh-CN":
      "{ref}：台账中找不到“{name}”（{measure}）{month}月的完成数单元格，{unit}报送的{value}未写入",
    "en-US":
      '{ref}: no cell for "{name}" ({measureEn}) in month {month} in the ledger; {value} returned by {unit} was not written',
  },
  returnConflict: {
    "zh-CN":
      "{ref}：“{name}”（{measure}）{month}月台账已有“{existing}”，{unit}报送{value}，不一致，未覆盖（确认后可强制覆盖）",
    "en-US":
      '{ref}: the ledger already holds "{existing}" for "{name}" ({measureEn}) in month {month}, {unit} returned {value}; not overwritten (force it once checked)',
  },
  returnOverwritten: {
    "zh-CN":
      "{ref}：“{name}”（{measure}）{month}月台账原有“{existing}”，已按强制覆盖改为{unit}报送的{value}",
    "en-US":
      '{ref}: "{name}" ({measureEn}) in month {month} held "{existing}"; overwritten (forced) with {value} returned by {unit}',
  },
  returnNoArrivalDate: {
    "zh-CN": "{ref}：{unit}的报送表没有填报日期，也不知道文件日期，未登记报送日期",
    "en-US":
      "{ref}: {unit}'s return has no date and no file date is known; no arrival was registered",
  },
  returnEmpty: {
    "zh-CN": "{ref}：{unit}的报送表没有填写任何数字，未汇总，也未登记报送",
    "en-US": "{ref}: {unit}'s return holds no figure; nothing collected, no arrival registered",
  },
  returnRegisterNoHeader: {
    "zh-CN": "{ref}：报送登记表找不到“单位、月份、报送日期”表头，未登记报送日期",
    "en-US":
      "{ref}: the report register has no unit, month and date header; no arrival was registered",
  },
  returnLedgerChanged: {
    "zh-CN":
      "台账{ref}现为“{now}”，与制定汇总计划时的“{planned}”不同（文件是否在汇总期间被改动？），未写入任何内容",
    "en-US":
      'The ledger\'s {ref} now holds "{now}", not "{planned}" as when the plan was made (was the file changed meanwhile?); nothing was written',
  },
  returnSheetAppeared: {
    "zh-CN": "台账已有工作表“{sheet}”（是否在汇总期间新建？），未写入任何内容",
    "en-US":
      'The ledger already has a sheet "{sheet}" (was it added meanwhile?); nothing was written',
  },
  returnFormulaCell: {
    "zh-CN":
      "台账{ref}是公式（{formula}），报送数不能写入公式单元格：请改为手工填写或先清除公式，未写入任何内容",
    "en-US":
      "The ledger's {ref} holds a formula ({formula}); a returned figure is never written over a formula: enter it by hand or clear the formula first; nothing was written",
  },
  returnChangeFigure: {
    "zh-CN": "{ref}：写入{unit}报送的“{name}”（{measure}）{month}月累计{value}",
    "en-US": '{ref}: write {value}, {unit}\'s month {month} figure for "{name}" ({measureEn})',
  },
  returnChangeNewRow: {
    "zh-CN": "{ref}：新增一行，写入{unit}报送的“{name}”（{measure}）{month}月累计{value}",
    "en-US":
      '{ref}: add a row with {value}, {unit}\'s month {month} figure for "{name}" ({measureEn})',
  },
  returnChangeOverwrite: {
    "zh-CN": "{ref}：将“{existing}”改为{unit}报送的“{name}”（{measure}）{month}月累计{value}",
    "en-US":
      '{ref}: replace "{existing}" with {value}, {unit}\'s month {month} figure for "{name}" ({measureEn})',
  },
  returnChangeRegister: {
    "zh-CN": "{ref}：登记{unit}{month}月报送日期{date}（{from}）",
    "en-US": "{ref}: register {unit}'s month {month} return as arrived on {date} ({fromEn})",
  },
  returnChangeRegistered: {
    "zh-CN": "{unit}{month}月已登记报送日期{date}，不再重复登记",
    "en-US": "{unit}'s month {month} return is already registered ({date}); not registered again",
  },
  returnChangeCreateSheet: {
    "zh-CN": "新建工作表“{sheet}”（报送登记）",
    "en-US": 'Create the sheet "{sheet}" (report register)',
  },
  returnChangeUnchanged: {
    "zh-CN": "{count}项报送数与台账已有数一致，无需改动",
    "en-US": "{count} returned figures equal those already in the ledger; nothing to change",
  },
  returnChangeNothing: {
    "zh-CN": "没有需要改动的内容",
    "en-US": "Nothing would change",
  },
} as const;
