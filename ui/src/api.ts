// The one module that calls the Tauri commands. Every command of docs/app.md has one typed
// function here; the rest of the UI never imports `invoke`.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type {
  AppError,
  Catalog,
  ClauseList,
  ClauseTemplate,
  ClauseVariable,
  ComparisonView,
  ExportFormat,
  ExportProgress,
  ExportResult,
  Lang,
  LangText,
  Messages,
  Opened,
  PreviewResult,
  Project,
  PublishedVersion,
  RecordNeed,
  ServiceCatalogue,
  StartInfo,
  VersionInfo,
  WordingMessage,
} from "./types";

/** Turns whatever a command rejected with into an AppError, so callers can branch on `kind`. */
export function toAppError(err: unknown): AppError {
  if (err && typeof err === "object" && "kind" in err && "message" in err) {
    return err as AppError;
  }
  return { kind: "internal", message: String(err) };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (err) {
    throw toAppError(err);
  }
}

export const api = {
  startInfo: () => call<StartInfo>("start_info"),
  newProject: () => call<Opened>("new_project"),
  /** `path` null shows the native open dialog; resolves null when the user cancels. */
  openProject: (path: string | null) => call<Opened | null>("open_project", { path }),
  /** Resolves to the saved path, or null when the user cancelled the save dialog. */
  /** An embedded example as a new project that is not saved anywhere yet. */
  openExample: (id: string) => call<Opened>("open_example", { id }),
  saveProject: (project: Project, saveAs: boolean) => call<string | null>("save_project", { project, saveAs }),
  autosave: (project: Project) => call<void>("autosave", { project }),
  recover: () => call<Opened>("recover"),
  discardRecovery: () => call<void>("discard_recovery"),
  preview: (project: Project) => call<PreviewResult>("preview", { project }),
  /** `overwrite` confirms writing over files of another version in the folder just chosen. */
  /** `published`: a version of the history, exported exactly as it was recorded; else the draft. */
  exportPolicy: (project: Project, formats: ExportFormat[], versioned = false, overwrite = false, published: string | null = null) =>
    call<ExportResult | null>("export_policy", { project, formats, versioned, overwrite, published }),
  publishVersion: (project: Project, version: string, date: string, summary: LangText) =>
    call<PublishedVersion>("publish_version", { project, version, date, summary }),
  publishChanges: (project: Project) => call<{ lang: Lang; sections: string[] }[]>("publish_changes", { project }),
  history: (project: Project) => call<VersionInfo[]>("history", { project }),
  /** A recorded version, or "draft", as an HTML fragment. */
  versionHtml: (project: Project, version: string, lang: Lang) =>
    call<string>("version_html", { project, version, lang }),
  compareVersions: (project: Project, from: string, to: string, lang: Lang) =>
    call<ComparisonView>("compare_versions", { project, from, to, lang }),
  exportMemo: (project: Project) => call<ExportResult | null>("export_memo", { project }),
  exportRecord: (project: Project) => call<ExportResult | null>("export_record", { project }),
  /** Whether the organisation must keep the record (Art. 30(5)), in plain words. */
  recordNeed: (project: Project) => call<RecordNeed>("record_need", { project }),
  /** The record of processing activities in one language, as an HTML fragment. */
  recordHtml: (project: Project, lang: Lang) => call<string>("record_html", { project, lang }),
  fragmentHtml: (project: Project, lang: Lang) => call<string>("fragment_html", { project, lang }),
  revealExport: () => call<void>("reveal_export"),
  uiMessages: (lang: Lang) => call<Messages>("ui_messages", { lang }),
  catalog: (lang: Lang) => call<Catalog>("catalog", { lang }),
  setUiLang: (lang: Lang) => call<void>("set_ui_lang", { lang }),
  clauseList: (project: Project) => call<ClauseList>("clause_list", { project }),
  clauseTemplate: (project: Project, clause: string, lang: Lang) =>
    call<ClauseTemplate>("clause_template", { project, clause, lang }),
  clauseVariables: (lang: Lang) => call<ClauseVariable[]>("clause_variables", { lang }),
  clauseWording: (project: Project, clause: string, lang: Lang) =>
    call<WordingMessage[]>("clause_wording", { project, clause, lang }),
  clauseReword: (project: Project, message: string, lang: Lang, text: string) =>
    call<{ project: Project; leftOut: string[] }>("clause_reword", { project, message, lang, text }),
  clauseRewordReset: (project: Project, message: string, lang: Lang) =>
    call<Project>("clause_reword_reset", { project, message, lang }),
  clauseAdd: (project: Project, headings: LangText, after: string) =>
    call<Project>("clause_add", { project, headings, after }),
  clauseRemove: (project: Project, id: string) => call<Project>("clause_remove", { project, id }),
  services: () => call<ServiceCatalogue>("services"),
  /** The project with the service's recipient, transfers and cookies added. */
  serviceAdd: (project: Project, id: string) => call<Project>("service_add", { project, id }),
  /** The project without what the service added. */
  serviceRemove: (project: Project, id: string) => call<Project>("service_remove", { project, id }),
  /** Resolves to the chosen folder, or null when the dialog was cancelled. */
  chooseHouseStyle: () => call<string | null>("choose_house_style"),
  clearHouseStyle: () => call<void>("clear_house_style"),
  onExportProgress: (handler: (p: ExportProgress) => void): Promise<UnlistenFn> =>
    listen<ExportProgress>("export-progress", (event) => handler(event.payload)),
};

export type Api = typeof api;
