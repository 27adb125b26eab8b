/** Bytes as megabytes with one decimal, for messages: 19397694 → "18.5". */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
