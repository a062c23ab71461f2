// @vitest-environment happy-dom
// The form as the user meets it: labels bound to inputs, help and diagnostics linked with
// aria-describedby, missing translations marked, lists edited with the item buttons.
import { beforeEach, describe, expect, it } from "vitest";
import { Form, completeUrl, type FormEnv } from "../src/form";
import { I18n } from "../src/i18n";
import type { Removed } from "../src/lists";
import { getAt } from "../src/paths";
import { sectionById } from "../src/schema";
import type { Project } from "../src/types";
import { catalog, project } from "./fixtures";

/** Messages are their own id, with variables shown, so assertions can see what was asked for. */
const i18n = new I18n(
  "en",
  new Proxy({} as Record<string, string>, {
    get: (_, id) => (typeof id === "string" ? `${id}|{ $n }|{ $name }|{ $item }|{ $lang }` : undefined),
    has: () => true,
    getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, writable: false, value: "" }),
  }),
);

interface Harness {
  p: Project;
  changes: boolean[];
  focus: (string | undefined)[];
  published: ("sv" | "en")[];
  undo?: FormEnv["undo"];
  removed: Removed[];
  render(sectionId: string): HTMLElement;
  form: Form;
}

function harness(): Harness {
  const h = {
    p: project(),
    changes: [] as boolean[],
    focus: [] as (string | undefined)[],
    published: ["sv", "en"] as ("sv" | "en")[],
    undo: undefined as FormEnv["undo"],
    removed: [] as Removed[],
    form: undefined as unknown as Form,
    render(sectionId: string) {
      const env: FormEnv = {
        i18n,
        project: h.p,
        catalog,
        published: h.published,
        undo: h.undo,
        stash,
        expanded,
        onChange: (structural, focus) => {
          h.changes.push(structural);
          h.focus.push(focus);
          if (structural) h.render(sectionId);
        },
        onRemoved: (r) => {
          h.removed.push(r);
          h.render(sectionId);
        },
      };
      h.form = new Form(env);
      const root = document.createElement("div");
      root.append(...h.form.render(sectionById(sectionId)!.fields));
      document.body.replaceChildren(root);
      return root;
    },
  };
  const expanded = new WeakSet<object>();
  const stash = new WeakMap();
  return h;
}

const q = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event("input"));
};

let t: Harness;
beforeEach(() => {
  t = harness();
});

describe("fields", () => {
  it("have a label bound to the input and the help text in its description", () => {
    t.render("organisation");
    const input = q<HTMLInputElement>('[data-path="organisation.legal_name"]');
    expect(input.value).toBe("Bageri Lund AB");
    const label = q(`label[for="${input.id}"]`);
    expect(label.textContent).toContain("q-org-legal-name|");
    const help = document.getElementById(input.getAttribute("aria-describedby")!.split(" ")[0])!;
    expect(help.textContent).toContain("q-org-legal-name-help");
  });

  it("write what is typed into the project at their path", () => {
    t.render("organisation");
    type(q('[data-path="organisation.address.city"]'), "Malmö");
    expect(getAt(t.p, "organisation.address.city")).toBe("Malmö");
    expect(t.changes).toEqual([false]);
    // A value set without an input event (a WebDriver clear) still counts, once.
    const street = q<HTMLInputElement>('[data-path="organisation.address.street"]');
    street.value = "";
    street.dispatchEvent(new Event("change"));
    street.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "organisation.address.street")).toBe("");
    expect(t.changes).toEqual([false, false]);
  });

  it("wrap a long one-line answer and keep it one line", () => {
    t.render("organisation");
    // A text area one row high wraps what a narrow window cannot show on one line.
    const name = q<HTMLTextAreaElement>('[data-path="organisation.legal_name"]');
    expect(name.tagName).toBe("TEXTAREA");
    expect(name.getAttribute("rows")).toBe("1");
    const enter = new KeyboardEvent("keydown", { key: "Enter", cancelable: true });
    name.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    // A pasted line break becomes a space before the answer is written.
    type(name, "Salong Klippet\nUmeå");
    expect(name.value).toBe("Salong Klippet Umeå");
    expect(getAt(t.p, "organisation.legal_name")).toBe("Salong Klippet Umeå");
    // Both languages of a translated answer wrap too, and an own-words entry.
    t.render("activities");
    q('[data-testid="item-toggle"][data-path="activities[0]"]').click();
    expect(q('[data-path="activities[0].title.sv"]').tagName).toBe("TEXTAREA");
    expect(q('[data-path="activities[0].title.en"]').tagName).toBe("TEXTAREA");
    q('[data-testid="own-add"][data-path="activities[0].people"]').click();
    expect(q('[data-path="activities[0].people[1].sv"]').tagName).toBe("TEXTAREA");
  });

  it("show a diagnostic at its field, invalid and described by it", () => {
    t.render("organisation");
    const unplaced = t.form.showDiagnostics([
      { severity: "error", code: "org-number-checksum", path: "organisation.org_number", message: "Wrong check digit" },
      { severity: "error", code: "x", path: "schema_version", message: "elsewhere" },
    ]);
    expect(unplaced.map((r) => r.path)).toEqual(["schema_version"]);
    const input = q('[data-path="organisation.org_number"]');
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const ids = input.getAttribute("aria-describedby")!.split(" ");
    const diag = q('[data-testid="field-diagnostic"]');
    expect(ids).toContain(diag.parentElement!.id);
    expect(diag.textContent).toContain("Wrong check digit");
    // A new set of diagnostics replaces the old one.
    t.form.showDiagnostics([]);
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(document.querySelectorAll('[data-testid="field-diagnostic"]')).toHaveLength(0);
  });

  it("hide follow-up questions until an answer calls for them", () => {
    t.render("activities");
    expect(document.querySelector('[data-path="activities[0].retention.months"]')).toBeNull();
    q('[data-testid="item-toggle"][data-path="activities[0]"]').click();
    const select = q<HTMLSelectElement>('[data-path="activities[0].retention.preset"]');
    select.value = "after-relationship";
    select.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "activities[0].retention.preset")).toBe("after-relationship");
    const months = q<HTMLInputElement>('[data-path="activities[0].retention.months"]');
    type(months, "24");
    expect(getAt(t.p, "activities[0].retention.months")).toBe(24);
    type(months, "");
    expect(getAt(t.p, "activities[0].retention.months")).toBeUndefined();
  });

  it("keep a stored id the catalogue does not know", () => {
    t.p.organisation = { ...(t.p.organisation as object), address: { country: "XX" } } as never;
    t.render("organisation");
    expect(q<HTMLSelectElement>('[data-path="organisation.address.country"]').value).toBe("XX");
  });

  it("store multi-choices in catalogue order", () => {
    t.render("activities");
    q('[data-testid="item-toggle"][data-path="activities[0]"]').click();
    const box = (id: string) => q<HTMLInputElement>(`[data-path="activities[0].data"][data-option="${id}"]`);
    box("health").checked = true;
    box("health").dispatchEvent(new Event("change"));
    box("personal-identity-number").checked = true;
    box("personal-identity-number").dispatchEvent(new Event("change"));
    expect(getAt(t.p, "activities[0].data")).toEqual(["name", "personal-identity-number", "health"]);
    // Catalogue names are written for sentences; as a choice they start with a capital.
    const customers = q('[data-path="activities[0].people"][data-option="customers"]');
    expect(q(`label[for="${customers.id}"]`).textContent).toBe("Customers");
    // Special data and the identity number bring their follow-up questions.
    expect(document.querySelector('[data-path="activities[0].special_condition"]')).not.toBeNull();
    expect(document.querySelector('[data-path="activities[0].identity_number_reason.sv"]')).not.toBeNull();
  });

  it("add and remove an optional group", () => {
    t.render("organisation");
    const toggle = q<HTMLInputElement>('[data-testid="group-toggle"][data-path="organisation.dpo"]');
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "organisation.dpo")).toEqual({ name: "", email: "", phone: "" });
    type(q('[data-path="organisation.dpo.email"]'), "dpo@bageri.example");
    const again = q<HTMLInputElement>('[data-testid="group-toggle"][data-path="organisation.dpo"]');
    again.checked = false;
    again.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "organisation.dpo")).toBeUndefined();
    // Ticked again, it comes back with what was typed.
    const third = q<HTMLInputElement>('[data-testid="group-toggle"][data-path="organisation.dpo"]');
    third.checked = true;
    third.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "organisation.dpo.email")).toBe("dpo@bageri.example");
  });
});

