// The question a diagnostic is about, named as the form names it: "Activity 2 › Data collected",
// "Recipient 1 › Name (English)". Works from the schema alone (a file that failed to open has no
// project to look at); with a project, list items are named by their answers as in the form.
import { languageCodes, languageName } from "./languages";
import type { CatalogView } from "./catalog";
import type { I18n } from "./i18n";
import { getAt, parsePath } from "./paths";
import type { Ctx, Field, Section } from "./schema";
import type { JsonObject, Project } from "./types";

interface Declared {
  field: Field;
  /** The list field whose item this pattern is (for `activities[]`), else undefined. */
  itemOf?: Extract<Field, { kind: "list" | "each" }>;
  /** A language suffix of a bilingual text (`.sv`, `.en`), or of an own-words entry. */
  lang?: string;
}

/** `activities[2].data[0].en` -> `activities[].data[].en`. */
export function pattern(path: string): string {
  return path.replace(/\[\d+\]/g, "[]");
}

/** Every path pattern the questionnaire declares, deepest match first when looked up. */
export function declaredPatterns(sections: Section[]): Map<string, Declared> {
  const out = new Map<string, Declared>();
  const add = (p: string, d: Declared) => {
    if (!out.has(p)) out.set(p, d);
  };
  const join = (base: string, rel: string) => (base === "" ? rel : `${base}.${rel}`);
  const walk = (fields: Field[], base: string) => {
    for (const f of fields) {
      const p = join(base, f.path);
      add(p, { field: f });
      if (f.kind === "bitext") for (const lang of languageCodes()) add(`${p}.${lang}`, { field: f, lang });
      if (f.kind === "multi" && f.own) {
        for (const lang of languageCodes()) add(`${p}[].${lang}`, { field: f, lang });
        add(`${p}[].special`, { field: f });
      }
      if (f.kind === "group") walk(f.fields, base);
      if (f.kind === "list" || f.kind === "each") {
        add(`${p}[]`, { field: f, itemOf: f });
        walk(f.fields, `${p}[]`);
      }
    }
  };
  for (const s of sections) walk(s.fields, "");
  // Parts of the file the questionnaire does not edit ("Publish version" writes the history; the
  // silenced lint checks are written by hand): named too, for the diagnostics about them.
  walk(FILE_ONLY, "");
  return out;
}

export const FILE_ONLY: Field[] = [
  // Written by the app when a recipient is linked to an activity in own words.
  { kind: "text", path: "activities[].id", key: "act-id" },
  { kind: "text", path: "history[].version", key: "history-version" },
  { kind: "date", path: "history[].date", key: "history-date" },
  { kind: "bitext", path: "history[].summary", key: "history-summary" },
  { kind: "text", path: "silenced[].lint", key: "silenced-lint" },
  { kind: "text", path: "silenced[].reason", key: "silenced-reason" },
];

/**
 * The names of what `path` is about, outermost first: the list items on the way and the field.
 * Empty when nothing in the questionnaire contains the path.
 */
export function fieldTrail(
  declared: Map<string, Declared>,
  path: string,
  i18n: I18n,
  project?: Project,
  catalog?: CatalogView,
): string[] {
  const concrete = ancestors(path);
  let at = -1;
  for (let i = 0; i < concrete.length; i++) if (declared.has(pattern(concrete[i]))) at = i;
  if (at < 0) return [];
  const trail: string[] = [];
  // List items on the way (every ancestor that is an item of a declared list), then the field.
  for (let i = 0; i < at; i++) {
    const d = declared.get(pattern(concrete[i]));
    if (d?.itemOf) trail.push(itemName(d.itemOf, concrete[i], i18n, project, catalog));
  }
  const d = declared.get(pattern(concrete[at]))!;
  if (d.itemOf) {
    trail.push(itemName(d.itemOf, concrete[at], i18n, project, catalog));
  } else {
    let name = i18n.t(`q-${d.field.key}`);
    if (d.lang) name = i18n.t("app-field-in-lang", { field: name, lang: languageName(d.lang, i18n.lang) });
    trail.push(name);
  }
  return trail;
}

/** `a.b[1].c` -> [`a`, `a.b`, `a.b[1]`, `a.b[1].c`], outermost first. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  let built = "";
  for (const seg of parsePath(path)) {
    built = typeof seg === "number" ? `${built}[${seg}]` : built === "" ? seg : `${built}.${seg}`;
    out.push(built);
  }
  return out;
}

function itemName(
  f: Extract<Field, { kind: "list" | "each" }>,
  itemPath: string,
  i18n: I18n,
  project?: Project,
  catalog?: CatalogView,
): string {
  const n = Number(/\[(\d+)\]$/.exec(itemPath)?.[1] ?? 0) + 1;
  const item = project ? getAt(project, itemPath) : undefined;
  if (project && catalog && item && typeof item === "object" && !Array.isArray(item)) {
    const ctx: Ctx = { project, item: item as JsonObject, catalog };
    const name = f.title(item as JsonObject, ctx).trim();
    if (name) return i18n.t(`q-${f.itemKey}-item`, { n, name });
  }
  return i18n.t(`q-${f.itemKey}-item-unnamed`, { n });
}
