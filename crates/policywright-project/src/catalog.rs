//! The built-in catalogues the questionnaire picks from. Ids are stored in project files;
//! their Swedish and English names live in locales/*/catalog.ftl as `<kind>-<id>`.

use crate::i18n;
use crate::lang::Lang;
use crate::legal;
use crate::{Activity, Cookie, DecisionGround, Derogation, LegalBasis, Recipient};
use serde::Serialize;

/// The data subject's rights a policy can tell of, each with the article of the GDPR that gives
/// it (Art. 7(3) for withdrawing consent, Art. 77 for a complaint).
pub const RIGHTS: &[(&str, &str)] = &[
    ("access", "15"),
    ("rectification", "16"),
    ("erasure", "17"),
    ("restriction", "18"),
    ("portability", "20"),
    ("objection", "21"),
    ("automated-decisions", "22"),
    ("withdraw-consent", "7(3)"),
    ("complaint", "77"),
];

/// Common purposes of processing.
pub const PURPOSES: &[&str] = &[
    "order-fulfilment",
    "customer-service",
    "customer-account",
    "payments",
    "newsletter",
    "marketing",
    "website-analytics",
    "website-operation",
    "recruitment",
    "employment",
    "business-contacts",
    "supplier-management",
    "membership",
    "events",
    "health-care",
    "education",
    "renting",
    "fundraising",
    "bookkeeping",
    "security",
    "legal-claims",
];

/// Purposes that are direct marketing, to which a person may always object (Art. 21(2)).
pub const DIRECT_MARKETING_PURPOSES: &[&str] = &["newsletter", "marketing"];

/// Kinds of people whose data is processed.
pub const PEOPLE: &[&str] = &[
    "customers",
    "website-visitors",
    "newsletter-subscribers",
    "job-applicants",
    "sourced-candidates",
    "employees",
    "supplier-contacts",
    "business-contacts",
    "members",
    "event-participants",
    "guardians",
    "patients",
    "pupils",
    "tenants",
    "volunteers",
    "donors",
    "app-users",
    "guests",
];

/// A category of personal data.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct DataCategory {
    pub id: &'static str,
    /// A special category under Art. 9(1): needs an Art. 9(2) condition.
    pub special: bool,
}

const fn data(id: &'static str) -> DataCategory {
    DataCategory { id, special: false }
}

const fn special(id: &'static str) -> DataCategory {
    DataCategory { id, special: true }
}

/// The data category that carries the Swedish personal identity number rule.
pub const IDENTITY_NUMBER: &str = "personal-identity-number";

pub const DATA: &[DataCategory] = &[
    data("name"),
    data("contact"),
    data("address"),
    data(IDENTITY_NUMBER),
    data("date-of-birth"),
    data("payment"),
    data("purchase-history"),
    data("account"),
    data("correspondence"),
    data("technical"),
    data("usage"),
    data("location"),
    data("cv"),
    data("professional-profile"),
    data("employment"),
    data("bank-account"),
    data("membership"),
    data("images"),
    data("video"),
    special("health"),
    special("patient-records"),
    special("ethnic-origin"),
    special("political-opinions"),
    special("religious-beliefs"),
    special("trade-union"),
    special("genetic"),
    special("biometric"),
    special("sex-life"),
];

/// Art. 9(2) conditions for special categories, with the point of Art. 9(2) each rests on.
pub const SPECIAL_CONDITIONS: &[(&str, &str)] = &[
    ("explicit-consent", "a"),
    ("employment-law", "b"),
    ("vital-interests", "c"),
    ("non-profit-members", "d"),
    ("made-public", "e"),
    ("legal-claims", "f"),
    ("substantial-public-interest", "g"),
    ("health-care", "h"),
];

/// A retention preset; some take a number of months.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RetentionPreset {
    pub id: &'static str,
    pub takes_months: bool,
}

pub const RETENTION: &[RetentionPreset] = &[
    RetentionPreset {
        id: "bookkeeping",
        takes_months: false,
    },
    RetentionPreset {
        id: "until-withdrawn",
        takes_months: false,
    },
    RetentionPreset {
        id: "contract-term",
        takes_months: false,
    },
    RetentionPreset {
        id: "after-relationship",
        takes_months: true,
    },
    RetentionPreset {
        id: "after-collection",
        takes_months: true,
    },
    RetentionPreset {
        id: "at-least",
        takes_months: true,
    },
    RetentionPreset {
        id: "custom",
        takes_months: false,
    },
];

/// How changes to the policy are announced.
pub const CHANGE_CHANNELS: &[&str] = &["website", "email", "account-message"];

