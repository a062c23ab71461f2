// Renders the fields of one questionnaire section from the declarations in schema.ts, and keeps a
// registry of the rendered paths so diagnostics can be placed at the field they concern.
import { languageCodes, languageName } from "./languages";
import type { CatalogView } from "./catalog";
import { bestMatch } from "./diagnostics";
import { h, uid } from "./dom";
import type { I18n } from "./i18n";
import { addItem, blankFromFields, moveItem, removeItem, type Removed } from "./lists";
import {
  formatLifetime,
  LIFETIME_FORMS,
  LIFETIME_UNITS,
  parseLifetime,
  TIMED_FORMS,
  type Lifetime,
  type LifetimeForm,
  type LifetimeUnit,
  type Span,
} from "./lifetime";
import { getAt, joinPath, setAt } from "./paths";
import { activityChoices, type ChoiceField, type ChoiceSource, type Ctx, type EachField, type Field, type ListField, type MultiField } from "./schema";
import { missingTranslations } from "./translations";
import type { Json, JsonObject, Lang, Project, Report } from "./types";

export interface FieldSlot {
  /** Wrapper of the field (or list item); gets the `has-error` / `has-warning` class. */
  container: HTMLElement;
  /** Where the field's diagnostics are listed. */
  errors: HTMLElement;
  /** Inputs that describe themselves with the help text and the diagnostics. */
  inputs: HTMLElement[];
}

export interface FormEnv {
  i18n: I18n;
  project: Project;
  catalog: CatalogView;
  published: Lang[];
  /** List items shown open; kept by identity so moving an item keeps it open. */
  expanded: WeakSet<object>;
  /**
   * An answer changed; `structural` when visibility or list layout may change (re-render).
   * `focus`: after the re-render, focus this list item's control (`<item path>#<test id>`).
   */
  onChange(structural: boolean, focus?: string): void;
  onRemoved(removed: Removed, itemLabel: string): void;
  /**
   * Optional objects switched off, by the object that holds them and their key, so switching one
   * on again brings its answers back (kept by identity: a list item keeps its own after a move).
   */
  stash: WeakMap<object, Map<string, Json>>;
  /** The app's own blocks (`custom` fields), by key. */
  custom?: (key: string) => HTMLElement | undefined;
  /** A note at the top of an open list item (where a service's facts come from). */
  itemInfo?: (listPath: string, item: JsonObject) => HTMLElement | undefined;
  /** The item just removed, offered back with an Undo button in its list (until the next change). */
  undo?: { listPath: string; label: string; run(): void };
}

export class Form {
  readonly slots = new Map<string, FieldSlot>();
  /** Refreshes item headings after a text edit (they show the item's name). */
  private readonly titleUpdaters: (() => void)[] = [];

  constructor(private readonly env: FormEnv) {}

  render(fields: Field[], base = "", item?: JsonObject): HTMLElement[] {
    const ctx: Ctx = { project: this.env.project, item, catalog: this.env.catalog };
    const out: HTMLElement[] = [];
    for (const f of fields) {
      if (f.when && !f.when(ctx)) continue;
      out.push(this.field(f, joinPath(base, f.path), base, item));
    }
    return out;
  }

  /**
   * Shows each report at the best-matching rendered field; returns the reports placed nowhere.
   * `shown(report, field path)` may hold a report back from its field (an unanswered question
   * the user has not visited yet); it is then neither shown nor returned.
   */
  showDiagnostics(reports: Report[], shown: (r: Report, at: string) => boolean = () => true): Report[] {
    const t = this.env.i18n.t.bind(this.env.i18n);
    for (const slot of this.slots.values()) {
      slot.errors.replaceChildren();
      slot.container.classList.remove("has-error", "has-warning");
    }
    for (const [input, base] of this.baseDescription) {
      input.removeAttribute("aria-invalid");
      if (base) input.setAttribute("aria-describedby", base);
      else input.removeAttribute("aria-describedby");
    }
    const unplaced: Report[] = [];
    for (const r of reports) {
      const at = bestMatch(this.slots, r.path);
      if (at === undefined) {
        unplaced.push(r);
        continue;
      }
      if (!shown(r, at)) continue;
      const slot = this.slots.get(at)!;
      slot.errors.append(
        h(
          "li",
          { class: `diag diag-${r.severity}`, "data-testid": "field-diagnostic", "data-path": r.path },
          h("span", { class: "diag-kind" }, t(r.severity === "error" ? "app-diag-error" : "app-diag-warning")),
          " ",
          r.message,
        ),
      );
      slot.container.classList.add(r.severity === "error" ? "has-error" : "has-warning");
      for (const input of slot.inputs) {
        if (r.severity === "error") input.setAttribute("aria-invalid", "true");
        const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
        if (!ids.includes(slot.errors.id)) input.setAttribute("aria-describedby", [...ids, slot.errors.id].join(" "));
      }
    }
    return unplaced;
  }

