// Where each library diagnostic belongs: which field (for inline messages) and which section (for
// the progress view). Both use one rule: the longest declared path that contains the report's path.
import { languageCodes } from "./languages";
import { getAt, joinPath, parsePath, pathAndAncestors } from "./paths";
import type { Field, Section } from "./schema";
import type { Project, Report } from "./types";

/**
 * The deepest of `candidates` that names `path` or contains it; undefined when none does.
 * Looks up the path and its ancestors, so the cost does not grow with the number of fields.
 */
export function bestMatch(
  candidates: { has(path: string): boolean } | Iterable<string>,
  path: string,
): string | undefined {
  const set = "has" in candidates ? candidates : new Set(candidates);
  return pathAndAncestors(path).find((p) => set.has(p));
}

/**
 * Every concrete path a section declares for this project: list fields expand to one path per
 * item and per item field, bilingual fields add one per language (`.sv`, `.en`). Hidden fields are included,
 * so a diagnostic about an answer that is currently hidden still counts for its section.
 */
export function sectionPaths(section: Section, project: Project): string[] {
  const out: string[] = [];
  const walk = (fields: Field[], base: string) => {
    for (const f of fields) {
      const path = joinPath(base, f.path);
      out.push(path);
      if (f.kind === "bitext") out.push(...languageCodes().map((l) => `${path}.${l}`));
      if (f.kind === "group") walk(f.fields, base);
      if (f.kind === "list" || f.kind === "each") {
        const items = getAt(project, path);
        if (Array.isArray(items)) {
          items.forEach((_, i) => {
            const itemPath = `${path}[${i}]`;
            if (f.kind === "list") out.push(itemPath);
            walk(f.fields, itemPath);
          });
        }
      }
    }
  };
  walk(section.fields, "");
  return out;
}

/** The id of the section a report belongs to, or undefined (it is then listed in review only). */
export function sectionOfReport(sections: Section[], project: Project, path: string): string | undefined {
  return sectionFinder(sections, project)(path);
}

/** Computes every section's paths once, for placing many reports. */
export function sectionFinder(sections: Section[], project: Project): (path: string) => string | undefined {
  // A path declared by two sections (recipients[i] in sharing and transfers) belongs to the first.
  const owner = new Map<string, string>();
  for (const s of sections) for (const p of sectionPaths(s, project)) if (!owner.has(p)) owner.set(p, s.id);
  return (path) => {
    const at = bestMatch(owner, path);
    return at === undefined ? undefined : owner.get(at);
  };
}

/** "unvisited": a step of a new project not opened yet, with nothing wrong in it so far. */
export type SectionState = "complete" | "incomplete" | "errors" | "unvisited";

/** Codes the library uses for an answer that is simply not given yet (rather than wrong). */
export function isMissingAnswer(r: Report): boolean {
  return /(^|[-_.])(missing|required|empty|unanswered)([-_.]|$)/.test(r.code);
}

/**
 * A section has errors when an error about a given answer belongs to it; it is incomplete when
 * only unanswered questions or warnings remain; otherwise complete.
 */
export function sectionState(reports: Report[]): SectionState {
  if (reports.some((r) => r.severity === "error" && !isMissingAnswer(r))) return "errors";
  if (reports.length > 0) return "incomplete";
  return "complete";
}

export function groupBySection(sections: Section[], project: Project, reports: Report[]): Map<string, Report[]> {
  const map = new Map<string, Report[]>(sections.map((s) => [s.id, []]));
  const find = sectionFinder(sections, project);
  for (const r of reports) {
    const id = find(r.path);
    if (id !== undefined) map.get(id)!.push(r);
  }
  return map;
}

/** Which list item of a path is in a list, e.g. ("activities", "activities[2].data") -> 2. */
export function itemIndexUnder(listPath: string, path: string): number | undefined {
  const list = parsePath(listPath);
  const segs = parsePath(path);
  if (segs.length <= list.length || !list.every((s, i) => s === segs[i])) return undefined;
  const idx = segs[list.length];
  return typeof idx === "number" ? idx : undefined;
}