describe("bilingual text", () => {
  it("marks the missing translation while the user types", () => {
    t.render("cookies");
    const consentSv = q<HTMLTextAreaElement>('[data-path="cookies.consent.sv"]');
    const markerOf = (lang: string) =>
      q(`[data-path="cookies.consent.${lang}"]`).parentElement!.querySelector<HTMLElement>('[data-testid="missing-translation"]')!;
    expect(markerOf("en").hidden).toBe(true);
    type(consentSv, "Via bannern");
    expect(getAt(t.p, "cookies.consent")).toEqual({ sv: "Via bannern" });
    expect(markerOf("en").hidden).toBe(false);
    expect(markerOf("sv").hidden).toBe(true);
    type(q('[data-path="cookies.consent.en"]'), "Through the banner");
    expect(markerOf("en").hidden).toBe(true);
  });

  it("lists a diagnostic about the whole text under the field, described to both inputs", () => {
    t.render("sharing");
    q('[data-testid="item-toggle"][data-path="recipients[0]"]').click();
    t.form.showDiagnostics([{ severity: "error", code: "required", path: "recipients[0].purpose", message: "Required" }]);
    const sv = q('[data-path="recipients[0].purpose.sv"]');
    const en = q('[data-path="recipients[0].purpose.en"]');
    const diag = q('[data-testid="field-diagnostic"][data-path="recipients[0].purpose"]');
    for (const input of [sv, en]) {
      const ids = input.getAttribute("aria-describedby")!.split(" ");
      expect(ids).toContain(diag.parentElement!.id);
      // The help text and the translation marker stay in the description.
      expect(ids.length).toBe(3);
      expect(input.getAttribute("aria-invalid")).toBe("true");
    }
  });

  it("asks only for the published languages, and marks nothing missing then", () => {
    t.published = ["sv"];
    t.render("cookies");
    expect(document.querySelectorAll('[data-field="cookies.consent"] textarea')).toHaveLength(1);
    type(q('[data-path="cookies.consent.sv"]'), "Via bannern");
    expect(document.querySelector('[data-path="cookies.consent.en"]')).toBeNull();
    const marker = q('[data-path="cookies.consent.sv"]').parentElement!.querySelector<HTMLElement>(
      '[data-testid="missing-translation"]',
    )!;
    expect(marker.hidden).toBe(true);
  });
});