  refreshTitles(): void {
    for (const update of this.titleUpdaters) update();
  }

  // ---- fields ----

  private field(f: Field, path: string, base: string, item?: JsonObject): HTMLElement {
    switch (f.kind) {
      case "custom":
        return this.env.custom?.(f.key) ?? h("div");
      case "text":
      case "date":
      case "number":
        return this.simple(f, path);
      case "lifetime":
        return this.lifetime(f.key, path);
      case "bitext":
        return this.bitext(f, path);
      case "choice":
        return this.choice(f, path);
      case "multi":
        return this.multi(f, path);
      case "bool":
        return f.answer === "yes-or-no" ? this.yesOrNo(f.key, path) : this.bool(f.key, path);
      case "group":
        return this.group(f.key, f.fields, path, base, item);
      case "list":
        return this.list(f, path);
      case "each":
        return this.each(f, path);
    }
  }

  private help(key: string): { el: HTMLElement | null; id?: string } {
    const text = this.env.i18n.maybe(`q-${key}-help`);
    if (text === undefined) return { el: null };
    const id = uid("help");
    return { el: h("p", { class: "help", id }, text), id };
  }

  /** Each input's own description (help text, translation marker), to which diagnostics are added. */
  private readonly baseDescription = new Map<HTMLElement, string>();

  /** Registers a place for diagnostics at `path`; an input keeps the first description it is given. */
  private slot(path: string, container: HTMLElement, inputs: HTMLElement[], describedBy?: string): HTMLElement {
    const errors = h("ul", { class: "diagnostics", id: uid("diag") });
    this.slots.set(path, { container, errors, inputs });
    for (const input of inputs) {
      if (this.baseDescription.has(input)) continue;
      this.baseDescription.set(input, describedBy ?? "");
      if (describedBy) input.setAttribute("aria-describedby", describedBy);
    }
    return errors;
  }

  private set(path: string, value: Json | undefined, structural: boolean): void {
    setAt(this.env.project, path, value);
    this.env.onChange(structural);
  }

  private simple(f: Extract<Field, { kind: "text" | "date" | "number" }>, path: string): HTMLElement {
    const t = this.env.i18n;
    const id = uid("f");
    const current = getAt(this.env.project, path);
    const common = { id, "data-path": path, name: path };
    let input: HTMLInputElement | HTMLTextAreaElement;
    if (f.kind === "text" && f.multiline) {
      input = h("textarea", { ...common, rows: 3, value: typeof current === "string" ? current : "" });
    } else if (f.kind === "number") {
      input = h("input", {
        ...common,
        type: "number",
        inputmode: "numeric",
        min: f.min,
        max: f.max,
        step: 1,
        value: typeof current === "number" ? String(current) : "",
      });
    } else if (f.kind === "date") {
      // Dates are typed as YYYY-MM-DD in a text box: the same in every web engine, and exactly
      // what the project file stores (the library reports a date it cannot read).
      input = h("input", {
        ...common,
        type: "text",
        inputmode: "numeric",
        maxlength: 10,
        value: typeof current === "string" ? current : "",
        autocomplete: "off",
      });
    } else {
      // Names, addresses and web addresses can be longer than the field is wide: they wrap.
      input = lineText({
        ...common,
        inputmode: f.input,
        value: typeof current === "string" ? current : "",
        autocomplete: "off",
        spellcheck: f.input ? "false" : "true",
      });
    }
    const edit = () => {
      if (input instanceof HTMLTextAreaElement) autoSize(input);
      let value: Json | undefined = input.value;
      if (f.kind === "number") {
        const raw = input.value.trim();
        const n = Number(raw);
        // Absent means "use the default" to the library; an unfinished number is not written.
        if (raw === "") value = undefined;
        else if (Number.isInteger(n) && n >= 0) value = n;
        else return;
      }
      if (getAt(this.env.project, path) === value) return;
      this.set(path, value, false);
      this.refreshTitles();
    };
    // `change` too: some ways of setting a value (a WebDriver clear, autofill) send no `input`.
    input.addEventListener("input", edit);
    input.addEventListener("change", () => {
      // "salongklippet.se" is how people write their site: complete it once they leave the field.
      if (f.kind === "text" && f.input === "url") input.value = completeUrl(input.value);
      edit();
    });
    const help = this.help(f.key);
    const wrap = h("div", { class: `field field-${f.kind}`, "data-testid": "field", "data-field": path });
    const errors = this.slot(path, wrap, [input], help.id);
    wrap.append(h("label", { for: id }, t.t(`q-${f.key}`)), help.el ?? "", input, errors);
    return wrap;
  }

