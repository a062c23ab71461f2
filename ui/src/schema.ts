// The questionnaire, declared once. The form, the progress view, the placement of diagnostics and
// the preview scrolling are all derived from these sections. Each field names its project path
// (relative to its list item inside lists) and a message key: the label is `q-<key>` and the help
// text `q-<key>-help` in locales/<lang>/ui.ftl.
import type { CatalogView } from "./catalog";
import { getAt } from "./paths";
import { languageCodes } from "./languages";
import type { Json, JsonObject, Project } from "./types";

/**
 * A choice list of the catalogue (`catalog` command), by its name there. `within`: the choices
 * are instead the entries of that list of the enclosing list item's own item (a legal basis of an
 * activity covers some of the activity's `people`); `catalog` then names their catalogue ids.
 * Or the project's own activities, by the id recipients link them with (`activities`: see
 * `activityChoices`).
 */
export type ChoiceSource = { catalog: string; within?: string } | { activities: true };

export interface Ctx {
  project: Project;
  /** The list item the field belongs to, when inside a list. */
  item?: JsonObject;
  catalog: CatalogView;
}

interface Base {
  /** Path relative to the enclosing list item, or to the project at top level. */
  path: string;
  /** Message key: label `q-<key>`, help `q-<key>-help`. */
  key: string;
  /** Shown only when this holds; hidden fields keep their value. */
  when?: (ctx: Ctx) => boolean;
}

export interface TextField extends Base {
  kind: "text";
  multiline?: boolean;
  input?: "email" | "url" | "tel";
}
/** Free text per language: a `Text` { sv, en } in the project. */
export interface BiTextField extends Base {
  kind: "bitext";
  multiline?: boolean;
}
export interface ChoiceField extends Base {
  kind: "choice";
  source: ChoiceSource;
  /** How "nothing chosen" is stored: absent (an Option) or "" (an optional id); omitted: a choice is required. */
  empty?: "absent" | "";
  /** The id an absent answer means (the library's default): shown chosen, and stored as absent. */
  absent?: string;
}
export interface MultiField extends Base {
  kind: "multi";
  source: ChoiceSource;
  /**
   * The list also takes the user's own words: an item is a catalogue id or `{ sv, en }`
   * ("Other…"). `special`: an own entry can be marked a special category (`special: true`).
   */
  own?: { special?: boolean };
}
export interface BoolField extends Base {
  kind: "bool";
  /**
   * A question that needs an explicit yes or no: shown as two radio buttons, neither chosen
   * while the answer is absent (the library then warns), instead of one check box.
   */
  answer?: "yes-or-no";
}
export interface DateField extends Base {
  kind: "date";
}
export interface NumberField extends Base {
  kind: "number";
  min?: number;
  max?: number;
}
/**
 * A cookie lifetime as the library reads it: "session", "none", "until deleted", a number and a unit
 * ("13 months"), "up to 2 years" or a range "30 seconds to 1 year" (lifetime.ts).
 */
export interface LifetimeField extends Base {
  kind: "lifetime";
}
/** An optional object (an Option in the project): a check box adds or removes it. */
export interface GroupField extends Base {
  kind: "group";
  fields: Field[];
}
export interface ListField extends Base {
  kind: "list";
  /** The catalogue's blank item kind; without one the blank item is built from `fields`. */
  blank?: string;
  fields: Field[];
  /** Message key of the item heading, `q-<itemKey>-item` with variables `n` and `name`. */
  itemKey: string;
  /** A short name for the item heading, from its answers. */
  title: (item: JsonObject, ctx: Ctx) => string;
  /** The preview's heading id of item i is `<itemClause>-<i + 1>`, when the clause has one per item. */
  itemClause?: string;
}
/** Fields of the items of a list that is edited in another section (no add, move or remove here). */
export interface EachField extends Base {
  kind: "each";
  itemWhen: (ctx: Ctx) => boolean;
  /** A message id of a note shown under each item's heading (a fact from the catalogue). */
  itemNote?: (ctx: Ctx) => string | undefined;
  fields: Field[];
  itemKey: string;
  title: (item: JsonObject, ctx: Ctx) => string;
}

/** A block the app builds itself (the catalogue of services), placed among the fields. */
export interface CustomField extends Base {
  kind: "custom";
}

