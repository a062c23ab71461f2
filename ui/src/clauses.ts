// The Clauses view: every clause of the document in order for both languages (applies, source,
// stale, items covered), the Art. 13/14 items no clause covers, the house style setting, custom
// clauses, and the editor for one clause in one language (template beside its rendered text,
// variables to insert, errors at their line, reset with undo, three-way merge when stale).
// What a clause is, covers and may use comes from the library; this module edits the project's
// `clauses` table only through shapes the library handed over (`newOverride`).
import { languageName } from "./languages";
import { WordingPanel } from "./wording";
import { api } from "./api";
import { h } from "./dom";
import type { I18n } from "./i18n";
import type {
  ClauseList,
  ClauseProblemReport,
  ClauseTemplate,
  ClauseVariable,
  Json,
  JsonObject,
  Lang,
  PreviewResult,
  Project,
} from "./types";

export interface ClausesEnv {
  i18n: I18n;
  project: () => Project | null;
  /** The project changed (preview, autosave, unsaved marker follow). */
  changed: () => void;
  /** Replace the whole project (after a library command returned a new one). */
  replace: (p: Project) => void;
  showError: (e: unknown) => void;
  houseStyle: () => { path: string | null; error: string | null };
  setHouseStyle: (path: string | null) => void;
}

interface Editing {
  clause: string;
  lang: Lang;
  template: ClauseTemplate;
}

function clausesOf(project: Project): { overrides: JsonObject[]; custom: JsonObject[] } {
  let c = project.clauses as JsonObject | undefined;
  if (!c || typeof c !== "object") {
    c = {};
    project.clauses = c;
  }
  if (!Array.isArray(c.overrides)) c.overrides = [];
  if (!Array.isArray(c.custom)) c.custom = [];
  return c as unknown as { overrides: JsonObject[]; custom: JsonObject[] };
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The offset of a line and column (1-based) in a text. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split("\n");
  let at = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) at += lines[i].length + 1;
  if (line > lines.length) return text.length;
  const l = lines[line - 1] ?? "";
  return at + Math.min(Math.max(column - 1, 0), l.length);
}

/** The rendered section of one clause, cut from a preview document's HTML. */
export function sectionOf(html: string, clause: string): Node[] {
  const tpl = document.createElement("template");
  tpl.innerHTML = html;
  const start = tpl.content.querySelector(`h2[id="${clause}"]`);
  if (!start) return [];
  const out: Node[] = [start.cloneNode(true)];
  for (let n = start.nextElementSibling; n && n.tagName !== "H2"; n = n.nextElementSibling) {
    out.push(n.cloneNode(true));
  }
  return out;
}

/** The message naming where a clause's text comes from. */
const SOURCE_MESSAGE: Record<string, string> = {
  "built-in": "app-clause-source-built-in",
  "house-style": "app-clause-source-house-style",
  override: "app-clause-source-override",
  custom: "app-clause-source-custom",
  reworded: "app-clause-source-reworded",
};

export class ClausesView {
  readonly el = h("section", { class: "section clauses", "data-testid": "clauses-view" });
  private list: ClauseList | null = null;
  private editing: Editing | null = null;
  private variables: ClauseVariable[] = [];
  private lastPreview: PreviewResult | null = null;
  private undoReset: { clause: string; lang: Lang; override: JsonObject } | null = null;
  private textarea: HTMLTextAreaElement | null = null;
  private wording: WordingPanel | null = null;

  constructor(private readonly env: ClausesEnv) {}

  private t(id: string, args?: Record<string, string | number>): string {
    return this.env.i18n.t(id, args);
  }