  /** The languages a text is asked in: the project's, or every language before it has any. */
  private languages(): Lang[] {
    return this.env.published.length > 0 ? this.env.published : languageCodes();
  }

  private bitext(f: Extract<Field, { kind: "bitext" }>, path: string): HTMLElement {
    const t = this.env.i18n;
    const langs = this.languages();
    const { wrap, help } = this.fieldset(`field-bitext langs-${langs.length}`, f.key, path);
    const row = h("div", { class: "bitext-row" });
    const markers = new Map<Lang, HTMLElement>();
    const allInputs: HTMLElement[] = [];
    const refreshMissing = () => {
      const missing = missingTranslations(getAt(this.env.project, path), langs);
      for (const [lang, marker] of markers) {
        const isMissing = missing.includes(lang);
        marker.hidden = !isMissing;
        marker.parentElement?.classList.toggle("missing-translation", isMissing);
      }
    };
    for (const lang of langs) {
      const id = uid("f");
      const value = getAt(this.env.project, `${path}.${lang}`);
      const common = { id, lang, "data-path": `${path}.${lang}`, name: `${path}.${lang}`, spellcheck: true };
      const input = f.multiline
        ? h("textarea", { ...common, rows: 3, value: typeof value === "string" ? value : "" })
        : lineText({ ...common, value: typeof value === "string" ? value : "", autocomplete: "off" });
      const markerId = uid("mt");
      const marker = h(
        "span",
        { class: "missing-marker", id: markerId, "data-testid": "missing-translation", hidden: true },
        t.t("app-missing-translation", { lang: languageName(lang, t.lang) }),
      );
      markers.set(lang, marker);
      const edit = () => {
        if (input instanceof HTMLTextAreaElement) autoSize(input);
        if ((getAt(this.env.project, `${path}.${lang}`) ?? "") === input.value) return;
        const cur = getAt(this.env.project, path);
        if (!cur || typeof cur !== "object" || Array.isArray(cur)) setAt(this.env.project, path, {});
        this.set(`${path}.${lang}`, input.value, false);
        refreshMissing();
        this.refreshTitles();
      };
      input.addEventListener("input", edit);
      input.addEventListener("change", edit);
      const cell = h(
        "div",
        { class: "bitext-cell" },
        h("label", { for: id, class: "lang-label" }, languageName(lang, t.lang)),
        input,
        marker,
      );
      // The marker is part of the input's description so a screen reader hears it too.
      const errors = this.slot(`${path}.${lang}`, cell, [input], [help.id, markerId].filter(Boolean).join(" "));
      cell.append(errors);
      row.append(cell);
      allInputs.push(input);
    }
    wrap.append(row);
    // A diagnostic about the whole text (nothing written) is listed under both inputs.
    wrap.append(this.slot(path, wrap, allInputs));
    refreshMissing();
    return wrap;
  }

  /**
   * A form choice (session, a set time, up to, a range, until deleted, nothing stored) and, for the
   * timed forms, a number and a unit (two for a range). Text the library would not accept is shown
   * as it is, to be fixed.
   */
  private lifetime(key: string, path: string): HTMLElement {
    const t = this.env.i18n;
    const current = getAt(this.env.project, path);
    const parsed = parseLifetime(typeof current === "string" ? current : "session");
    const value: Lifetime = parsed ?? { form: "session" };
    const control = <T extends HTMLElement>(part: string, el: T): T => {
      el.setAttribute("data-path", path);
      el.setAttribute("data-part", part);
      return el;
    };
    const formId = uid("f");
    const form = control("form", h("select", { id: formId, name: `${path}.form` }));
    for (const f of LIFETIME_FORMS) form.append(h("option", { value: f }, t.t(`app-lifetime-${f}`)));
    if (!parsed) form.prepend(h("option", { value: "" }, String(current ?? "")));
    form.value = parsed ? value.form : "";
    const pair = (prefix: "" | "to-", s: Span | undefined) => {
      const countId = uid("f");
      const unitId = uid("f");
      const count = control(
        `${prefix}count`,
        h("input", { id: countId, type: "number", inputmode: "numeric", min: 1, step: 1, value: s ? String(s.count) : "" }),
      );
      const unit = control(`${prefix}unit`, h("select", { id: unitId, name: `${path}.${prefix}unit` }));
      for (const u of LIFETIME_UNITS) unit.append(h("option", { value: u }, t.t(`app-lifetime-${u}`)));
      unit.value = s?.unit ?? (prefix === "" ? "months" : "years");
      const cell = h(
        "div",
        { class: `lifetime-span lifetime-${prefix || "from-"}span` },
        h("div", {}, h("label", { for: countId, class: "lang-label" }, t.t(`app-lifetime-${prefix}count`)), count),
        h("div", {}, h("label", { for: unitId, class: "lang-label" }, t.t(`app-lifetime-${prefix}unit`)), unit),
      );
      return { count, unit, cell };
    };
    const from = pair("", value.from);
    const to = pair("to-", value.to);
    const show = (f: string) => {
      from.cell.hidden = !TIMED_FORMS.includes(f as LifetimeForm);
      to.cell.hidden = f !== "range";
    };
    show(parsed ? value.form : "");
    const spanOf = (p: { count: HTMLInputElement; unit: HTMLSelectElement }): Span => {
      const n = Number(p.count.value);
      // A unit without a number yet: start from one so the stored value is always readable.
      if (!(Number.isInteger(n) && n > 0)) p.count.value = "1";
      return { count: Number(p.count.value), unit: p.unit.value as LifetimeUnit };
    };
    const write = () => {
      const f = form.value as LifetimeForm;
      if (!LIFETIME_FORMS.includes(f)) return;
      show(f);
      const l: Lifetime = { form: f };
      if (TIMED_FORMS.includes(f)) l.from = spanOf(from);
      if (f === "range") l.to = spanOf(to);
      this.set(path, formatLifetime(l), false);
    };
    form.addEventListener("change", write);
    for (const p of [from, to]) {
      p.unit.addEventListener("change", write);
      p.count.addEventListener("input", () => {
        const n = Number(p.count.value);
        if (Number.isInteger(n) && n > 0) write();
      });
    }
    const { wrap, help } = this.fieldset("field-lifetime", key, path);
    wrap.append(
      h(
        "div",
        { class: "lifetime-row" },
        h("div", {}, h("label", { for: formId, class: "lang-label" }, t.t("app-lifetime-form")), form),
        from.cell,
        to.cell,
      ),
    );
    wrap.append(this.slot(path, wrap, [form, from.count, from.unit, to.count, to.unit], help.id));
    return wrap;
  }

