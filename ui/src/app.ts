// The application: start-up, the workspace (toolbar, progress, questionnaire, preview), file
// commands, autosave, export and the UI language. State lives here; the form and preview are
// re-rendered from it.
import { endonym, languageCodes, languageName, languageTag, setLanguages } from "./languages";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { writeText } from "@tauri-apps/plugin-clipboard-manager";
import { api } from "./api";
import { catalogView, type CatalogView } from "./catalog";
import { ClausesView } from "./clauses";
import {
  bestMatch,
  groupBySection,
  isMissingAnswer,
  itemIndexUnder,
  sectionFinder,
  sectionOfReport,
  sectionState,
} from "./diagnostics";
import { clear, h } from "./dom";
import { autoSize, Form, type FormEnv } from "./form";
import { I18n } from "./i18n";
import { declaredPatterns, fieldTrail } from "./labels";
import { undoRemove, type Removed } from "./lists";
import { menuButton } from "./menu";
import { ask, openPanel } from "./modal";
import { getAt, joinPath } from "./paths";
import { Preview, type PreviewMode } from "./preview";
import { recentPlaces } from "./recent";
import { debounce, LatestOnly } from "./schedule";
import { SECTIONS, sectionById, uiLangRef, type Field } from "./schema";
import { factsNote, ServicePicker } from "./services";
import { handleEditKey } from "./undo";
import { publishedLanguages } from "./translations";
import { openHistory, openMemo, openPublish, openRecord, type VersionsEnv } from "./versions";
import {
  type AppError,
  type ExampleInfo,
  type ExportFormat,
  type FormatInfo,
  type Json,
  type Lang,
  type Opened,
  type PreviewResult,
  type Project,
  type RecentProject,
  type ServiceCatalogue,
  type DraftStatus,
  type JsonObject,
  type LintFinding,
  type Report,
  type SilencedLint,
} from "./types";

const AUTOSAVE_DELAY_MS = 2000;
const TOAST_MS = 5000;

export class App {
  private i18n!: I18n;
  private catalog!: CatalogView;
  private uiLang: Lang = "sv";
  private project: Project | null = null;
  private filePath: string | null = null;
  /** The project as last saved or opened; null when it has never been saved (recovered). */
  private savedJson: string | null = null;
  private reports: Report[] = [];
  private lint: LintFinding[] = [];
  private silenced: SilencedLint[] = [];
  private recent: RecentProject[] = [];
  private examples: ExampleInfo[] = [];
  private formats: FormatInfo[] = [];
  private version = "";
  private legalChecked = "";
  /** The catalogue of services and its picker (built anew with the UI language). */
  private services: ServiceCatalogue = { checked: "", services: [] };
  private servicePicker: ServicePicker | null = null;
  /** The record step's note on whether the record is required, while it is shown. */
  private recordNeed: HTMLElement | null = null;
  /** The draft against the published versions, from the last preview. */
  private draft: DraftStatus = { status: "unpublished" };
  /** The formats chosen in the export dialog, kept for the next export in this session. */
  private exportChoice: Set<ExportFormat> | null = null;
  private firstStart = false;
  /** The example organisation's name while an example copy is open and not saved yet. */
  private exampleName: string | null = null;
  /**
   * Paths of the answers the user has been to (left or changed) since the project was opened.
   * An unanswered question is marked at its field only once visited, or after the review step.
   */
  private visited = new Set<string>();
  /** Steps of a new project not opened yet: shown as such, not as complete. */
  private unseen = new Set<string>();
  /** The step each report of the last preview belongs to. */
  private reportSections = new Map<Report, string | undefined>();
  private reviewed = false;
  private section = SECTIONS[0].id;
  private view: "start" | "edit" = "start";
  private previewMode: PreviewMode = "sv";
  private previewOpen = true;
  private expanded = new WeakSet<object>();
  private stash = new WeakMap<object, Map<string, Json>>();
  private form: Form | null = null;
  private preview!: Preview;
  private exporting = false;
  /** The Clauses view is shown in place of the questionnaire. */
  private clausesOpen = false;
  private clausesView: ClausesView | null = null;
  private houseStyle: { path: string | null; error: string | null } = { path: null, error: null };

  private readonly previewer = new LatestOnly<Project, PreviewResult>(
    (p) => api.preview(p),
    (r) => this.applyPreview(r),
    (e) => this.previewFailed(e),
  );
  private readonly autosave = debounce(() => {
    if (this.project && this.isDirty()) {
      api.autosave(this.project).catch((e) => this.toast(this.i18n.t("app-autosave-failed", { error: msg(e) })));
    }
  }, AUTOSAVE_DELAY_MS);

  // Elements of the shell, rebuilt when the UI language changes.
  private els!: {
    title: HTMLElement;
    dirty: HTMLElement;
    toolbar: HTMLElement;
    nav: HTMLOListElement;
    formPane: HTMLElement;
    previewPane: HTMLElement;
    workspace: HTMLElement;
    startPane: HTMLElement;
    toasts: HTMLElement;
  };

  constructor(private readonly root: HTMLElement) {}

  async start(): Promise<void> {
    const info = await api.startInfo();
    setLanguages(info.languages);
    this.recent = info.recent;
    this.examples = info.examples;
    this.formats = info.formats;
    this.version = info.version;
    this.legalChecked = info.legalChecked;
    this.firstStart = info.firstStart;
    this.houseStyle = info.houseStyle;
    await this.loadLanguage(info.uiLang);
    this.buildShell();
    this.installGlobalHandlers();
    if (info.recovery && (await this.offerRecovery(info.recovery.savedAt))) return;
    if (info.lastProject) this.openDocument(info.lastProject, true);
    else this.showStart();
  }

  // ---- language ----

  private async loadLanguage(lang: Lang): Promise<void> {
    const [messages, catalog, services] = await Promise.all([api.uiMessages(lang), api.catalog(lang), api.services()]);
    this.uiLang = lang;
    uiLangRef.current = lang;
    this.i18n = new I18n(lang, messages);
    this.catalog = catalogView(catalog);
    this.services = services;
    this.servicePicker = new ServicePicker(services, {
      i18n: this.i18n,
      catalog: this.catalog,
      toggle: (id, used) => void this.toggleService(id, used),
    });
    document.documentElement.lang = lang;
  }

  private async switchLanguage(lang: Lang): Promise<void> {
    try {
      await this.loadLanguage(lang);
      await api.setUiLang(lang);
    } catch (e) {
      this.showError(e);
    }
    // The Clauses view speaks the UI language: build it anew.
    this.clausesView = null;
    // The user stays where they were in the form (the shell is built anew).
    const scroll = this.els?.formPane.scrollTop ?? 0;
    this.buildShell();
    if (this.view === "edit") {
      this.renderWorkspace();
      this.els.formPane.scrollTop = scroll;
    } else this.showStart();
    if (this.clausesOpen) void this.clauses().refresh();
    this.focusTestId("ui-lang");
    // The diagnostics come in the UI language: ask again.
    if (this.project) void this.previewer.now(this.project);
  }

