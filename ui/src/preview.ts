// The live preview: the library's HTML fragment for each published language, side by side or one
// at a time. The fragment's styles are scoped by the library (`.policywright …`).
import { languageName } from "./languages";
import { h } from "./dom";
import type { I18n } from "./i18n";
import type { Lang, PreviewDocument } from "./types";

export type PreviewMode = Lang | "both";

/** The documents a mode shows, given the published languages. */
export function previewLangs(mode: PreviewMode, published: readonly Lang[]): Lang[] {
  if (mode === "both") return [...published];
  if (published.includes(mode)) return [mode];
  return published.slice(0, 1);
}

interface Doc {
  box: HTMLElement;
  html: string;
}

export class Preview {
  private published: Lang[] = [];
  private mode: PreviewMode = "sv";
  private readonly docs = new Map<Lang, Doc>();
  private readonly docsEl: HTMLElement;
  private readonly modeSelect: HTMLSelectElement;
  private readonly toggle: HTMLButtonElement;
  private readonly errorEl: HTMLElement;
  private lastClauses: string[] = [];
  private open = true;

  constructor(
    private readonly pane: HTMLElement,
    private readonly i18n: I18n,
    private readonly hooks: { onModeChange(mode: PreviewMode): void; onToggle(open: boolean): void },
  ) {
    const t = i18n;
    this.docsEl = h("div", { class: "preview-docs", id: "preview-docs" });
    // Links in the policy must not navigate the app's window: in-page links scroll their own
    // document, and links to websites do nothing here (the exported page is where they work).
    this.docsEl.addEventListener("click", (e) => {
      const link = (e.target as Element).closest?.("a[href]");
      if (!link) return;
      e.preventDefault();
      const href = link.getAttribute("href") ?? "";
      const box = link.closest<HTMLElement>(".preview-doc");
      if (href.startsWith("#") && box) this.scrollDoc(box, [decodeURIComponent(href.slice(1))]);
    });
    this.modeSelect = h("select", { id: "preview-mode", "data-testid": "preview-mode" });
    this.modeSelect.addEventListener("change", () => {
      this.mode = this.modeSelect.value as PreviewMode;
      this.hooks.onModeChange(this.mode);
      this.layout();
      this.scrollTo(this.lastClauses);
    });
    this.toggle = h(
      "button",
      {
        type: "button",
        class: "preview-toggle",
        "data-testid": "preview-toggle",
        "aria-controls": "preview-body",
        "aria-expanded": "true",
      },
      t.t("app-preview-hide"),
    );
    this.toggle.addEventListener("click", () => this.setOpen(!this.open));
    this.errorEl = h("div", { class: "preview-error", role: "alert", "data-testid": "preview-error", hidden: true });
    const controls = h(
      "div",
      { class: "preview-controls", id: "preview-body" },
      h("label", { for: "preview-mode" }, t.t("app-preview-language")),
      this.modeSelect,
    );
    pane.replaceChildren(
      h("div", { class: "preview-head" }, h("h2", {}, t.t("app-preview")), this.toggle, controls),
      this.errorEl,
      this.docsEl,
    );
  }

  setOpen(open: boolean): void {
    this.open = open;
    this.toggle.setAttribute("aria-expanded", String(open));
    this.toggle.textContent = this.i18n.t(open ? "app-preview-hide" : "app-preview-show");
    this.docsEl.hidden = !open;
    this.pane.querySelector<HTMLElement>(".preview-controls")!.hidden = !open;
    this.pane.classList.toggle("closed", !open);
    this.hooks.onToggle(open);
  }

  setLanguages(published: Lang[], mode: PreviewMode): void {
    if (published.join() === this.published.join() && mode === this.mode && this.modeSelect.options.length) return;
    this.published = published;
    this.mode = mode;
    const t = this.i18n;
    const opts: PreviewMode[] = published.length > 1 ? [...published, "both"] : [...published];
    this.modeSelect.replaceChildren(
      ...opts.map((m) => h("option", { value: m }, m === "both" ? t.t("app-preview-both") : languageName(m, t.lang))),
    );
    if (!opts.includes(this.mode)) {
      this.mode = opts[0] ?? "sv";
      this.hooks.onModeChange(this.mode);
    }
    this.modeSelect.value = this.mode;
    this.modeSelect.disabled = opts.length < 2;
    this.layout();
  }

  show(documents: PreviewDocument[]): void {
    this.errorEl.hidden = true;
    for (const d of documents) {
      const doc = this.doc(d.lang);
      if (doc.html === d.html) continue;
      doc.html = d.html;
      // Keep the reader's place while the text under it changes.
      const top = doc.box.scrollTop;
      fillFragment(doc.box, d.html, (heading) => this.i18n.t("app-preview-table", { heading }));
      doc.box.scrollTop = top;
    }
    for (const [lang, doc] of this.docs) {
      if (!documents.some((d) => d.lang === lang)) {
        doc.html = "";
        doc.box.replaceChildren();
      }
    }
    this.layout();
  }

  showError(message: string): void {
    this.errorEl.textContent = this.i18n.t("app-preview-failed", { error: message });
    this.errorEl.hidden = false;
  }