  /** A question with several controls: a fieldset whose legend is the question, then its help. */
  private fieldset(cls: string, key: string, path: string) {
    const help = this.help(key);
    const legendId = uid("lg");
    const wrap = h(
      "fieldset",
      { class: `field ${cls}`, "data-testid": "field", "data-field": path, "aria-labelledby": legendId },
      h("legend", { id: legendId }, this.env.i18n.t(`q-${key}`)),
      help.el ?? "",
    );
    return { wrap, help };
  }

  /**
   * A catalogue list as choices. The catalogue's names are written to sit inside the policy's
   * sentences ("customers", "kunder"); as a choice on its own a name starts with a capital.
   */
  private options(source: ChoiceSource): { id: string; name: string; assign?: number }[] {
    if ("activities" in source) return activityChoices(this.env.project, this.env.catalog, this.env.i18n.lang);
    return this.env.catalog
      .entries(source.catalog)
      .map((e) => ({ id: e.id, name: e.name.charAt(0).toLocaleUpperCase(this.env.i18n.lang) + e.name.slice(1) }));
  }

  private choice(f: ChoiceField, path: string): HTMLElement {
    const t = this.env.i18n;
    const id = uid("f");
    const current = getAt(this.env.project, path);
    const value = typeof current === "string" ? current : (f.absent ?? "");
    const opts = this.options(f.source);
    const select = h("select", { id, "data-path": path, name: path });
    if (f.empty !== undefined) select.append(h("option", { value: "" }, t.t("app-choice-none")));
    else if (value === "") select.append(h("option", { value: "", disabled: true }, t.t("app-choice-pick")));
    for (const o of opts) select.append(h("option", { value: o.id }, o.name));
    // A stored id the catalogue does not know is kept and shown as it is, never silently replaced.
    if (value !== "" && !opts.some((o) => o.id === value)) select.append(h("option", { value }, value));
    select.value = value;
    select.addEventListener("change", () => {
      const v = select.value;
      // The library's default is left out, as the file the library writes leaves it out.
      const absent = (v === "" && f.empty === "absent") || (f.absent !== undefined && v === f.absent);
      this.set(path, absent ? undefined : v, true);
    });
    const help = this.help(f.key);
    const wrap = h("div", { class: "field field-choice", "data-testid": "field", "data-field": path });
    const errors = this.slot(path, wrap, [select], help.id);
    wrap.append(h("label", { for: id }, t.t(`q-${f.key}`)), help.el ?? "", select, errors);
    return wrap;
  }