/// Swedish laws that keep data against some of the person's rights (GDPR Art. 17(3)(b), 23),
/// each with the statute (data/legal.toml `[[statutes]]`) the policy names for it. An activity
/// lists them in `restrictions`; patient records bring their own by default.
pub const RESTRICTIONS: &[(&str, &str)] = &[
    ("patient-records", "patient-data"),
    ("bookkeeping-records", "bookkeeping"),
    ("anti-money-laundering-records", "anti-money-laundering"),
    ("employment-records", "work-environment"),
];

/// The statute of a restriction, by the restriction's id.
pub fn restriction_statute(id: &str) -> Option<&'static str> {
    RESTRICTIONS.iter().find(|(r, _)| *r == id).map(|(_, s)| *s)
}

/// Security measures.
pub const SECURITY: &[&str] = &[
    "encryption-in-transit",
    "encryption-at-rest",
    "access-control",
    "two-factor",
    "backups",
    "logging",
    "staff-training",
    "processor-agreements",
    "pseudonymisation",
    "physical-security",
];

pub fn is_purpose(id: &str) -> bool {
    PURPOSES.contains(&id)
}

pub fn is_people(id: &str) -> bool {
    PEOPLE.contains(&id)
}

/// True for a data entry that is a special category (Art. 9(1)): a catalogue special
/// category, or own words marked special.
pub fn is_special_data(entry: &crate::Entry) -> bool {
    match entry {
        crate::Entry::Catalog(id) => data_category(id).is_some_and(|c| c.special),
        crate::Entry::Own(own) => own.special,
    }
}

pub fn data_category(id: &str) -> Option<DataCategory> {
    DATA.iter().copied().find(|d| d.id == id)
}

pub fn special_condition_point(id: &str) -> Option<&'static str> {
    SPECIAL_CONDITIONS
        .iter()
        .find(|(c, _)| *c == id)
        .map(|(_, p)| *p)
}

pub fn retention_preset(id: &str) -> Option<RetentionPreset> {
    RETENTION.iter().copied().find(|r| r.id == id)
}

/// One choice as the UI shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: String,
    pub name: String,
    /// Extra facts the UI uses to show or hide follow-up questions.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub special: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub takes_months: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub outside_eea: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub adequate: bool,
    /// For an organisation in the UK: the UK itself, or a country UK adequacy regulations
    /// cover (no safeguard under the UK GDPR needed).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uk_covered: bool,
}

/// Every catalogue with names in one language, and blank list items, for the app.
#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    pub purposes: Vec<Choice>,
    pub people: Vec<Choice>,
    pub data: Vec<Choice>,
    pub legal_bases: Vec<Choice>,
    pub special_conditions: Vec<Choice>,
    pub requirements: Vec<Choice>,
    pub retention: Vec<Choice>,
    pub recipient_kinds: Vec<Choice>,
    pub countries: Vec<Choice>,
    /// Where a recipient processes the data: the countries, and "countries that vary"
    /// (`project::COUNTRIES_VARY`, a transfer that only SCCs or BCRs can cover).
    pub recipient_countries: Vec<Choice>,
    pub safeguards: Vec<Choice>,
    /// The safeguards that can take over from the Data Privacy Framework (`dpf_fallback`).
    pub dpf_fallbacks: Vec<Choice>,
    /// The safeguards under the UK GDPR, for an organisation in the UK (`uk_safeguard`).
    pub uk_safeguards: Vec<Choice>,
    /// What "countries that vary" means (`varies_how`).
    pub varies_hows: Vec<Choice>,
    /// What ends the `after-relationship` retention period (`retention.ends`).
    pub relationship_ends: Vec<Choice>,
    /// Why the GDPR reaches an organisation outside the EEA (`organisation.gdpr_reach`).
    pub gdpr_reaches: Vec<Choice>,
    /// The derogations of Art. 49(1) a transfer may rely on (`derogation`).
    pub derogations: Vec<Choice>,
    /// The grounds of Art. 22(2) for automated decisions (`automated_decisions.ground`).
    pub decision_grounds: Vec<Choice>,
    /// The supervisory authorities policywright knows, by country (`authority.country`).
    pub authorities: Vec<Choice>,
    pub cookie_categories: Vec<Choice>,
    /// Cookies and similar technologies (`cookies.items[].technology`).
    pub technologies: Vec<Choice>,
    pub parties: Vec<Choice>,
    pub change_channels: Vec<Choice>,
    pub security: Vec<Choice>,
    /// Statutes a legal obligation, public task, disclosure or automated decision rests on.
    pub laws: Vec<Choice>,
    /// Laws that keep data against some rights (`activities[].restrictions`).
    pub restrictions: Vec<Choice>,
    pub languages: Vec<Choice>,
    /// Whether an activity's impact assessment is needed or done (`activities[].record.dpia`).
    pub dpias: Vec<Choice>,
    pub blank: BlankItems,
}

