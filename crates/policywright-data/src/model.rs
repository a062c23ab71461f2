//! The policy as data: the types `policy.json` is written from, and the JSON Schema is derived
//! from. Every field's documentation becomes its description in the schema (docs/policy.schema.json).

use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// A text in each language the policy is published in, keyed by language code:
/// `{"sv": "…", "en": "…"}`.
pub type Texts = BTreeMap<String, String>;

/// A privacy policy's facts, in every language it is published in.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct PolicyData {
    /// What the file is: always "policywright-policy", so a tool can tell it from other JSON.
    pub format: String,
    /// The version of this file's structure: a change that is not only an addition raises it.
    pub format_version: u32,
    /// The program that wrote the file, with its version ("policywright 0.5.0").
    pub generator: String,
    /// The languages the policy is published in (ISO 639-1 codes), in the order of the
    /// program's languages; every `Texts` value has these keys.
    pub languages: Vec<String>,
    /// The language that prevails if the translations differ.
    pub prevailing_language: String,
    /// The policy's version number, when the text is that version. Absent for a draft that
    /// has changed since its number was published (see `changed_since`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// A draft: the published version whose answers have changed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed_since: Option<String>,
    /// The date the policy applies from (ISO 8601, YYYY-MM-DD).
    pub effective_date: String,
    /// The address of the published policy on the organisation's website, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The organisation responsible for the processing (Art. 4(7) GDPR).
    pub controller: Controller,
    /// Its data protection officer (Art. 37–39), if it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Contact>,
    /// Its representative in the EU (Art. 27), if it is established outside the EU.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub representative: Option<Contact>,
    /// Each purpose of processing, with its legal bases, people, data and retention.
    pub purposes: Vec<Purpose>,
    /// Who receives personal data, with the countries and safeguards of the transfers.
    pub recipients: Vec<Recipient>,
    /// The cookies and similar technologies the website or app uses.
    pub cookies: Vec<Cookie>,
    /// The rights the policy tells people they have.
    pub rights: Vec<Right>,
    /// The supervisory authority people can complain to (Art. 77), when the policy names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
}

/// The controller's identity and contact details (Art. 13(1)(a)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Controller {
    /// The registered name.
    pub name: String,
    /// The organisation number. Absent for a sole trader, whose number is the owner's
    /// personal identity number and is never published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation_number: Option<String>,
    /// The postal address.
    pub address: Address,
    /// The e-mail address for questions about personal data.
    pub email: String,
    /// The telephone number, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The website, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// A postal address.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
}

/// A person or office to contact: the DPO or the EU representative.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Contact {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The postal address (the representative's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
}

/// An entry of one of the program's catalogues, or the organisation's own words.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Term {
    /// The catalogue id ("customers", "contact"); absent for the organisation's own words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The W3C Data Privacy Vocabulary concept for it, where DPV has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
    /// Its name in each language.
    pub name: Texts,
}

/// A purpose of processing (Art. 13(1)(c)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Purpose {
    /// The purpose's id, unique in the policy; recipients name purposes by it.
    pub id: String,
    /// The catalogue purpose it is, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Term>,
    /// The heading the policy gives it.
    pub title: Texts,
    /// What the organisation does with the data, in its own words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Texts>,
    /// The people whose data it is (the categories of data subjects).
    pub people: Vec<Term>,
    /// The categories of personal data.
    pub data: Vec<DataCategory>,
    /// The legal bases under Art. 6(1), each with the people it covers when they differ.
    pub legal_bases: Vec<LegalBasis>,
    /// The Art. 9(2) condition for its special categories of data, if it has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special_condition: Option<Provision>,
    /// The laws that oblige or allow the processing (with a legal obligation or a public task).
    pub laws: Vec<Term>,
    /// Whether people must provide the data: "statutory", "contractual", "contract-condition"
    /// or "voluntary" (Art. 13(2)(e)); absent when not said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
    /// It is direct marketing, to which people can always object (Art. 21(2)).
    pub direct_marketing: bool,
    /// It includes profiling.
    pub profiling: bool,
    /// How long the data is kept (Art. 13(2)(a)).
    pub retention: Retention,
}

/// A category of personal data.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DataCategory {
    #[serde(flatten)]
    pub term: Term,
    /// A special category of personal data (Art. 9(1)).
    pub special: bool,
}

