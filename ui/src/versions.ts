// Publishing and reviewing versions: the "Publish version" dialog, the history with any version
// opened read-only, the side-by-side comparison with insertions and deletions marked, and the
// review memo export. The library decides everything; this module shows it.
import { languageName } from "./languages";
import { api } from "./api";
import { h, uid } from "./dom";
import type { I18n } from "./i18n";
import { openPanel } from "./modal";
import { getAt } from "./paths";
import { fillFragment } from "./preview";
import { publishedLanguages } from "./translations";
import type { ComparedLine, ComparedSection, ComparisonView, Lang, Project, VersionInfo } from "./types";

/** What the dialogs need from the app. */
export interface VersionsEnv {
  i18n: I18n;
  project: () => Project | null;
  /** The project with a newly published version: the app shows it and marks it unsaved. */
  published: (project: Project, message: string) => void;
  /** The languages the policy is published in. */
  languages: () => Lang[];
  errorBlock: (err: unknown) => HTMLElement;
  toast: (text: string) => void;
  /** Opens the export dialog for a published version's recorded text. */
  exportVersion: (version: string) => void;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** The labelled text input of a dialog. */
function field(label: string, value: string, testid: string): { row: HTMLElement; input: HTMLInputElement } {
  const id = uid(testid);
  const input = h("input", { id, type: "text", value, "data-testid": testid });
  return { row: h("div", { class: "field" }, h("label", { for: id }, label), input), input };
}

/** The sections changed since the last published version, in the UI language's document when
 * it is published (else the first language's). */
async function changedSections(env: VersionsEnv, project: Project): Promise<HTMLElement> {
  const t = env.i18n;
  const box = h("div", { class: "publish-changes", "data-testid": "publish-changes" });
  try {
    const all = await api.publishChanges(project);
    const mine = all.find((c) => c.lang === t.lang) ?? all[0];
    const sections = mine?.sections ?? [];
    box.append(
      h("p", {}, t.t(sections.length ? "app-publish-changed" : "app-publish-unchanged")),
      sections.length ? h("ul", {}, ...sections.map((s) => h("li", { "data-testid": "publish-changed-section" }, s))) : "",
    );
  } catch (e) {
    box.append(env.errorBlock(e));
  }
  return box;
}

/** A labelled text area for the summary of what changed, in one language. */
function summaryField(env: VersionsEnv, lang: Lang, value: string): { row: HTMLElement; input: HTMLTextAreaElement } {
  const id = uid("publish-summary");
  const input = h("textarea", { id, lang, rows: 2, value, "data-testid": "publish-summary", "data-lang": lang });
  const label = env.i18n.t("app-publish-summary", { lang: languageName(lang, env.i18n.lang) });
  return { row: h("div", { class: "field" }, h("label", { for: id }, label), input), input };
}

export async function openPublish(env: VersionsEnv): Promise<void> {
  const project = env.project();
  if (!project) return;
  const t = env.i18n;
  const policy = (project["policy"] ?? {}) as Record<string, unknown>;
  const draftSummary = (policy["change_summary"] ?? {}) as Record<string, unknown>;
  const panel = openPanel(t.t("app-publish-title"), "publish-dialog", () => undefined);
  const version = field(t.t("app-publish-version"), str(policy["version"]), "publish-version");
  const date = field(t.t("app-publish-date"), str(policy["effective_date"]), "publish-date");
  const summaries = env.languages().map((lang) => ({ lang, ...summaryField(env, lang, str(draftSummary[lang])) }));
  const result = h("div", { class: "publish-result", role: "status", "aria-live": "polite" });
  const run = h("button", { type: "button", class: "primary", "data-testid": "publish-run" }, t.t("app-publish-run"));
  const close = h("button", { type: "button", "data-testid": "publish-close" }, t.t("app-close"));
  close.addEventListener("click", () => panel.close());
  const changes = h("div", {}, h("p", { class: "hint" }, t.t("app-publish-changes-loading")));
  panel.body.append(h("p", {}, t.t("app-publish-intro")), changes, ...summaries.map((s) => s.row), version.row, date.row, result);
  panel.buttons.append(run, close);
  (summaries[0]?.input ?? version.input).focus();
  void changedSections(env, project).then((box) => changes.replaceChildren(box));
  run.addEventListener("click", async () => {
    const current = env.project();
    if (!current) return;
    run.disabled = true;
    result.replaceChildren();
    try {
      const summary = Object.fromEntries(summaries.map((s) => [s.lang, s.input.value]));
      const done = await api.publishVersion(current, version.input.value, date.input.value, summary);
      env.published(done.project, done.message);
      panel.close();
      env.toast(done.message);
    } catch (e) {
      const block = env.errorBlock(e);
      block.setAttribute("data-testid", "publish-refused");
      result.append(block);
      run.disabled = false;
    }
  });
}

export async function openHistory(env: VersionsEnv): Promise<void> {
  const project = env.project();
  if (!project) return;
  const t = env.i18n;
  let versions: VersionInfo[];
  try {
    versions = await api.history(project);
  } catch (e) {
    env.toast(String((e as { message?: string }).message ?? e));
    return;
  }
  const panel = openPanel(t.t("app-history-title"), "history-dialog", () => undefined);
  const close = h("button", { type: "button", "data-testid": "history-close" }, t.t("app-close"));
  close.addEventListener("click", () => panel.close());
  panel.buttons.append(close);
  const viewer = h("div", { class: "version-view", "data-testid": "version-view", hidden: true });
  const comparison = h("div", { class: "comparison-area" });
  if (versions.length === 0) {
    panel.body.append(h("p", { "data-testid": "history-empty" }, t.t("app-history-empty")));
    close.focus();
    return;
  }
  const lang = env.i18n.lang;
  const rows = versions
    .slice()
    .reverse()
    .map((v) => {
      const langs = v.languages.length ? v.languages.map((l) => languageName(l, t.lang)).join(", ") : t.t("app-history-not-recorded");
      const cells: (HTMLElement | string)[] = [
        h("th", { scope: "row" }, v.version),
        h("td", {}, v.date),
        h("td", {}, langs),
        h("td", {}, v.summary[lang] ?? ""),
      ];
      const actions = h("td", {});
      for (const l of v.languages) {
        const open = h(
          "button",
          { type: "button", "data-testid": "history-open", "data-version": v.version, "data-lang": l },
          `${t.t("app-history-open", { version: v.version })} (${l})`,
        );
        open.addEventListener("click", () => void showVersion(env, viewer, v.version, l));
        actions.append(open);
      }
      if (v.languages.length) {
        const exp = h(
          "button",
          { type: "button", "data-testid": "history-export", "data-version": v.version },
          t.t("app-history-export", { version: v.version }),
        );
        exp.addEventListener("click", () => {
          panel.close();
          env.exportVersion(v.version);
        });
        actions.append(exp);
      }
      return h("tr", { "data-testid": "history-item", "data-version": v.version }, ...cells, actions);
    });
  const table = h(
    "table",
    { class: "history-table", "data-testid": "history-list" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t.t("app-history-version")),
        h("th", { scope: "col" }, t.t("app-history-date")),
        h("th", { scope: "col" }, t.t("app-history-languages")),
        h("th", { scope: "col" }, t.t("app-history-summary")),
        h("th", { scope: "col" }, ""),
      ),
    ),
    h("tbody", {}, ...rows),
  );
  panel.body.append(table, compareForm(env, versions, comparison), comparison, viewer);
  (panel.body.querySelector<HTMLElement>('[data-testid="history-open"]') ?? close).focus();
}