  private multi(f: MultiField, path: string): HTMLElement {
    if ("catalog" in f.source && f.source.within !== undefined) return this.subset(f, path, f.source.catalog, f.source.within);
    const current = getAt(this.env.project, path);
    const items: Json[] = Array.isArray(current) ? current : [];
    const chosen = new Set(items.filter((v): v is string => typeof v === "string"));
    const opts = this.options(f.source);
    for (const id of chosen) if (!opts.some((o) => o.id === id)) opts.push({ id, name: id });
    const { wrap, help } = this.fieldset("field-multi", f.key, path);
    const boxes: HTMLInputElement[] = [];
    const grid = h("div", { class: "checks" });
    for (const o of opts) {
      const id = uid("f");
      const box = h("input", { type: "checkbox", id, "data-path": path, "data-option": o.id, checked: chosen.has(o.id) });
      box.addEventListener("change", () => {
        // Keep the catalogue's order, so the file and the policy list items the same way every
        // time; the user's own entries follow, in their order.
        const now = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.option!));
        // An activity in own words gets the id it is linked by when first linked.
        for (const x of opts) {
          if (x.assign !== undefined && now.has(x.id)) setAt(this.env.project, `activities[${x.assign}].id`, x.id);
        }
        const own = ownEntries(getAt(this.env.project, path));
        this.set(path, [...opts.filter((x) => now.has(x.id)).map((x) => x.id), ...own], true);
      });
      boxes.push(box);
      grid.append(h("div", { class: "check" }, box, h("label", { for: id }, o.name)));
    }
    wrap.append(grid);
    if (f.own) wrap.append(this.ownWords(f, path, items));
    wrap.append(this.slot(path, wrap, boxes, help.id));
    return wrap;
  }

  /**
   * Choices among the entries of a list of the item that holds this field's list item (the
   * people of an activity, for one of its legal bases): catalogue ids by their names, own words
   * as written. The chosen entries are stored as the item has them, in its order.
   */
  private subset(f: MultiField, path: string, catalog: string, within: string): HTMLElement {
    // "activities[0].bases[1].people" -> the activity "activities[0]".
    const holder = path.replace(/\.[^.]+$/, "").replace(/\.[^.]+$/, "");
    const all = getAt(this.env.project, joinPath(holder, within));
    const entries: Json[] = Array.isArray(all) ? all : [];
    const current = getAt(this.env.project, path);
    const chosen: Json[] = Array.isArray(current) ? current : [];
    const key = (e: Json): string =>
      typeof e === "string"
        ? `id:${e}`
        : e && typeof e === "object" && !Array.isArray(e)
          ? `own:${languageCodes()
              .map((l) => String(e[l] ?? "").trim())
              .join("|")}`
          : "";
    const chosenKeys = new Set(chosen.map(key));
    // Entries chosen earlier but since removed from the item's list stay shown, to be unticked.
    const known = new Set(entries.map(key));
    const options: Json[] = [...entries, ...chosen.filter((c) => !known.has(key(c)))];
    const { wrap, help } = this.fieldset("field-multi", f.key, path);
    const boxes: HTMLInputElement[] = [];
    const grid = h("div", { class: "checks" });
    const lang = this.env.i18n.lang;
    options.forEach((e, i) => {
      let name: string;
      if (typeof e === "string") {
        name = this.env.catalog.entry(catalog, e)?.name ?? e;
      } else if (e && typeof e === "object" && !Array.isArray(e)) {
        name = [lang, ...languageCodes()].map((l) => String(e[l] ?? "").trim()).find((s) => s !== "") ?? "";
      } else return;
      if (name === "") return;
      name = name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
      const id = uid("f");
      const box = h("input", {
        type: "checkbox",
        id,
        "data-path": path,
        "data-option": key(e),
        checked: chosenKeys.has(key(e)),
      });
      box.addEventListener("change", () => {
        const now = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.option!));
        const picked = options
          .filter((x) => now.has(key(x)))
          .map((x): Json =>
            typeof x === "string" ? x : Object.fromEntries(languageCodes().map((l) => [l, String((x as JsonObject)[l] ?? "")])),
          );
        this.set(path, picked, true);
      });
      boxes.push(box);
      grid.append(h("div", { class: "check", "data-index": String(i) }, box, h("label", { for: id }, name)));
    });
    if (boxes.length === 0) grid.append(h("p", { class: "empty" }, this.env.i18n.t("app-subset-empty")));
    wrap.append(grid);
    wrap.append(this.slot(path, wrap, boxes, help.id));
    return wrap;
  }

  /** The user's own entries of a multi-choice list ("Other…"): a text in each language each. */
  private ownWords(f: MultiField, path: string, items: Json[]): HTMLElement {
    const t = this.env.i18n;
    const box = h("div", { class: "own-words" });
    let n = 0;
    items.forEach((entry, index) => {
      if (!entry || typeof entry !== "object" || Array.isArray(entry)) return;
      n += 1;
      const entryPath = `${path}[${index}]`;
      const label = t.t("app-own-entry", { n });
      const row = h("div", {
        class: "own-entry",
        role: "group",
        "aria-label": label,
        "data-testid": "own-entry",
        "data-path": entryPath,
      });
      const inputs: HTMLElement[] = [];
      for (const lang of this.languages()) {
        const id = uid("f");
        const value = entry[lang];
        const input = lineText({
          id,
          lang,
          autocomplete: "off",
          spellcheck: true,
          "data-path": `${entryPath}.${lang}`,
          "data-testid": "own-text",
          name: `${entryPath}.${lang}`,
          value: typeof value === "string" ? value : "",
        });
        const edit = () => {
          if ((getAt(this.env.project, `${entryPath}.${lang}`) ?? "") === input.value) return;
          this.set(`${entryPath}.${lang}`, input.value, false);
        };
        input.addEventListener("input", edit);
        input.addEventListener("change", edit);
        const cell = h("div", { class: "own-cell" }, h("label", { for: id, class: "lang-label" }, languageName(lang, t.lang)), input);
        cell.append(this.slot(`${entryPath}.${lang}`, cell, [input]));
        row.append(cell);
        inputs.push(input);
      }
      const remove = h(
        "button",
        {
          type: "button",
          class: "item-action",
          "data-testid": "own-remove",
          "data-path": entryPath,
          "aria-label": t.t("app-own-remove-label", { entry: label }),
        },
        t.t("app-item-remove"),
      );
      remove.addEventListener("click", () => {
        setAt(this.env.project, entryPath, undefined);
        this.env.onChange(true, `${path}#own-add`);
      });
      row.append(remove);
      if (f.own?.special) {
        const id = uid("f");
        const special = h("input", {
          type: "checkbox",
          id,
          "data-path": `${entryPath}.special`,
          checked: entry["special"] === true,
        });
        special.addEventListener("change", () =>
          // Absent means "not special", as in a file written by hand.
          this.set(`${entryPath}.special`, special.checked ? true : undefined, true),
        );
        row.append(h("div", { class: "check own-special" }, special, h("label", { for: id }, t.t("app-own-special"))));
        inputs.push(special);
      }
      row.append(this.slot(entryPath, row, inputs));
      box.append(row);
    });
    const add = h(
      "button",
      { type: "button", class: "add", "data-testid": "own-add", "data-path": path, title: t.t("app-own-add-help") },
      t.t("app-own-add"),
    );
    add.addEventListener("click", () => {
      const list = getAt(this.env.project, path);
      const at = Array.isArray(list) ? list.length : 0;
      setAt(this.env.project, `${path}[${at}]`, { sv: "", en: "" });
      this.env.onChange(true, `${path}[${at}].${this.env.i18n.lang}#own-text`);
    });
    box.append(add);
    return box;
  }

  private bool(key: string, path: string): HTMLElement {
    const t = this.env.i18n;
    const id = uid("f");
    const box = h("input", { type: "checkbox", id, "data-path": path, checked: getAt(this.env.project, path) === true });
    box.addEventListener("change", () => this.set(path, box.checked, true));
    const help = this.help(key);
    const wrap = h("div", { class: "field field-bool", "data-testid": "field", "data-field": path });
    const errors = this.slot(path, wrap, [box], help.id);
    wrap.append(h("div", { class: "check" }, box, h("label", { for: id }, t.t(`q-${key}`))), help.el ?? "", errors);
    return wrap;
  }

  /** A question answered yes or no: two radio buttons, neither chosen while unanswered. */
  private yesOrNo(key: string, path: string): HTMLElement {
    const t = this.env.i18n;
    const { wrap, help } = this.fieldset("field-yes-or-no", key, path);
    const current = getAt(this.env.project, path);
    const name = uid("yn");
    const radios = ([true, false] as const).map((value) => {
      const id = uid("f");
      const radio = h("input", { type: "radio", id, name, "data-path": path, "data-answer": String(value), checked: current === value });
      radio.addEventListener("change", () => {
        if (radio.checked) this.set(path, value, true);
      });
      return { radio, row: h("div", { class: "check" }, radio, h("label", { for: id }, t.t(value ? "app-yes" : "app-no"))) };
    });
    wrap.append(h("div", { class: "checks" }, ...radios.map((r) => r.row)));
    wrap.append(this.slot(path, wrap, radios.map((r) => r.radio), help.id));
    return wrap;
  }

  /** An optional object: a check box to have it, and its fields while it exists. */
  private group(key: string, fields: Field[], path: string, base: string, item?: JsonObject): HTMLElement {
    const t = this.env.i18n;
    const id = uid("f");
    const present = (() => {
      const v = getAt(this.env.project, path);
      return v !== undefined && v !== null;
    })();
    const box = h("input", { type: "checkbox", id, "data-path": path, "data-testid": "group-toggle", checked: present });
    box.addEventListener("change", () => {
      const dot = path.lastIndexOf(".");
      const holder = (dot < 0 ? this.env.project : getAt(this.env.project, path.slice(0, dot))) as object;
      const key = path.slice(dot + 1);
      const kept = this.env.stash.get(holder) ?? new Map<string, Json>();
      this.env.stash.set(holder, kept);
      if (!box.checked) {
        const current = getAt(this.env.project, path);
        if (current !== undefined) kept.set(key, current);
        this.set(path, undefined, true);
        return;
      }
      // The library's structs list their fields; an empty one of each is what a new answer starts from.
      const blank = blankFromFields(
        fields.flatMap((f) => {
          const rel = stripPrefix(joinPath(base, f.path), path);
          return rel === undefined ? [] : [{ kind: f.kind, path: rel }];
        }),
      );
      this.set(path, kept.get(key) ?? blank, true);
    });
    const help = this.help(key);
    const wrap = h("div", { class: "field field-group", "data-testid": "field", "data-field": path });
    const errors = this.slot(path, wrap, [box], help.id);
    wrap.append(h("div", { class: "check" }, box, h("label", { for: id }, t.t(`q-${key}`))), help.el ?? "", errors);
    if (present) wrap.append(h("div", { class: "group-body" }, this.render(fields, base, item)));
    return wrap;
  }

  /** The section, heading and help of a list field, and the list's items. */
  private listFrame(f: ListField | EachField, path: string): { wrap: HTMLElement; list: Json[] } {
    const items = getAt(this.env.project, path);
    const headingId = uid("lh");
    const wrap = h("section", {
      class: `field field-${f.kind}`,
      "data-testid": f.kind === "list" ? "list" : undefined,
      "data-field": path,
      "aria-labelledby": headingId,
    });
    const help = this.help(f.key);
    wrap.append(h("h3", { id: headingId }, this.env.i18n.t(`q-${f.key}`)), help.el ?? "");
    if (f.kind === "list") wrap.append(this.slot(path, wrap, [], help.id));
    return { wrap, list: Array.isArray(items) ? items : [] };
  }

  private list(f: ListField, path: string): HTMLElement {
    const t = this.env.i18n;
    const { wrap, list } = this.listFrame(f, path);
    const ol = h("ol", { class: "items" });
    list.forEach((raw, index) => {
      const item = raw as JsonObject;
      const itemPath = `${path}[${index}]`;
      ol.append(this.listItem(f, item, itemPath, index, list.length, path));
    });
    const undo = this.env.undo;
    if (list.length === 0 && undo?.listPath !== path) wrap.append(h("p", { class: "empty" }, t.t(`q-${f.key}-empty`)));
    wrap.append(ol);
    if (undo?.listPath === path) {
      const button = h("button", { type: "button", "data-testid": "undo-remove" }, t.t("app-undo"));
      button.addEventListener("click", () => undo.run());
      wrap.append(
        h("div", { class: "undo-row", role: "status" }, h("span", {}, t.t("app-item-removed", { item: undo.label })), button),
      );
    }
    const add = h(
      "button",
      { type: "button", class: "add", "data-testid": "list-add", "data-path": path },
      t.t(`q-${f.itemKey}-add`),
    );
    add.addEventListener("click", () => {
      const blank = (f.blank && this.env.catalog.blank(f.blank)) || blankFromFields(f.fields);
      const at = addItem(this.env.project, path, blank);
      const created = (getAt(this.env.project, path) as Json[])[at] as object;
      this.env.expanded.add(created);
      this.env.onChange(true, `${path}[${at}]`);
    });
    wrap.append(add);
    return wrap;
  }

  private itemHeading(f: ListField | EachField, item: JsonObject, index: number): string {
    const ctx: Ctx = { project: this.env.project, item, catalog: this.env.catalog };
    const name = f.title(item, ctx).trim();
    return this.env.i18n.t(name ? `q-${f.itemKey}-item` : `q-${f.itemKey}-item-unnamed`, { n: index + 1, name });
  }

  private listItem(f: ListField, item: JsonObject, itemPath: string, index: number, count: number, listPath: string) {
    const t = this.env.i18n;
    const open = this.env.expanded.has(item);
    const bodyId = uid("ib");
    const title = h("span", { class: "item-title" }, this.itemHeading(f, item, index));
    this.titleUpdaters.push(() => (title.textContent = this.itemHeading(f, item, index)));
    const toggle = h(
      "button",
      {
        type: "button",
        class: "item-toggle",
        "aria-expanded": String(open),
        "aria-controls": bodyId,
        "data-testid": "item-toggle",
        "data-path": itemPath,
      },
      h("span", { class: "chevron", "aria-hidden": "true" }),
      title,
    );
    toggle.addEventListener("click", () => {
      if (this.env.expanded.has(item)) this.env.expanded.delete(item);
      else this.env.expanded.add(item);
      this.env.onChange(true, itemPath);
    });
    const label = () => title.textContent ?? "";
    const button = (testid: string, msg: string, disabled: boolean, action: () => void) => {
      const b = h(
        "button",
        {
          type: "button",
          class: `item-action ${testid}`,
          "data-testid": testid,
          "data-path": itemPath,
          "aria-label": t.t(`${msg}-label`, { item: label() }),
          title: t.t(`${msg}-label`, { item: label() }),
          disabled,
        },
        t.t(msg),
      );
      b.addEventListener("click", action);
      return b;
    };
    const move = (delta: number) => () => {
      const to = moveItem(this.env.project, listPath, index, delta);
      if (to === undefined) return;
      this.env.onChange(true, `${listPath}[${to}]#${delta < 0 ? "item-up" : "item-down"}`);
    };
    const actions = h(
      "div",
      { class: "item-actions" },
      button("item-up", "app-item-move-up", index === 0, move(-1)),
      button("item-down", "app-item-move-down", index === count - 1, move(1)),
      button("item-remove", "app-item-remove", false, () => {
        const removed = removeItem(this.env.project, listPath, index);
        if (!removed) return;
        this.env.onRemoved(removed, label());
      }),
    );
    const li = h("li", { class: "item", "data-testid": "list-item", "data-path": itemPath });
    li.append(h("div", { class: "item-head" }, h("h4", {}, toggle), actions));
    const errors = this.slot(itemPath, li, [toggle]);
    li.append(errors);
    if (open) {
      const info = this.env.itemInfo?.(listPath, item);
      li.append(h("div", { class: "item-body", id: bodyId }, info ?? "", this.render(f.fields, itemPath, item)));
    }
    return li;
  }

  private each(f: EachField, path: string): HTMLElement {
    const t = this.env.i18n;
    const { wrap, list } = this.listFrame(f, path);
    let shown = 0;
    list.forEach((raw, index) => {
      const item = raw as JsonObject;
      if (!f.itemWhen({ project: this.env.project, item, catalog: this.env.catalog })) return;
      shown += 1;
      const itemPath = `${path}[${index}]`;
      const box = h(
        "div",
        { class: "item each-item", "data-testid": "each-item", "data-path": itemPath },
        h("h4", {}, this.itemHeading(f, item, index)),
      );
      const note = f.itemNote?.({ project: this.env.project, item, catalog: this.env.catalog });
      if (note) box.append(h("p", { class: "note", "data-testid": "item-note" }, t.t(note)));
      box.append(this.slot(itemPath, box, []));
      box.append(...this.render(f.fields, itemPath, item));
      wrap.append(box);
    });
    if (shown === 0) wrap.append(h("p", { class: "empty" }, t.t(`q-${f.key}-empty`)));
    return wrap;
  }
}

