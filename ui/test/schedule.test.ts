import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce, LatestOnly } from "../src/schedule";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A request whose answers the test releases in any order. */
function controlled() {
  const pending: { input: string; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const request = (input: string) =>
    new Promise<string>((resolve, reject) => pending.push({ input, resolve, reject }));
  return { pending, request };
}

describe("preview requests", () => {
  it("send the first input at once and, while it is in flight, only the newest one after it", async () => {
    const { pending, request } = controlled();
    const applied: string[] = [];
    const l = new LatestOnly(request, (r) => applied.push(r), () => undefined);
    l.schedule("a");
    expect(pending.map((p) => p.input)).toEqual(["a"]);
    l.schedule("ab");
    l.schedule("abc");
    expect(pending).toHaveLength(1);
    pending[0].resolve("R(a)");
    await vi.runAllTimersAsync();
    expect(pending.map((p) => p.input)).toEqual(["a", "abc"]);
    pending[1].resolve("R(abc)");
    await vi.runAllTimersAsync();
    expect(applied).toEqual(["R(a)", "R(abc)"]);
    l.schedule("abcd");
    expect(pending.map((p) => p.input)).toEqual(["a", "abc", "abcd"]);
  });

  it("never let an older answer overwrite a newer one", async () => {
    const { pending, request } = controlled();
    const applied: string[] = [];
    const l = new LatestOnly(request, (r) => applied.push(r), () => undefined);
    void l.now("old");
    void l.now("new");
    expect(pending).toHaveLength(2);
    pending[1].resolve("R(new)");
    await vi.runAllTimersAsync();
    pending[0].resolve("R(old)");
    await vi.runAllTimersAsync();
    expect(applied).toEqual(["R(new)"]);
  });

  it("apply answers that arrive in order, and report only a current failure", async () => {
    const { pending, request } = controlled();
    const applied: string[] = [];
    const failed: unknown[] = [];
    const l = new LatestOnly(request, (r) => applied.push(r), (e) => failed.push(e));
    void l.now("one");
    void l.now("two");
    pending[0].resolve("R(one)");
    await vi.runAllTimersAsync();
    pending[1].reject("boom");
    await vi.runAllTimersAsync();
    expect(applied).toEqual(["R(one)"]);
    expect(failed).toEqual(["boom"]);
    void l.now("three");
    void l.now("four");
    pending[3].resolve("R(four)");
    await vi.runAllTimersAsync();
    pending[2].reject("stale");
    await vi.runAllTimersAsync();
    expect(failed).toEqual(["boom"]);
  });
});

describe("debounce", () => {
  it("runs once after quiet, and can be flushed or cancelled", () => {
    const fn = vi.fn();
    const d = debounce(fn, 2000);
    d();
    d();
    vi.advanceTimersByTime(1999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    expect(d.pending).toBe(true);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    d();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
