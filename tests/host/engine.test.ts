/**
 * The pane's lazily loaded parts (src/host/engine.ts): loaded once, a failed load tried again, the
 * engine's checkWorkbook the core's, and the idle warm-up on browsers with and without
 * requestIdleCallback.
 */
import { checkWorkbook } from "../../src/core/check";
import { lazyPart, loadEngine, warmEngine, whenIdle } from "../../src/host/engine";
import { warmUpWorkbook } from "../../src/host/warm-up";

describe("lazyPart", () => {
  test("loads once however often it is asked for", async () => {
    const load = jest.fn(async () => ({ part: 1 }));
    const get = lazyPart(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a failed load is not remembered: the next call tries again", async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError"))
      .mockResolvedValueOnce("loaded");
    const get = lazyPart(load);
    await expect(get()).rejects.toThrow("ChunkLoadError");
    await expect(get()).resolves.toBe("loaded");
    expect(load).toHaveBeenCalledTimes(2);
  });
});

test("loadEngine gives the core's checkWorkbook", async () => {
  await expect(loadEngine()).resolves.toBe(checkWorkbook);
});

describe("whenIdle", () => {
  test("uses requestIdleCallback, with a timeout, where there is one", () => {
    const requestIdleCallback = jest.fn();
    const setTimeout = jest.fn();
    const work = jest.fn();
    whenIdle(work, { requestIdleCallback, setTimeout });
    expect(setTimeout).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: expect.any(Number) });
    expect(work).not.toHaveBeenCalled();
  });

  test("falls back to a short timer without it", () => {
    const setTimeout = jest.fn();
    const work = jest.fn();
    whenIdle(work, { setTimeout });
    expect(setTimeout).toHaveBeenCalledWith(work, expect.any(Number));
    expect(setTimeout.mock.calls[0][1]).toBeLessThan(1000);
  });
});

describe("the engine's warm-up", () => {
  test("its workbook reads as one wide and one long table, with findings, as a real check would", () => {
    const result = checkWorkbook(warmUpWorkbook());
    expect(result.problems).toEqual([]);
    expect(result.tables.map((t) => [t.sheet, t.layout, t.projects.length])).toEqual([
      ["公开表", "wide", 3],
      ["申报表", "long", 1],
    ]);
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect(rules.size).toBeGreaterThan(3);
  });

  test("loads the engine and runs it once, when the browser is idle", async () => {
    const idle: (() => void)[] = [];
    const scheduler = {
      requestIdleCallback: (work: () => void) => void idle.push(work),
      setTimeout: jest.fn(),
    };
    let done = false;
    const warming = warmEngine(scheduler).then(() => (done = true));
    await loadEngine();
    await new Promise((r) => setImmediate(r));
    expect(idle).toHaveLength(1);
    expect(done).toBe(false);
    idle[0]();
    await warming;
    expect(done).toBe(true);
    // Once per page.
    await warmEngine(scheduler);
    expect(idle).toHaveLength(1);
  });
});
