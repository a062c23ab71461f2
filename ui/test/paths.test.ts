import { describe, expect, it } from "vitest";
import { getAt, joinPath, parsePath, pathAndAncestors, setAt } from "../src/paths";

describe("paths", () => {
  it("parses the library's notation", () => {
    expect(parsePath("activities[1].legal_basis")).toEqual(["activities", 1, "legal_basis"]);
    expect(parsePath("recipients[0].purpose.en")).toEqual(["recipients", 0, "purpose", "en"]);
    expect(parsePath("organisation.org_number")).toEqual(["organisation", "org_number"]);
    expect(parsePath("")).toEqual([]);
  });

  it("joins relative paths", () => {
    expect(joinPath("activities[2]", "purpose.sv")).toBe("activities[2].purpose.sv");
    expect(joinPath("", "policy.version")).toBe("policy.version");
    expect(joinPath("activities", "[3]")).toBe("activities[3]");
  });

  it("list a path and its ancestors, deepest first", () => {
    expect(pathAndAncestors("recipients[0].purpose.en")).toEqual([
      "recipients[0].purpose.en",
      "recipients[0].purpose",
      "recipients[0]",
      "recipients",
    ]);
    expect(pathAndAncestors("activities")).toEqual(["activities"]);
    // Segments, not characters: activities[1] does not contain activities[10].
    expect(pathAndAncestors("activities[10].data")).not.toContain("activities[1]");
    expect(pathAndAncestors("rights.email_x")).not.toContain("rights.email");
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