  /** Scrolls each shown document to the first of `clauses` it contains. */
  scrollTo(clauses: string[]): void {
    this.lastClauses = clauses;
    for (const lang of previewLangs(this.mode, this.published)) {
      const doc = this.docs.get(lang);
      if (doc) this.scrollDoc(doc.box, clauses);
    }
  }

  /** Scrolls one document to the first of `ids` it has; leaves it where it is if it has none. */
  private scrollDoc(box: HTMLElement, ids: string[]): void {
    // Both documents use the same clause ids, so look inside this document only.
    const target = ids
      .map((id) => box.querySelector<HTMLElement>(`[id="${id.replace(/["\\]/g, "")}"]`))
      .find((el) => el !== null);
    // offsetTop (the document box is the offset parent) stays right when the box is zoomed.
    if (target) box.scrollTop = target.offsetTop;
  }

  private doc(lang: Lang): Doc {
    let doc = this.docs.get(lang);
    if (!doc) {
      const box = h("div", {
        class: "preview-doc",
        lang,
        "data-testid": "preview-doc",
        "data-lang": lang,
        tabindex: "0",
        role: "region",
        "aria-label": this.i18n.t("app-preview-doc", { lang: languageName(lang, this.i18n.lang) }),
      });
      doc = { box, html: "" };
      this.docs.set(lang, doc);
    }
    return doc;
  }

  private layout(): void {
    const shown = previewLangs(this.mode, this.published);
    const boxes = shown.map((l) => this.doc(l).box);
    // Re-attaching a document would reset its scroll position: only touch the DOM on a change.
    const same = boxes.length === this.docsEl.children.length && boxes.every((b, i) => this.docsEl.children[i] === b);
    if (!same) this.docsEl.replaceChildren(...boxes);
    this.docsEl.classList.toggle("two", shown.length > 1);
  }
}

/** Constructed stylesheets of the fragments, by their text, so equal styles are adopted once. */
const fragmentSheets = new Map<string, CSSStyleSheet>();

/**
 * Puts a fragment into `box`. Its <style> is adopted as a constructed stylesheet, which the strict
 * CSP (style-src 'self', no 'unsafe-inline') allows, where an inserted <style> element is blocked.
 * With `tableLabel`, each table is put in a scroll region of its own that takes keyboard focus
 * (role=region, tabindex=0), labelled by the heading above the table: a table wider than the
 * preview scrolls sideways there instead of being cut off.
 */
export function fillFragment(box: HTMLElement, html: string, tableLabel?: (heading: string) => string): void {
  const tpl = document.createElement("template");
  tpl.innerHTML = html;
  if (tableLabel) {
    for (const table of [...tpl.content.querySelectorAll("table")]) {
      const region = document.createElement("div");
      region.className = "table-scroll";
      region.setAttribute("role", "region");
      region.setAttribute("tabindex", "0");
      region.setAttribute("aria-label", tableLabel(tableHeading(table)));
      table.replaceWith(region);
      region.append(table);
    }
  }
  const canAdopt =
    "adoptedStyleSheets" in document && typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype;
  if (canAdopt) {
    for (const style of [...tpl.content.querySelectorAll("style")]) {
      const css = style.textContent ?? "";
      if (!fragmentSheets.has(css)) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        fragmentSheets.set(css, sheet);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      style.remove();
    }
  }
  patchChildren(box, tpl.content, 1);
}

/**
 * Makes `target`'s children equal to `source`'s (whose nodes it takes), touching only the ones
 * that differ, `depth` levels down: a keystroke changes a section or two, and the rest of the
 * document keeps its nodes, its layout and its scroll position.
 */
export function patchChildren(target: Node, source: Node, depth: number): void {
  const next = [...source.childNodes];
  for (let i = 0; i < next.length; i++) {
    const current = target.childNodes[i];
    const wanted = next[i];
    if (!current) {
      target.appendChild(wanted);
    } else if (current.isEqualNode(wanted)) {
      continue;
    } else if (depth > 0 && sameElement(current, wanted)) {
      patchChildren(current, wanted, depth - 1);
    } else {
      target.replaceChild(wanted, current);
    }
  }
  while (target.childNodes.length > next.length) target.lastChild?.remove();
}

/** Two elements of the same tag with the same attributes (their children may differ). */
function sameElement(a: Node, b: Node): boolean {
  if (!(a instanceof Element) || !(b instanceof Element) || a.tagName !== b.tagName) return false;
  if (a.attributes.length !== b.attributes.length) return false;
  return [...a.attributes].every((attr) => b.getAttribute(attr.name) === attr.value);
}

/** The text of the nearest heading before `table` (the heading anchor "#" left out). */
function tableHeading(table: Element): string {
  for (let el = table.previousElementSibling; el; el = el.previousElementSibling) {
    if (/^H[1-6]$/.test(el.tagName)) {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll(".pw-anchor").forEach((a) => a.remove());
      return (copy.textContent ?? "").trim();
    }
  }
  return [...table.querySelectorAll("th")].map((th) => th.textContent?.trim()).join(", ");
}
