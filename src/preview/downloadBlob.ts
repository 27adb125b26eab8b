/**
 * 下载文件 (the preview's download): saves `blob` under `name` through an `<a download>` link
 * clicked in this module's page — the preview's own document, also when the task pane (in an
 * iframe, another window) asks for it — and revokes the blob's address a minute later, when the
 * browser has long taken the file.
 */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