/** Grows a text area to fit its text, so long answers can be read without scrolling a small box. */
export function autoSize(el: HTMLTextAreaElement): void {
  el.style.height = "auto";
  // A text area not laid out (in a closed item) measures 0: it keeps its natural height.
  if (el.scrollHeight <= 0) return;
  const borders = el.offsetHeight - el.clientHeight;
  el.style.height = `${el.scrollHeight + (Number.isFinite(borders) ? borders : 2)}px`;
}

/** A one-line answer that wraps rather than hiding its end in a narrow window: a text area one
 * row high that grows with its text. The answer stays one line: Enter adds nothing and a pasted
 * line break becomes a space, before the field's own `input` listeners see the value. */
export function lineText(attrs: Record<string, unknown>): HTMLTextAreaElement {
  const area = h("textarea", { ...attrs, rows: 1, class: "line-text" });
  area.addEventListener("keydown", (e) => {
    if (e.key === "Enter") e.preventDefault();
  });
  area.addEventListener("input", () => {
    if (/[\r\n]/.test(area.value)) {
      const caret = area.selectionStart;
      area.value = area.value.replace(/[ \t]*[\r\n]+[ \t]*/g, " ");
      area.setSelectionRange(caret, caret);
    }
    autoSize(area);
  });
  return area;
}

/** The entries of a list answer that are the user's own words rather than catalogue ids. */
export function ownEntries(list: Json | undefined): JsonObject[] {
  return Array.isArray(list)
    ? list.filter((v): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v))
    : [];
}

/** `path` relative to `prefix` ("organisation.dpo.name", "organisation.dpo" -> "name"). */
function stripPrefix(path: string, prefix: string): string | undefined {
  return path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : undefined;
}

/** A web address as people type it ("salongklippet.se") with the https:// a link needs; anything
 * that already has a scheme, or is not a host name, is left for the library to judge. */
export function completeUrl(value: string): string {
  const v = value.trim();
  if (v === "" || /^[a-z][a-z0-9+.-]*:/i.test(v)) return value;
  return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(v) ? `https://${v}` : value;
}