export type Field =
  | CustomField
  | TextField
  | BiTextField
  | ChoiceField
  | MultiField
  | BoolField
  | DateField
  | NumberField
  | LifetimeField
  | GroupField
  | ListField
  | EachField;

export interface Section {
  id: string;
  /**
   * Clause ids (crates/policywright-document/src/render.rs CLAUSES) of what this section writes; the preview scrolls to the
   * first one the document contains (a clause that does not apply is not in it).
   */
  clauses: string[];
  fields: Field[];
}

const text = (v: Json | undefined): string => (typeof v === "string" ? v : "");
/** A Text in the UI language when written, else the first language that has it. */
function textIn(v: Json | undefined, lang: string): string {
  if (!v || typeof v !== "object" || Array.isArray(v)) return "";
  const o = v as JsonObject;
  return [lang, ...languageCodes()].map((l) => text(o[l]).trim()).find((t) => t !== "") ?? "";
}
function catalogName(ctx: Ctx, list: string, id: Json | undefined): string {
  const s = text(id);
  return s === "" ? "" : (ctx.catalog.entry(list, s)?.name ?? s);
}

/** A data category that needs an Art. 9 condition: a special catalogue one, or own words marked special. */
export function isSpecialData(ctx: Ctx, entry: Json | undefined): boolean {
  if (typeof entry === "string") return ctx.catalog.flag("data", entry, "special");
  return !!entry && typeof entry === "object" && !Array.isArray(entry) && entry["special"] === true;
}

/** The UI language, for item headings; set by the app when the language changes. */
export const uiLangRef = { current: "sv" };

const has = (ctx: Ctx, path: string, value: string): boolean => {
  const v = getAt(ctx.item ?? ctx.project, path);
  return Array.isArray(v) ? v.includes(value) : v === value;
};
const isTrue = (path: string) => (ctx: Ctx) => getAt(ctx.project, path) === true;
/** No known authority is chosen, or details are still written (shown so they can be removed). */
const noKnownAuthority = (ctx: Ctx) => {
  if (!getAt(ctx.project, "authority.country")) return true;
  const name = getAt(ctx.project, "authority.name");
  const named = typeof name === "object" && name !== null && Object.values(name).some((v) => String(v).trim() !== "");
  return named || ["address", "website", "email", "phone"].some((k) => String(getAt(ctx.project, `authority.${k}`) ?? "").trim() !== "");
};
/** The activity lists several legal bases, each with its people. */
const hasBases = (ctx: Ctx): boolean => {
  const b = getAt(ctx.item, "bases");
  return Array.isArray(b) && b.length > 0;
};
/** The activity rests on `basis`, alone or for some of its people. */
const usesBasis =
  (basis: string) =>
  (ctx: Ctx): boolean => {
    if (!hasBases(ctx)) return has(ctx, "legal_basis", basis);
    const b = getAt(ctx.item, "bases");
    return Array.isArray(b) && b.some((part) => getAt(part, "basis") === basis);
  };
/** The activity rests on a legal obligation or a public task, alone or for some of its people. */
const restsOnLaw = (ctx: Ctx): boolean => {
  const bases = ["legal-obligation", "public-task"];
  if (!hasBases(ctx)) return bases.some((b) => has(ctx, "legal_basis", b));
  const b = getAt(ctx.item, "bases");
  return Array.isArray(b) && b.some((part) => bases.includes(String(getAt(part, "basis"))));
};
/** The activity names at least one source other than the person (Art. 14). */
const hasSources = (ctx: Ctx): boolean => {
  const s = getAt(ctx.item, "sources");
  return Array.isArray(s) && s.length > 0;
};

/** The kind of recipient has a country (other users and the public have none). */
const recipientHasCountry = (ctx: Ctx): boolean => {
  const kind = getAt(ctx.item, "kind");
  return kind !== "other-users" && kind !== "public" && kind !== "prospective-buyer";
};

/** A country or "countries that vary" needs a safeguard for the transfer. */
const outsideEea = (ctx: Ctx, country: Json | undefined): boolean =>
  ctx.catalog.flag("recipient_countries", text(country), "outside_eea");