  // ---- shell ----

  private buildShell(): void {
    this.shellDetach.abort();
    this.shellDetach = new AbortController();
    const t = (id: string, v?: Record<string, string | number>) => this.i18n.t(id, v);
    const button = (testid: string, label: string, action: () => void, hint?: string) => {
      const b = h("button", { type: "button", "data-testid": testid, title: hint }, label);
      b.addEventListener("click", action);
      return b;
    };
    const langSelect = h(
      "select",
      { id: "ui-lang", "data-testid": "ui-lang" },
      ...languageCodes().map((code) => h("option", { value: code, lang: languageTag(code) }, endonym(code))),
    );
    langSelect.value = this.uiLang;
    langSelect.addEventListener("change", () => void this.switchLanguage(langSelect.value as Lang));

    const title = h("span", { class: "doc-title", "data-testid": "doc-title" });
    const dirty = h(
      "span",
      { class: "dirty-marker", "data-testid": "dirty-indicator", hidden: true, title: t("app-unsaved") },
      h("span", { "aria-hidden": "true" }, "●"),
      h("span", { class: "visually-hidden" }, t("app-unsaved")),
    );
    const toolbar = h(
      "header",
      { class: "toolbar" },
      h("div", { class: "title-block" }, h("h1", {}, title, " ", dirty)),
      h(
        "nav",
        { class: "commands", "aria-label": t("app-commands") },
        // The file commands and the version commands each under a menu, so that the toolbar
        // keeps to one row in a small window; Save stays in sight (menu.ts).
        menuButton(t("app-menu-file"), "menu-file", [
          button("action-start", t("app-start"), () => void this.goStart()),
          button("action-new", t("app-new"), () => void this.newProject()),
          button("action-open", t("app-open"), () => void this.open(null), t("app-shortcut", { keys: "Ctrl+O" })),
          button(
            "action-save-as",
            t("app-save-as"),
            () => void this.save(true),
            t("app-shortcut", { keys: "Ctrl+Shift+S" }),
          ),
        ], this.shellDetach.signal).el,
        button("action-save", t("app-save"), () => void this.save(false), t("app-shortcut", { keys: "Ctrl+S" })),
        button("action-clauses", t("app-clauses"), () => void this.toggleClauses()),
        button("action-export", t("app-export"), () => void this.openExport()),
        menuButton(t("app-menu-versions"), "menu-versions", [
          button("action-publish", t("app-publish"), () => void (this.project && openPublish(this.versionsEnv()))),
          button("action-history", t("app-history"), () => this.project && void openHistory(this.versionsEnv())),
          button("action-memo", t("app-memo"), () => this.project && openMemo(this.versionsEnv())),
          button("action-record", t("app-record"), () => this.project && openRecord(this.versionsEnv())),
        ], this.shellDetach.signal).el,
      ),
      h("div", { class: "lang-switch" }, h("label", { for: "ui-lang" }, t("app-ui-language")), langSelect),
    );
    const nav = h("ol", { class: "progress-list" });
    const formPane = h("main", { class: "form-pane", id: "form-pane", "data-testid": "form-pane", tabindex: "-1" });
    const previewPane = h("aside", {
      class: "preview-pane",
      "data-testid": "preview",
      "aria-label": t("app-preview"),
    });
    const startPane = h("main", { class: "start-pane", hidden: true });
    const workspace = h(
      "div",
      { class: "workspace", "data-testid": "editor", hidden: this.view !== "edit" },
      h(
        "nav",
        { class: "progress", "data-testid": "progress", "aria-label": t("app-progress") },
        h("h2", { class: "progress-title" }, t("app-progress")),
        nav,
      ),
      formPane,
      previewPane,
    );
    const toasts = h("div", { class: "toasts", "aria-live": "polite", "data-testid": "toasts" });
    clear(this.root);
    formPane.addEventListener("focusin", (e) => this.followFocus(e.target as Element));
    // Leaving or changing an answer makes its unanswered-question diagnostics visible.
    formPane.addEventListener("focusout", (e) => this.visit(e.target as Element));
    formPane.addEventListener("change", (e) => this.visit(e.target as Element));
    // Answers that wrap take more or fewer lines when the pane's width changes.
    if (typeof ResizeObserver !== "undefined") {
      let width = 0;
      const rewrap = new ResizeObserver(([entry]) => {
        if (Math.abs(entry.contentRect.width - width) < 1) return;
        width = entry.contentRect.width;
        for (const area of formPane.querySelectorAll("textarea")) autoSize(area);
      });
      rewrap.observe(formPane);
      this.shellDetach.signal.addEventListener("abort", () => rewrap.disconnect());
    }
    this.root.append(toolbar, startPane, workspace, toasts);
    this.els = { title, dirty, toolbar, nav, formPane, previewPane, workspace, startPane, toasts };
    this.preview = new Preview(previewPane, this.i18n, {
      onModeChange: (m) => {
        this.previewMode = m;
      },
      onToggle: (open) => {
        this.previewOpen = open;
        this.els.workspace.classList.toggle("preview-closed", !open);
      },
    });
    // A language switch rebuilds the shell: keep the preview as the user left it.
    if (!this.previewOpen) this.preview.setOpen(false);
    this.updateTitle();
  }

  /** Detaches the window-level listeners (the app is created once; tests create several). */
  dispose(): void {
    this.detach.abort();
    this.shellDetach.abort();
    this.unlistenClose?.();
  }

  private readonly detach = new AbortController();
  /** Listeners of the current shell (its menus), replaced when the language rebuilds it. */
  private shellDetach = new AbortController();
  private unlistenClose: (() => void) | undefined;

