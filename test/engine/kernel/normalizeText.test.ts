import fc from "fast-check";
import { normalizeText } from "../../../src/engine/kernel/normalizeText";

describe("normalizeText", () => {
  it.each([
    ["１－７月", "1-7月"],
    ["1—7月", "1-7月"],
    ["1——8月", "1-8月"],
    ["1–7月", "1-7月"],
    ["1―7月", "1-7月"],
    ["1─7月", "1-7月"],
    ["1~7月", "1-7月"],
    ["1～7月", "1-7月"],
    ["1〜7月", "1-7月"],
    ["1至7月", "1-7月"],
    ["1到7月", "1-7月"],
    ["1 — 8 月", "1-8 月"],
    ["一至三季度", "一-三季度"],
    ["1-十二月", "1-十二月"],
    ["（万元）", "(万元)"],
    ["８５％", "85%"],
    ["２６．１５", "26.15"],
    ["１，２００", "1,200"],
    ["Ｑ１", "Q1"],
    ["≤７２", "≤72"],
    ["  县统计局\u3000 刘明江  ", "县统计局 刘明江"],
    ["全年\t\n目标", "全年 目标"],
    ["\uFEFF上半年\u200B", "上半年"],
    ["控制\u0001字符\u0008指标\u007F", "控制字符指标"],
    ["\u0000\u001F7月\u000E", "7月"],
    ["截至7月", "截至7月"],
    ["責任單位", "責任單位"],
    ["-1.2", "-1.2"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  const unit = fc.constantFrom(
    ..."0179一七十月季度年-—–～~至到 \u3000\t１７－（）％．，ＡａQq上半全",
    "\u200B",
    "\uFEFF"
  );
  const messy = fc.string({ unit, maxLength: 30 });

  it("is idempotent", () => {
    fc.assert(
      fc.property(messy, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      })
    );
  });

  it("leaves no full-width form, invisible character, edge space or double space", () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ unit: "binary" })), (text) => {
        const result = normalizeText(text);
        expect(result).not.toMatch(
          // eslint-disable-next-line no-control-regex -- none may be left
          /[\uFF01-\uFF5E\u200B\uFEFF\u3000\u0000-\u0008\u000E-\u001F\u007F]/
        );
        expect(result).toBe(result.trim());
        expect(result).not.toMatch(/\s\s/);
      })
    );
  });
});
