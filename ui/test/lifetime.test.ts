import { describe, expect, it } from "vitest";
import { formatLifetime, parseLifetime } from "../src/lifetime";

describe("cookie lifetimes", () => {
  it("read what the library accepts", () => {
    expect(parseLifetime("session")).toEqual({ form: "session" });
    expect(parseLifetime("13 months")).toEqual({ form: "for", from: { count: 13, unit: "months" } });
    expect(parseLifetime("1 day")).toEqual({ form: "for", from: { count: 1, unit: "days" } });
    expect(parseLifetime(" 2 years ")).toEqual({ form: "for", from: { count: 2, unit: "years" } });
    expect(parseLifetime("1 Minute")).toEqual({ form: "for", from: { count: 1, unit: "minutes" } });
    expect(parseLifetime("up to 2 years")).toEqual({ form: "up-to", from: { count: 2, unit: "years" } });
    expect(parseLifetime("30 seconds to 1 year")).toEqual({
      form: "range",
      from: { count: 30, unit: "seconds" },
      to: { count: 1, unit: "years" },
    });
    expect(parseLifetime("until deleted")).toEqual({ form: "until-deleted" });
    expect(parseLifetime("none")).toEqual({ form: "none" });
    // The library reports a reversed range at the field; the form shows it to be fixed.
    expect(parseLifetime("1 year to 30 seconds")?.form).toBe("range");
  });

  it("refuse what it does not", () => {
    for (const bad of ["13 månader", "forever", "months", "0 days", "1.5 hours", "up to", "30 seconds - 1 year", "2 fortnights"]) {
      expect(parseLifetime(bad), bad).toBeUndefined();
    }
  });

  it("write singular and plural units, and each form as the library reads it", () => {
    expect(formatLifetime({ form: "session", from: { count: 5, unit: "days" } })).toBe("session");
    expect(formatLifetime({ form: "for", from: { count: 1, unit: "days" } })).toBe("1 day");
    expect(formatLifetime({ form: "for", from: { count: 13, unit: "months" } })).toBe("13 months");
    expect(formatLifetime({ form: "for", from: { count: 1, unit: "minutes" } })).toBe("1 minute");
    expect(formatLifetime({ form: "up-to", from: { count: 1, unit: "years" } })).toBe("up to 1 year");
    expect(
      formatLifetime({ form: "range", from: { count: 30, unit: "seconds" }, to: { count: 1, unit: "years" } }),
    ).toBe("30 seconds to 1 year");
    expect(formatLifetime({ form: "until-deleted" })).toBe("until deleted");
    expect(formatLifetime({ form: "none" })).toBe("none");
    for (const s of ["session", "1 minute", "up to 2 years", "30 seconds to 1 year", "until deleted", "none"]) {
      expect(formatLifetime(parseLifetime(s)!)).toBe(s);
    }
  });
});