  private installGlobalHandlers(): void {
    window.addEventListener("keydown", (e) => {
      // Undo and redo in any text field, in a dialog too (undo.ts).
      if (handleEditKey(e)) return;
      // A modal has its own buttons; file commands wait until it is closed.
      if (!(e.ctrlKey || e.metaKey) || e.altKey || document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      if (key === "s") {
        e.preventDefault();
        void this.save(e.shiftKey);
      } else if (key === "o" && !e.shiftKey) {
        e.preventDefault();
        void this.open(null);
      }
    }, { signal: this.detach.signal });
    void getCurrentWindow()
      .onCloseRequested(async (event) => {
        if (!this.isDirty()) return;
        event.preventDefault();
        if (await this.confirmDiscard("close")) {
          await api.discardRecovery().catch(() => undefined);
          await getCurrentWindow().destroy();
        }
      })
      .then((unlisten) => (this.unlistenClose = unlisten))
      .catch((e) => this.showError(e));
  }

  // ---- start screen and opening ----

  private async offerRecovery(savedAt: string): Promise<boolean> {
    const t = this.i18n;
    const choice = await ask({
      title: t.t("app-recovery-title"),
      body: [t.t("app-recovery-text", { time: this.formatTime(savedAt) })],
      buttons: [
        { label: t.t("app-recovery-restore"), value: "restore", testid: "recovery-restore", primary: true },
        { label: t.t("app-recovery-discard"), value: "discard", testid: "recovery-discard" },
      ],
      dismissValue: "later",
      testid: "recovery-offer",
    });
    try {
      if (choice === "restore") {
        const opened = await api.recover();
        this.openDocument(opened, false);
        return true;
      }
      if (choice === "discard") await api.discardRecovery();
    } catch (e) {
      this.showError(e);
    }
    return false;
  }

  private formatTime(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return new Intl.DateTimeFormat(languageTag(this.uiLang), {
      dateStyle: "long",
      timeStyle: "short",
    }).format(d);
  }

  /** A YYYY-MM-DD date written out in the UI language. */
  private formatDate(ymd: string): string {
    const d = new Date(`${ymd}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd) || Number.isNaN(d.getTime())) return ymd;
    return new Intl.DateTimeFormat(languageTag(this.uiLang), { dateStyle: "long", timeZone: "UTC" }).format(d);
  }

  private async goStart(): Promise<void> {
    try {
      this.recent = (await api.startInfo()).recent;
    } catch (e) {
      this.showError(e);
    }
    this.showStart();
  }

  private showStart(): void {
    const t = this.i18n;
    this.view = "start";
    this.els.workspace.hidden = true;
    this.els.startPane.hidden = false;
    const newBtn = h("button", { type: "button", class: "primary", "data-testid": "start-new" }, t.t("app-new"));
    newBtn.addEventListener("click", () => void this.newProject());
    const openBtn = h("button", { type: "button", "data-testid": "start-open" }, t.t("app-open"));
    openBtn.addEventListener("click", () => void this.open(null));
    const recent = h("ul", { class: "recent-list", "data-testid": "recent-list" });
    const places = recentPlaces(this.recent);
    this.recent.forEach((r, i) => {
      const b = h(
        "button",
        {
          type: "button",
          class: "recent",
          "data-testid": "recent-item",
          "data-path": r.path,
          title: r.path,
          "aria-description": r.path,
        },
        h("span", { class: "recent-title" }, r.title || basename(r.path)),
        h("span", { class: "recent-path", "data-testid": "recent-place" }, places[i]),
      );
      b.addEventListener("click", () => void this.open(r.path));
      recent.append(h("li", {}, b));
    });
    const backBtn = this.project
      ? h("button", { type: "button", "data-testid": "start-continue" }, t.t("app-back-to-project"))
      : null;
    backBtn?.addEventListener("click", () => this.renderWorkspace());
    const examples = h("ul", { class: "example-list", "data-testid": "example-list" });
    for (const e of this.examples) {
      const about = t.maybe(`app-example-${e.id}`);
      const b = h(
        "button",
        { type: "button", class: "example", "data-testid": "start-example", "data-example": e.id },
        h("span", { class: "example-name" }, e.name),
        about ? h("span", { class: "example-about" }, about) : "",
      );
      b.addEventListener("click", () => void this.openExample(e));
      examples.append(h("li", {}, b));
    }
    this.els.startPane.replaceChildren(
      h(
        "div",
        { class: "start-screen", "data-testid": "start-screen" },
        h("h2", {}, t.t("app-start-title")),
        this.firstStart ? h("p", { class: "welcome", "data-testid": "start-welcome" }, t.t("app-start-welcome")) : "",
        h("p", {}, t.t("app-start-intro")),
        h("div", { class: "start-actions" }, newBtn, openBtn, backBtn),
        h("h3", {}, t.t("app-recent")),
        this.recent.length ? recent : h("p", { class: "empty" }, t.t("app-recent-empty")),
        h("h3", {}, t.t("app-examples")),
        h("p", {}, t.t("app-examples-intro")),
        examples,
        h(
          "footer",
          { class: "about", "data-testid": "about" },
          h("p", {}, t.t("app-about-version", { version: this.version })),
          h("p", { "data-testid": "legal-checked" }, t.t("app-about-legal-checked", { date: this.formatDate(this.legalChecked) })),
          h(
            "p",
            { "data-testid": "services-checked" },
            t.t("app-about-services-checked", { date: this.formatDate(this.services.checked) }),
          ),
        ),
      ),
    );
    this.updateTitle();
    newBtn.focus();
  }

  private async newProject(): Promise<void> {
    if (!(await this.confirmDiscard("new"))) return;
    try {
      this.openDocument(await api.newProject(), true);
      // A blank project's later steps are not "complete" before anyone has looked at them.
      this.unseen = new Set(SECTIONS.slice(1).map((s) => s.id));
      this.renderNav();
    } catch (e) {
      this.showError(e);
    }
  }

  private async open(path: string | null): Promise<void> {
    if (!(await this.confirmDiscard("open"))) return;
    try {
      const opened = await api.openProject(path);
      if (opened) this.openDocument(opened, true);
    } catch (e) {
      this.showError(e);
    }
  }

  /** An example as a new copy: titled as the example until saved, and saved only where the user says. */
  private async openExample(example: ExampleInfo): Promise<void> {
    if (!(await this.confirmDiscard("open"))) return;
    try {
      const opened = await api.openExample(example.id);
      this.openDocument(opened, true);
      this.exampleName = example.name;
      this.updateTitle();
    } catch (e) {
      this.showError(e);
    }
  }

  /** Shows a project; `clean` when it matches its file (not when restored from the recovery file). */
  private openDocument(opened: Opened, clean: boolean): void {
    this.project = opened.project;
    this.filePath = opened.path;
    this.savedJson = clean ? JSON.stringify(opened.project) : null;
    this.clausesOpen = false;
    this.clausesView = null;
    this.reports = [];
    this.exampleName = null;
    this.visited = new Set();
    this.unseen = new Set();
    this.reviewed = false;
    this.expanded = new WeakSet();
    this.stash = new WeakMap();
    this.section = SECTIONS[0].id;
    const langs = publishedLanguages(getAt(this.project, "policy.languages"));
    this.previewMode = langs.includes(this.uiLang) ? this.uiLang : (langs[0] ?? "sv");
    this.autosave.cancel();
    this.renderWorkspace();
    void this.previewer.now(this.project);
    if (!clean) this.autosave();
  }

  // ---- saving ----

  private isDirty(): boolean {
    return this.project !== null && JSON.stringify(this.project) !== this.savedJson;
  }

  /** Saves; resolves true when the project is saved. */
  private async save(saveAs: boolean): Promise<boolean> {
    if (!this.project) return false;
    const snapshot = JSON.stringify(this.project);
    try {
      const path = await api.saveProject(this.project, saveAs);
      if (path === null) return false;
      this.filePath = path;
      this.exampleName = null;
      this.savedJson = snapshot;
      this.autosave.cancel();
      this.updateTitle();
      this.toast(this.i18n.t("app-saved", { file: basename(path) }));
      return true;
    } catch (e) {
      this.showError(e);
      return false;
    }
  }

  /** Asks what to do with unsaved changes; resolves true when it is fine to go on. */
  private async confirmDiscard(reason: "close" | "new" | "open"): Promise<boolean> {
    if (!this.isDirty()) return true;
    const t = this.i18n;
    const choice = await ask({
      title: t.t("app-unsaved-title"),
      body: [t.t(`app-unsaved-text-${reason}`, { file: this.fileName() })],
      buttons: [
        { label: t.t("app-unsaved-save"), value: "save", testid: "confirm-close-save", primary: true },
        { label: t.t("app-unsaved-discard"), value: "discard", testid: "confirm-close-discard" },
        { label: t.t("app-cancel"), value: "cancel", testid: "confirm-close-cancel" },
      ],
      dismissValue: "cancel",
      testid: "confirm-close",
    });
    if (choice === "save") return this.save(false);
    return choice === "discard";
  }

  private fileName(): string {
    if (this.filePath) return basename(this.filePath);
    if (this.exampleName !== null) return this.i18n.t("app-example-title", { name: this.exampleName });
    return this.i18n.t("app-untitled");
  }

  private updateTitle(): void {
    const dirty = this.isDirty();
    const file = this.project ? this.fileName() : "";
    this.els.title.textContent = this.project ? file : this.i18n.t("app-name");
    this.els.dirty.hidden = !dirty;
    // Commands that need a project are off on the start screen.
    const needProject = ["action-save", "action-save-as", "action-export", "action-clauses", "action-publish", "action-history", "action-memo", "action-record"];
    for (const id of needProject) {
      const b = this.els.toolbar.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
      if (b) b.disabled = !this.project;
    }
    const title = this.project
      ? this.i18n.t(dirty ? "app-window-title-unsaved" : "app-window-title", { file })
      : this.i18n.t("app-name");
    // Called on every keystroke: talk to the window only when the title changes.
    if (title === document.title) return;
    document.title = title;
    getCurrentWindow()
      .setTitle(title)
      .catch(() => undefined);
  }

  // ---- editing ----

  private renderWorkspace(): void {
    if (!this.project) return this.showStart();
    this.view = "edit";
    this.els.startPane.hidden = true;
    this.els.workspace.hidden = false;
    this.renderNav();
    this.renderSection();
    this.preview.setLanguages(publishedLanguages(getAt(this.project, "policy.languages")), this.previewMode);
    this.updateTitle();
  }

  private changed(structural: boolean, focus?: string): void {
    if (structural) {
      this.renderSection(focus);
      // The published languages may have changed (review step).
      if (this.project) this.preview.setLanguages(publishedLanguages(getAt(this.project, "policy.languages")), this.previewMode);
    } else {
      // The headcount or "occasional" may change whether the record is required.
      this.refreshRecordNeed();
    }
    this.updateTitle();
    if (this.project) this.previewer.schedule(this.project);
    this.autosave();
  }

  /** The record step's plain answer to "must you keep a record?" (Art. 30(5)), from the library. */
  private recordNeedNote(): HTMLElement {
    const t = this.i18n;
    const note = h("p", { class: "notice", "data-testid": "record-need-note", role: "status" });
    this.recordNeed = note;
    this.refreshRecordNeed(note);
    return h(
      "div",
      { class: "field record-need" },
      h("h3", { class: "field-heading" }, t.t("q-record-need")),
      h("p", { class: "help" }, t.t("q-record-need-help")),
      note,
    );
  }

  /** Asks the library again; `fresh` is a note not yet in the page (the step being built). */
  private refreshRecordNeed(fresh?: HTMLElement): void {
    const note = fresh ?? this.recordNeed;
    if (!note || (!fresh && !note.isConnected) || !this.project) return;
    api.recordNeed(this.project).then(
      (need) => {
        note.textContent = need.statement;
        note.classList.toggle("required", need.required);
      },
      (e) => note.replaceChildren(errorBlock(this.i18n, e)),
    );
  }

  /** Builds the step list once per language, then updates states in place so keyboard focus stays put. */
  private renderNav(): void {
    if (!this.project) return;
    const t = this.i18n;
    const groups = groupBySection(SECTIONS, this.project, this.reports);
    if (this.els.nav.children.length !== SECTIONS.length) {
      this.els.nav.replaceChildren(
        ...SECTIONS.map((s, i) => {
          const b = h(
            "button",
            { type: "button", class: "section-link", "data-testid": `section-link-${s.id}` },
            h("span", { class: "state-icon", "aria-hidden": "true" }),
            h("span", { class: "section-name" }, `${i + 1}. ${t.t(`app-section-${s.id}`)}`),
            h("span", { class: "visually-hidden state-text" }),
          );
          b.addEventListener("click", () => this.goToSection(s.id, true));
          return h("li", {}, b);
        }),
      );
    }
    SECTIONS.forEach((s, i) => {
      const b = this.els.nav.children[i].firstElementChild as HTMLElement;
      // The review step lists everything, so it is complete only when the whole project is.
      const found = sectionState(s.id === "review" ? this.reports : (groups.get(s.id) ?? []));
      const state = found === "complete" && this.unseen.has(s.id) && !this.reviewed ? "unvisited" : found;
      b.className = `section-link state-${state}`;
      b.dataset.state = state;
      if (s.id === this.section) b.setAttribute("aria-current", "step");
      else b.removeAttribute("aria-current");
      b.querySelector(".state-text")!.textContent = ` (${t.t(`app-state-${state}`)})`;
    });
  }

  private goToSection(id: string, focus: boolean): void {
    this.section = id;
    this.unseen.delete(id);
    this.clausesOpen = false;
    this.renderNav();
    this.renderSection();
    const section = sectionById(id);
    if (section) this.scrollPreview(section.clauses);
    // In the narrow layout the steps are a scrolling row: keep the current one in sight.
    this.els.nav.querySelector('[aria-current="step"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (focus) this.els.formPane.querySelector<HTMLElement>("h2")?.focus();
  }

  private lastScroll = "";

  private scrollPreview(ids: string[]): void {
    this.lastScroll = ids.join();
    this.preview.scrollTo(ids);
  }

  /** Moving into a list item whose clause has one heading per item brings that heading into view. */
  private followFocus(el: Element): void {
    const section = sectionById(this.section);
    if (!section) return;
    let ids = section.clauses;
    const itemPath = el.closest<HTMLElement>('[data-testid="list-item"]')?.dataset.path;
    if (itemPath) {
      for (const f of section.fields) {
        const i = f.kind === "list" && f.itemClause ? itemIndexUnder(f.path, itemPath) : undefined;
        if (f.kind === "list" && f.itemClause && i !== undefined) ids = [`${f.itemClause}-${i + 1}`, ...ids];
      }
    }
    if (ids.join() !== this.lastScroll) this.scrollPreview(ids);
  }

  /** Renders the current section; `focusTarget` is a list item control to focus (see FormEnv.onChange). */
  /** Shows the Clauses view in place of the questionnaire, or the questionnaire again. */
  private async toggleClauses(): Promise<void> {
    if (!this.project || this.view !== "edit") return;
    this.clausesOpen = !this.clausesOpen;
    this.els.toolbar.querySelector('[data-testid="action-clauses"]')?.setAttribute("aria-pressed", String(this.clausesOpen));
    this.renderSection();
    if (this.clausesOpen && this.clausesView) {
      await this.clausesView.refresh();
      this.els.formPane.querySelector<HTMLElement>("h2")?.focus();
    }
  }

  private clauses(): ClausesView {
    this.clausesView ??= new ClausesView({
      i18n: this.i18n,
      project: () => this.project,
      changed: () => this.changed(false),
      replace: (p) => {
        this.project = p;
        this.changed(false);
      },
      showError: (e) => this.showError(e),
      houseStyle: () => this.houseStyle,
      setHouseStyle: (path) => {
        this.houseStyle = { path, error: null };
        if (this.project) void this.previewer.now(this.project);
      },
    });
    return this.clausesView;
  }

  private renderSection(focusTarget?: string): void {
    if (this.clausesOpen && this.project) {
      this.els.formPane.replaceChildren(this.clauses().el);
      return;
    }
    const project = this.project;
    const section = sectionById(this.section);
    if (!project || !section) return;
    const t = this.i18n;
    // Keep focus and scroll across the re-render that follows a choice or a list change.
    const active = document.activeElement as HTMLElement | null;
    const focusKey = active && this.els.formPane.contains(active) ? focusKeyOf(active) : undefined;
    const scroll = this.els.formPane.scrollTop;

    const undo = this.pendingUndo;
    this.pendingUndo = undefined;
    const form = new Form({
      undo,
      stash: this.stash,
      i18n: t,
      project,
      catalog: this.catalog,
      published: publishedLanguages(getAt(project, "policy.languages")),
      expanded: this.expanded,
      onChange: (structural, focus) => this.changed(structural, focus),
      onRemoved: (removed, label) => this.removed(removed, label),
      custom: (key) => {
        if (!this.project) return undefined;
        if (key === "services") return this.servicePicker?.render(this.project);
        if (key === "record-need") return this.recordNeedNote();
        return undefined;
      },
      itemInfo: (listPath, item) =>
        listPath === "recipients" || listPath === "cookies.items"
          ? factsNote(this.services, item, listPath === "recipients" ? "recipient" : "cookie", t, this.catalog)
          : undefined,
    });
    this.form = form;
    const index = SECTIONS.indexOf(section);
    const heading = h("h2", { tabindex: "-1", "data-testid": "section-title" }, t.t(`app-section-${section.id}`));
    const body = h(
      "section",
      { class: "section", "data-testid": `section-${section.id}`, "aria-labelledby": "section-heading" },
      heading,
      h("p", { class: "section-intro" }, t.t(`app-section-${section.id}-intro`)),
      ...form.render(section.fields),
    );
    heading.id = "section-heading";
    if (section.id === "review") {
      // From here on every unanswered question is marked at its field too.
      this.reviewed = true;
      body.append(this.reviewList());
    }
    const prev = SECTIONS[index - 1];
    const next = SECTIONS[index + 1];
    const pager = h("div", { class: "pager" });
    if (prev) {
      const b = h("button", { type: "button", "data-testid": "section-prev" }, t.t("app-previous-section", { name: t.t(`app-section-${prev.id}`) }));
      b.addEventListener("click", () => this.goToSection(prev.id, true));
      pager.append(b);
    }
    if (next) {
      const b = h(
        "button",
        { type: "button", class: "primary", "data-testid": "section-next" },
        t.t("app-next-section", { name: t.t(`app-section-${next.id}`) }),
      );
      b.addEventListener("click", () => this.goToSection(next.id, true));
      pager.append(b);
    }
    body.append(pager);
    this.els.formPane.replaceChildren(body);
    for (const area of body.querySelectorAll("textarea")) autoSize(area);
    form.showDiagnostics(this.reports, this.shownAtField);
    this.els.formPane.scrollTop = scroll;

    if (focusTarget === "#undo-remove") {
      this.els.formPane.querySelector<HTMLElement>('[data-testid="undo-remove"]')?.focus();
    } else if (focusTarget) {
      const [itemPath, testid] = focusTarget.split("#");
      const el =
        this.els.formPane.querySelector<HTMLElement>(
          `[data-testid="${testid ?? "item-toggle"}"][data-path="${cssEscape(itemPath)}"]`,
        ) ??
        this.els.formPane.querySelector<HTMLElement>(`[data-testid="item-toggle"][data-path="${cssEscape(itemPath)}"]`);
      // A move button at the end of the list is disabled: fall back to the item's heading.
      (el && !(el as HTMLButtonElement).disabled
        ? el
        : this.els.formPane.querySelector<HTMLElement>(`[data-testid="item-toggle"][data-path="${cssEscape(itemPath)}"]`)
      )?.focus();
    } else if (focusKey) {
      this.els.formPane.querySelector<HTMLElement>(focusKey)?.focus();
    }
  }

  /** The removal the next render offers to undo (see FormEnv.undo). */
  private pendingUndo: FormEnv["undo"];

  /** Ticks or unticks a service of the catalogue: the library adds or removes what it brings. */
  private async toggleService(id: string, used: boolean): Promise<void> {
    if (!this.project) return;
    try {
      const next = used ? await api.serviceAdd(this.project, id) : await api.serviceRemove(this.project, id);
      this.project = next;
      this.changed(true);
    } catch (e) {
      this.showError(e);
      this.changed(true);
    }
  }

  private removed(removed: Removed, label: string): void {
    this.pendingUndo = {
      listPath: removed.listPath,
      label,
      run: () => {
        if (!this.project) return;
        const at = undoRemove(this.project, removed);
        this.changed(true, `${removed.listPath}[${at}]`);
      },
    };
    // Focus moves to the Undo button, which sits where the item was.
    this.changed(true, "#undo-remove");
  }

  // ---- diagnostics and review ----

  private applyPreview(result: PreviewResult): void {
    this.reports = result.diagnostics;
    const find = this.project ? sectionFinder(SECTIONS, this.project) : () => undefined;
    this.reportSections = new Map(this.reports.map((r) => [r, find(r.path)]));
    this.draft = result.draft ?? { status: "unpublished" };
    this.lint = result.lint ?? [];
    this.silenced = result.silenced ?? [];
    this.preview.show(result.documents);
    this.clausesView?.previewed(result);
    if (this.view !== "edit") return;
    this.renderNav();
    // Reports no rendered field matches are still listed in the review section.
    this.form?.showDiagnostics(this.reports, this.shownAtField);
    if (this.section === "review") {
      const old = this.els.formPane.querySelector('[data-testid="review"]');
      old?.replaceWith(this.reviewList());
    }
  }

  /** Whether a report is shown at its field now (see `visited`). */
  private readonly shownAtField = (r: Report, at: string): boolean => {
    // A question another step asks (a transfer's safeguard for a recipient added in Sharing)
    // is shown there, not at the nearest thing this step has.
    const owner = this.reportSections.get(r);
    if (owner !== undefined && owner !== this.section) return false;
    return !isMissingAnswer(r) || this.reviewed || [...this.visited].some((v) => v === at || v.startsWith(`${at}.`) || v.startsWith(`${at}[`));
  };

  private visit(el: Element): void {
    const path = (el as HTMLElement).dataset?.path;
    if (!path || this.visited.has(path)) return;
    this.visited.add(path);
    this.form?.showDiagnostics(this.reports, this.shownAtField);
  }

  private previewFailed(err: unknown): void {
    this.preview.showError(msg(err));
  }

  private reviewList(): HTMLElement {
    const t = this.i18n;
    const project = this.project!;
    const wrap = h("section", { class: "review", "data-testid": "review", "aria-labelledby": "review-heading" });
    wrap.append(h("h3", { id: "review-heading" }, t.t("app-review-problems")));
    if (this.reports.length === 0) {
      wrap.append(h("p", { class: "all-good", "data-testid": "diagnostics-none" }, t.t("app-review-none")));
      wrap.append(this.lintList());
      return wrap;
    }
    const errors = this.reports.filter((r) => r.severity === "error").length;
    wrap.append(
      h("p", {}, t.t("app-review-summary", { errors, warnings: this.reports.length - errors })),
    );
    const list = h("ul", { class: "review-list", "data-testid": "diagnostics" });
    const find = sectionFinder(SECTIONS, project);
    const declared = declaredPatterns(SECTIONS);
    for (const r of this.reports) {
      const sectionId = find(r.path);
      const trail = fieldTrail(declared, r.path, t, project, this.catalog);
      const section = sectionId ? t.t(`app-section-${sectionId}`) : "";
      const where = [section, ...trail].filter(Boolean).join(" › ") || t.t("app-field-whole-project");
      const b = h(
        "button",
        { type: "button", class: `review-item diag-${r.severity}`, "data-testid": "diagnostic", "data-path": r.path },
        h("span", { class: "diag-kind" }, t.t(r.severity === "error" ? "app-diag-error" : "app-diag-warning")),
        h("span", { class: "review-where", "data-testid": "diagnostic-field" }, where),
        h("span", { class: "review-message" }, r.message),
      );
      b.addEventListener("click", () =>
        r.path.startsWith("clauses") ? void this.jumpToClause(r.path) : this.jumpTo(r.path),
      );
      list.append(h("li", {}, b));
    }
    wrap.append(list, this.lintList());
    return wrap;
  }

  /** Whether a finding is about a clause whose text in its language is the built-in one. */
  private inBuiltInText(f: LintFinding): boolean {
    const place = f.place;
    if (place.kind !== "clause" || this.houseStyle.path || !this.project) return false;
    const clauses = (this.project["clauses"] ?? {}) as JsonObject;
    const listed = (key: string) => (Array.isArray(clauses[key]) ? (clauses[key] as JsonObject[]) : []);
    const rewritten = listed("overrides").some((o) => o["clause"] === place.clause && o["lang"] === place.lang);
    const custom = listed("custom").some((c) => c["id"] === place.clause);
    return !rewritten && !custom;
  }

  /** The lint findings under the diagnostics: a finding at a field jumps there like a diagnostic. */
  private lintList(): HTMLElement {
    const t = this.i18n;
    const wrap = h("div", { class: "lint", "data-testid": "lint" }, h("h4", {}, t.t("app-lint")));
    if (!this.lint.some((f) => !this.inBuiltInText(f))) wrap.append(h("p", { "data-testid": "lint-none" }, t.t("app-lint-none")));
    const list = h("ul", { class: "review-list", "data-testid": "lint-list" });
    // A finding in a built-in text is the program's to fix, not the user's: the memo and
    // `check` still list it for whoever reviews the program's texts.
    for (const f of this.lint.filter((f) => !this.inBuiltInText(f))) {
      const content = [
        h("span", { class: "diag-kind" }, f.title),
        h("span", { class: "review-where" }, f.where),
        h("span", { class: "review-message" }, f.message),
      ];
      const place = f.place;
      if (place.kind === "field") {
        const b = h(
          "button",
          { type: "button", class: "review-item diag-warning", "data-testid": "lint-finding", "data-lint": f.id },
          ...content,
        );
        b.addEventListener("click", () => this.jumpTo(place.path));
        list.append(h("li", {}, b));
      } else {
        list.append(h("li", {}, h("div", { class: "review-item diag-warning", "data-testid": "lint-finding", "data-lint": f.id }, ...content)));
      }
    }
    for (const s of this.silenced) {
      list.append(h("li", { class: "lint-silenced", "data-testid": "lint-silenced" }, t.t("app-lint-silenced", { id: s.id, reason: s.reason })));
    }
    wrap.append(list);
    return wrap;
  }

  private versionsEnv(): VersionsEnv {
    return {
      i18n: this.i18n,
      project: () => this.project,
      published: (project) => {
        this.project = project;
        this.changed(true);
      },
      languages: () => (this.project ? publishedLanguages(getAt(this.project, "policy.languages")) : []),
      errorBlock: (e) => errorBlock(this.i18n, e),
      toast: (text) => this.toast(text),
      exportVersion: (version) => void this.openExport(version),
    };
  }

  /** Goes to the clause text a diagnostic concerns: the Clauses view, its editor, the cursor at the error. */
  private async jumpToClause(path: string): Promise<void> {
    const project = this.project;
    if (!project) return;
    const clauses = (project.clauses ?? {}) as { overrides?: Json[]; custom?: Json[] };
    let target: { clause: string; lang: Lang } | null = null;
    const o = /^clauses\.overrides\[(\d+)\]/.exec(path);
    const c = /^clauses\.custom\[(\d+)\](?:\.(sv|en))?/.exec(path);
    if (o) {
      const item = clauses.overrides?.[Number(o[1])] as { clause?: string; lang?: Lang } | undefined;
      if (item?.clause && item.lang) target = { clause: item.clause, lang: item.lang };
    } else if (c) {
      const item = clauses.custom?.[Number(c[1])] as { id?: string } | undefined;
      if (item?.id) target = { clause: item.id, lang: (c[2] as Lang | undefined) ?? this.uiLang };
    }
    this.clausesOpen = true;
    this.renderSection();
    await this.clauses().refresh();
    if (target) await this.clauses().open(target.clause, target.lang, true);
    else this.els.formPane.querySelector<HTMLElement>("h2")?.focus();
  }

  /** Goes to the field a diagnostic concerns: its section, its list item opened, focus on the input. */
  private jumpTo(path: string): void {
    const project = this.project;
    if (!project) return;
    this.visited.add(path);
    const sectionId = sectionOfReport(SECTIONS, project, path) ?? "review";
    const section = sectionById(sectionId)!;
    openItemsAlong(section.fields, "", project, path, this.expanded);
    this.goToSection(sectionId, false);
    const slots = this.form?.slots;
    const at = slots ? bestMatch(slots, path) : undefined;
    const slot = at !== undefined ? slots!.get(at) : undefined;
    const target = slot?.inputs[0] ?? slot?.container.querySelector<HTMLElement>("input, select, textarea, button");
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus();
    } else {
      // The answer is not on screen (its question does not apply yet): start at the section.
      this.els.formPane.querySelector<HTMLElement>('[data-testid="section-title"]')?.focus();
    }
  }

  // ---- export ----

  /** The export dialog: for the draft, or for `published`, a version's recorded text. */
  private async openExport(published: string | null = null): Promise<void> {
    const project = this.project;
    if (!project || this.exporting) return;
    const t = this.i18n;
    const langs = publishedLanguages(getAt(project, "policy.languages"));
    const title = published ? t.t("app-export-version-title", { version: published }) : t.t("app-export-title");
    const panel = openPanel(title, "export-dialog", () => undefined);
    const draftSince = !published && this.draft.status === "changed-since" ? this.draft.version : null;
    const chosen = (this.exportChoice ??= new Set<ExportFormat>(this.formats.filter((f) => f.chosenByDefault).map((f) => f.id)));
    // A recorded version is exported as it was, whatever the draft's errors now.
    const errors = published ? 0 : this.reports.filter((r) => r.severity === "error").length;
    const fieldset = h("fieldset", { class: "formats" }, h("legend", {}, t.t("app-export-formats")));
    // A recorded version keeps its text, not its answers: no file made from the answers.
    const offered = this.formats.filter((f) => !(published && f.fromAnswers));
    for (const { id: f } of offered) {
      const id = `export-${f}`;
      const box = h("input", { type: "checkbox", id, "data-testid": "export-format", value: f, checked: chosen.has(f) });
      box.addEventListener("change", () => {
        if (box.checked) chosen.add(f);
        else chosen.delete(f);
        run.disabled = chosen.size === 0 || errors > 0;
      });
      fieldset.append(
        h(
          "div",
          { class: "check" },
          box,
          h("label", { for: id }, t.t(`app-format-${f}`), h("span", { class: "help" }, t.t(`app-format-${f}-help`))),
        ),
      );
    }
    const versionedBox = h("input", { type: "checkbox", id: "export-versioned", "data-testid": "export-versioned" });
    const versioned = h(
      "div",
      { class: "check" },
      versionedBox,
      h("label", { for: "export-versioned" }, t.t("app-export-versioned", { version: published ?? (draftSince ? "draft" : String(getAt(project, "policy.version") ?? "")) })),
    );
    // A published number over a text that is no longer its: exported as a draft, or publish
    // first (the button sits with the dialog's own, always in sight).
    const draftNote = draftSince
      ? h("p", { class: "notice", "data-testid": "export-draft" }, t.t("app-export-draft", { version: draftSince }))
      : null;
    const publishFirst = draftSince
      ? h("button", { type: "button", "data-testid": "export-publish-first" }, t.t("app-export-publish-first"))
      : null;
    publishFirst?.addEventListener("click", () => {
      panel.close();
      void openPublish(this.versionsEnv());
    });
    const warning = errors
      ? h("p", { class: "notice", "data-testid": "export-has-errors" }, t.t("app-export-has-errors", { errors }))
      : null;
    const progress = h("progress", { "data-testid": "export-progress", max: 1, value: 0, hidden: true });
    const progressText = h("p", { class: "progress-text", role: "status", "aria-live": "polite" });
    const result = h("div", { class: "export-result" });
    const run = h("button", { type: "button", class: "primary", "data-testid": "export-run" }, t.t("app-export-run"));
    const close = h("button", { type: "button", "data-testid": "export-close" }, t.t("app-close"));
    close.addEventListener("click", () => panel.close());
    panel.body.append(h("p", {}, t.t("app-export-intro")), draftNote ?? "", fieldset, versioned, warning ?? "", progress, progressText, result);
    panel.buttons.append(...(publishFirst ? [publishFirst] : []), run, close);
    // The library exports nothing while the project has errors: say so instead of failing later.
    run.disabled = errors > 0;
    (errors > 0 ? close : run).focus();

    run.addEventListener("click", async () => {
      const formats = offered.map((f) => f.id).filter((f) => chosen.has(f));
      run.disabled = true;
      this.exporting = true;
      result.replaceChildren();
      progress.hidden = false;
      progress.value = 0;
      const unlisten = await api
        .onExportProgress((p) => {
          progress.max = Math.max(p.total, 1);
          progress.value = p.done;
          progressText.textContent = t.t("app-export-progress", { done: p.done, total: p.total, file: basename(p.file) });
        })
        .catch(() => undefined);
      try {
        let done;
        try {
          done = await api.exportPolicy(project, formats, versionedBox.checked, false, published);
        } catch (e) {
          // Files of another version in the folder: ask before writing over them.
          if ((e as AppError).kind !== "other-version") throw e;
          const overwrite = await ask({
            title: t.t("app-overwrite-title"),
            body: [t.t("app-overwrite-intro"), h("ul", {}, ...(e as AppError).message.split("\n").map((l) => h("li", {}, l)))],
            buttons: [
              { label: t.t("app-overwrite-yes"), value: true, testid: "confirm-overwrite-yes" },
              { label: t.t("app-overwrite-no"), value: false, testid: "confirm-overwrite-no", primary: true },
            ],
            dismissValue: false,
            testid: "confirm-overwrite",
          });
          done = overwrite ? await api.exportPolicy(project, formats, versionedBox.checked, true, published) : null;
        }
        if (done === null) {
          progress.hidden = true;
          progressText.textContent = "";
          return;
        }
        progress.max = 1;
        progress.value = 1;
        progressText.textContent = t.t("app-export-done", { count: done.files.length, dir: done.dir });
        const files = h("ul", { class: "files", "data-testid": "export-files" }, ...done.files.map((f) => h("li", { "data-testid": "export-file" }, f)));
        const actions = h("div", { class: "export-actions" });
        // The fragment to copy is the draft's: not offered for a recorded version.
        for (const lang of published ? [] : langs) {
          const copy = h(
            "button",
            { type: "button", "data-testid": "export-copy-fragment", "data-lang": lang },
            t.t("app-copy-fragment", { lang: languageName(lang, t.lang) }),
          );
          copy.addEventListener("click", async () => {
            try {
              await writeText(await api.fragmentHtml(project, lang));
              this.toast(t.t("app-copied"));
            } catch (e) {
              this.showError(e);
            }
          });
          actions.append(copy);
        }
        const reveal = h("button", { type: "button", "data-testid": "export-reveal" }, t.t("app-reveal-export"));
        reveal.addEventListener("click", () => api.revealExport().catch((e) => this.showError(e)));
        actions.append(reveal);
        result.append(h("div", { "data-testid": "export-done" }, files, actions));
        reveal.focus();
      } catch (e) {
        progress.hidden = true;
        progressText.textContent = "";
        result.append(errorBlock(this.i18n, e));
      } finally {
        unlisten?.();
        run.disabled = chosen.size === 0 || errors > 0;
        this.exporting = false;
      }
    });
  }

  // ---- messages to the user ----

  private toast(text: string): void {
    const item = h("div", { class: "toast", "data-testid": "toast" }, h("span", {}, text));
    const dismiss = () => item.remove();
    const x = h("button", { type: "button", class: "toast-close", "aria-label": this.i18n.t("app-dismiss") }, "×");
    x.addEventListener("click", dismiss);
    item.append(x);
    this.els.toasts.append(item);
    setTimeout(dismiss, TOAST_MS);
  }

  private showError(err: unknown): void {
    const e = err as AppError;
    if (e && e.kind === "cancelled") return;
    void ask({
      title: this.i18n.t("app-error-title"),
      body: [errorBlock(this.i18n, err)],
      buttons: [{ label: this.i18n.t("app-close"), value: true, testid: "error-close", primary: true }],
      dismissValue: true,
      testid: "error-dialog",
    });
  }

  private focusTestId(testid: string): void {
    this.root.querySelector<HTMLElement>(`[data-testid="${testid}"]`)?.focus();
  }
}

// ---- helpers ----

function msg(err: unknown): string {
  return err && typeof err === "object" && "message" in err ? String((err as AppError).message) : String(err);
}

/** An error in the UI language: what happened in the user's terms, the system's detail after it. */
function errorText(i18n: I18n, err: unknown): string {
  const e = err as AppError;
  const detail = msg(err);
  switch (e?.kind) {
    case "io":
      return i18n.t("app-error-io", { detail });
    case "forbidden":
      return i18n.t("app-error-forbidden");
    case "invalid-project":
      return i18n.t("app-error-invalid");
    case "not-a-project":
      return i18n.t("app-error-not-a-project", { file: e.file ? basename(e.file) : "" });
    case "render":
      return i18n.t("app-error-render", { detail });
    case "refused":
    case "other-version":
      // Already in the UI language, and saying what to do.
      return detail;
    default:
      return i18n.t("app-error-internal", { detail });
  }
}

export function errorBlock(i18n: I18n, err: unknown): HTMLElement {
  const e = err as AppError;
  const diags = e && Array.isArray(e.diagnostics) ? e.diagnostics : [];
  // A file that is not a valid project: every problem in the UI language, where it is in the
  // file and which question it concerns, then what to do (as `policywright check` reports it).
  const invalidFile = e?.kind === "invalid-project" && typeof e.file === "string";
  const intro = invalidFile
    ? i18n.t("app-open-invalid", { file: basename(e.file!), count: diags.length })
    : errorText(i18n, err);
  const box = h("div", { class: "error-block", role: "alert", "data-testid": "app-error" }, h("p", {}, intro));
  if (diags.length) {
    const declared = declaredPatterns(SECTIONS);
    box.append(
      h(
        "ul",
        { class: "error-list" },
        ...diags.map((d) => {
          const trail = d.path ? fieldTrail(declared, d.path, i18n) : [];
          const field = trail.length ? trail.join(" › ") : d.path;
          return h(
            "li",
            { "data-testid": "app-error-item", "data-path": d.path },
            d.line != null ? h("span", { class: "error-at" }, i18n.t("app-at-line", { line: d.line, column: d.column ?? 1 }), " ") : "",
            field ? h("span", { class: "error-field" }, field, " – ") : "",
            d.message,
          );
        }),
      ),
    );
  }
  if (invalidFile) box.append(h("p", {}, i18n.t("app-open-invalid-what-now")));
  return box;
}

export function basename(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Opens every list item on the way to `path`, so a jump can reach a field inside a closed item. */
function openItemsAlong(fields: Field[], base: string, project: Project, path: string, expanded: WeakSet<object>) {
  for (const f of fields) {
    const full = joinPath(base, f.path);
    if (f.kind === "group") openItemsAlong(f.fields, base, project, path, expanded);
    if (f.kind !== "list") continue;
    const i = itemIndexUnder(full, path);
    if (i === undefined) continue;
    const item = getAt(project, `${full}[${i}]`);
    if (item && typeof item === "object") {
      expanded.add(item);
      openItemsAlong(f.fields, `${full}[${i}]`, project, path, expanded);
    }
  }
}

/** A selector that finds the same control after a re-render. */
function focusKeyOf(el: HTMLElement): string | undefined {
  const path = el.dataset.path;
  const testid = el.dataset.testid;
  if (!path) return undefined;
  let sel = `[data-path="${cssEscape(path)}"]`;
  if (el.dataset.option) sel += `[data-option="${cssEscape(el.dataset.option)}"]`;
  if (testid) sel += `[data-testid="${cssEscape(testid)}"]`;
  return sel;
}

function cssEscape(s: string): string {
  return s.replace(/["\\]/g, "\\$&");
}

