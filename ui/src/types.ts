// Shapes exchanged with the Tauri commands (see docs/app.md). The project itself is kept as
// plain JSON: the library owns its structure, and the UI reads and writes it through paths
// declared in schema.ts, so a new library field needs one schema line, not a new type here.

/** A language's code ("sv", "en"): the languages are the library's (languages.ts). */
export type Lang = string;

import type { LanguageInfo } from "./languages";

/** A text per language, by code (the library's `Text`). */
export type LangText = Record<Lang, string>;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Project = JsonObject;

export type Severity = "error" | "warning";

export interface Report {
  severity: Severity;
  code: string;
  path: string;
  message: string;
  line?: number | null;
  column?: number | null;
}

export interface Opened {
  path: string | null;
  project: Project;
}

export interface RecentProject {
  path: string;
  title: string;
}

export interface StartInfo {
  uiLang: Lang;
  recent: RecentProject[];
  recovery: { savedAt: string } | null;
  lastProject: Opened | null;
  /** No settings existed yet: the start screen greets a new user. */
  firstStart: boolean;
  /** The embedded examples (`open_example`), each by id and its organisation's name. */
  examples: ExampleInfo[];
  /** The program's version. */
  version: string;
  /** When the legal facts behind the checks were last checked, YYYY-MM-DD. */
  legalChecked: string;
  /** The house style folder in the settings, and why it could not be loaded, if so. */
  houseStyle: { path: string | null; error: string | null };
  /** The output formats the export dialog offers, in order. */
  formats: FormatInfo[];
  /** The languages the program has, in order. */
  languages: LanguageInfo[];
}

export type ClauseSource = "built-in" | "house-style" | "override" | "custom" | "reworded";

/** One sentence or phrase of a built-in clause (clause_wording). */
export interface WordingMessage {
  id: string;
  /** The program's words, answers as `{ $name }`. */
  default: string;
  /** The words in effect for this project. */
  text: string;
  reworded: boolean;
  /** Reworded against words the program no longer has. */
  stale: boolean;
  /** The answers the program's words show. */
  placeables: string[];
}

export interface ClauseProblem {
  code: string;
  detail: string;
  line: number;
  column: number;
}

export interface ClauseLangInfo {
  /** The clause's heading in this language as the policy shows it ("" when unknown). */
  heading: string;
  lang: Lang;
  source: ClauseSource;
  stale: boolean;
  covers: { item: string; articles: string }[];
  problem: ClauseProblem | null;
}

export interface ClauseInfo {
  id: string;
  applies: boolean;
  custom: boolean;
  langs: ClauseLangInfo[];
}

export interface ClauseList {
  clauses: ClauseInfo[];
  uncovered: { item: string; articles: string; lang: Lang }[];
  /** Every Art. 13/14 item a clause can declare. */
  items: { item: string; articles: string }[];
}

export interface ClauseMerge {
  old_default: string;
  new_default: string;
  text: string;
  merged: string;
  conflicts: boolean;
}

export interface ClauseTemplate {
  text: string;
  default: string | null;
  source: ClauseSource;
  stale: boolean;
  merge: ClauseMerge | null;
  newOverride: JsonObject | null;
}

export interface ClauseVariable {
  name: string;
  insert: string;
  description: string;
  kind: string;
}

export interface ClauseProblemReport {
  clause: string;
  lang: Lang;
  line: number;
  column: number;
  message: string;
  /** The message without the clause and its place (the editor shows the place). */
  reason: string;
}

export interface ExampleInfo {
  id: string;
  name: string;
}

export interface PreviewDocument {
  lang: Lang;
  html: string;
}

export interface PreviewResult {
  diagnostics: Report[];
  documents: PreviewDocument[];
  /** Lint findings in the UI language. */
  lint: LintFinding[];
  /** Lint ids the project silences. */
  silenced: SilencedLint[];
  /** Clause texts that could not be rendered, located inside the clause. */
  clauseProblems: ClauseProblemReport[];
  /** The draft against the published versions: "changed-since" a version it is numbered as. */
  draft: DraftStatus;
}

