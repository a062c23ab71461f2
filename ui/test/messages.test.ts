// Every message the UI asks for exists in both locales/sv/ui.ftl and locales/en/ui.ftl, with the
// same variables, and ui.ftl holds no message the UI never asks for.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FILE_ONLY } from "../src/labels";
import { LIFETIME_FORMS, LIFETIME_UNITS } from "../src/lifetime";
import { SECTIONS, type Field } from "../src/schema";
import { parseFtl } from "./ftl";

const root = join(__dirname, "..", "..");

const ftl = {
  sv: parseFtl(readFileSync(join(root, "locales/sv/ui.ftl"), "utf8")),
  en: parseFtl(readFileSync(join(root, "locales/en/ui.ftl"), "utf8")),
};

const variables = (text: string) => [...text.matchAll(/\{\s*\$([\w-]+)\s*\}/g)].map((m) => m[1]).sort();

/** The ids schema.ts makes the form ask for. */
function schemaIds(): string[] {
  const ids: string[] = [];
  const walk = (fields: Field[]) => {
    for (const f of fields) {
      ids.push(`q-${f.key}`, `q-${f.key}-help`);
      if (f.kind === "group") walk(f.fields);
      if (f.kind === "list" || f.kind === "each") {
        ids.push(`q-${f.key}-empty`, `q-${f.itemKey}-item`, `q-${f.itemKey}-item-unnamed`);
        if (f.kind === "list") ids.push(`q-${f.itemKey}-add`);
        walk(f.fields);
      }
    }
  };
  for (const s of SECTIONS) {
    ids.push(`app-section-${s.id}`, `app-section-${s.id}-intro`);
    walk(s.fields);
  }
  // Named for diagnostics only (labels.ts): no question, so no help text.
  for (const f of FILE_ONLY) ids.push(`q-${f.key}`);
  return ids;
}

/** `app-…` ids written literally in the sources, plus the few the code builds from a known set. */
function appIds(): string[] {
  const dir = join(__dirname, "..", "src");
  const ids = new Set<string>();
  for (const file of readdirSync(dir)) {
    const src = readFileSync(join(dir, file), "utf8");
    // Test ids are not messages: skip literals that are the value of a data-testid.
    for (const m of src.matchAll(/(?<!"data-testid":\s*)["'`](app-[a-z0-9-]+)["'`]/g)) ids.add(m[1]);
  }
  for (const state of ["complete", "incomplete", "errors", "unvisited"]) ids.add(`app-state-${state}`);
  // The Art. 13/14 items the library's coverage lists (crates/policywright-document/src/coverage.rs).
  const coverage = readFileSync(join(dir, "../../crates/policywright-document/src/coverage.rs"), "utf8");
  for (const m of coverage.matchAll(/^\s*\("([a-z-]+)", "\d/gm)) ids.add(`app-coverage-${m[1]}`);
  for (const reason of ["close", "new", "open"]) ids.add(`app-unsaved-text-${reason}`);
  for (const f of ["html", "fragment", "md", "pdf", "json", "consent"]) ids.add(`app-format-${f}`).add(`app-format-${f}-help`);
  for (const m of ["app-item-move-up", "app-item-move-down", "app-item-remove"]) ids.add(`${m}-label`);
  // lifetime.ts: the forms and units; form.ts: a number and a unit, and a range's end.
  for (const f of LIFETIME_FORMS) ids.add(`app-lifetime-${f}`);
  for (const u of LIFETIME_UNITS) ids.add(`app-lifetime-${u}`);
  for (const p of ["count", "unit", "to-count", "to-unit"]) ids.add(`app-lifetime-${p}`);
  for (const e of ["webshop", "consultancy", "association"]) ids.add(`app-example-${e}`);
  return [...ids];
}

describe("UI messages", () => {
  const used = new Set([...schemaIds(), ...appIds()]);

  it("exist in Swedish and English for everything the UI shows", () => {
    const missing = (lang: "sv" | "en") => [...used].filter((id) => !ftl[lang].has(id)).sort();
    expect(missing("sv")).toEqual([]);
    expect(missing("en")).toEqual([]);
  });

  it("are the same set in both languages, with the same variables", () => {
    expect([...ftl.sv.keys()].sort()).toEqual([...ftl.en.keys()].sort());
    for (const [id, text] of ftl.sv) expect([id, variables(text)]).toEqual([id, variables(ftl.en.get(id)!)]);
  });

  it("are all used (no stale message in ui.ftl)", () => {
    expect([...ftl.en.keys()].filter((id) => !used.has(id)).sort()).toEqual([]);
  });

  it("are not empty", () => {
    for (const lang of ["sv", "en"] as const) for (const [id, text] of ftl[lang]) expect([id, text.trim()]).not.toEqual([id, ""]);
  });
});