#[derive(Debug, Clone, Serialize)]
pub struct BlankItems {
    pub activity: Activity,
    pub recipient: Recipient,
    pub cookie: Cookie,
    /// An organisation the record's Art. 30(2) part lists (`record.processor_for`).
    pub processor_for: crate::ProcessorFor,
}

fn choice(lang: Lang, kind: &str, id: &str) -> Choice {
    Choice {
        id: id.to_owned(),
        name: i18n::catalogue_name(lang, kind, id).unwrap_or_else(|| id.to_owned()),
        special: false,
        takes_months: false,
        outside_eea: false,
        adequate: false,
        uk_covered: false,
    }
}

fn choices(lang: Lang, kind: &str, ids: &[&str]) -> Vec<Choice> {
    ids.iter().map(|id| choice(lang, kind, id)).collect()
}

/// Message-id prefixes of the catalogues, one place for each (`<prefix>-<id>`).
pub mod kind {
    pub const PURPOSE: &str = "purpose";
    pub const PEOPLE: &str = "people";
    pub const DATA: &str = "data";
    pub const BASIS: &str = "basis";
    pub const SPECIAL: &str = "special";
    pub const REQUIREMENT: &str = "requirement";
    pub const RETENTION: &str = "retention";
    pub const RECIPIENT_KIND: &str = "recipient-kind";
    pub const COUNTRY: &str = "country";
    pub const SAFEGUARD: &str = "safeguard";
    pub const DEROGATION: &str = "derogation";
    pub const DECISION_GROUND: &str = "decision-ground";
    pub const COOKIE_CATEGORY: &str = "cookie-category";
    pub const TECHNOLOGY: &str = "technology";
    pub const PARTY: &str = "party";
    pub const CHANGE_CHANNEL: &str = "change-channel";
    pub const SECURITY: &str = "security";
    pub const LANGUAGE: &str = "language";
    /// Statutes (data/legal.toml `[[statutes]]`, not the locales).
    pub const LAW: &str = "law";
    pub const RESTRICTION: &str = "restriction";
    pub const UK_SAFEGUARD: &str = "uk-safeguard";
    pub const VARIES_HOW: &str = "varies-how";
    pub const RELATIONSHIP_END: &str = "relationship-end";
    pub const GDPR_REACH: &str = "gdpr-reach";
    pub const RIGHT: &str = "right";
    pub const DPIA: &str = "dpia";
}

pub const REQUIREMENTS: &[&str] = &[
    "none",
    "statutory",
    "contractual",
    "contract-prerequisite",
    "reused",
];
pub const RECIPIENT_KINDS: &[&str] = &[
    "processor",
    "controller",
    "joint-controller",
    "group-company",
    "authority",
    "other-users",
    "public",
    "prospective-buyer",
];
pub const SAFEGUARDS: &[&str] = &[
    "adequacy",
    "data-privacy-framework",
    "standard-contractual-clauses",
    "binding-corporate-rules",
    "derogation",
];
pub const DPF_FALLBACKS: &[&str] = &["standard-contractual-clauses", "binding-corporate-rules"];
pub const COOKIE_CATEGORIES: &[&str] = &["necessary", "preferences", "statistics", "marketing"];
pub const PARTIES: &[&str] = &["first", "third"];

/// Every country the questionnaire offers, with what the UI needs to know of each.
fn countries(lang: Lang) -> Vec<Choice> {
    let facts = legal::facts();
    facts
        .countries()
        .map(|c| Choice {
            outside_eea: !facts.is_eea(c),
            adequate: facts.adequacy(c).is_some(),
            ..choice(lang, kind::COUNTRY, c)
        })
        .collect()
}

/// Where a recipient may be: every country, marked for an organisation in the UK where UK law
/// covers it, and "countries that vary".
fn recipient_countries(lang: Lang) -> Vec<Choice> {
    let facts = legal::facts();
    let mut out: Vec<Choice> = countries(lang)
        .into_iter()
        .map(|c| Choice {
            uk_covered: c.id == "GB" || facts.uk_adequacy(&c.id).is_some(),
            ..c
        })
        .collect();
    out.push(Choice {
        outside_eea: true,
        ..choice(lang, kind::COUNTRY, crate::COUNTRIES_VARY)
    });
    out
}

