function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * 失败原因: a short reason for a failure to read or write a workbook, for the clerk's message — a
 * file system code in words (文件不存在, 没有读取权限 …), "not an .xlsx" for a zip error, else the
 * error's message.
 */
export function reasonOf(error: unknown): string {
  if (isObject(error) && typeof error.code === "string") {
    const code = error.code;
    if (code === "ENOENT") {
      return "文件不存在";
    }
    if (code === "EACCES" || code === "EPERM") {
      return "没有读取权限";
    }
    if (code === "EISDIR") {
      return "这是一个文件夹";
    }
    return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/zip|central directory|signature/i.test(message)) {
    return "不是 .xlsx 工作簿（.xls 请先另存为 .xlsx）";
  }
  return message;
}