describe("lists", () => {
  const titles = () =>
    [...document.querySelectorAll('[data-testid="list-item"] .item-title')].map((e) => e.textContent!.split("|")[0]);

  it("add a blank item from the catalogue, opened", () => {
    t.render("cookies");
    q('[data-testid="list-add"][data-path="cookies.items"]').click();
    expect(getAt(t.p, "cookies.items")).toEqual([
      { name: "", provider: "", purpose: {}, category: "necessary", lifetime: "session", party: "first" },
    ]);
    expect(q('[data-testid="item-toggle"][data-path="cookies.items[0]"]').getAttribute("aria-expanded")).toBe("true");
    expect(document.querySelector('[data-path="cookies.items[0].name"]')).not.toBeNull();
  });

  it("move items with the up and down buttons, disabled at the ends", () => {
    t.render("sharing");
    const up0 = q<HTMLButtonElement>('[data-testid="item-up"][data-path="recipients[0]"]');
    const down1 = q<HTMLButtonElement>('[data-testid="item-down"][data-path="recipients[1]"]');
    expect(up0.disabled).toBe(true);
    expect(down1.disabled).toBe(true);
    expect(up0.getAttribute("aria-label")).toContain("app-item-move-up-label");
    q('[data-testid="item-down"][data-path="recipients[0]"]').click();
    expect((t.p.recipients as { country: string }[]).map((r) => r.country)).toEqual(["US", "SE"]);
    expect(t.focus).toEqual(["recipients[1]#item-down"]);
  });

  it("remove an item and hand it over for undo", () => {
    t.render("activities");
    q('[data-testid="item-remove"][data-path="activities[0]"]').click();
    expect((t.p.activities as unknown[]).length).toBe(1);
    expect(t.removed[0]).toMatchObject({ listPath: "activities", index: 0 });
    expect(titles()).toHaveLength(1);
  });

  it("offer the removed item back with an Undo button in its list", () => {
    let undone = 0;
    t.undo = { listPath: "recipients", label: "Cloud", run: () => (undone += 1) };
    t.render("sharing");
    const button = q<HTMLButtonElement>('[data-field="recipients"] [data-testid="undo-remove"]');
    expect(button.parentElement!.textContent).toContain("app-item-removed");
    button.click();
    expect(undone).toBe(1);
    t.undo = undefined;
    t.render("sharing");
    expect(document.querySelector('[data-testid="undo-remove"]')).toBeNull();
  });

  it("edit a cookie's lifetime as a form, a number and a unit, and a range's end", () => {
    t.p.cookies = { items: [{ name: "a", provider: "b", purpose: {}, category: "necessary", lifetime: "session", party: "first" }] };
    t.render("cookies");
    q('[data-testid="item-toggle"][data-path="cookies.items[0]"]').click();
    const part = <T extends HTMLElement>(p: string) => q<T>(`[data-path="cookies.items[0].lifetime"][data-part="${p}"]`);
    const form = part<HTMLSelectElement>("form");
    const count = part<HTMLInputElement>("count");
    const unit = part<HTMLSelectElement>("unit");
    const toCount = part<HTMLInputElement>("to-count");
    const toUnit = part<HTMLSelectElement>("to-unit");
    const choose = (s: HTMLSelectElement, v: string) => {
      s.value = v;
      s.dispatchEvent(new Event("change"));
    };
    const stored = () => getAt(t.p, "cookies.items[0].lifetime");
    expect(form.value).toBe("session");
    expect(count.closest<HTMLElement>(".lifetime-span")!.hidden).toBe(true);
    expect(toCount.closest<HTMLElement>(".lifetime-span")!.hidden).toBe(true);
    choose(form, "for");
    expect(stored()).toBe("1 month");
    expect(count.closest<HTMLElement>(".lifetime-span")!.hidden).toBe(false);
    type(count, "13");
    expect(stored()).toBe("13 months");
    type(count, "");
    expect(stored()).toBe("13 months");
    // Hotjar's 30 minutes and _gat's one minute.
    type(count, "30");
    choose(unit, "minutes");
    expect(stored()).toBe("30 minutes");
    type(count, "1");
    expect(stored()).toBe("1 minute");
    choose(form, "up-to");
    choose(unit, "years");
    type(count, "2");
    expect(stored()).toBe("up to 2 years");
    choose(form, "range");
    expect(toCount.closest<HTMLElement>(".lifetime-span")!.hidden).toBe(false);
    type(count, "30");
    choose(unit, "seconds");
    expect(stored()).toBe("30 seconds to 1 year");
    type(toCount, "2");
    choose(toUnit, "hours");
    expect(stored()).toBe("30 seconds to 2 hours");
    choose(form, "none");
    expect(stored()).toBe("none");
    expect(count.closest<HTMLElement>(".lifetime-span")!.hidden).toBe(true);
    choose(form, "until-deleted");
    expect(stored()).toBe("until deleted");
  });

  it("show a stored range, and text the library cannot read as it is", () => {
    t.p.cookies = {
      items: [
        { name: "a", provider: "b", purpose: {}, category: "necessary", lifetime: "30 seconds to 1 year", party: "first" },
        { name: "c", provider: "d", purpose: {}, category: "necessary", lifetime: "a while", party: "first" },
      ],
    };
    t.render("cookies");
    q('[data-testid="item-toggle"][data-path="cookies.items[0]"]').click();
    q('[data-testid="item-toggle"][data-path="cookies.items[1]"]').click();
    const part = <T extends HTMLElement>(i: number, p: string) =>
      q<T>(`[data-path="cookies.items[${i}].lifetime"][data-part="${p}"]`);
    expect(part<HTMLSelectElement>(0, "form").value).toBe("range");
    expect(part<HTMLInputElement>(0, "count").value).toBe("30");
    expect(part<HTMLSelectElement>(0, "unit").value).toBe("seconds");
    expect(part<HTMLInputElement>(0, "to-count").value).toBe("1");
    expect(part<HTMLSelectElement>(0, "to-unit").value).toBe("years");
    const unreadable = part<HTMLSelectElement>(1, "form");
    expect(unreadable.value).toBe("");
    expect(unreadable.selectedOptions[0].textContent).toBe("a while");
    expect(getAt(t.p, "cookies.items[1].lifetime")).toBe("a while");
  });

  it("ask what a cookie is, who receives its data and where the cookie policy is", () => {
    t.p.cookies = { items: [{ name: "_ga", provider: "Bageri Lund AB", purpose: {}, category: "statistics", lifetime: "2 years", party: "first" }] };
    t.render("cookies");
    q('[data-testid="item-toggle"][data-path="cookies.items[0]"]').click();
    // Absent means a cookie, as the library reads it; choosing a cookie again leaves it absent.
    const technology = q<HTMLSelectElement>('[data-path="cookies.items[0].technology"]');
    expect(technology.value).toBe("cookie");
    technology.value = "local-storage";
    technology.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "cookies.items[0].technology")).toBe("local-storage");
    t.render("cookies");
    const again = q<HTMLSelectElement>('[data-path="cookies.items[0].technology"]');
    again.value = "cookie";
    again.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "cookies.items[0].technology")).toBeUndefined();
    t.render("cookies");
    type(q('[data-path="cookies.items[0].data_recipient"]'), "Google");
    expect(getAt(t.p, "cookies.items[0].data_recipient")).toBe("Google");
    const url = q<HTMLInputElement>('[data-path="cookies.policy_url"]');
    expect(url.getAttribute("inputmode")).toBe("url");
    type(url, "https://www.bageri.example/kakor");
    expect(getAt(t.p, "cookies.policy_url")).toBe("https://www.bageri.example/kakor");
  });

  it("show only recipients outside the EEA in the transfers step", () => {
    t.render("transfers");
    const items = [...document.querySelectorAll('[data-testid="each-item"]')].map((e) => e.getAttribute("data-path"));
    expect(items).toEqual(["recipients[1]"]);
    expect(q('[data-testid="item-note"]').textContent).toContain("app-transfer-adequate");
    const select = q<HTMLSelectElement>('[data-path="recipients[1].safeguard"]');
    select.value = "standard-contractual-clauses";
    select.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "recipients[1].safeguard")).toBe("standard-contractual-clauses");
    const again = q<HTMLSelectElement>('[data-path="recipients[1].safeguard"]');
    again.value = "";
    again.dispatchEvent(new Event("change"));
    // An Option in the library: no safeguard is an absent key, not an empty string.
    expect("safeguard" in (t.p.recipients as object[])[1]).toBe(false);
  });
});