async function showVersion(env: VersionsEnv, viewer: HTMLElement, version: string, lang: Lang): Promise<void> {
  const project = env.project();
  if (!project) return;
  try {
    const html = await api.versionHtml(project, version, lang);
    const doc = h("div", { class: "preview-doc", lang, "aria-readonly": "true" });
    fillFragment(doc, html);
    const heading = h("h3", { tabindex: "-1" }, env.i18n.t("app-version-title", { version }));
    viewer.replaceChildren(heading, doc);
    viewer.hidden = false;
    heading.focus();
  } catch (e) {
    viewer.replaceChildren(env.errorBlock(e));
    viewer.hidden = false;
  }
}

function select(label: string, testid: string, options: [string, string][], value: string) {
  const id = uid(testid);
  const el = h("select", { id, "data-testid": testid }, ...options.map(([v, text]) => h("option", { value: v }, text)));
  el.value = value;
  return { row: h("div", { class: "field" }, h("label", { for: id }, label), el), el };
}

function compareForm(env: VersionsEnv, versions: VersionInfo[], out: HTMLElement): HTMLElement {
  const t = env.i18n;
  const recorded = versions.filter((v) => v.languages.length > 0).map((v) => v.version);
  const options: [string, string][] = recorded.map((v) => [v, v]);
  const from = select(t.t("app-compare-from"), "compare-from", options, recorded[Math.max(recorded.length - 2, 0)] ?? "");
  const to = select(
    t.t("app-compare-to"),
    "compare-to",
    [...options, ["draft", t.t("app-compare-draft")]],
    recorded[recorded.length - 1] ?? "draft",
  );
  const langs = env.languages();
  const lang = select(
    t.t("app-compare-lang"),
    "compare-lang",
    langs.map((l) => [l, languageName(l, t.lang)]),
    langs.includes(t.lang) ? t.lang : langs[0],
  );
  const run = h("button", { type: "button", "data-testid": "compare-run" }, t.t("app-compare-run"));
  run.addEventListener("click", async () => {
    const project = env.project();
    if (!project) return;
    try {
      const view = await api.compareVersions(project, from.el.value, to.el.value, lang.el.value as Lang);
      out.replaceChildren(sideBySide(env, view, lang.el.value as Lang));
      out.querySelector<HTMLElement>("h3")?.focus();
    } catch (e) {
      out.replaceChildren(env.errorBlock(e));
    }
  });
  return h(
    "fieldset",
    { class: "compare-form" },
    h("legend", {}, t.t("app-compare-title")),
    from.row,
    to.row,
    lang.row,
    run,
  );
}

