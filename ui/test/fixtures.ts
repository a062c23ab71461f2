// A catalogue and project shaped like the library's (crates/policywright-project/src/catalog.rs and model.rs), small.
import { catalogView } from "../src/catalog";
import type { Catalog, Project, ServiceCatalogue } from "../src/types";

export const catalogData: Catalog = {
  purposes: [
    { id: "order-fulfilment", name: "Orders" },
    { id: "newsletter", name: "Newsletter" },
  ],
  people: [
    { id: "customers", name: "customers" },
    { id: "employees", name: "employees" },
  ],
  data: [
    { id: "name", name: "Name" },
    { id: "personal-identity-number", name: "Personal identity number" },
    { id: "health", name: "Health", special: true },
  ],
  legal_bases: [
    { id: "contract", name: "Contract" },
    { id: "legitimate-interests", name: "Legitimate interests" },
    { id: "legal-obligation", name: "Legal obligation" },
    { id: "consent", name: "Consent" },
  ],
  special_conditions: [{ id: "explicit-consent", name: "Explicit consent" }],
  requirements: [
    { id: "none", name: "Voluntary" },
    { id: "statutory", name: "Required by law" },
  ],
  retention: [
    { id: "bookkeeping", name: "Bookkeeping" },
    { id: "after-relationship", name: "After the relationship", takes_months: true },
    { id: "custom", name: "Own description" },
  ],
  recipient_kinds: [
    { id: "processor", name: "Processor" },
    { id: "joint-controller", name: "Joint controller" },
    { id: "public", name: "The public" },
  ],
  countries: [
    { id: "SE", name: "Sweden" },
    { id: "US", name: "United States", outside_eea: true, adequate: true },
    { id: "IN", name: "India", outside_eea: true },
  ],
  recipient_countries: [
    { id: "SE", name: "Sweden", uk_covered: true },
    { id: "US", name: "United States", outside_eea: true, adequate: true },
    { id: "IN", name: "India", outside_eea: true },
    { id: "varies", name: "countries that vary", outside_eea: true },
  ],
  safeguards: [
    { id: "standard-contractual-clauses", name: "SCC" },
    { id: "data-privacy-framework", name: "DPF" },
    { id: "derogation", name: "Derogation" },
  ],
  dpf_fallbacks: [{ id: "standard-contractual-clauses", name: "SCC" }],
  varies_hows: [
    { id: "change-over-time", name: "they change over time" },
    { id: "chosen-by-person", name: "the country the person chooses" },
  ],
  gdpr_reaches: [
    { id: "offering", name: "we offer goods or services" },
    { id: "monitoring", name: "we monitor behaviour" },
  ],
  relationship_ends: [
    { id: "membership", name: "the membership" },
    { id: "last-purchase", name: "the last purchase" },
  ],
  uk_safeguards: [
    { id: "uk-extension", name: "UK Extension" },
    { id: "idta", name: "IDTA" },
  ],
  derogations: [{ id: "explicit-consent", name: "Explicit consent" }],
  decision_grounds: [{ id: "contract", name: "Contract" }],
  authorities: [{ id: "SE", name: "Sweden: the Swedish Authority for Privacy Protection (IMY)" }],
  cookie_categories: [{ id: "necessary", name: "Necessary" }],
  technologies: [
    { id: "cookie", name: "cookie" },
    { id: "local-storage", name: "local storage" },
    { id: "pixel", name: "tracking pixel" },
  ],
  parties: [{ id: "first", name: "First party" }],
  change_channels: [{ id: "website", name: "Website" }],
  security: [{ id: "backups", name: "Backups" }],
  laws: [{ id: "bookkeeping", name: "the Swedish Bookkeeping Act (1999:1078)" }],
  restrictions: [{ id: "patient-records", name: "patient records (Patient Data Act)" }],
  languages: [
    { id: "sv", name: "Swedish" },
    { id: "en", name: "English" },
  ],
  dpias: [
    { id: "not-needed", name: "not needed" },
    { id: "done", name: "done" },
    { id: "needed", name: "needed but not done" },
  ],
  blank: {
    activity: {
      purpose: "",
      people: [],
      data: [],
      legal_basis: "contract",
      requirement: "none",
      retention: { preset: "" },
    },
    recipient: { name: {}, kind: "processor", purpose: {}, country: "SE" },
    cookie: { name: "", provider: "", purpose: {}, category: "necessary", lifetime: "session", party: "first" },
  },
};

export const catalog = catalogView(catalogData);

/** Two services shaped like data/services.toml: one with every fact, one with only its texts. */
export const servicesData: ServiceCatalogue = {
  checked: "2026-12-07",
  services: [
    {
      id: "mailchimp",
      name: "Mailchimp",
      description: { sv: "Nyhetsbrev.", en: "Newsletters." },
      purposes: ["newsletter"],
      provider: { entity: "The Rocket Science Group LLC", country: "US", source: "https://mailchimp.example/dpa", checked: "2026-12-07" },
      role: { kind: "processor", source: "https://mailchimp.example/dpa", checked: "2026-12-07" },
      transfer: { countries: ["US"], safeguard: "data-privacy-framework", source: "https://mailchimp.example/dpf", checked: "2026-12-06" },
    },
    {
      id: "bokadirekt",
      name: "Bokadirekt",
      description: { sv: "Bokning av tider.", en: "Appointment booking." },
      purposes: ["order-fulfilment"],
    },
  ],
};

export function project(): Project {
  return {
    schema_version: 1,
    organisation: {
      legal_name: "Bageri Lund AB",
      org_number: "556677-8899",
      address: { street: "Storgatan 1", postal_code: "222 21", city: "Lund", country: "SE" },
      email: "info@bageri.example",
    },
    policy: { version: "1.0", effective_date: "2026-01-01", languages: ["sv", "en"], prevailing_language: "sv", change_channels: ["website"] },
    activities: [
      {
        purpose: "order-fulfilment",
        people: ["customers"],
        data: ["name"],
        legal_basis: "contract",
        requirement: "none",
        retention: { preset: "bookkeeping" },
      },
      {
        purpose: "",
        description: { sv: "Kundklubb", en: "" },
        people: ["customers"],
        data: ["name"],
        legal_basis: "legitimate-interests",
        requirement: "none",
        retention: { preset: "custom", text: { sv: "Två år" } },
      },
    ],
    recipients: [
      { name: { sv: "Redovisningsbyrån", en: "Our accounting firm" }, kind: "processor", purpose: { sv: "Bokföring", en: "Bookkeeping" }, country: "SE" },
      { name: { sv: "Moln", en: "Cloud" }, kind: "processor", purpose: { sv: "Drift", en: "Hosting" }, country: "US" },
    ],
    cookies: {},
    children: { addressed: false },
    automated_decisions: { used: false },
    security: { measures: [] },
    rights: {},
  };
}