describe("own words in list answers", () => {
  const open = () => q('[data-testid="item-toggle"][data-path="activities[0]"]').click();

  it("add a Swedish and English pair with Other…, beside the catalogue choices", () => {
    t.render("activities");
    open();
    q('[data-testid="own-add"][data-path="activities[0].people"]').click();
    expect(getAt(t.p, "activities[0].people")).toEqual(["customers", { sv: "", en: "" }]);
    // The new entry's input in the UI language gets the focus after the re-render.
    expect(t.focus.at(-1)).toBe("activities[0].people[1].en#own-text");
    const sv = q<HTMLInputElement>('[data-path="activities[0].people[1].sv"]');
    const en = q<HTMLInputElement>('[data-path="activities[0].people[1].en"]');
    expect(q(`label[for="${sv.id}"]`).textContent).toContain("Swedish");
    expect(q(`label[for="${en.id}"]`).textContent).toContain("English");
    type(sv, "patienter");
    type(en, "patients");
    expect(getAt(t.p, "activities[0].people")).toEqual(["customers", { sv: "patienter", en: "patients" }]);
    // Choosing a catalogue entry keeps the own one (catalogue ids first, in catalogue order).
    q<HTMLInputElement>('[data-path="activities[0].people"][data-option="employees"]').click();
    expect(getAt(t.p, "activities[0].people")).toEqual([
      "customers",
      "employees",
      { sv: "patienter", en: "patients" },
    ]);
    expect(q<HTMLInputElement>('[data-path="activities[0].people[2].sv"]').value).toBe("patienter");
  });

  it("mark an own data category as special, which asks for the Art. 9 condition", () => {
    t.render("activities");
    open();
    expect(document.querySelector('[data-path="activities[0].special_condition"]')).toBeNull();
    q('[data-testid="own-add"][data-path="activities[0].data"]').click();
    // People have no special categories; data has.
    expect(document.querySelector('[data-path="activities[0].data[1].special"]')).not.toBeNull();
    q('[data-testid="own-add"][data-path="activities[0].people"]').click();
    expect(document.querySelector('[data-path="activities[0].people[1].special"]')).toBeNull();
    const special = q<HTMLInputElement>('[data-path="activities[0].data[1].special"]');
    special.click();
    expect(getAt(t.p, "activities[0].data[1]")).toEqual({ sv: "", en: "", special: true });
    expect(document.querySelector('[data-path="activities[0].special_condition"]')).not.toBeNull();
    q<HTMLInputElement>('[data-path="activities[0].data[1].special"]').click();
    expect(getAt(t.p, "activities[0].data[1]")).toEqual({ sv: "", en: "" });
    expect(document.querySelector('[data-path="activities[0].special_condition"]')).toBeNull();
  });

  it("remove an own entry with its labelled button, focus back on Other…", () => {
    t.p.security = { measures: ["backups", { sv: "Larm", en: "Alarm" }] };
    t.render("security");
    const remove = q('[data-testid="own-remove"][data-path="security.measures[1]"]');
    expect(remove.getAttribute("aria-label")).toContain("app-own-remove-label");
    remove.click();
    expect(getAt(t.p, "security.measures")).toEqual(["backups"]);
    expect(t.focus.at(-1)).toBe("security.measures#own-add");
    expect(document.querySelector('[data-testid="own-entry"]')).toBeNull();
  });

  it("place a missing translation of an own entry at its input", () => {
    t.p.policy = { ...(t.p.policy as object), change_channels: ["website", { sv: "Anslagstavlan", en: "" }] };
    t.render("review");
    const unplaced = t.form.showDiagnostics([
      { severity: "warning", code: "translation-missing", path: "policy.change_channels[1].en", message: "English missing" },
    ]);
    expect(unplaced).toEqual([]);
    const input = q('[data-path="policy.change_channels[1].en"]');
    const diag = q('[data-testid="field-diagnostic"][data-path="policy.change_channels[1].en"]');
    expect(input.getAttribute("aria-describedby")!.split(" ")).toContain(diag.parentElement!.id);
    expect(input.parentElement!.contains(diag)).toBe(true);
  });
});