  async refresh(): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      this.list = await api.clauseList(p);
      if (this.variables.length === 0) this.variables = await api.clauseVariables(this.env.i18n.lang);
    } catch (e) {
      this.env.showError(e);
    }
    this.render();
  }

  /** A new preview arrived: the editor's rendered text and errors follow it. */
  previewed(result: PreviewResult): void {
    this.lastPreview = result;
    this.updateEditorOutputs();
  }

  private render(): void {
    const t = (id: string, a?: Record<string, string | number>) => this.t(id, a);
    const children: Node[] = [h("h2", { tabindex: "-1", "data-testid": "section-title" }, t("app-clauses-title"))];
    children.push(h("p", { class: "section-intro" }, t("app-clauses-intro")));
    children.push(this.houseStyleBox());
    if (this.list && this.list.uncovered.length > 0) {
      children.push(
        h(
          "div",
          { class: "notice warning", "data-testid": "clauses-uncovered", role: "status" },
          h("p", {}, t("app-clauses-uncovered")),
          h(
            "ul",
            {},
            this.list.uncovered.map((u) =>
              h(
                "li",
                { "data-testid": "clauses-uncovered-item", "data-item": u.item },
                `${this.item(u.item, u.articles)} (${languageName(u.lang, this.env.i18n.lang)})`,
              ),
            ),
          ),
        ),
      );
    }
    if (this.wording) children.push(this.wording.el);
    if (this.editing) children.push(this.editor(this.editing));
    children.push(this.table());
    children.push(this.addBox());
    this.el.replaceChildren(...children);
  }

  private houseStyleBox(): HTMLElement {
    const hs = this.env.houseStyle();
    const choose = h("button", { type: "button", "data-testid": "house-style-choose" }, this.t("app-house-style-choose"));
    choose.addEventListener("click", async () => {
      try {
        const path = await api.chooseHouseStyle();
        if (path) {
          this.env.setHouseStyle(path);
          await this.refresh();
        }
      } catch (e) {
        this.env.showError(e);
      }
    });
    const clearBtn = h(
      "button",
      { type: "button", "data-testid": "house-style-clear", disabled: !hs.path },
      this.t("app-house-style-clear"),
    );
    clearBtn.addEventListener("click", async () => {
      try {
        await api.clearHouseStyle();
        this.env.setHouseStyle(null);
        await this.refresh();
      } catch (e) {
        this.env.showError(e);
      }
    });
    return h(
      "div",
      { class: "house-style", "data-testid": "house-style" },
      h("h3", {}, this.t("app-house-style")),
      h("p", { "data-testid": "house-style-path" }, hs.path ?? this.t("app-house-style-none")),
      hs.error ? h("p", { class: "field-error", role: "alert" }, hs.error) : null,
      h("div", { class: "buttons" }, choose, clearBtn),
    );
  }

  private table(): HTMLElement {
    const t = (id: string, a?: Record<string, string | number>) => this.t(id, a);
    const rows = (this.list?.clauses ?? []).map((c) => {
      const cells = c.langs.map((l) => {
        const edit = h(
          "button",
          { type: "button", "data-testid": "clause-edit", "data-clause": c.id, "data-lang": l.lang },
          t("app-clause-edit", { lang: languageName(l.lang, this.env.i18n.lang) }),
        );
        edit.addEventListener("click", () => void this.open(c.id, l.lang));
        return h(
          "td",
          { "data-testid": "clause-cell", "data-clause": c.id, "data-lang": l.lang, "data-source": l.source, "data-stale": String(l.stale) },
          h("span", { class: "clause-source" }, t(SOURCE_MESSAGE[l.source])),
          l.stale ? h("span", { class: "badge warning", "data-testid": "clause-stale" }, " ", t("app-clause-stale")) : null,
          l.problem ? h("span", { class: "badge error" }, " ", t("app-clause-broken")) : null,
          h("br", {}),
          h("span", { class: "clause-covers" }, l.covers.map((i) => this.item(i.item, i.articles)).join("; ") || "–"),
          " ",
          edit,
        );
      });
      let remove: HTMLElement | null = null;
      if (c.custom) {
        remove = h("button", { type: "button", "data-testid": "clause-remove", "data-clause": c.id }, t("app-clause-remove"));
        remove.addEventListener("click", () => void this.remove(c.id));
      } else {
        remove = h("button", { type: "button", "data-testid": "clause-wording", "data-clause": c.id }, t("app-wording-open"));
        remove.addEventListener("click", () => void this.openWording(c.id, c.langs.map((l) => l.lang)));
      }
      return h(
        "tr",
        { "data-testid": "clause-row", "data-clause": c.id, class: c.applies ? "" : "not-applies" },
        h(
          "th",
          { scope: "row" },
          this.titleOf(c.id),
          h("br", {}),
          h("small", {}, t(c.applies ? "app-clause-applies" : "app-clause-not-applies")),
          remove ? " " : null,
          remove,
        ),
        ...cells,
      );
    });
    const langs = this.list?.clauses[0]?.langs.map((l) => l.lang) ?? [];
    return h(
      "div",
      { class: "table-scroll", role: "region", tabindex: "0", "aria-label": t("app-clauses-title") },
      h(
        "table",
        { class: "clause-table", "data-testid": "clause-list" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("app-clause-heading")), ...langs.map((l) => h("th", { scope: "col" }, languageName(l, this.env.i18n.lang))))),
        h("tbody", {}, rows),
      ),
    );
  }

  private addBox(): HTMLElement {
    const t = (id: string, a?: Record<string, string | number>) => this.t(id, a);
    const langs = this.list?.clauses[0]?.langs.map((l) => l.lang) ?? [];
    const headings = langs.map((lang) => {
      const input = h("input", { id: `clause-new-heading-${lang}`, lang, "data-testid": "clause-new-heading", "data-lang": lang });
      const label = h("label", { for: input.id }, t("app-clause-new-heading", { lang: languageName(lang, this.env.i18n.lang) }));
      return { lang, input, label };
    });
    const after = h(
      "select",
      { id: "clause-new-after", "data-testid": "clause-new-after" },
      (this.list?.clauses ?? []).map((c) => h("option", { value: c.id }, this.titleOf(c.id))),
    );
    const error = h("p", { class: "field-error", role: "alert", "data-testid": "clause-add-error", hidden: true });
    const add = h("button", { type: "button", "data-testid": "clause-add" }, t("app-clause-add"));
    add.addEventListener("click", async () => {
      const p = this.env.project();
      if (!p) return;
      try {
        const before = new Set(this.list?.clauses.map((c) => c.id));
        const next = await api.clauseAdd(p, Object.fromEntries(headings.map((x) => [x.lang, x.input.value])), after.value);
        this.env.replace(next);
        await this.refresh();
        const added = this.list?.clauses.find((c) => !before.has(c.id));
        if (added) await this.open(added.id, langs[0]);
      } catch (e) {
        error.textContent = e && typeof e === "object" && "message" in e ? String(e.message) : String(e);
        error.hidden = false;
      }
    });
    return h(
      "div",
      { class: "clause-add" },
      h("h3", {}, t("app-clause-add-title")),
      ...headings.flatMap((x) => [x.label, x.input]),
      h("label", { for: "clause-new-after" }, t("app-clause-new-after")),
      after,
      add,
      error,
    );
  }

  /** A clause's heading in the UI language when published in it, else in the first
   * language that has one; its id as a last resort. */
  private titleOf(id: string): string {
    const langs = this.list?.clauses.find((c) => c.id === id)?.langs ?? [];
    const mine = langs.find((l) => l.lang === this.env.i18n.lang)?.heading;
    return mine || langs.find((l) => l.heading)?.heading || id;
  }

  /** An Art. 13/14 item in words: "Art. 13(1)(c), 14(1)(c) – the purposes and their legal basis". */
  private item(item: string, articles: string): string {
    return `Art. ${articles} – ${this.t(`app-coverage-${item}`)}`;
  }

  private async remove(id: string): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      this.env.replace(await api.clauseRemove(p, id));
      if (this.editing?.clause === id) this.editing = null;
      await this.refresh();
    } catch (e) {
      this.env.showError(e);
    }
  }

  /** Opens the wording of a built-in clause, every published language side by side. */
  async openWording(clause: string, langs: Lang[]): Promise<void> {
    this.editing = null;
    this.wording = new WordingPanel(
      {
        ...this.env,
        replace: (p) => {
          this.env.replace(p);
          void this.refreshList();
        },
        close: () => {
          this.wording = null;
          this.render();
          this.el.querySelector<HTMLElement>(`[data-testid="clause-wording"][data-clause="${clause}"]`)?.focus();
        },
      },
      clause,
      langs,
    );
    await this.wording.load();
    this.render();
    this.wording.el.querySelector<HTMLElement>("h3")?.focus();
  }

  /** Opens the editor of a clause in a language; `atProblem` puts the cursor at its error. */
  async open(clause: string, lang: Lang, atProblem = false): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      const template = await api.clauseTemplate(p, clause, lang);
      this.editing = { clause, lang, template };
      this.render();
      this.textarea?.focus();
      this.updateEditorOutputs();
      const problem = this.lastPreview?.clauseProblems.find((x) => x.clause === clause && x.lang === lang);
      if (atProblem && problem) this.moveTo(problem.line, problem.column);
    } catch (e) {
      this.env.showError(e);
    }
  }

  /** Writes the editor's text into the project: the override (added from the library's shape
   * on the first change) or the custom clause's text. */
  private setText(ed: Editing, text: string): void {
    const p = this.env.project();
    if (!p) return;
    if (ed.template.source === "custom") {
      const custom = clausesOf(p).custom.find((x) => x.id === ed.clause);
      if (custom) custom[ed.lang] = text;
    } else {
      const o = this.ownOverride(p, ed);
      if (o) o.text = text;
    }
    this.env.changed();
  }

  /** The project's override of the clause being edited, added from the library's shape (with
   * the text in the editor) when there is none yet. */
  private ownOverride(p: Project, ed: Editing): JsonObject | undefined {
    const c = clausesOf(p);
    let o = c.overrides.find((x) => x.clause === ed.clause && x.lang === ed.lang);
    if (!o && ed.template.newOverride) {
      o = structuredClone(ed.template.newOverride);
      o.text = this.textarea?.value ?? ed.template.text;
      c.overrides.push(o);
      ed.template.source = "override";
    }
    return o;
  }

  /** The items the clause declares in this language: its override's or custom clause's list,
   * else the default's (from the table). */
  private coversOf(ed: Editing): string[] {
    const p = this.env.project();
    const c = p ? clausesOf(p) : { overrides: [], custom: [] };
    const own =
      ed.template.source === "custom"
        ? c.custom.find((x) => x.id === ed.clause)
        : c.overrides.find((x) => x.clause === ed.clause && x.lang === ed.lang);
    if (own && Array.isArray(own.covers)) return own.covers.map(String);
    const row = this.list?.clauses.find((x) => x.id === ed.clause);
    return row?.langs.find((l) => l.lang === ed.lang)?.covers.map((i) => i.item) ?? [];
  }

  private setCovers(ed: Editing, item: string, on: boolean): void {
    const p = this.env.project();
    if (!p) return;
    const own: JsonObject | undefined =
      ed.template.source === "custom"
        ? clausesOf(p).custom.find((x) => x.id === ed.clause)
        : this.ownOverride(p, ed);
    if (!own) return;
    const now = new Set(this.coversOf(ed));
    if (!Array.isArray(own.covers)) own.covers = [...now];
    const covers = own.covers as Json[];
    const at = covers.indexOf(item);
    if (on && at < 0) covers.push(item);
    if (!on && at >= 0) covers.splice(at, 1);
    this.env.changed();
    void this.refreshList();
  }

  private coversBox(ed: Editing): HTMLElement {
    const current = new Set(this.coversOf(ed));
    return h(
      "fieldset",
      { class: "clause-covers-box", "data-testid": "clause-covers" },
      h("legend", {}, this.t("app-clause-covers")),
      (this.list?.items ?? []).map((i) => {
        const id = `clause-cover-${i.item}`;
        const box = h("input", {
          type: "checkbox",
          id,
          "data-testid": "clause-cover",
          "data-item": i.item,
          checked: current.has(i.item),
        });
        box.addEventListener("change", () => this.setCovers(ed, i.item, box.checked));
        return h("div", { class: "check" }, box, h("label", { for: id }, `${i.item} (Art. ${i.articles})`));
      }),
    );
  }

  private reset(ed: Editing): void {
    const p = this.env.project();
    if (!p) return;
    const c = clausesOf(p);
    const i = c.overrides.findIndex((x) => x.clause === ed.clause && x.lang === ed.lang);
    if (i < 0) return;
    const [removed] = c.overrides.splice(i, 1);
    this.undoReset = { clause: ed.clause, lang: ed.lang, override: removed };
    this.env.changed();
    void this.open(ed.clause, ed.lang).then(() => {
      this.el.querySelector<HTMLElement>('[data-testid="clause-reset-undo"]')?.focus();
      void this.refreshList();
    });
  }

  private undo(): void {
    const u = this.undoReset;
    const p = this.env.project();
    if (!u || !p) return;
    clausesOf(p).overrides.push(u.override);
    this.undoReset = null;
    this.env.changed();
    void this.open(u.clause, u.lang).then(() => void this.refreshList());
  }

  private async refreshList(): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      this.list = await api.clauseList(p);
      // The clause table's own box (the wording panel has a table of its own).
      const table = this.el.querySelector('[data-testid="clause-list"]')?.closest(".table-scroll");
      table?.replaceWith(this.table());
    } catch (e) {
      this.env.showError(e);
    }
  }

  private editor(ed: Editing): HTMLElement {
    const t = (id: string, a?: Record<string, string | number>) => this.t(id, a);
    const area = h("textarea", {
      id: "clause-editor-text",
      "data-testid": "clause-editor-text",
      spellcheck: "false",
      rows: 18,
      value: ed.template.text,
    });
    this.textarea = area;
    area.addEventListener("input", () => {
      this.setText(ed, area.value);
      this.updateCursor();
    });
    area.addEventListener("keyup", () => this.updateCursor());
    area.addEventListener("click", () => this.updateCursor());
    const vars = h(
      "ul",
      { class: "clause-variables", "data-testid": "clause-variables" },
      this.variables.map((v) => {
        const b = h(
          "button",
          { type: "button", class: "link", "data-testid": "clause-variable", "data-name": v.name, title: v.insert },
          v.name,
        );
        b.addEventListener("click", () => {
          const at = area.selectionStart ?? area.value.length;
          area.setRangeText(v.insert, at, area.selectionEnd ?? at, "end");
          area.focus();
          this.setText(ed, area.value);
        });
        return h("li", {}, b, " – ", h("span", { class: "hint" }, v.description));
      }),
    );
    const close = h("button", { type: "button", "data-testid": "clause-editor-close" }, t("app-clause-close"));
    close.addEventListener("click", () => {
      this.editing = null;
      this.undoReset = null;
      void this.refresh();
    });
    const buttons = h("div", { class: "buttons" }, close);
    const hasOverride = ed.template.source === "override";
    if (hasOverride) {
      const reset = h("button", { type: "button", "data-testid": "clause-reset" }, t("app-clause-reset"));
      reset.addEventListener("click", () => this.reset(ed));
      buttons.append(reset);
    }
    if (this.undoReset && this.undoReset.clause === ed.clause && this.undoReset.lang === ed.lang) {
      const undo = h("button", { type: "button", "data-testid": "clause-reset-undo" }, t("app-clause-reset-undo"));
      undo.addEventListener("click", () => this.undo());
      buttons.append(undo);
    }
    const label = h("label", { for: "clause-editor-text" }, t("app-clause-template"));
    return h(
      "div",
      { class: "clause-editor", "data-testid": "clause-editor", "data-clause": ed.clause, "data-lang": ed.lang },
      h("h3", {}, t("app-clause-editing", { clause: this.titleOf(ed.clause), lang: languageName(ed.lang, this.env.i18n.lang) })),
      h("p", { "data-testid": "clause-editor-source" }, t(SOURCE_MESSAGE[ed.template.source])),
      ed.template.stale && ed.template.merge ? this.mergeBox(ed) : null,
      h(
        "div",
        { class: "clause-editor-panes" },
        h(
          "div",
          { class: "clause-editor-template" },
          label,
          area,
          h("p", { class: "hint", "data-testid": "clause-editor-cursor", "aria-live": "off" }),
          h("p", { class: "field-error", "data-testid": "clause-editor-problem", role: "alert", hidden: true }),
        ),
        h(
          "div",
          { class: "clause-editor-rendered policywright", "data-testid": "clause-editor-rendered", lang: ed.lang, "aria-label": t("app-clause-rendered") },
        ),
      ),
      buttons,
      this.coversBox(ed),
      h("h4", {}, t("clause-editor-variables")),
      vars,
    );
  }

  private mergeBox(ed: Editing): HTMLElement {
    const m = ed.template.merge!;
    const t = (id: string) => this.t(id);
    const ro = (testid: string, label: string, text: string) =>
      h("div", {}, h("h4", {}, label), h("pre", { class: "merge-text", "data-testid": testid, tabindex: "0" }, text));
    const merged = h("textarea", { id: "clause-merge-merged", "data-testid": "clause-merge-merged", rows: 12, value: m.merged });
    const accept = h("button", { type: "button", class: "primary", "data-testid": "clause-merge-accept" }, t("app-clause-merge-accept"));
    accept.addEventListener("click", () => {
      if (/^(<<<<<<<|>>>>>>>)/m.test(merged.value)) {
        this.env.showError({ kind: "invalid-project", message: t("app-clause-merge-conflicts") });
        return;
      }
      const p = this.env.project();
      if (!p) return;
      const o = clausesOf(p).overrides.find((x) => x.clause === ed.clause && x.lang === ed.lang);
      if (!o) return;
      o.text = merged.value;
      o.base = m.new_default;
      this.env.changed();
      void this.open(ed.clause, ed.lang).then(() => void this.refreshList());
    });
    return h(
      "div",
      { class: "clause-merge notice warning", "data-testid": "clause-merge" },
      h("p", {}, t("app-clause-stale-text")),
      h("div", { class: "merge-panes" }, ro("clause-merge-old", t("app-clause-merge-old"), m.old_default), ro("clause-merge-new", t("app-clause-merge-new"), m.new_default), ro("clause-merge-mine", t("app-clause-merge-mine"), m.text)),
      h("label", { for: "clause-merge-merged" }, t(m.conflicts ? "app-clause-merge-conflicts" : "app-clause-merge-clean")),
      merged,
      accept,
    );
  }

  private updateCursor(): void {
    const area = this.textarea;
    const out = this.el.querySelector('[data-testid="clause-editor-cursor"]');
    if (!area || !out) return;
    const { line, column } = lineColumn(area.value, area.selectionStart ?? 0);
    out.textContent = this.t("app-clause-cursor", { line, column });
  }

  private updateEditorOutputs(): void {
    const ed = this.editing;
    const result = this.lastPreview;
    if (!ed || !result) return;
    const rendered = this.el.querySelector<HTMLElement>('[data-testid="clause-editor-rendered"]');
    const problemEl = this.el.querySelector<HTMLElement>('[data-testid="clause-editor-problem"]');
    const doc = result.documents.find((d) => d.lang === ed.lang);
    if (rendered) rendered.replaceChildren(...(doc ? sectionOf(doc.html, ed.clause) : []));
    const problem: ClauseProblemReport | undefined = result.clauseProblems.find(
      (p) => p.clause === ed.clause && p.lang === ed.lang,
    );
    if (problemEl) {
      problemEl.hidden = !problem;
      problemEl.replaceChildren();
      if (problem) {
        const go = h(
          "button",
          { type: "button", class: "link", "data-testid": "clause-editor-problem-go", "data-line": problem.line, "data-column": problem.column },
          this.t("app-clause-problem-at", { line: problem.line, column: problem.column }),
        );
        go.addEventListener("click", () => this.moveTo(problem.line, problem.column));
        problemEl.append(go, " ", problem.reason);
      }
    }
    this.textarea?.setAttribute("aria-invalid", problem ? "true" : "false");
  }

  /** Puts the cursor at a line and column of the template. */
  moveTo(line: number, column: number): void {
    const area = this.textarea;
    if (!area) return;
    const at = offsetOf(area.value, line, column);
    area.focus();
    area.setSelectionRange(at, at);
    // Bring the line into view: rows are about one line-height each.
    const lh = parseFloat(getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (line - 3) * lh);
    this.updateCursor();
  }
}

export type { Json };
