// The languages the program has, as the library describes them (start_info): a policy's
// languages and the UI's. Nothing in the UI names a particular language beyond a default.
import type { Lang } from "./types";

export interface LanguageInfo {
  code: Lang;
  /** BCP 47, for dates and `lang` attributes. */
  tag: string;
  /** The language's name in each UI language, by code. */
  names: Record<string, string>;
}

/** Swedish and English until start_info says otherwise (tests, and the first paint). */
let known: LanguageInfo[] = [
  { code: "sv", tag: "sv-SE", names: { sv: "svenska", en: "Swedish" } },
  { code: "en", tag: "en-GB", names: { sv: "engelska", en: "English" } },
];

export function setLanguages(list: LanguageInfo[]): void {
  if (list.length > 0) known = list;
}

/** Every language code, in the library's order. */
export function languageCodes(): Lang[] {
  return known.map((l) => l.code);
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A language's name in the UI language, capitalised as a label ("Engelska"). */
export function languageName(code: Lang, ui: Lang): string {
  const l = known.find((x) => x.code === code);
  return capitalise(l?.names[ui] ?? l?.names["en"] ?? code);
}

/** A language's name in itself ("Svenska", "English"): how the UI-language switch offers it. */
export function endonym(code: Lang): string {
  return languageName(code, code);
}

/** The BCP 47 tag of a language, for Intl formats. */
export function languageTag(code: Lang): string {
  return known.find((l) => l.code === code)?.tag ?? code;
}