/** One side of a line: the pieces that side has, changes marked with <ins>/<del> and a text cue. */
function side(line: ComparedLine, keep: "deleted" | "inserted"): HTMLElement | null {
  const pieces = line.pieces.filter((p) => p.tag === "same" || p.tag === keep);
  if (pieces.length === 0) return null;
  const tag = line.kind === "heading" ? "h5" : "p";
  const el = h(tag, { class: `cmp-${line.kind}` });
  for (const p of pieces) {
    if (p.tag === "same") el.append(p.text);
    else if (p.tag === "inserted") el.append(h("ins", {}, h("span", { class: "cue" }, "[+"), p.text, h("span", { class: "cue" }, "]")));
    else el.append(h("del", {}, h("span", { class: "cue" }, "[−"), p.text, h("span", { class: "cue" }, "]")));
  }
  return el;
}

function sideBySide(env: VersionsEnv, view: ComparisonView, lang: Lang): HTMLElement {
  const t = env.i18n;
  const wrap = h(
    "section",
    { class: "comparison", "data-testid": "comparison", lang },
    h("h3", { tabindex: "-1" }, view.title),
    h("p", { "data-testid": "comparison-summary" }, view.summary),
    h("p", { class: "legend" }, t.t("app-compare-legend")),
  );
  for (const s of view.sections) wrap.append(sectionRow(t, s));
  return wrap;
}

function sectionRow(t: I18n, s: ComparedSection): HTMLElement {
  const row = h(
    "div",
    { class: `cmp-section cmp-${s.status}`, "data-testid": "comparison-section", "data-section": s.id, "data-status": s.status },
    h("h4", {}, s.title, " ", h("span", { class: "cmp-status" }, s.statusText)),
  );
  if (s.status === "unchanged") return row;
  const old = h("div", { class: "cmp-old", "data-testid": "comparison-old" }, h("p", { class: "cmp-side" }, t.t("app-compare-old")));
  const now = h("div", { class: "cmp-new", "data-testid": "comparison-new" }, h("p", { class: "cmp-side" }, t.t("app-compare-new")));
  for (const line of s.lines) {
    const a = side(line, "deleted");
    const b = side(line, "inserted");
    if (a) old.append(a);
    if (b) now.append(b);
  }
  row.append(h("div", { class: "cmp-columns" }, old, now));
  return row;
}