describe("a legal basis not chosen yet", () => {
  it("shows as an empty Choose… option, not as the first basis", () => {
    (t.p.activities as Project[])[0].legal_basis = null;
    t.render("activities");
    q('[data-testid="item-toggle"][data-path="activities[0]"]').click();
    const select = q<HTMLSelectElement>('[data-path="activities[0].legal_basis"]');
    expect(select.value).toBe("");
    expect(select.selectedOptions[0].textContent).toContain("app-choice-pick");
    expect(getAt(t.p, "activities[0].legal_basis")).toBeNull();
  });
});

describe("a transfer under the Data Privacy Framework", () => {
  it("asks which safeguard takes over only when the framework is chosen", () => {
    t.render("transfers");
    const fallback = () => document.querySelector<HTMLSelectElement>('[data-path="recipients[1].dpf_fallback"]');
    expect(fallback()).toBeNull();
    const safeguard = q<HTMLSelectElement>('[data-path="recipients[1].safeguard"]');
    safeguard.value = "data-privacy-framework";
    safeguard.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "recipients[1].safeguard")).toBe("data-privacy-framework");
    const select = fallback()!;
    expect(select).not.toBeNull();
    expect(select.value).toBe("");
    select.value = "standard-contractual-clauses";
    select.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "recipients[1].dpf_fallback")).toBe("standard-contractual-clauses");
  });
});

