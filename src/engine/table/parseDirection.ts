import { assert } from "../kernel/errors";
import { normalizeText } from "../kernel/normalizeText";
import { Direction } from "../kernel/types";

const higherWords = new Set([
  "higher",
  "high",
  "h",
  "正向",
  "正",
  "越高越好",
  "越大越好",
  "高",
  "1",
  "+",
]);
const lowerWords = new Set([
  "lower",
  "low",
  "l",
  "逆向",
  "反向",
  "逆",
  "越低越好",
  "越小越好",
  "低",
  "-1",
  "-",
]);

/**
 * 方向: reads a direction word — higher-is-better (正向) or lower-is-better (逆向) — in either
 * language. Blank gives the default. Unknown words are an error of kind `value`.
 */
export function parseDirection(
  text: string | number | null | undefined,
  fallback: Direction = "higher"
): Direction {
  if (text === null || text === undefined) {
    return fallback;
  }
  const word = normalizeText(String(text)).toLowerCase();
  if (word === "") {
    return fallback;
  }
  if (higherWords.has(word)) {
    return "higher";
  }
  assert(lowerWords.has(word), "value", "invalidOption", {
    name: "方向",
    text: String(text),
    allowed: "正向/higher, 逆向/lower",
  });
  return "lower";
}