export function openMemo(env: VersionsEnv): void {
  const project = env.project();
  if (!project) return;
  const t = env.i18n;
  const panel = openPanel(t.t("app-memo-title"), "memo-dialog", () => undefined);
  const result = h("div", { class: "memo-result", role: "status", "aria-live": "polite" });
  const run = h("button", { type: "button", class: "primary", "data-testid": "memo-run" }, t.t("app-memo-run"));
  const close = h("button", { type: "button", "data-testid": "memo-close" }, t.t("app-close"));
  close.addEventListener("click", () => panel.close());
  panel.body.append(h("p", {}, t.t("app-memo-intro")), result);
  panel.buttons.append(run, close);
  run.focus();
  run.addEventListener("click", async () => {
    const current = env.project();
    if (!current) return;
    run.disabled = true;
    result.replaceChildren();
    try {
      const done = await api.exportMemo(current);
      if (done) {
        result.append(
          h(
            "div",
            { "data-testid": "memo-done" },
            h("p", {}, t.t("app-memo-done", { count: done.files.length, dir: done.dir })),
            h("ul", {}, ...done.files.map((f) => h("li", { "data-testid": "memo-file" }, f))),
          ),
        );
      }
    } catch (e) {
      result.append(env.errorBlock(e));
    } finally {
      run.disabled = false;
    }
  });
}

/** "Record of processing…": whether the record must be kept, then its spreadsheet, page and PDF
 * in each published language, written to a folder the user picks. */
export function openRecord(env: VersionsEnv): void {
  const project = env.project();
  if (!project) return;
  const t = env.i18n;
  const panel = openPanel(t.t("app-record-title"), "record-dialog", () => undefined);
  const need = h("p", { class: "notice", "data-testid": "record-need" });
  const result = h("div", { class: "memo-result", role: "status", "aria-live": "polite" });
  const run = h("button", { type: "button", class: "primary", "data-testid": "record-run" }, t.t("app-record-run"));
  const close = h("button", { type: "button", "data-testid": "record-close" }, t.t("app-close"));
  close.addEventListener("click", () => panel.close());
  // The record as it will be written, in the policy's first language: a scrolling region.
  const lang = publishedLanguages(getAt(project, "policy.languages"))[0] ?? "sv";
  const view = h("div", {
    class: "preview-doc record-view",
    lang,
    role: "region",
    tabindex: "0",
    "aria-label": t.t("app-record-view"),
    "data-testid": "record-view",
  });
  panel.body.append(h("p", {}, t.t("app-record-intro")), need, view, result);
  panel.buttons.append(run, close);
  run.focus();
  void api.recordNeed(project).then(
    (n) => need.replaceChildren(n.statement),
    (e) => need.replaceChildren(env.errorBlock(e)),
  );
  void api.recordHtml(project, lang).then(
    (html) => fillFragment(view, html),
    (e) => view.replaceChildren(env.errorBlock(e)),
  );
  run.addEventListener("click", async () => {
    const current = env.project();
    if (!current) return;
    run.disabled = true;
    result.replaceChildren(h("p", {}, t.t("app-record-working")));
    try {
      const done = await api.exportRecord(current);
      result.replaceChildren();
      if (done) {
        result.append(
          h(
            "div",
            { "data-testid": "record-done" },
            h("p", {}, t.t("app-memo-done", { count: done.files.length, dir: done.dir })),
            h("ul", {}, ...done.files.map((f) => h("li", { "data-testid": "record-file" }, f))),
          ),
        );
      }
    } catch (e) {
      result.replaceChildren(env.errorBlock(e));
    } finally {
      run.disabled = false;
    }
  });
}
