import { classifyHeader } from "../../../src/engine/table/classifyHeader";
import {
  ACTUAL_WORDS,
  CURRENCY_FACTORS,
  DERIVED_WORDS,
  IGNORED_WORDS,
  LAST_YEAR_WORDS,
  NOTE_WORDS,
  ROLE_WORDS,
  TARGET_WORDS,
  UNIT_WORDS,
} from "../../../src/engine/table/headerVocabulary";
import { toSimplified } from "../../../src/engine/kernel/toSimplified";

const roleWords = Object.entries(ROLE_WORDS).flatMap(([role, words]) =>
  words.map((word) => [word, role] as const)
);

describe("headerVocabulary", () => {
  it("writes every word simplified, lower case, without spaces, and once per list", () => {
    const lists = [
      ...Object.values(ROLE_WORDS),
      IGNORED_WORDS,
      DERIVED_WORDS.ratios,
      DERIVED_WORDS.comparisons,
      TARGET_WORDS,
      ACTUAL_WORDS,
      LAST_YEAR_WORDS,
      NOTE_WORDS,
      UNIT_WORDS,
    ];
    for (const words of lists) {
      expect(new Set(words).size).toBe(words.length);
      for (const word of words) {
        expect(word).toBe(toSimplified(word).toLowerCase().replace(/\s+/g, ""));
        expect(word).not.toBe("");
      }
    }
  });

  it("gives no column name two roles", () => {
    const seen = new Map<string, string>();
    for (const [word, role] of roleWords) {
      expect(`${word}: ${seen.get(word) ?? role}`).toBe(`${word}: ${role}`);
      seen.set(word, role);
    }
    for (const word of IGNORED_WORDS) {
      expect(seen.has(word)).toBe(false);
    }
  });

  it.each(roleWords)("classifies the column name %j as %s", (word, role) => {
    expect(classifyHeader(word)?.role).toBe(role);
  });

  it.each(IGNORED_WORDS.map((word) => [word]))("passes over %j", (word) => {
    expect(classifyHeader(word)?.role).toBe("ignore");
  });

  it.each(DERIVED_WORDS.ratios.map((word) => [word]))(
    "never reads the ratio %j (alone, after a period, or with %) as an input",
    (word) => {
      for (const text of [word, `1-7月${word}`, `${word}(%)`, `${word}%`]) {
        const found = classifyHeader(text);
        expect(found?.role ?? "none").toBe("ignore");
        expect(found?.month).toBeUndefined();
      }
    }
  );

  it.each(TARGET_WORDS.filter((word) => word.length >= 2).map((word) => [word]))(
    "reads 前三季度%s as the checkpoint target of month 9, never the annual one",
    (word) => {
      const found = classifyHeader(`前三季度${word}`);
      expect(found?.month).toBe(9);
      expect(found?.kind).toBe("target");
    }
  );

  it.each(ACTUAL_WORDS.map((word) => [word]))("reads 1-7月%s as the actual of month 7", (word) => {
    const found = classifyHeader(`1-7月${word}`);
    expect(found?.month).toBe(7);
    expect(found?.kind).toBe("actual");
  });

  it.each(LAST_YEAR_WORDS.map((word) => [word]))(
    "reads %s alone as last year's column and 1-7月%s as last year's month 7",
    (word) => {
      expect(classifyHeader(word)?.role).toBe("lastYear");
      const found = classifyHeader(`1-7月${word}`);
      expect(found?.month).toBe(7);
      expect(found?.kind).toBe("lastYear");
    }
  );

  it("converts only within 元, 千元, 万元 and 亿元, by exact decimal factors", () => {
    expect(CURRENCY_FACTORS).toEqual({
      元: "1",
      千元: "1000",
      万元: "10000",
      亿元: "100000000",
    });
    for (const unit of Object.keys(CURRENCY_FACTORS)) {
      expect(UNIT_WORDS).toContain(unit);
    }
  });
});
