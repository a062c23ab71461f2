import { describe, expect, it } from "vitest";
import { formatPath, getAt, isPathPrefix, joinPath, parsePath, setAt } from "../src/paths";

describe("paths", () => {
  it("parses the library's notation", () => {
    expect(parsePath("activities[1].legal_basis")).toEqual(["activities", 1, "legal_basis"]);
    expect(parsePath("recipients[0].purpose.en")).toEqual(["recipients", 0, "purpose", "en"]);
    expect(parsePath("organisation.org_number")).toEqual(["organisation", "org_number"]);
    expect(parsePath("")).toEqual([]);
    expect(formatPath(["cookies", "items", 2, "name"])).toBe("cookies.items[2].name");
  });

  it("joins relative paths", () => {
    expect(joinPath("activities[2]", "purpose.sv")).toBe("activities[2].purpose.sv");
    expect(joinPath("", "policy.version")).toBe("policy.version");
    expect(joinPath("activities", "[3]")).toBe("activities[3]");
  });

  it("matches prefixes by segment, not by characters", () => {
    expect(isPathPrefix("activities[1]", "activities[1].data")).toBe(true);
    expect(isPathPrefix("activities[1]", "activities[10].data")).toBe(false);
    expect(isPathPrefix("rights.email", "rights.email")).toBe(true);
    expect(isPathPrefix("rights.email", "rights.email_x")).toBe(false);
    expect(isPathPrefix("recipients[0].purpose.en", "recipients[0].purpose")).toBe(false);
  });

  it("reads and writes nested values, creating containers", () => {
    const p: Record<string, never> = {};
    setAt(p, "activities[0].purpose.sv", "Beställningar");
    expect(p).toEqual({ activities: [{ purpose: { sv: "Beställningar" } }] });
    expect(getAt(p, "activities[0].purpose.sv")).toBe("Beställningar");
    expect(getAt(p, "activities[3].purpose")).toBeUndefined();
    expect(getAt(p, "activities.x")).toBeUndefined();
    setAt(p, "activities[0].purpose", undefined);
    expect(p).toEqual({ activities: [{}] });
  });
});