describe("the recipient questions of issue 13", () => {
  const open = () => q('[data-testid="item-toggle"][data-path="recipients[0]"]').click();
  const select = (path: string, value: string) => {
    const el = q<HTMLSelectElement>(`[data-path="${path}"]`);
    el.value = value;
    el.dispatchEvent(new Event("change"));
  };
  const shown = (path: string) => document.querySelector(`[data-path="${path}"]`) !== null;

  it("asks a joint controller for the essence of the arrangement and whom to contact", () => {
    t.render("sharing");
    open();
    expect(shown("recipients[0].joint_essence.en")).toBe(false);
    select("recipients[0].kind", "joint-controller");
    type(q<HTMLTextAreaElement>('[data-path="recipients[0].joint_essence.en"]'), "We ask for consent.");
    type(q<HTMLTextAreaElement>('[data-path="recipients[0].joint_contact.sv"]'), "Oss.");
    expect(getAt(t.p, "recipients[0].joint_essence.en")).toBe("We ask for consent.");
    expect(getAt(t.p, "recipients[0].joint_contact.sv")).toBe("Oss.");
  });

  it("asks no country of the public, and no transfer", () => {
    t.render("sharing");
    open();
    expect(shown("recipients[0].country")).toBe(true);
    select("recipients[0].kind", "public");
    expect(shown("recipients[0].country")).toBe(false);
    expect(shown("recipients[0].other_countries")).toBe(false);
    // The hidden country is kept (switching back restores it); the library ignores it.
    expect(getAt(t.p, "recipients[0].country")).toBe("SE");
    (t.p.recipients as Project[])[1].kind = "public";
    t.render("transfers");
    expect(document.querySelectorAll('[data-testid="each-item"]').length).toBe(0);
  });

  it("adds further countries, each with its own safeguard, also countries that vary", () => {
    t.render("sharing");
    open();
    q('[data-testid="list-add"][data-path="recipients[0].other_countries"]').click();
    select("recipients[0].other_countries[0].country", "IN");
    select("recipients[0].other_countries[0].safeguard", "standard-contractual-clauses");
    type(q<HTMLTextAreaElement>('[data-path="recipients[0].other_countries[0].safeguard_copy.en"]'), "Ask us.");
    q('[data-testid="list-add"][data-path="recipients[0].other_countries"]').click();
    select("recipients[0].other_countries[1].country", "varies");
    expect(shown("recipients[0].other_countries[1].safeguard")).toBe(true);
    q('[data-testid="list-add"][data-path="recipients[0].other_countries"]').click();
    select("recipients[0].other_countries[2].country", "SE");
    // Inside the EEA no safeguard is asked.
    expect(shown("recipients[0].other_countries[2].safeguard")).toBe(false);
    expect(getAt(t.p, "recipients[0].other_countries[0]")).toMatchObject({
      country: "IN",
      safeguard: "standard-contractual-clauses",
      safeguard_copy: { en: "Ask us." },
    });
    expect(getAt(t.p, "recipients[0].other_countries[1].country")).toBe("varies");
    // The transfers step lists a recipient in Sweden whose further countries are third countries,
    // with their questions and none for Sweden.
    t.render("transfers");
    const items = [...document.querySelectorAll('[data-testid="each-item"]')].map((e) => e.getAttribute("data-path"));
    expect(items).toEqual(["recipients[0]", "recipients[1]"]);
    expect(shown("recipients[0].safeguard")).toBe(false);
    expect(document.querySelector('[data-testid="each-item"] h4')!.textContent).toContain("India, countries that vary");
    // The item added under Sharing came open and is open here too (the same answers).
    expect(q<HTMLSelectElement>('[data-path="recipients[0].other_countries[0].safeguard"]').value).toBe(
      "standard-contractual-clauses",
    );
    // The recipient's own country can vary too; the transfers step then notes what covers it.
    (t.p.recipients as Project[])[0].country = "varies";
    t.render("transfers");
    const notes = [...document.querySelectorAll('[data-testid="item-note"]')].map((n) => n.textContent);
    expect(notes[0]).toContain("app-transfer-varies");
  });

  it("links a recipient to the project's activities, giving one in own words an id", () => {
    t.render("sharing");
    open();
    const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-path="recipients[0].activities"]')];
    expect(boxes.map((b) => b.dataset.option)).toEqual(["order-fulfilment", "activity-2"]);
    const labels = boxes.map((b) => document.querySelector(`label[for="${b.id}"]`)!.textContent);
    expect(labels).toEqual(["Orders", "Kundklubb"]);
    // An activity is named by its short title where it has one, never by its explanation.
    (t.p.activities as Project[])[1].title = { sv: "Stamkunder", en: "Regulars" };
    t.render("sharing");
    const titled = [...document.querySelectorAll<HTMLInputElement>('[data-path="recipients[0].activities"]')];
    expect(document.querySelector(`label[for="${titled[1].id}"]`)!.textContent).toBe("Regulars");
    const tick = (i: number) => {
      const box = [...document.querySelectorAll<HTMLInputElement>('[data-path="recipients[0].activities"]')][i];
      box.checked = true;
      box.dispatchEvent(new Event("change"));
    };
    tick(1);
    tick(0);
    expect(getAt(t.p, "recipients[0].activities")).toEqual(["order-fulfilment", "activity-2"]);
    expect(getAt(t.p, "activities[1].id")).toBe("activity-2");
    expect(getAt(t.p, "activities[0].id")).toBeUndefined();
  });

  it("tells two activities of one catalogue purpose apart when one is linked", () => {
    (t.p.activities as Project[]).push(structuredClone((t.p.activities as Project[])[0]));
    t.render("sharing");
    open();
    const boxes = () => [...document.querySelectorAll<HTMLInputElement>('[data-path="recipients[0].activities"]')];
    expect(boxes().map((b) => b.dataset.option)).toEqual(["order-fulfilment", "activity-2", "order-fulfilment-2"]);
    boxes()[2].checked = true;
    boxes()[2].dispatchEvent(new Event("change"));
    expect(getAt(t.p, "activities[2].id")).toBe("order-fulfilment-2");
    expect(getAt(t.p, "recipients[0].activities")).toEqual(["order-fulfilment-2"]);
  });
});