export type DraftStatus = { status: "unpublished" } | { status: "published" } | { status: "changed-since"; version: string };

/** Where a lint finding is: a field path, or a clause or whole document in one language. */
export type LintPlace =
  | { kind: "field"; path: string }
  | { kind: "clause"; clause: string; title: string; lang: Lang }
  | { kind: "document"; lang: Lang };

export interface LintFinding {
  id: string;
  place: LintPlace;
  /** The place in words. */
  where: string;
  message: string;
  /** The check's short name in the UI language; `id` is what a project's silenced list names. */
  title: string;
}

export interface SilencedLint {
  id: string;
  reason: string;
  hidden: number;
}

export interface PublishedVersion {
  project: Project;
  message: string;
}

export interface VersionInfo {
  version: string;
  date: string;
  /** Languages whose text was recorded (none for a version from an old change log). */
  languages: Lang[];
  summary: Partial<LangText>;
}

export type PieceTag = "same" | "inserted" | "deleted";

export interface ComparedLine {
  kind: "heading" | "item" | "row" | "paragraph";
  pieces: { tag: PieceTag; text: string }[];
}

export interface ComparedSection {
  id: string;
  title: string;
  status: "unchanged" | "changed" | "added" | "removed" | "moved";
  statusText: string;
  lines: ComparedLine[];
}

export interface ComparisonView {
  title: string;
  summary: string;
  sections: ComparedSection[];
}

/** A format's id in the library's registry (src/formats/): "html", "fragment", "md", "pdf", … */
export type ExportFormat = string;

/** An output format the export dialog offers (labels: `app-format-<id>` and `-help`). */
export interface FormatInfo {
  id: ExportFormat;
  chosenByDefault: boolean;
  /** Made from the answers (policy.json, the cookie banner): a recorded version, which keeps
   * only its text, cannot be exported in it. */
  fromAnswers: boolean;
}

export interface ExportResult {
  dir: string;
  files: string[];
}

/** Whether the record of processing activities must be kept (Art. 30(5)), in plain words. */
export interface RecordNeed {
  required: boolean;
  statement: string;
}

export interface ExportProgress {
  done: number;
  total: number;
  file: string;
}

export type AppErrorKind =
  | "invalid-project"
  | "not-a-project"
  | "io"
  | "render"
  | "forbidden"
  | "refused"
  | "other-version"
  | "cancelled"
  | "internal";

export interface AppError {
  kind: AppErrorKind;
  message: string;
  diagnostics?: Report[];
  /** The file the error is about (a file that is not a valid project). */
  file?: string;
}

/** One entry of a catalogue list: a stable id stored in the project, and its name in the UI language. */
export interface CatalogEntry {
  id: string;
  name: string;
  description?: string;
}

/**
 * The catalogue: named choice lists plus blank list items. The list names are the library's;
 * schema.ts refers to them by name, so the UI does not depend on which lists exist beyond those.
 */
export interface Catalog {
  [list: string]: unknown;
}

export type Messages = Record<string, string>;

/** A fact of the catalogue of services: where it was read, and when (data/services.toml). */
export interface ServiceFactSource {
  source: string;
  checked: string;
}

/** A service of the catalogue (`services` command). */
export interface ServiceInfo {
  id: string;
  name: string;
  description: LangText;
  purposes: string[];
  provider?: { entity?: string; country: string } & ServiceFactSource;
  role?: { kind: string; note?: LangText } & ServiceFactSource;
  transfer?: { countries: string[]; safeguard?: string; dpf_fallback?: string; importer?: string } & ServiceFactSource;
  /** A source that says the data stays in the EEA. */
  stays_in_eea?: ServiceFactSource;
  cookies?: ({ name: string; lifetime: string } & ServiceFactSource)[];
  privacy_notice?: { url: string; checked: string };
}

export interface ServiceCatalogue {
  checked: string;
  services: ServiceInfo[];
}
