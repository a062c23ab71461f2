import { describe, expect, it } from "vitest";
import { formatLifetime, parseLifetime } from "../src/lifetime";

describe("cookie lifetimes", () => {
  it("read what the library accepts", () => {
    expect(parseLifetime("session")).toEqual({ unit: "session", count: 0 });
    expect(parseLifetime("13 months")).toEqual({ unit: "months", count: 13 });
    expect(parseLifetime("1 day")).toEqual({ unit: "days", count: 1 });
    expect(parseLifetime(" 2 years ")).toEqual({ unit: "years", count: 2 });
  });

  it("refuse what it does not", () => {
    expect(parseLifetime("13 månader")).toBeUndefined();
    expect(parseLifetime("forever")).toBeUndefined();
    expect(parseLifetime("months")).toBeUndefined();
  });

  it("write singular and plural units", () => {
    expect(formatLifetime({ unit: "session", count: 5 })).toBe("session");
    expect(formatLifetime({ unit: "days", count: 1 })).toBe("1 day");
    expect(formatLifetime({ unit: "months", count: 13 })).toBe("13 months");
  });
});