describe("the questions of issue 12 (legal precision)", () => {
  const open = () => q('[data-testid="item-toggle"][data-path="activities[0]"]').click();
  const select = (path: string, value: string) => {
    const el = q<HTMLSelectElement>(`[data-path="${path}"]`);
    el.value = value;
    el.dispatchEvent(new Event("change"));
  };
  const tick = (path: string, on: boolean) => {
    const el = q<HTMLInputElement>(`[data-path="${path}"]`);
    el.checked = on;
    el.dispatchEvent(new Event("change"));
  };
  const shown = (path: string) => document.querySelector(`[data-path="${path}"]`) !== null;

  it("lists several sources for one activity, each with its own public flag", () => {
    t.render("activities");
    open();
    expect(shown("activities[0].from_person")).toBe(false);
    q('[data-testid="list-add"][data-path="activities[0].sources"]').click();
    q('[data-testid="list-add"][data-path="activities[0].sources"]').click();
    expect(getAt(t.p, "activities[0].sources")).toEqual([
      { description: { sv: "", en: "" }, public: false },
      { description: { sv: "", en: "" }, public: false },
    ]);
    tick("activities[0].sources[1].public", true);
    expect(getAt(t.p, "activities[0].sources[1].public")).toBe(true);
    expect(getAt(t.p, "activities[0].sources[0].public")).toBe(false);
    // With a source, whether the person must give the data is asked only if some comes from them.
    expect(shown("activities[0].requirement")).toBe(false);
    tick("activities[0].from_person", true);
    expect(shown("activities[0].requirement")).toBe(true);
  });

  it("leaves the requirement unanswered until it is chosen, and marks direct marketing", () => {
    delete (t.p.activities as Project[])[0].requirement;
    t.render("activities");
    open();
    const requirement = q<HTMLSelectElement>('[data-path="activities[0].requirement"]');
    expect(requirement.value).toBe("");
    expect(getAt(t.p, "activities[0].requirement")).toBeUndefined();
    tick("activities[0].direct_marketing", true);
    expect(getAt(t.p, "activities[0].direct_marketing")).toBe(true);
  });

  it("asks whether a balancing test was made only for legitimate interests", () => {
    t.render("activities");
    open();
    select("activities[0].legal_basis", "contract");
    expect(shown("activities[0].balancing_test")).toBe(false);
    select("activities[0].legal_basis", "legitimate-interests");
    expect(shown("activities[0].balancing_test")).toBe(true);
    tick("activities[0].balancing_test", true);
    expect(getAt(t.p, "activities[0].balancing_test")).toBe(true);
  });

  it("asks who collects the consent only for a purpose on consent", () => {
    t.render("activities");
    open();
    select("activities[0].legal_basis", "contract");
    expect(shown("activities[0].consent_collected_by.sv")).toBe(false);
    select("activities[0].legal_basis", "consent");
    expect(shown("activities[0].consent_collected_by.sv")).toBe(true);
  });

  it("asks what ends before the months are counted only for the after-relationship period", () => {
    t.render("activities");
    open();
    expect(shown("activities[0].retention.ends")).toBe(false);
    select("activities[0].retention.preset", "after-relationship");
    expect(shown("activities[0].retention.ends")).toBe(true);
    const ends = q<HTMLSelectElement>('[data-path="activities[0].retention.ends"]');
    expect(ends.value).toBe("");
    expect(getAt(t.p, "activities[0].retention.ends")).toBeUndefined();
    select("activities[0].retention.ends", "membership");
    expect(getAt(t.p, "activities[0].retention.ends")).toBe("membership");
  });

  it("completes a website typed without https:// when the field is left", () => {
    t.render("organisation");
    const site = q<HTMLInputElement>('[data-path="organisation.website"]');
    site.value = "salongklippet.se";
    site.dispatchEvent(new Event("change"));
    expect(site.value).toBe("https://salongklippet.se");
    expect(getAt(t.p, "organisation.website")).toBe("https://salongklippet.se");
    expect(completeUrl("http://example.se")).toBe("http://example.se");
    expect(completeUrl("www.salong-klippet.se/boka")).toBe("https://www.salong-klippet.se/boka");
    expect(completeUrl("inte en adress")).toBe("inte en adress");
    expect(completeUrl("")).toBe("");
  });

  it("asks an organisation outside the EEA why the GDPR applies to it", () => {
    t.render("organisation");
    expect(shown("organisation.gdpr_reach")).toBe(false);
    (getAt(t.p, "organisation.address") as Project).country = "US";
    t.render("organisation");
    expect(shown("organisation.gdpr_reach")).toBe(true);
    select("organisation.gdpr_reach", "offering");
    expect(getAt(t.p, "organisation.gdpr_reach")).toBe("offering");
  });

  it("asks whether consent comes before a new purpose, unticked until the user promises it", () => {
    t.render("review");
    const box = q<HTMLInputElement>('[data-path="policy.new_purpose_consent"]');
    expect(box.checked).toBe(false);
    tick("policy.new_purpose_consent", true);
    expect(getAt(t.p, "policy.new_purpose_consent")).toBe(true);
  });

  it("asks for the law behind a legal obligation, from the statutes or in own words", () => {
    t.render("activities");
    open();
    expect(shown("activities[0].laws")).toBe(false);
    select("activities[0].legal_basis", "legal-obligation");
    expect(shown("activities[0].laws")).toBe(true);
    const box = q<HTMLInputElement>('[data-path="activities[0].laws"][data-option="bookkeeping"]');
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(getAt(t.p, "activities[0].laws")).toEqual(["bookkeeping"]);
  });

  it("asks a UK organisation for the UK GDPR's safeguard where UK law does not cover the country", () => {
    t.render("transfers");
    expect(shown("recipients[1].uk_safeguard")).toBe(false);
    (getAt(t.p, "organisation.address") as Project).country = "GB";
    t.render("transfers");
    expect(shown("recipients[0].uk_safeguard")).toBe(false);
    expect(shown("recipients[1].uk_safeguard")).toBe(true);
    select("recipients[1].uk_safeguard", "uk-extension");
    expect(getAt(t.p, "recipients[1].uk_safeguard")).toBe("uk-extension");
  });

  it("asks what varies when a recipient's countries vary", () => {
    t.render("transfers");
    expect(shown("recipients[1].varies_how")).toBe(false);
    (getAt(t.p, "recipients[1]") as Project).country = "varies";
    t.render("transfers");
    expect(shown("recipients[1].varies_how")).toBe(true);
    select("recipients[1].varies_how", "chosen-by-person");
    expect(getAt(t.p, "recipients[1].varies_how")).toBe("chosen-by-person");
  });

  it("asks which Art. 49 derogation a transfer relies on", () => {
    t.render("transfers");
    expect(shown("recipients[1].derogation")).toBe(false);
    select("recipients[1].safeguard", "derogation");
    select("recipients[1].derogation", "explicit-consent");
    expect(getAt(t.p, "recipients[1].derogation")).toBe("explicit-consent");
  });

  it("asks for the Art. 22(2) ground, profiling and an online service for children", () => {
    t.render("children");
    expect(shown("automated_decisions.ground")).toBe(false);
    expect(shown("children.online_service")).toBe(false);
    tick("children.addressed", true);
    // A yes-or-no question: neither answer is chosen until the user answers (issue 22).
    const answers = [...document.querySelectorAll<HTMLInputElement>('[data-path="children.online_service"]')];
    expect(answers.map((r) => [r.type, r.dataset.answer, r.checked])).toEqual([
      ["radio", "true", false],
      ["radio", "false", false],
    ]);
    expect(getAt(t.p, "children.online_service")).toBeUndefined();
    answers[1].checked = true;
    answers[1].dispatchEvent(new Event("change"));
    expect(getAt(t.p, "children.online_service")).toBe(false);
    answers[0].checked = true;
    answers[0].dispatchEvent(new Event("change"));
    expect(getAt(t.p, "children.online_service")).toBe(true);
    tick("automated_decisions.used", true);
    select("automated_decisions.ground", "contract");
    expect(getAt(t.p, "automated_decisions.ground")).toBe("contract");
    tick("automated_decisions.profiling", true);
    expect(shown("automated_decisions.profiling_description.sv")).toBe(true);
  });

  it("writes no answer time unless a shorter promise is typed", () => {
    t.render("rights");
    const days = q<HTMLInputElement>('[data-path="rights.response_days"]');
    expect(days.value).toBe("");
    expect(days.max).toBe("28");
    type(days, "14");
    expect(getAt(t.p, "rights.response_days")).toBe(14);
  });
});