/// The supervisory authorities policywright knows, by country ("Sweden: IMY").
fn authorities(lang: Lang) -> Vec<Choice> {
    legal::facts()
        .jurisdictions
        .iter()
        .filter_map(|j| {
            let authority = j.authority.as_ref()?;
            let country = choice(lang, kind::COUNTRY, &j.country).name;
            Some(Choice {
                name: format!("{country}: {}", authority.name.get(lang)),
                ..choice(lang, kind::COUNTRY, &j.country)
            })
        })
        .collect()
}

/// The data categories, each flagged special where it is a special category (Art. 9(1)).
fn data_choices(lang: Lang) -> Vec<Choice> {
    DATA.iter()
        .map(|d| Choice {
            special: d.special,
            ..choice(lang, kind::DATA, d.id)
        })
        .collect()
}

/// The retention presets, each flagged where it takes a number of months.
fn retention_choices(lang: Lang) -> Vec<Choice> {
    RETENTION
        .iter()
        .map(|r| Choice {
            takes_months: r.takes_months,
            ..choice(lang, kind::RETENTION, r.id)
        })
        .collect()
}

pub fn catalog(lang: Lang) -> Catalog {
    let facts = legal::facts();
    let special_ids: Vec<&str> = SPECIAL_CONDITIONS.iter().map(|(id, _)| *id).collect();
    let basis_ids: Vec<&str> = LegalBasis::ALL.iter().map(|b| b.id()).collect();
    Catalog {
        purposes: choices(lang, kind::PURPOSE, PURPOSES),
        people: choices(lang, kind::PEOPLE, PEOPLE),
        data: data_choices(lang),
        legal_bases: choices(lang, kind::BASIS, &basis_ids),
        special_conditions: choices(lang, kind::SPECIAL, &special_ids),
        requirements: choices(lang, kind::REQUIREMENT, REQUIREMENTS),
        retention: retention_choices(lang),
        recipient_kinds: choices(lang, kind::RECIPIENT_KIND, RECIPIENT_KINDS),
        countries: countries(lang),
        recipient_countries: recipient_countries(lang),
        safeguards: choices(lang, kind::SAFEGUARD, SAFEGUARDS),
        dpf_fallbacks: choices(lang, kind::SAFEGUARD, DPF_FALLBACKS),
        varies_hows: choices(
            lang,
            kind::VARIES_HOW,
            &crate::VariesHow::ALL.map(crate::VariesHow::id),
        ),
        gdpr_reaches: choices(
            lang,
            kind::GDPR_REACH,
            &crate::GdprReach::ALL.map(crate::GdprReach::id),
        ),
        relationship_ends: choices(
            lang,
            kind::RELATIONSHIP_END,
            &crate::RelationshipEnd::ALL.map(crate::RelationshipEnd::id),
        ),
        uk_safeguards: choices(
            lang,
            kind::UK_SAFEGUARD,
            &crate::UkSafeguard::ALL.map(crate::UkSafeguard::id),
        ),
        derogations: choices(lang, kind::DEROGATION, &Derogation::ALL.map(Derogation::id)),
        decision_grounds: choices(
            lang,
            kind::DECISION_GROUND,
            &DecisionGround::ALL.map(DecisionGround::id),
        ),
        authorities: authorities(lang),
        cookie_categories: choices(lang, kind::COOKIE_CATEGORY, COOKIE_CATEGORIES),
        technologies: choices(
            lang,
            kind::TECHNOLOGY,
            &crate::Technology::ALL.map(crate::Technology::id),
        ),
        parties: choices(lang, kind::PARTY, PARTIES),
        change_channels: choices(lang, kind::CHANGE_CHANNEL, CHANGE_CHANNELS),
        security: choices(lang, kind::SECURITY, SECURITY),
        laws: facts
            .statutes
            .iter()
            .map(|s| choice(lang, kind::LAW, &s.id))
            .collect(),
        restrictions: RESTRICTIONS
            .iter()
            .map(|(id, _)| choice(lang, kind::RESTRICTION, id))
            .collect(),
        languages: Lang::all()
            .into_iter()
            .map(|l| choice(lang, kind::LANGUAGE, l.code()))
            .collect(),
        dpias: choices(lang, kind::DPIA, &crate::Dpia::ALL.map(crate::Dpia::id)),
        blank: BlankItems {
            activity: Activity::blank(),
            recipient: Recipient::blank(),
            cookie: Cookie::blank(),
            processor_for: crate::ProcessorFor::default(),
        },
    }
}
