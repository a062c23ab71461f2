// The questionnaire's declarations agree with the library they describe.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECTIONS, type Field } from "../src/schema";
import { catalog, catalogData } from "./fixtures";

/** A source file of one of the library's crates (crates/policywright-<crate>/src/<file>). */
const rust = (crate: string, file: string) =>
  readFileSync(join(__dirname, "..", "..", "crates", `policywright-${crate}`, "src", file), "utf8");

describe("the questionnaire", () => {
  it("has the steps of the issue, in order", () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([
      "organisation",
      "activities",
      "sharing",
      "transfers",
      "rights",
      "cookies",
      "children",
      "security",
      "record",
      "review",
    ]);
  });

  it("scrolls the preview only to clause ids the library renders", () => {
    const ids = [...rust("document", "render.rs").matchAll(/Clause\s*\{\s*id:\s*"([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    for (const s of SECTIONS) for (const c of s.clauses) expect([s.id, ids]).toEqual([s.id, expect.arrayContaining([c])]);
  });

  it("takes every choice from a list the catalogue has", () => {
    const catalogFields = [...rust("project", "catalog.rs").matchAll(/pub (\w+): Vec<Choice>/g)].map((m) => m[1]);
    const used: string[] = [];
    const walk = (fields: Field[]) => {
      for (const f of fields) {
        if ((f.kind === "choice" || f.kind === "multi") && "catalog" in f.source) used.push(f.source.catalog);
        if (f.kind === "group" || f.kind === "list" || f.kind === "each") walk(f.fields);
      }
    };
    SECTIONS.forEach((s) => walk(s.fields));
    for (const list of used) {
      expect(catalogFields).toContain(list);
      expect(Object.keys(catalogData)).toContain(list);
    }
  });

  it("edits only fields the project model has", () => {
    const model = rust("project", "model.rs");
    const fieldNames = new Set([...model.matchAll(/pub (\w+):/g)].map((m) => m[1]));
    const walk = (fields: Field[]) => {
      for (const f of fields) {
        // The app's own blocks edit the project through library commands, not by a path.
        if (f.kind === "custom") continue;
        for (const seg of f.path.split(".")) expect([f.path, fieldNames.has(seg)]).toEqual([f.path, true]);
        if (f.kind === "group" || f.kind === "list" || f.kind === "each") walk(f.fields);
      }
    };
    SECTIONS.forEach((s) => walk(s.fields));
  });
});

describe("the authority for complaints", () => {
  const group = SECTIONS.find((s) => s.id === "rights")!.fields.find((f) => f.path === "authority");
  const fields = group && group.kind === "group" ? group.fields : [];
  const shown = (authority: Record<string, unknown>) =>
    fields
      .filter((f) => !f.when || f.when({ project: { authority } as never, catalog }))
      .map((f) => f.path);

  it("offers the known authorities first and asks for details only without one", () => {
    expect(fields[0]?.path).toBe("authority.country");
    expect(shown({})).toContain("authority.name");
    expect(shown({ country: "FI" })).toEqual(["authority.country"]);
  });

  it("keeps details written before a known authority was chosen in view, so they can be removed", () => {
    const both = shown({ country: "FI", address: "Storgatan 1" });
    expect(both).toContain("authority.address");
    expect(shown({ country: "FI", name: { sv: "Myndigheten", en: "" } })).toContain("authority.name");
  });
});