/** The questions about one country's transfer, relative to the item that holds the country. */
const transferFields: Field[] = [
  {
    kind: "choice",
    path: "varies_how",
    key: "tr-varies-how",
    source: { catalog: "varies_hows" },
    empty: "absent",
    when: (ctx) => getAt(ctx.item, "country") === "varies",
  },
  {
    kind: "choice",
    path: "safeguard",
    key: "tr-safeguard",
    source: { catalog: "safeguards" },
    empty: "absent",
  },
  {
    kind: "choice",
    path: "dpf_fallback",
    key: "tr-dpf-fallback",
    source: { catalog: "dpf_fallbacks" },
    empty: "absent",
    when: (ctx) => getAt(ctx.item, "safeguard") === "data-privacy-framework",
  },
  {
    kind: "choice",
    path: "derogation",
    key: "tr-derogation",
    source: { catalog: "derogations" },
    empty: "absent",
    when: (ctx) => getAt(ctx.item, "safeguard") === "derogation",
  },
  {
    kind: "bitext",
    path: "safeguard_copy",
    key: "tr-safeguard-copy",
    multiline: true,
    when: (ctx) => typeof getAt(ctx.item, "safeguard") === "string",
  },
];

/** An organisation in the UK transfers under the UK GDPR too. */
const ukOrganisation = (ctx: Ctx): boolean => getAt(ctx.project, "organisation.address.country") === "GB";

/**
 * The transfer questions, asked only while the item's `country` is outside the EEA or varies;
 * for an organisation in the UK also the UK GDPR's safeguard, where UK law does not cover the
 * country, and the derogation when either law's safeguard is one.
 */
const transferQuestions: Field[] = [
  ...transferFields.map((f) => ({
    ...f,
    when: (ctx: Ctx) =>
      f.path === "derogation"
        ? (outsideEea(ctx, getAt(ctx.item, "country")) && f.when!(ctx)) || getAt(ctx.item, "uk_safeguard") === "derogation"
        : outsideEea(ctx, getAt(ctx.item, "country")) && (!f.when || f.when(ctx)),
  })),
  {
    kind: "choice",
    path: "uk_safeguard",
    key: "tr-uk-safeguard",
    source: { catalog: "uk_safeguards" },
    empty: "absent",
    when: (ctx: Ctx) => {
      const country = text(getAt(ctx.item, "country"));
      return ukOrganisation(ctx) && country !== "" && !ctx.catalog.flag("recipient_countries", country, "uk_covered");
    },
  },
];

/** One choice per activity of the project: the id a recipient links it by, and its heading. */
export interface ActivityChoice {
  id: string;
  name: string;
  /** The activity has no id yet (a purpose in own words): linking it gives it `id`. */
  assign?: number;
}

/**
 * The activities a recipient can be linked to. An activity's id is its `id`, else its catalogue
 * purpose (as the library resolves links); one in own words without an id is offered with a
 * fresh id that linking it writes into the activity.
 */
export function activityChoices(project: Project, catalog: CatalogView, lang: string): ActivityChoice[] {
  const list = getAt(project, "activities");
  const activities = Array.isArray(list) ? (list as JsonObject[]) : [];
  const linkId = (a: JsonObject) => text(a["id"]).trim() || text(a["purpose"]);
  const taken = new Set(activities.map(linkId).filter((id) => id !== ""));
  const out: ActivityChoice[] = [];
  activities.forEach((a, index) => {
    const purpose = text(a["purpose"]);
    // As the activity's own heading says it: its short title, else the catalogue's name, and
    // its explanation only when it has neither.
    const name =
      textIn(a["title"], lang) ||
      (purpose !== "" ? (catalog.entry("purposes", purpose)?.name ?? purpose) : "") ||
      textIn(a["description"], lang) ||
      `${index + 1}`;
    const id = linkId(a);
    // Two activities of one catalogue purpose share its id: the second is offered with an id
    // of its own, which linking it writes (so that the first keeps the purpose's id).
    if (id !== "" && !out.some((o) => o.id === id)) {
      out.push({ id, name });
      return;
    }
    const stem = id !== "" ? id : "activity";
    let n = id !== "" ? 2 : index + 1;
    while (taken.has(`${stem}-${n}`)) n += 1;
    const fresh = `${stem}-${n}`;
    taken.add(fresh);
    out.push({ id: fresh, name, assign: index });
  });
  return out;
}

