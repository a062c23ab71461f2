// The wording of one built-in clause, in every published language side by side: each sentence
// or phrase (a message of the clause's wording) as the policy says it for this project, editable
// in place. The answers a sentence shows are chips (`{ $period }`) that can be put back with a
// click; the library refuses words that do not fit the clause and says why, in the UI language.
// The clause's logic stays the program's, so a fix to it still reaches the policy.
import { api } from "./api";
import { h } from "./dom";
import { lineText } from "./form";
import type { I18n } from "./i18n";
import { languageName } from "./languages";
import type { Lang, Project, WordingMessage } from "./types";

export interface WordingEnv {
  i18n: I18n;
  project: () => Project | null;
  /** Replace the whole project with the library's (after a rewording). */
  replace: (p: Project) => void;
  showError: (e: unknown) => void;
  close: () => void;
}

/** The reason a command was refused, as the library said it. */
function reason(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

export class WordingPanel {
  readonly el: HTMLElement;
  private messages = new Map<Lang, WordingMessage[]>();

  constructor(
    private readonly env: WordingEnv,
    private readonly clause: string,
    private readonly langs: Lang[],
  ) {
    this.el = h("section", { class: "wording-panel", "data-testid": "wording-panel", "data-clause": clause });
  }

  private t(id: string, args?: Record<string, string | number>): string {
    return this.env.i18n.t(id, args);
  }

  async load(): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      for (const lang of this.langs) this.messages.set(lang, await api.clauseWording(p, this.clause, lang));
    } catch (e) {
      this.env.showError(e);
    }
    this.render();
  }

  private render(): void {
    const first = this.messages.get(this.langs[0]) ?? [];
    const close = h("button", { type: "button", "data-testid": "wording-close" }, this.t("app-clause-close"));
    close.addEventListener("click", () => this.env.close());
    const head = h(
      "tr",
      {},
      h("th", { scope: "col" }, this.t("app-wording-sentence")),
      ...this.langs.map((l) => h("th", { scope: "col" }, languageName(l, this.env.i18n.lang))),
    );
    const rows = first.map((m, i) =>
      h(
        "tr",
        { "data-testid": "wording-row", "data-message": m.id },
        h("th", { scope: "row" }, String(i + 1)),
        ...this.langs.map((lang) => this.cell(lang, m.id, i + 1)),
      ),
    );
    this.el.replaceChildren(
      h("h3", { tabindex: "-1" }, this.t("app-wording-title", { clause: this.clause })),
      h("p", { class: "hint" }, this.t("app-wording-intro")),
      h(
        "div",
        { class: "table-scroll", role: "region", tabindex: "0", "aria-label": this.t("app-wording-title", { clause: this.clause }) },
        h("table", { class: "wording-table" }, h("thead", {}, head), h("tbody", {}, rows)),
      ),
      h("div", { class: "buttons" }, close),
    );
  }

  /** One sentence in one language: its words, the answers it shows, its state and its reset. */
  private cell(lang: Lang, id: string, n: number): HTMLElement {
    const m = this.messages.get(lang)?.find((x) => x.id === id);
    if (!m) return h("td", {}, "–");
    const input = lineText({
      lang,
      spellcheck: true,
      "data-testid": "wording-text",
      "data-message": id,
      "data-lang": lang,
      "aria-label": this.t("app-wording-field", { n, lang: languageName(lang, this.env.i18n.lang) }),
      value: m.text,
    });
    const error = h("p", { class: "field-error", role: "alert", "data-testid": "wording-error", hidden: true });
    const note = h("p", { class: "hint", "data-testid": "wording-warning", role: "status", hidden: true });
    input.addEventListener("change", () => void this.store(lang, id, input, error));
    const chips = m.placeables.map((name) => {
      const chip = h(
        "button",
        { type: "button", class: "chip", "data-testid": "wording-chip", "data-name": name, title: this.t("app-wording-chip-insert") },
        `{ $${name} }`,
      );
      chip.addEventListener("click", () => {
        const at = input.selectionStart ?? input.value.length;
        input.setRangeText(`{ $${name} }`, at, input.selectionEnd ?? at, "end");
        input.focus();
        void this.store(lang, id, input, error);
      });
      return chip;
    });
    const state = m.stale ? "app-wording-stale" : m.reworded ? "app-wording-reworded" : "app-wording-program";
    const reset = h("button", { type: "button", "data-testid": "wording-reset", hidden: !m.reworded }, this.t("app-wording-reset"));
    reset.addEventListener("click", () => void this.reset(lang, id));
    return h(
      "td",
      { "data-testid": "wording-cell", "data-lang": lang, "data-reworded": String(m.reworded), "data-stale": String(m.stale) },
      input,
      chips.length ? h("div", { class: "chips" }, ...chips) : null,
      h("span", { class: m.stale ? "badge warning" : "badge" }, this.t(state)),
      " ",
      reset,
      m.reworded ? h("p", { class: "hint" }, this.t("app-wording-default", { text: m.default })) : null,
      error,
      note,
    );
  }

  private async store(lang: Lang, id: string, input: HTMLTextAreaElement, error: HTMLElement): Promise<void> {
    const p = this.env.project();
    const m = this.messages.get(lang)?.find((x) => x.id === id);
    if (!p || !m || input.value.trim() === m.text) return;
    try {
      const done = await api.clauseReword(p, id, lang, input.value);
      this.env.replace(done.project);
      this.messages.set(lang, await api.clauseWording(done.project, this.clause, lang));
      this.render();
      const again = this.input(lang, id);
      const note = again?.closest("td")?.querySelector<HTMLElement>('[data-testid="wording-warning"]');
      if (note && done.leftOut.length) {
        note.textContent = this.t("app-wording-left-out", { names: done.leftOut.map((n) => `{ $${n} }`).join(", ") });
        note.hidden = false;
      }
      again?.focus();
    } catch (e) {
      error.textContent = reason(e);
      error.hidden = false;
      input.setAttribute("aria-invalid", "true");
    }
  }

  private input(lang: Lang, id: string): HTMLTextAreaElement | null {
    return this.el.querySelector<HTMLTextAreaElement>(`[data-testid="wording-text"][data-message="${id}"][data-lang="${lang}"]`);
  }

  private async reset(lang: Lang, id: string): Promise<void> {
    const p = this.env.project();
    if (!p) return;
    try {
      const next = await api.clauseRewordReset(p, id, lang);
      this.env.replace(next);
      this.messages.set(lang, await api.clauseWording(next, this.clause, lang));
      this.render();
      this.input(lang, id)?.focus();
    } catch (e) {
      this.env.showError(e);
    }
  }
}
