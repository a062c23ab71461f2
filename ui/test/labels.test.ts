// Every place the library reports a problem is named by its question in the UI language. The
// paths come from diagnostic-paths.json, which a src-tauri test derives from the library (blank
// project, and each example with one answer at a time emptied or made wrong) and keeps current.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { I18n } from "../src/i18n";
import { declaredPatterns, fieldTrail, pattern } from "../src/labels";
import { SECTIONS } from "../src/schema";
import { catalog, project } from "./fixtures";
import { uiMessages } from "./ftl";

const paths: string[] = JSON.parse(readFileSync(join(__dirname, "diagnostic-paths.json"), "utf8"));
const declared = declaredPatterns(SECTIONS);

describe("the question of a diagnostic", () => {
  for (const lang of ["sv", "en"] as const) {
    const i18n = new I18n(lang, uiMessages(lang));
    it(`is named in ${lang} for every path the library reports at`, () => {
      const unnamed: string[] = [];
      for (const p of paths) {
        if (p === "") continue;
        const concrete = p.replace(/\[\]/g, "[0]");
        const trail = fieldTrail(declared, concrete, i18n);
        // A message id left in the text would mean a name the locale lacks.
        if (trail.length === 0 || trail.some((t) => /^(q|app)-[a-z0-9-]+$/.test(t) || t.includes("{"))) unnamed.push(p);
      }
      expect(unnamed).toEqual([]);
    });
  }

  it("names list items on the way, by their answers when the project is at hand", () => {
    const en = new I18n("en", uiMessages("en"));
    expect(fieldTrail(declared, "activities[1].description.en", en)).toEqual([
      en.t("q-activity-item-unnamed", { n: 2 }),
      `${en.t("q-act-description")} (English)`,
    ]);
    const named = fieldTrail(declared, "recipients[0].purpose", en, project(), catalog);
    // The item is named as its heading in the form (the text in the language the headings use).
    expect(named).toEqual([en.t("q-recipient-item", { n: 1, name: "Redovisningsbyrån" }), en.t("q-rec-purpose")]);
    // An own-words entry of a list answer: the list's question, in the entry's language.
    expect(fieldTrail(declared, "activities[0].people[2].sv", en).at(-1)).toBe(`${en.t("q-act-people")} (Swedish)`);
    // Deeper than any question: the nearest one that contains it.
    expect(fieldTrail(declared, "organisation.address.city.extra", en)).toEqual([en.t("q-org-address-city")]);
    expect(fieldTrail(declared, "schema_version", en)).toEqual([]);
  });

  it("names the recipient questions of version 4 and an activity's id", () => {
    const en = new I18n("en", uiMessages("en"));
    const last = (path: string) => fieldTrail(declared, path, en).at(-1);
    expect(last("recipients[0].joint_essence")).toBe(en.t("q-rec-joint-essence"));
    expect(last("recipients[0].joint_contact.sv")).toBe(`${en.t("q-rec-joint-contact")} (Swedish)`);
    expect(last("recipients[0].activities[1]")).toBe(en.t("q-rec-activities"));
    expect(fieldTrail(declared, "recipients[0].other_countries[1].safeguard", en)).toEqual([
      en.t("q-recipient-item-unnamed", { n: 1 }),
      en.t("q-rec-other-country-item-unnamed", { n: 2 }),
      en.t("q-tr-safeguard"),
    ]);
    expect(last("recipients[0].other_countries[0].country")).toBe(en.t("q-rec-other-country"));
    expect(last("activities[2].id")).toBe(en.t("q-act-id"));
  });

  it("is looked up by pattern", () => {
    expect(pattern("activities[12].data[0].en")).toBe("activities[].data[].en");
  });
});