/**
 * Further countries of a recipient, each with the questions of its own transfer when it is outside
 * the EEA or "countries that vary". Asked with the recipient and again in the transfers step.
 */
const otherCountries: ListField = {
  kind: "list",
  path: "other_countries",
  key: "rec-other-countries",
  itemKey: "rec-other-country",
  title: (item, ctx) => catalogName(ctx, "recipient_countries", item["country"]),
  fields: [
    {
      kind: "choice",
      path: "country",
      key: "rec-other-country",
      source: { catalog: "recipient_countries" },
    },
    ...transferQuestions,
  ],
};

/** A country of the recipient's other countries needs a safeguard. */
const anyOtherOutside = (ctx: Ctx): boolean => {
  const list = getAt(ctx.item, "other_countries");
  return Array.isArray(list) && list.some((l) => !!l && typeof l === "object" && outsideEea(ctx, (l as JsonObject)["country"]));
};

const address = (prefix: string, key: string): Field[] => [
  { kind: "text", path: `${prefix}.street`, key: `${key}-street` },
  { kind: "text", path: `${prefix}.postal_code`, key: `${key}-postal-code` },
  { kind: "text", path: `${prefix}.city`, key: `${key}-city` },
  { kind: "choice", path: `${prefix}.country`, key: `${key}-country`, source: { catalog: "countries" } },
];

