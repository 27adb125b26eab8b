import {
  batchedProbe,
  BlankProbe,
  EmptyCells,
  getBlankProbe,
  setBlankProbe,
} from "../../src/functions/blankProbe";

afterEach(() => setBlankProbe(null));

describe("the registered blank probe", () => {
  it("is none until one is set, and none again once removed", () => {
    expect(getBlankProbe()).toBeNull();
    const probe: BlankProbe = async (addresses) => addresses.map(() => null);
    setBlankProbe(probe);
    expect(getBlankProbe()).toBe(probe);
    setBlankProbe(null);
    expect(getBlankProbe()).toBeNull();
  });

  it("lives on the global object, shared by the pane's and the functions' bundles", () => {
    const probe: BlankProbe = async (addresses) => addresses.map(() => null);
    setBlankProbe(probe);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("assess.blankProbe")]).toBe(probe);
  });
});

describe("batchedProbe", () => {
  /** A probe that answers [[true]] for "…!empty" and [[false]] otherwise, and records each call. */
  function recording(): { probe: BlankProbe; calls: string[][] } {
    const calls: string[][] = [];
    const probe: BlankProbe = async (addresses) => {
      calls.push([...addresses]);
      return addresses.map((address): EmptyCells => [[address.endsWith("empty")]]);
    };
    return { probe, calls };
  }

  it("asks once for the addresses of every call made in the same task, each address once", async () => {
    const { probe, calls } = recording();
    const batched = batchedProbe(probe);
    const answers = await Promise.all([
      batched(["S!a-empty", "S!b"]),
      batched(["S!b", "S!c-empty", "S!b"]),
      batched([]),
    ]);
    expect(calls).toEqual([["S!a-empty", "S!b", "S!c-empty"]]);
    expect(answers).toEqual([[[[true]], [[false]]], [[[false]], [[true]], [[false]]], []]);
  });

  it("asks again for calls made later", async () => {
    const { probe, calls } = recording();
    const batched = batchedProbe(probe);
    await batched(["S!a"]);
    await batched(["S!a"]);
    expect(calls).toEqual([["S!a"], ["S!a"]]);
  });

  it("fails every caller of a request that fails, and the next request goes on", async () => {
    let fail = true;
    const batched = batchedProbe(async (addresses) => {
      if (fail) {
        throw new Error("Excel is busy");
      }
      return addresses.map(() => null);
    });
    const results = await Promise.allSettled([batched(["S!a"]), batched(["S!b"])]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect((results[0] as PromiseRejectedResult).reason).toEqual(new Error("Excel is busy"));
    fail = false;
    await expect(batched(["S!a"])).resolves.toEqual([null]);
  });

  it("a probe that throws at once fails its callers too", async () => {
    const batched = batchedProbe(() => {
      throw new Error("no Excel");
    });
    await expect(batched(["S!a"])).rejects.toThrow("no Excel");
  });
});