/// A legal basis of Art. 6(1) GDPR.
#[derive(Debug, Serialize, JsonSchema)]
pub struct LegalBasis {
    /// "consent", "contract", "legal-obligation", "vital-interests", "public-task" or
    /// "legitimate-interests".
    pub id: String,
    /// The provision: "6(1)(a)" … "6(1)(f)".
    pub article: String,
    /// The DPV concept of this basis in the GDPR (the DPV GDPR extension).
    pub dpv: String,
    pub name: Texts,
    /// The people this basis covers, when a purpose rests on different bases for different
    /// people; empty when it covers everyone of the purpose.
    pub people: Vec<Term>,
    /// The legitimate interest pursued (Art. 13(1)(d)), with `legitimate-interests`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<Texts>,
}

/// A provision of the GDPR chosen from a catalogue: an Art. 9(2) condition, a safeguard.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Provision {
    pub id: String,
    /// The article, paragraph and point: "9(2)(a)", "46(2)(c)".
    pub article: String,
    /// The DPV concept for it, where DPV has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
    pub name: Texts,
}

/// How long a purpose keeps its data.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Retention {
    /// The rule, from the catalogue of retention rules ("months-after-relationship", …).
    pub rule: Term,
    /// The number of months of a rule that takes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// What ends the relationship the period counts from ("membership", "last-purchase", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
    /// At the end of the period the data is anonymised rather than deleted.
    pub anonymised: bool,
    /// The rule in the organisation's own words (the whole rule for "custom").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Texts>,
    /// With "bookkeeping": the period the bookkeeping law of the organisation's country sets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law_period: Option<Texts>,
    /// With "bookkeeping": the provision that sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law: Option<Texts>,
}

/// A recipient or category of recipients (Art. 13(1)(e)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Recipient {
    pub name: Texts,
    /// The id of the service in policywright's catalogue of services, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Its role: "processor", "controller", "joint-controller", "group-company", "authority",
    /// "other-users", "public" or "prospective-buyer".
    pub role: Term,
    /// Why it receives the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Texts>,
    /// The ids of the purposes whose data it receives; empty when not said.
    pub purposes: Vec<String>,
    /// Where it processes the data, each country with the safeguard of a transfer there.
    pub locations: Vec<Location>,
    /// For a joint controller: the essence of the arrangement (Art. 26(2)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joint_essence: Option<Texts>,
}

/// A country where a recipient processes data.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Location {
    /// ISO 3166-1 alpha-2 code, or "varies" for countries that vary.
    pub country: String,
    pub name: Texts,
    /// In the EEA: no transfer under Chapter V GDPR.
    pub in_eea: bool,
    /// The safeguard of a transfer there (Art. 45–49).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<Provision>,
    /// With the EU–US Data Privacy Framework: what the transfer rests on if the framework
    /// ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback: Option<Provision>,
    /// How people get a copy of the safeguards, or where they are available (Art. 13(1)(f)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy: Option<Texts>,
}

/// A cookie or similar technology.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Cookie {
    /// Its name as the browser or app stores it ("_ga", "_ga_<container-id>").
    pub name: String,
    /// "cookie", "local-storage", "session-storage", "pixel", "sdk" or "fingerprinting".
    pub technology: Term,
    /// Who sets it.
    pub provider: String,
    /// Who receives the data it collects, when another than the provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receiver: Option<String>,
    /// Set by the site itself ("first") or by another ("third").
    pub party: String,
    /// "necessary", "preferences", "statistics" or "marketing".
    pub category: Term,
    pub purpose: Texts,
    /// How long it lasts.
    pub lifetime: Lifetime,
    /// The id of the service in policywright's catalogue of services, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

/// How long a cookie or similar technology lasts.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Lifetime {
    /// As the project states it: "session", "13 months", "up to 2 years", "none",
    /// "until deleted".
    pub value: String,
    /// In words, in each language.
    pub text: Texts,
}

/// A right of the data subject the policy tells people about.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Right {
    /// "access", "rectification", "erasure", "restriction", "objection", "portability",
    /// "withdraw-consent", "automated-decisions" or "complaint".
    pub id: String,
    /// The article of the GDPR that gives it.
    pub article: String,
    /// The DPV concept for it, where DPV has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
    pub name: Texts,
}

/// A supervisory authority (Art. 13(2)(d)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Authority {
    pub name: Texts,
    /// The country whose authority it is (ISO 3166-1 alpha-2), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Its postal address, in each language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<Texts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}
