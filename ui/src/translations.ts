// Missing translations: a free text written in one published language but not in another.
import { languageCodes } from "./languages";
import type { Json, JsonObject, Lang } from "./types";

const written = (v: Json | undefined): boolean => typeof v === "string" && v.trim() !== "";

/**
 * The published languages a bilingual text lacks. A text written in no language is not a missing
 * translation (it is an unanswered question, which the library reports when it matters).
 */
export function missingTranslations(value: Json | undefined, published: readonly Lang[]): Lang[] {
  if (published.length < 2 || !value || typeof value !== "object" || Array.isArray(value)) return [];
  const text = value as JsonObject;
  if (!published.some((l) => written(text[l]))) return [];
  return published.filter((l) => !written(text[l]));
}

/** The project's published languages, in the library's order of languages. */
export function publishedLanguages(languages: Json | undefined): Lang[] {
  const list = Array.isArray(languages) ? languages : [];
  return languageCodes().filter((l) => list.includes(l));
}