export const SECTIONS: Section[] = [
  {
    id: "organisation",
    clauses: ["controller"],
    fields: [
      { kind: "text", path: "organisation.legal_name", key: "org-legal-name" },
      { kind: "bool", path: "organisation.sole_trader", key: "org-sole-trader" },
      // A sole trader's number is the owner's personal identity number: not asked.
      { kind: "text", path: "organisation.org_number", key: "org-number", when: (ctx) => getAt(ctx.project, "organisation.sole_trader") !== true },
      ...address("organisation.address", "org-address"),
      { kind: "text", path: "organisation.email", key: "org-email", input: "email" },
      { kind: "text", path: "organisation.phone", key: "org-phone", input: "tel" },
      { kind: "text", path: "organisation.website", key: "org-website", input: "url" },
      {
        kind: "group",
        path: "organisation.dpo",
        key: "org-dpo",
        fields: [
          { kind: "text", path: "organisation.dpo.name", key: "org-dpo-name" },
          { kind: "text", path: "organisation.dpo.email", key: "org-dpo-email", input: "email" },
          { kind: "text", path: "organisation.dpo.phone", key: "org-dpo-phone", input: "tel" },
        ],
      },
      {
        kind: "group",
        path: "organisation.eu_representative",
        key: "org-rep",
        fields: [
          { kind: "text", path: "organisation.eu_representative.name", key: "org-rep-name" },
          ...address("organisation.eu_representative.address", "org-rep-address"),
          { kind: "text", path: "organisation.eu_representative.email", key: "org-rep-email", input: "email" },
        ],
      },
      {
        kind: "choice",
        path: "organisation.gdpr_reach",
        key: "org-gdpr-reach",
        source: { catalog: "gdpr_reaches" },
        empty: "absent",
        when: (ctx) => ctx.catalog.flag("countries", text(getAt(ctx.project, "organisation.address.country")), "outside_eea"),
      },
    ],
  },
  {
    id: "activities",
    clauses: ["purposes", "special-data", "sources", "retention"],
    fields: [
      {
        kind: "list",
        path: "activities",
        key: "activities",
        blank: "activity",
        itemKey: "activity",
        itemClause: "purposes",
        title: (item, ctx) =>
          textIn(item["title"], uiLangRef.current) ||
          catalogName(ctx, "purposes", item["purpose"]) ||
          textIn(item["description"], uiLangRef.current),
        fields: [
          { kind: "choice", path: "purpose", key: "act-purpose", source: { catalog: "purposes" }, empty: "" },
          { kind: "bitext", path: "title", key: "act-title" },
          { kind: "bitext", path: "description", key: "act-description", multiline: true },
          { kind: "multi", path: "people", key: "act-people", source: { catalog: "people" }, own: {} },
          { kind: "multi", path: "data", key: "act-data", source: { catalog: "data" }, own: { special: true } },
          {
            kind: "choice",
            path: "legal_basis",
            key: "act-legal-basis",
            source: { catalog: "legal_bases" },
            when: (ctx) => !hasBases(ctx),
          },
          {
            // With several bases listed the single one is not used: shown, with "(none)" to
            // remove it, only while it still holds a value.
            kind: "choice",
            path: "legal_basis",
            key: "act-legal-basis",
            source: { catalog: "legal_bases" },
            empty: "absent",
            when: (ctx) => hasBases(ctx) && getAt(ctx.item, "legal_basis") !== undefined,
          },
          {
            kind: "choice",
            path: "special_condition",
            key: "act-special-condition",
            source: { catalog: "special_conditions" },
            empty: "",
            when: (ctx) => {
              const data = getAt(ctx.item, "data");
              return Array.isArray(data) && data.some((d) => isSpecialData(ctx, d));
            },
          },
          {
            kind: "bitext",
            path: "legitimate_interest",
            key: "act-legitimate-interest",
            multiline: true,
            when: (ctx) => !hasBases(ctx) && has(ctx, "legal_basis", "legitimate-interests"),
          },
          {
            kind: "list",
            path: "bases",
            key: "act-bases",
            itemKey: "basis",
            title: (item, ctx) => {
              const basis = catalogName(ctx, "legal_bases", item["basis"]);
              const people = Array.isArray(item["people"])
                ? item["people"]
                    .map((p) => (typeof p === "string" ? catalogName(ctx, "people", p) : textIn(p, uiLangRef.current)))
                    .filter(Boolean)
                    .join(", ")
                : "";
              const name = basis && people ? `${basis}: ${people}` : basis || people;
              return name.charAt(0).toLocaleUpperCase(uiLangRef.current) + name.slice(1);
            },
            fields: [
              { kind: "choice", path: "basis", key: "act-basis", source: { catalog: "legal_bases" }, empty: "absent" },
              { kind: "multi", path: "people", key: "act-basis-people", source: { catalog: "people", within: "people" } },
              { kind: "bitext", path: "situation", key: "act-basis-situation" },
              {
                kind: "bitext",
                path: "legitimate_interest",
                key: "act-basis-interest",
                multiline: true,
                when: (ctx) => has(ctx, "basis", "legitimate-interests"),
              },
            ],
          },
          { kind: "bool", path: "balancing_test", key: "act-balancing-test", when: usesBasis("legitimate-interests") },
          { kind: "bitext", path: "consent_collected_by", key: "act-consent-collected-by", when: usesBasis("consent") },
          { kind: "multi", path: "laws", key: "act-laws", source: { catalog: "laws" }, own: {}, when: restsOnLaw },
          { kind: "multi", path: "restrictions", key: "act-restrictions", source: { catalog: "restrictions" } },
          {
            kind: "bitext",
            path: "identity_number_reason",
            key: "act-identity-number-reason",
            multiline: true,
            when: (ctx) => has(ctx, "data", "personal-identity-number"),
          },
          { kind: "bool", path: "direct_marketing", key: "act-direct-marketing" },
          { kind: "bool", path: "profiling", key: "act-profiling" },
          {
            kind: "bitext",
            path: "profiling_logic",
            key: "act-profiling-logic",
            multiline: true,
            when: (ctx) => getAt(ctx.item, "profiling") === true,
          },
          {
            kind: "list",
            path: "sources",
            key: "act-sources",
            itemKey: "source",
            title: (item) => textIn(item["description"], uiLangRef.current),
            fields: [
              { kind: "bitext", path: "description", key: "act-source-description", multiline: true },
              { kind: "bool", path: "public", key: "act-source-public" },
            ],
          },
          {
            kind: "bool",
            path: "from_person",
            key: "act-from-person",
            when: (ctx) => hasSources(ctx),
          },
          {
            kind: "choice",
            path: "requirement",
            key: "act-requirement",
            source: { catalog: "requirements" },
            empty: "absent",
            when: (ctx) => !hasSources(ctx) || getAt(ctx.item, "from_person") === true,
          },
          {
            kind: "bitext",
            path: "consequence",
            key: "act-consequence",
            multiline: true,
            when: (ctx) => {
              const r = getAt(ctx.item, "requirement");
              return typeof r === "string" && r !== "none" && r !== "reused";
            },
          },
          { kind: "choice", path: "retention.preset", key: "act-retention", source: { catalog: "retention" } },
          {
            kind: "number",
            path: "retention.months",
            key: "act-retention-months",
            min: 1,
            max: 1200,
            when: (ctx) => ctx.catalog.flag("retention", text(getAt(ctx.item, "retention.preset")), "takes_months"),
          },
          {
            kind: "bitext",
            path: "retention.text",
            key: "act-retention-text",
            multiline: true,
            when: (ctx) => has(ctx, "retention.preset", "custom"),
          },
          {
            kind: "bitext",
            path: "retention.text",
            key: "act-retention-end",
            multiline: true,
            when: (ctx) => has(ctx, "retention.preset", "at-least"),
          },
          {
            kind: "choice",
            path: "retention.ends",
            key: "act-retention-ends",
            source: { catalog: "relationship_ends" },
            empty: "absent",
            when: (ctx) => has(ctx, "retention.preset", "after-relationship"),
          },
          { kind: "bool", path: "retention.anonymised", key: "act-retention-anonymised" },
        ],
      },
    ],
  },
  {
    id: "sharing",
    clauses: ["recipients"],
    fields: [
      // "Which of these services do you use?" (services.ts): ticking one adds its recipient here,
      // its transfers and its cookies.
      { kind: "custom", path: "services", key: "services" },
      {
        kind: "list",
        path: "recipients",
        key: "recipients",
        blank: "recipient",
        itemKey: "recipient",
        title: (item) => textIn(item["name"], uiLangRef.current),
        fields: [
          { kind: "bitext", path: "name", key: "rec-name" },
          { kind: "choice", path: "kind", key: "rec-kind", source: { catalog: "recipient_kinds" } },
          { kind: "bitext", path: "purpose", key: "rec-purpose", multiline: true },
          { kind: "multi", path: "activities", key: "rec-activities", source: { activities: true } },
          {
            kind: "multi",
            path: "laws",
            key: "rec-laws",
            source: { catalog: "laws" },
            own: {},
            when: (ctx) => has(ctx, "kind", "authority"),
          },
          {
            kind: "bitext",
            path: "joint_essence",
            key: "rec-joint-essence",
            multiline: true,
            when: (ctx) => has(ctx, "kind", "joint-controller"),
          },
          {
            kind: "bitext",
            path: "joint_contact",
            key: "rec-joint-contact",
            multiline: true,
            when: (ctx) => has(ctx, "kind", "joint-controller"),
          },
          {
            kind: "choice",
            path: "country",
            key: "rec-country",
            source: { catalog: "recipient_countries" },
            when: recipientHasCountry,
          },
          { ...otherCountries, when: recipientHasCountry },
        ],
      },
    ],
  },
  {
    id: "transfers",
    clauses: ["transfers", "recipients"],
    fields: [
      {
        kind: "each",
        path: "recipients",
        key: "transfers",
        itemKey: "transfer",
        itemWhen: (ctx) => recipientHasCountry(ctx) && (outsideEea(ctx, getAt(ctx.item, "country")) || anyOtherOutside(ctx)),
        itemNote: (ctx) => {
          const country = getAt(ctx.item, "country");
          if (!outsideEea(ctx, country)) return undefined;
          if (country === "varies") return "app-transfer-varies";
          return ctx.catalog.flag("recipient_countries", text(country), "adequate")
            ? "app-transfer-adequate"
            : "app-transfer-not-adequate";
        },
        // The recipient and its countries outside the EEA: "Cloud (United States, India)".
        title: (item, ctx) => {
          const others = Array.isArray(item["other_countries"]) ? (item["other_countries"] as JsonObject[]) : [];
          const countries = [item["country"], ...others.map((o) => o["country"])]
            .filter((c) => outsideEea(ctx, c))
            .map((c) => catalogName(ctx, "recipient_countries", c));
          return `${textIn(item["name"], uiLangRef.current)} (${countries.join(", ")})`;
        },
        fields: [
          ...transferQuestions,
          otherCountries,
        ],
      },
    ],
  },
  {
    id: "rights",
    clauses: ["rights", "complaint"],
    fields: [
      { kind: "text", path: "rights.email", key: "rights-email", input: "email" },
      { kind: "text", path: "rights.form_url", key: "rights-form-url", input: "url" },
      { kind: "number", path: "rights.response_days", key: "rights-response-days", min: 1, max: 28 },
      { kind: "bitext", path: "rights.identity_check", key: "rights-identity-check", multiline: true },
      {
        kind: "group",
        path: "authority",
        key: "authority",
        fields: [
          {
            kind: "choice",
            path: "authority.country",
            key: "authority-country",
            source: { catalog: "authorities" },
            empty: "",
          },
          // An authority policywright knows needs no details; any other is described here.
          ...(
            [
              { kind: "bitext", path: "authority.name", key: "authority-name" },
              { kind: "text", path: "authority.address", key: "authority-address", multiline: true },
              { kind: "text", path: "authority.website", key: "authority-website", input: "url" },
              { kind: "text", path: "authority.email", key: "authority-email", input: "email" },
              { kind: "text", path: "authority.phone", key: "authority-phone", input: "tel" },
            ] as Field[]
          ).map((f) => ({ ...f, when: noKnownAuthority })),
        ],
      },
    ],
  },
  {
    id: "cookies",
    clauses: ["cookies"],
    fields: [
      {
        kind: "list",
        path: "cookies.items",
        key: "cookies",
        blank: "cookie",
        itemKey: "cookie",
        title: (item) => text(item["name"]),
        fields: [
          { kind: "text", path: "name", key: "cookie-name" },
          {
            kind: "choice",
            path: "technology",
            key: "cookie-technology",
            source: { catalog: "technologies" },
            absent: "cookie",
          },
          { kind: "text", path: "provider", key: "cookie-provider" },
          { kind: "text", path: "data_recipient", key: "cookie-data-recipient" },
          { kind: "bitext", path: "purpose", key: "cookie-purpose", multiline: true },
          { kind: "choice", path: "category", key: "cookie-category", source: { catalog: "cookie_categories" } },
          { kind: "lifetime", path: "lifetime", key: "cookie-lifetime" },
          {
            kind: "choice",
            path: "party",
            key: "cookie-party",
            source: { catalog: "parties" },
          },
        ],
      },
      { kind: "bitext", path: "cookies.consent", key: "cookies-consent", multiline: true },
      { kind: "bitext", path: "cookies.withdrawal", key: "cookies-withdrawal", multiline: true },
      { kind: "text", path: "cookies.policy_url", key: "cookies-policy-url", input: "url" },
    ],
  },
  {
    id: "children",
    clauses: ["children", "automated-decisions"],
    fields: [
      { kind: "bool", path: "children.addressed", key: "children-addressed" },
      {
        kind: "bool",
        path: "children.online_service",
        key: "children-online-service",
        answer: "yes-or-no",
        when: isTrue("children.addressed"),
      },
      {
        kind: "bitext",
        path: "children.guardian_consent",
        key: "children-guardian-consent",
        multiline: true,
        when: isTrue("children.addressed"),
      },
      { kind: "number", path: "children.minimum_age", key: "children-minimum-age", min: 1, max: 99 },
      {
        kind: "bitext",
        path: "children.younger_found",
        key: "children-younger-found",
        multiline: true,
        when: (ctx) => typeof getAt(ctx.project, "children.minimum_age") === "number",
      },
      { kind: "bool", path: "automated_decisions.used", key: "ad-used" },
      {
        kind: "choice",
        path: "automated_decisions.ground",
        key: "ad-ground",
        source: { catalog: "decision_grounds" },
        empty: "absent",
        when: isTrue("automated_decisions.used"),
      },
      {
        kind: "multi",
        path: "automated_decisions.laws",
        key: "ad-laws",
        source: { catalog: "laws" },
        own: {},
        when: (ctx) => isTrue("automated_decisions.used")(ctx) && getAt(ctx.project, "automated_decisions.ground") === "law",
      },
      {
        kind: "bitext",
        path: "automated_decisions.logic",
        key: "ad-logic",
        multiline: true,
        when: isTrue("automated_decisions.used"),
      },
      {
        kind: "bitext",
        path: "automated_decisions.consequences",
        key: "ad-consequences",
        multiline: true,
        when: isTrue("automated_decisions.used"),
      },
      { kind: "bool", path: "automated_decisions.profiling", key: "ad-profiling" },
      {
        kind: "bitext",
        path: "automated_decisions.profiling_description",
        key: "ad-profiling-description",
        multiline: true,
        when: isTrue("automated_decisions.profiling"),
      },
    ],
  },
  {
    id: "security",
    clauses: ["security"],
    fields: [
      {
        kind: "multi",
        path: "security.measures",
        key: "security-measures",
        source: { catalog: "security" },
        own: {},
      },
      { kind: "bitext", path: "security.description", key: "security-description", multiline: true },
    ],
  },
  {
    // "For your record": the answers only the record of processing activities holds (Art. 30),
    // never in the policy. The preview has nothing of them to show.
    id: "record",
    clauses: [],
    fields: [
      { kind: "custom", path: "record", key: "record-need" },
      { kind: "number", path: "record.employees", key: "record-employees", min: 0 },
      { kind: "bool", path: "record.occasional", key: "record-occasional" },
      { kind: "text", path: "record.keeper", key: "record-keeper" },
      { kind: "date", path: "record.reviewed", key: "record-reviewed" },
      {
        kind: "each",
        path: "activities",
        key: "record-activities",
        itemKey: "record-activity",
        itemWhen: () => true,
        title: (item, ctx) =>
          textIn(item["title"], uiLangRef.current) ||
          catalogName(ctx, "purposes", item["purpose"]) ||
          textIn(item["description"], uiLangRef.current),
        fields: [
          { kind: "text", path: "record.owner", key: "record-owner" },
          { kind: "text", path: "record.systems", key: "record-systems" },
          { kind: "choice", path: "record.dpia", key: "record-dpia", source: { catalog: "dpias" }, empty: "absent" },
          { kind: "text", path: "record.dpia_where", key: "record-dpia-where", when: (ctx) => has(ctx, "record.dpia", "done") },
          {
            kind: "text",
            path: "record.consent_where",
            key: "record-consent-where",
            when: (ctx) => usesBasis("consent")(ctx) || has(ctx, "special_condition", "explicit-consent"),
          },
          { kind: "text", path: "record.assessment_where", key: "record-assessment-where", when: usesBasis("legitimate-interests") },
        ],
      },
      {
        kind: "each",
        path: "recipients",
        key: "record-contracts",
        itemKey: "record-contract",
        itemWhen: (ctx) => has(ctx, "kind", "processor"),
        title: (item) => textIn(item["name"], uiLangRef.current),
        fields: [{ kind: "text", path: "contract", key: "record-contract" }],
      },
      { kind: "text", path: "record.measures", key: "record-measures", multiline: true },
      {
        kind: "list",
        path: "record.processor_for",
        key: "record-processor-for",
        blank: "processor_for",
        itemKey: "record-processor",
        title: (item) => (typeof item["controller"] === "string" ? item["controller"] : ""),
        fields: [
          { kind: "text", path: "controller", key: "record-processor-controller" },
          { kind: "text", path: "contact", key: "record-processor-contact" },
          { kind: "text", path: "processing", key: "record-processor-processing", multiline: true },
          { kind: "text", path: "transfers", key: "record-processor-transfers" },
          { kind: "text", path: "measures", key: "record-processor-measures", multiline: true },
        ],
      },
    ],
  },
  {
    id: "review",
    clauses: ["changes", "intro"],
    fields: [
      { kind: "text", path: "policy.version", key: "policy-version" },
      { kind: "date", path: "policy.effective_date", key: "policy-effective-date" },
      { kind: "multi", path: "policy.languages", key: "policy-languages", source: { catalog: "languages" } },
      {
        kind: "choice",
        path: "policy.prevailing_language",
        key: "policy-prevailing-language",
        source: { catalog: "languages" },
      },
      { kind: "text", path: "policy.url", key: "policy-url", input: "url" },
      {
        kind: "multi",
        path: "policy.change_channels",
        key: "policy-change-channels",
        source: { catalog: "change_channels" },
        own: {},
      },
      { kind: "bitext", path: "policy.processor_data", key: "policy-processor-data", multiline: true },
      { kind: "bool", path: "policy.new_purpose_consent", key: "policy-new-purpose-consent" },
      { kind: "bitext", path: "policy.change_summary", key: "policy-change-summary", multiline: true },
    ],
  },
];

export function sectionById(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}
