import { describe, expect, it } from "vitest";
import {
  bestMatch,
  groupBySection,
  isMissingAnswer,
  itemIndexUnder,
  sectionOfReport,
  sectionPaths,
  sectionState,
} from "../src/diagnostics";
import { SECTIONS, sectionById } from "../src/schema";
import type { Report } from "../src/types";
import { project } from "./fixtures";

const report = (path: string, severity: "error" | "warning" = "error", code = "invalid"): Report => ({
  severity,
  code,
  path,
  message: `${code} at ${path}`,
});

describe("matching a diagnostic to a field", () => {
  const fields = ["recipients", "recipients[0]", "recipients[0].purpose", "recipients[0].purpose.en", "organisation.email"];

  it("picks the longest field path that contains the report's path", () => {
    expect(bestMatch(fields, "recipients[0].purpose.en")).toBe("recipients[0].purpose.en");
    expect(bestMatch(fields, "recipients[0].purpose")).toBe("recipients[0].purpose");
    expect(bestMatch(fields, "recipients[0].country")).toBe("recipients[0]");
    expect(bestMatch(fields, "recipients[3].name")).toBe("recipients");
    expect(bestMatch(fields, "organisation.email")).toBe("organisation.email");
    expect(bestMatch(fields, "organisation")).toBeUndefined();
    expect(bestMatch(fields, "policy.version")).toBeUndefined();
  });

  it("finds the list item index of a path", () => {
    expect(itemIndexUnder("activities", "activities[2].data")).toBe(2);
    expect(itemIndexUnder("cookies.items", "cookies.items[0]")).toBe(0);
    expect(itemIndexUnder("activities", "activities")).toBeUndefined();
    expect(itemIndexUnder("activities", "recipients[1]")).toBeUndefined();
  });
});

describe("sections", () => {
  const p = project();

  it("expand list fields per item, bilingual fields per language", () => {
    const paths = sectionPaths(sectionById("sharing")!, p);
    expect(paths).toContain("recipients[1]");
    expect(paths).toContain("recipients[1].name.en");
    expect(paths).toContain("recipients[0].country");
    expect(paths).not.toContain("recipients[2]");
  });

  it("send each diagnostic to the section that declares its field", () => {
    const of = (path: string) => sectionOfReport(SECTIONS, p, path);
    expect(of("organisation.org_number")).toBe("organisation");
    expect(of("organisation.dpo.email")).toBe("organisation");
    expect(of("activities[1].legal_basis")).toBe("activities");
    expect(of("activities[1].retention.text.en")).toBe("activities");
    expect(of("activities")).toBe("activities");
    expect(of("recipients[0].name.en")).toBe("sharing");
    // The safeguard is asked for in the transfers step, though it lives on the recipient.
    expect(of("recipients[1].safeguard")).toBe("transfers");
    expect(of("cookies.items[0].lifetime")).toBe("cookies");
    expect(of("automated_decisions.logic.sv")).toBe("children");
    expect(of("policy.effective_date")).toBe("review");
    expect(of("schema_version")).toBeUndefined();
  });

  it("derive their state from the diagnostics' severity and code", () => {
    expect(sectionState([])).toBe("complete");
    expect(sectionState([report("a", "warning", "missing-translation")])).toBe("incomplete");
    expect(sectionState([report("a", "error", "required")])).toBe("incomplete");
    expect(sectionState([report("a", "error", "missing-translation"), report("b", "error", "org-number-checksum")])).toBe(
      "errors",
    );
    expect(isMissingAnswer(report("a", "error", "legal-name-missing"))).toBe(true);
    expect(isMissingAnswer(report("a", "error", "empty"))).toBe(true);
    expect(isMissingAnswer(report("a", "error", "repealed-decision"))).toBe(false);
  });

  it("group a project's diagnostics for the progress view", () => {
    const groups = groupBySection(SECTIONS, p, [
      report("organisation.email", "error", "email-invalid"),
      report("recipients[1].safeguard", "error", "safeguard-required"),
      report("recipients[0].purpose.en", "warning", "missing-translation"),
    ]);
    expect(sectionState(groups.get("organisation")!)).toBe("errors");
    expect(sectionState(groups.get("transfers")!)).toBe("incomplete");
    expect(sectionState(groups.get("sharing")!)).toBe("incomplete");
    expect(sectionState(groups.get("cookies")!)).toBe("complete");
  });
});