describe("purposes with a title, several legal bases and profiling", () => {
  const open = () => q('[data-testid="item-toggle"][data-path="activities[0]"]').click();

  it("ask for a short title beside the explanation, and head the item with it", () => {
    t.render("activities");
    open();
    const title = q<HTMLInputElement>('[data-path="activities[0].title.en"]');
    type(title, "Delivering your bread");
    type(q<HTMLInputElement>('[data-path="activities[0].title.sv"]'), "Leverera ditt bröd");
    expect(getAt(t.p, "activities[0].title")).toEqual({ sv: "Leverera ditt bröd", en: "Delivering your bread" });
    // The explanation is its own question, below the title.
    expect(q('[data-path="activities[0].description.en"]')).not.toBeNull();
    t.render("activities");
    // The heading is in the UI language (Swedish here), as the item's other names are.
    expect(q('[data-testid="item-toggle"][data-path="activities[0]"]').textContent).toContain("Leverera ditt bröd");
  });

  it("list several legal bases, each ticking some of the purpose's own people", () => {
    t.p.activities = [
      {
        purpose: "order-fulfilment",
        people: ["customers", { sv: "kontaktpersoner", en: "contact persons" }],
        data: ["name"],
        legal_basis: "contract",
        retention: { preset: "bookkeeping" },
      },
    ];
    t.render("activities");
    open();
    expect(q('[data-path="activities[0].legal_basis"]')).not.toBeNull();
    q('[data-testid="list-add"][data-path="activities[0].bases"]').click();
    q('[data-testid="list-add"][data-path="activities[0].bases"]').click();
    for (const i of [0, 1]) {
      const toggle = document.querySelector<HTMLElement>(`[data-testid="item-toggle"][data-path="activities[0].bases[${i}]"]`);
      if (toggle && toggle.getAttribute("aria-expanded") !== "true") toggle.click();
    }
    const basis = (i: number) => q<HTMLSelectElement>(`select[data-path="activities[0].bases[${i}].basis"]`);
    basis(0).value = "contract";
    basis(0).dispatchEvent(new Event("change"));
    basis(1).value = "legitimate-interests";
    basis(1).dispatchEvent(new Event("change"));
    // The choices are the purpose's people, the catalogue one and the own words alike.
    const boxes = (i: number) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][data-path="activities[0].bases[${i}].people"]`)];
    expect(boxes(0).map((b) => b.dataset.option)).toEqual(["id:customers", "own:kontaktpersoner|contact persons"]);
    boxes(0)[0].click();
    boxes(1)[1].click();
    expect(getAt(t.p, "activities[0].bases[0].basis")).toBe("contract");
    expect(getAt(t.p, "activities[0].bases[0].people")).toEqual(["customers"]);
    expect(getAt(t.p, "activities[0].bases[1].basis")).toBe("legitimate-interests");
    expect(getAt(t.p, "activities[0].bases[1].people")).toEqual([{ sv: "kontaktpersoner", en: "contact persons" }]);
    // The interest is asked for the legitimate-interests part only.
    expect(document.querySelector('[data-path="activities[0].bases[0].legitimate_interest.en"]')).toBeNull();
    type(q<HTMLTextAreaElement>('[data-path="activities[0].bases[1].legitimate_interest.en"]'), "Working with the people named");
    expect(getAt(t.p, "activities[0].bases[1].legitimate_interest.en")).toBe("Working with the people named");
    // The single basis, no longer used, stays shown with "(none)" until removed.
    const single = q<HTMLSelectElement>('select[data-path="activities[0].legal_basis"]');
    expect([...single.options].map((o) => o.value)).toContain("");
    single.value = "";
    single.dispatchEvent(new Event("change"));
    expect("legal_basis" in (t.p.activities as object[])[0]).toBe(false);
    expect(document.querySelector('[data-path="activities[0].legal_basis"]')).toBeNull();
  });

  it("ask how the profiling works once the purpose involves profiling", () => {
    t.render("activities");
    open();
    expect(document.querySelector('[data-path="activities[0].profiling_logic.en"]')).toBeNull();
    q<HTMLInputElement>('input[data-path="activities[0].profiling"]').click();
    expect(getAt(t.p, "activities[0].profiling")).toBe(true);
    type(q<HTMLTextAreaElement>('[data-path="activities[0].profiling_logic.en"]'), "We score each lead.");
    expect(getAt(t.p, "activities[0].profiling_logic.en")).toBe("We score each lead.");
  });

  it("ask for an age limit and, with one, what happens to data about someone younger", () => {
    t.render("children");
    expect(document.querySelector('[data-path="children.younger_found.en"]')).toBeNull();
    const age = q<HTMLInputElement>('input[data-path="children.minimum_age"]');
    expect(age.min).toBe("1");
    type(age, "18");
    expect(getAt(t.p, "children.minimum_age")).toBe(18);
    t.render("children");
    type(q<HTMLTextAreaElement>('[data-path="children.younger_found.en"]'), "We delete it.");
    expect(getAt(t.p, "children.younger_found.en")).toBe("We delete it.");
  });
});
