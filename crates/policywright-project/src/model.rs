//! The project file: every answer the questionnaire collects, as it is stored in TOML.
//!
//! Every struct denies unknown fields so that a misspelt key is an error with a location
//! rather than a silently ignored answer. Field-by-field documentation: docs/project-format.md.
//! Choices from the built-in catalogues are stored as ids (see `catalog`); free text is stored
//! per language in a [`Text`].

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The schema version this build writes. Older versions are migrated on load (see
/// `source::parse_project`): version 1 differs only in what it cannot say (list answers were
/// catalogue ids only, the legal basis always chosen), so a version-1 file reads unchanged.
/// Version 3 lists several sources per activity (`sources` replaces `source`), tells an
/// unanswered requirement from "voluntary", and answers "within one month" by default.
/// It also replaced the hand-typed `policy.changelog` with the recorded `history`.
/// And it adds `[clauses]` (a project's own clause texts), which older files do not have.
pub const SCHEMA_VERSION: u32 = 5;

/// The oldest schema version this build reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// Free text written once per language, by language code: `{ sv = "…", en = "…" }`. A
/// language without text (or with an empty string) is "not written yet". A key that is not a
/// language the program has is refused, naming the languages it has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<Lang, String>);

impl Serialize for Text {
    /// Only the languages with text: an empty answer is not written out.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let written: Vec<_> = self.0.iter().filter(|(_, t)| !t.is_empty()).collect();
        let mut map = s.serialize_map(Some(written.len()))?;
        for (lang, text) in written {
            map.serialize_entry(lang, text)?;
        }
        map.end()
    }
}

impl Text {
    /// Swedish and English text (the two languages of most projects and tests).
    pub fn new(sv: &str, en: &str) -> Self {
        let mut t = Text::default();
        t.set(Lang::SV, sv);
        t.set(Lang::EN, en);
        t
    }

    /// The same text in every language the program has.
    pub fn every(text: &str) -> Self {
        let mut t = Text::default();
        for lang in Lang::all() {
            t.set(lang, text);
        }
        t
    }

    /// The text in a language ("" when not written). A pseudo-language reads its base
    /// language's text.
    pub fn get(&self, lang: Lang) -> &str {
        match self.0.get(&lang) {
            Some(t) => t,
            None => lang
                .pseudo_base()
                .and_then(|base| self.0.get(&base))
                .map_or("", String::as_str),
        }
    }

    pub fn set(&mut self, lang: Lang, text: &str) {
        if text.is_empty() {
            self.0.remove(&lang);
        } else {
            self.0.insert(lang, text.to_owned());
        }
    }

    /// The text in a language, to change.
    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        self.0.entry(lang).or_default()
    }

    /// The languages with text, and their text.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        self.0
            .iter()
            .filter(|(_, t)| !t.is_empty())
            .map(|(l, t)| (*l, t.as_str()))
    }

    /// True when no language has any text.
    pub fn is_blank(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// One answer in a list (whose data, which data, security measures, change channels): a
/// catalogue id, or the organisation's own words in each language. In TOML
/// `people = ["customers", { sv = "patienter", en = "patients" }]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Entry {
    Catalog(String),
    Own(OwnEntry),
}

/// An entry in the organisation's own words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnEntry {
    #[serde(default)]
    pub sv: String,
    #[serde(default)]
    pub en: String,
    /// Data categories only: a special category of personal data (Art. 9(1)), which needs an
    /// Art. 9(2) condition like the catalogue's special categories.
    #[serde(default, skip_serializing_if = "is_false")]
    pub special: bool,
}

impl OwnEntry {
    pub fn text(&self) -> Text {
        Text::new(&self.sv, &self.en)
    }
}

impl Entry {
    /// The catalogue id, for a catalogue entry.
    pub fn id(&self) -> Option<&str> {
        match self {
            Entry::Catalog(id) => Some(id),
            Entry::Own(_) => None,
        }
    }

    /// True for the catalogue entry `id`.
    pub fn is(&self, id: &str) -> bool {
        self.id() == Some(id)
    }
}

impl From<&str> for Entry {
    fn from(id: &str) -> Self {
        Entry::Catalog(id.to_owned())
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntryVisitor {
            type Value = Entry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(
                    "a choice from the list, or own words as { sv = \"...\", en = \"...\" }",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Entry, E> {
                Ok(Entry::Catalog(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Entry, E> {
                Ok(Entry::Catalog(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
                OwnEntry::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Entry::Own)
            }
        }
        d.deserialize_any(EntryVisitor)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_blank_text(t: &Text) -> bool {
    t.is_blank()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Version of this file format; see `SCHEMA_VERSION`.
    pub schema_version: u32,
    pub organisation: Organisation,
    pub policy: Policy,
    /// Processing activities: one per purpose.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// Everyone the data is disclosed to.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    #[serde(default)]
    pub cookies: Cookies,
    #[serde(default)]
    pub children: Children,
    #[serde(default)]
    pub automated_decisions: AutomatedDecisions,
    #[serde(default)]
    pub security: Security,
    #[serde(default)]
    pub rights: Rights,
    /// The supervisory authority to complain to; IMY when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// Every published version, oldest first (see `review::publish`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Published>,
    /// Lint ids silenced for this project, each with the reason (listed in the review memo).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub silenced: Vec<Silenced>,
    /// This project's own clause texts: overrides of the defaults and clauses of its own.
    #[serde(default, skip_serializing_if = "Clauses::is_empty")]
    pub clauses: Clauses,
    /// What only the record of processing activities holds (Art. 30; version 5): never in the
    /// policy.
    #[serde(default, skip_serializing_if = "Record::is_empty")]
    pub record: Record,
}

/// The internal answers of the record of processing activities (Art. 30): what a supervisory
/// authority asks to see beside what the policy says. None of it appears in the policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Record {
    /// How many people the organisation employs: Art. 30(5) can exempt one with fewer than 250.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
    /// The processing is only occasional (one of Art. 30(5)'s conditions).
    #[serde(skip_serializing_if = "is_false")]
    pub occasional: bool,
    /// Who keeps the record and answers for it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub keeper: String,
    /// The day the record was last reviewed, YYYY-MM-DD.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reviewed: String,
    /// More on the technical and organisational measures than the policy's security section
    /// says (Art. 30(1)(g)).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub measures: String,
    /// The organisations whose data it processes as a processor (Art. 30(2)).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub processor_for: Vec<ProcessorFor>,
}

impl Record {
    pub fn is_empty(&self) -> bool {
        *self == Record::default()
    }
}

/// A controller the organisation processes data for, as its processor (Art. 30(2)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProcessorFor {
    /// The controller's name.
    pub controller: String,
    /// Its contact details (and its DPO's or representative's).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// What the organisation does with the data on its behalf (Art. 30(2)(b)).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub processing: String,
    /// Transfers to third countries, with their safeguards (Art. 30(2)(c)).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub transfers: String,
    /// Its security measures, when they differ from the organisation's own (Art. 30(2)(d)).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub measures: String,
}

/// An activity's internal answers for the record (`activities[].record`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActivityRecord {
    /// The business function or person that owns the processing.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The systems and places where the data is kept.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub systems: String,
    /// Whether a data protection impact assessment (Art. 35) is needed or done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpia: Option<Dpia>,
    /// Where the impact assessment is kept.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub dpia_where: String,
    /// Where consents are recorded (Art. 7(1)).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub consent_where: String,
    /// Where the legitimate interests assessment is kept.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assessment_where: String,
}

impl ActivityRecord {
    pub fn is_empty(&self) -> bool {
        *self == ActivityRecord::default()
    }
}

/// A data protection impact assessment (Art. 35) of an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dpia {
    NotNeeded,
    Done,
    Needed,
}

impl Dpia {
    pub const ALL: [Dpia; 3] = [Dpia::NotNeeded, Dpia::Done, Dpia::Needed];

    pub fn id(self) -> &'static str {
        match self {
            Dpia::NotNeeded => "not-needed",
            Dpia::Done => "done",
            Dpia::Needed => "needed",
        }
    }
}

/// One published version of the policy, as `publish` recorded it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub version: String,
    /// YYYY-MM-DD: the date the version applies from.
    pub date: String,
    /// What changed in this version, in the organisation's words (optional).
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub summary: Text,
    /// The rendered Markdown of each published language. Empty for a version recorded before
    /// policywright kept the text (a change-log entry of a version 1 or 2 file).
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub markdown: Text,
}

impl Published {
    /// The languages whose text was recorded.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::all()
            .into_iter()
            .filter(|&l| !self.markdown.get(l).is_empty())
            .collect()
    }
}

/// A lint id silenced for the whole project, with why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Silenced {
    /// A lint id, one of [`LINT_IDS`].
    pub lint: String,
    /// Why the finding does not apply; required, and shown in the review memo.
    pub reason: String,
}

/// The lint checks a project may silence (`silenced[].lint`), each run by the review stage
/// (`review::lint`). Kept with the model because a project file names them.
pub const LINT_IDS: &[&str] = &[
    "repealed-reference",
    "outdated-name",
    "consent-without-withdrawal",
    "children-without-guardian-consent",
    "languages-differ",
    "vague-wording",
    "hard-to-read",
];

/// A project's own clause texts (see docs/clauses.md).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Clauses {
    /// Clause templates rewritten for this project, one per clause and language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<ClauseOverride>,
    /// Clauses only this project has.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomClause>,
    /// Sentences of the built-in clauses in this project's own words (`policywright clause
    /// reword`): finer than an override, the clause's logic stays the program's, so a fix to it
    /// still reaches this policy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub wording: Vec<Reworded>,
}

impl Clauses {
    pub fn is_empty(&self) -> bool {
        self.overrides.is_empty() && self.custom.is_empty() && self.wording.is_empty()
    }

    /// This project's words for a message in a language.
    pub fn reworded(&self, message: &str, lang: Lang) -> Option<&Reworded> {
        self.wording
            .iter()
            .find(|w| w.message == message && w.lang == lang)
    }

    /// The override of a clause in a language.
    pub fn override_of(&self, clause: &str, lang: Lang) -> Option<&ClauseOverride> {
        self.overrides
            .iter()
            .find(|o| o.clause == clause && o.lang == lang)
    }

    pub fn custom_clause(&self, id: &str) -> Option<&CustomClause> {
        self.custom.iter().find(|c| c.id == id)
    }
}

/// A built-in clause's template rewritten for this project in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseOverride {
    /// The built-in clause's id ("retention").
    pub clause: String,
    pub lang: Lang,
    /// The template used instead of the default.
    pub text: String,
    /// The default template the text was written against: when the default in effect differs,
    /// the override is stale and can be merged.
    pub base: String,
    /// The Art. 13/14 items this text covers (starts as the default's list).
    pub covers: Vec<String>,
}

/// One message of a built-in clause's wording (a sentence or phrase, `locales/<lang>/wording/`)
/// in the project's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reworded {
    /// The message's id ("retention-keep").
    pub message: String,
    pub lang: Lang,
    /// The words, with the answers the message places as `{ $name }` (Fluent).
    pub text: String,
    /// The program's wording it was written against: when the program's changes, the
    /// rewording is flagged (`wording-stale`) for a look.
    pub base: String,
}

/// A clause of this project's own, in every published language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomClause {
    /// Its id: lower-case letters, digits and hyphens; not a built-in clause's id.
    pub id: String,
    /// The clause it follows (a built-in or another custom clause).
    pub after: String,
    /// The Art. 13/14 items it covers.
    #[serde(default)]
    pub covers: Vec<String>,
    /// The template per language, starting with `# Heading`: the languages' codes as keys
    /// (`sv = "…"`, `en = "…"`). Any other key is read as a language and refused when the
    /// program has no such language.
    #[serde(flatten)]
    pub texts: Text,
}

impl CustomClause {
    pub fn text(&self, lang: Lang) -> &str {
        self.texts.get(lang)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub legal_name: String,
    /// A sole trader (enskild firma, version 5): the business is the owner, and its number is
    /// the owner's personal identity number, which the policy does not publish and
    /// `org_number` does not ask for.
    #[serde(default, skip_serializing_if = "is_false")]
    pub sole_trader: bool,
    /// Swedish organisation number, NNNNNN-NNNN (checked with the Luhn algorithm).
    /// Empty for an organisation without one (then `country` is not SE).
    #[serde(default)]
    pub org_number: String,
    pub address: Address,
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Dpo>,
    /// Art. 27 representative, for organisations established outside the EU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_representative: Option<Representative>,
    /// For an organisation outside the EEA: why the GDPR reaches it (Art. 3(2)), version 5.
    /// Unanswered, the policy names both grounds as alternatives and `check` asks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gdpr_reach: Option<GdprReach>,
}

/// The ground of Art. 3(2) on which the GDPR applies to an organisation outside the EEA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GdprReach {
    /// Offering goods or services to people in the EU/EEA (Art. 3(2)(a)).
    Offering,
    /// Monitoring their behaviour there (Art. 3(2)(b)).
    Monitoring,
    /// Both.
    Both,
}

impl GdprReach {
    pub const ALL: [GdprReach; 3] = [GdprReach::Offering, GdprReach::Monitoring, GdprReach::Both];

    pub fn id(self) -> &'static str {
        match self {
            GdprReach::Offering => "offering",
            GdprReach::Monitoring => "monitoring",
            GdprReach::Both => "both",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code.
    #[serde(default = "default_country")]
    pub country: String,
}

impl Default for Address {
    fn default() -> Self {
        Address {
            street: String::new(),
            postal_code: String::new(),
            city: String::new(),
            country: default_country(),
        }
    }
}

fn default_country() -> String {
    "SE".to_owned()
}

/// Data protection officer (Art. 37-39).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    pub name: String,
    pub address: Address,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The version people see, e.g. "2.0".
    pub version: String,
    /// The date the policy applies from, YYYY-MM-DD. Also the PDF's dates: never the clock.
    pub effective_date: String,
    /// Languages to publish.
    #[serde(default = "default_languages")]
    pub languages: Vec<Lang>,
    /// The language that prevails if the versions differ.
    #[serde(default = "default_prevailing")]
    pub prevailing_language: Lang,
    /// The address of the published policy on the website (version 5), `https://…`: where the
    /// cookie banner links for the cookie section.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// How changes are announced: ids from the `change-channel` catalogue, or own words.
    #[serde(default)]
    pub change_channels: Vec<Entry>,
    /// What changed in the version about to be published, in the organisation's words: moved
    /// into the history's entry by `publish`.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub change_summary: Text,
    /// Data the organisation processes as a processor on its customers' behalf (version 5),
    /// in words ("the data our customers store in our booking system"): the policy says that
    /// it does not cover that data and that each customer's own policy does.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub processor_data: Text,
    /// The organisation promises to ask for consent before it uses data for a new purpose
    /// (version 5), beyond Art. 13(3)'s duty to inform first: the policy says so.
    #[serde(default, skip_serializing_if = "is_false")]
    pub new_purpose_consent: bool,
    /// Version 1 and 2 only: the hand-typed change log, newest first. Read, then moved into
    /// `history` and `change_summary` on load (`source::migrate_v3_history`); never written.
    #[serde(default, skip_serializing)]
    pub changelog: Vec<ChangeEntry>,
    /// Not an answer, never in the file: set when a draft is exported whose number names a
    /// published version with another text, so that the document says it is a draft changed
    /// since that version rather than claiming to be it.
    #[serde(skip)]
    pub draft_since: Option<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            version: "1.0".to_owned(),
            effective_date: String::new(),
            languages: default_languages(),
            prevailing_language: default_prevailing(),
            url: String::new(),
            change_channels: vec![Entry::from("website")],
            change_summary: Text::default(),
            processor_data: Text::default(),
            new_purpose_consent: false,
            changelog: Vec::new(),
            draft_since: None,
        }
    }
}

fn default_languages() -> Vec<Lang> {
    vec![Lang::SV, Lang::EN]
}

fn default_prevailing() -> Lang {
    Lang::SV
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeEntry {
    pub version: String,
    /// YYYY-MM-DD
    pub date: String,
    pub summary: Text,
}

/// The six legal bases of Art. 6(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LegalBasis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterests,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterests,
    ];

    pub fn id(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal-obligation",
            LegalBasis::VitalInterests => "vital-interests",
            LegalBasis::PublicTask => "public-task",
            LegalBasis::LegitimateInterests => "legitimate-interests",
        }
    }

    /// The point of Art. 6(1) it rests on.
    pub fn article_point(self) -> &'static str {
        match self {
            LegalBasis::Consent => "a",
            LegalBasis::Contract => "b",
            LegalBasis::LegalObligation => "c",
            LegalBasis::VitalInterests => "d",
            LegalBasis::PublicTask => "e",
            LegalBasis::LegitimateInterests => "f",
        }
    }
}

/// Whether the person must give the data (Art. 13(2)(e)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Requirement {
    /// Giving the data is voluntary and nothing follows from not giving it.
    #[default]
    None,
    /// Required by law.
    Statutory,
    /// Required by a contract.
    Contractual,
    /// Needed to enter into a contract.
    ContractPrerequisite,
    /// Nothing new is collected for this purpose: it uses data collected for other purposes
    /// (invoicing, security, legal claims), so there is nothing to ask of the person here
    /// (version 5).
    Reused,
}

impl Requirement {
    /// The id in the file and the `requirement` catalogue.
    pub fn id(self) -> &'static str {
        match self {
            Requirement::None => "none",
            Requirement::Statutory => "statutory",
            Requirement::Contractual => "contractual",
            Requirement::ContractPrerequisite => "contract-prerequisite",
            Requirement::Reused => "reused",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// The name recipients link to this activity by (`Recipient::activities`); the catalogue
    /// `purpose` when empty. Needed for a purpose in own words that a recipient links to, and
    /// to tell apart two activities with the same catalogue purpose.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Id from the `purpose` catalogue, or empty for a purpose described only in `description`.
    #[serde(default)]
    pub purpose: String,
    /// A short title for the purpose, used as its heading and wherever the policy names it
    /// (version 4). Given, it replaces the catalogue name, and `description` is the body text.
    /// Absent: the catalogue name, or for a purpose in own words `description` as before.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub title: Text,
    /// The purpose in the organisation's own words: the explanation under the heading. Without
    /// `purpose` and `title` it is the heading itself (how versions 1-3 read it).
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub description: Text,
    /// Ids from the `people` catalogue, or own words.
    pub people: Vec<Entry>,
    /// Ids from the `data` catalogue, or own words (which may be marked special).
    pub data: Vec<Entry>,
    /// Not chosen yet when absent (a new activity); validation requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<LegalBasis>,
    /// The interest pursued; required when the basis is legitimate interests.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub legitimate_interest: Text,
    /// With legitimate interests (here or in `bases`): the organisation has weighed its
    /// interest against the person's interests and fundamental rights and freedoms and
    /// recorded the result (version 5). Only then does the policy say so; without it, a
    /// warning.
    #[serde(default, skip_serializing_if = "is_false")]
    pub balancing_test: bool,
    /// With consent (here or in `bases`): who collects the consent on the organisation's
    /// behalf, in words that complete "You gave your consent through …" ("the booking site
    /// Resekollen when you booked there"); version 5. The policy says the person can withdraw
    /// it with either.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub consent_collected_by: Text,
    /// With a legal obligation or a public task (here or in `bases`): the law that lays it down
    /// (Art. 6(3)), ids of the `law` catalogue or own words (version 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<Entry>,
    /// Swedish laws that keep this data against some of the person's rights (version 5): ids of
    /// `catalog::RESTRICTIONS`. Patient records (`data` `patient-records`) bring
    /// `patient-records` without being listed. The rights section states each restriction
    /// and its remedy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restrictions: Vec<String>,
    /// Several legal bases, each for some of the activity's people (version 4): e.g. contract
    /// for customers and legitimate interests for their contact persons. When given, it
    /// replaces `legal_basis` and `legitimate_interest`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bases: Vec<BasisPart>,
    /// Art. 9(2) condition id (`special-condition` catalogue); required for special categories.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub special_condition: String,
    /// Why personal identity numbers are needed (dataskyddslagen 3 kap. 10 §); required
    /// when `data` contains `personal-identity-number`.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub identity_number_reason: Text,
    /// Whether the person must give the data (Art. 13(2)(e)); not answered yet when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<Requirement>,
    /// What happens if the person does not give the data; required unless `requirement` is none.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub consequence: Text,
    /// Where the data comes from when not from the person (Art. 14), one entry per source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// With `sources`: part of the data also comes from the person, so the requirement
    /// (Art. 13(2)(e)) is stated as well. Without sources all of it comes from the person.
    #[serde(default, skip_serializing_if = "is_false")]
    pub from_person: bool,
    /// The activity is direct marketing (Art. 21(2)): the person may always object. The
    /// catalogue purposes `newsletter` and `marketing` are direct marketing whatever this says.
    #[serde(default, skip_serializing_if = "is_false")]
    pub direct_marketing: bool,
    /// The purpose involves profiling (Art. 4(4)) that leads to no decision of Art. 22(1):
    /// ad targeting, personalisation, lead scoring, categorising transactions (version 4).
    #[serde(default, skip_serializing_if = "is_false")]
    pub profiling: bool,
    /// The logic of that profiling, in words; required with `profiling`.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub profiling_logic: Text,
    pub retention: Retention,
    /// The internal answers of the record of processing activities (version 5).
    #[serde(default, skip_serializing_if = "ActivityRecord::is_empty")]
    pub record: ActivityRecord,
}

/// One legal basis of an activity that rests on several, and whose data it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasisPart {
    /// Not chosen yet when absent (a new part); validation requires it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<LegalBasis>,
    /// Whose data this basis covers: entries of the activity's own `people`.
    #[serde(default)]
    pub people: Vec<Entry>,
    /// With `legitimate-interests`: the interest pursued.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub legitimate_interest: Text,
    /// When this basis applies, where the split is by situation rather than (or as well as)
    /// by people (version 5): words that complete "when …" ("the law requires consent",
    /// "we disclose data to protect our rights"). A part with a situation and no `people`
    /// covers everyone.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub situation: Text,
}

impl Activity {
    pub fn blank() -> Self {
        Activity {
            id: String::new(),
            purpose: String::new(),
            title: Text::default(),
            description: Text::default(),
            people: Vec::new(),
            data: Vec::new(),
            legal_basis: None,
            legitimate_interest: Text::default(),
            balancing_test: false,
            consent_collected_by: Text::default(),
            laws: Vec::new(),
            restrictions: Vec::new(),
            bases: Vec::new(),
            special_condition: String::new(),
            identity_number_reason: Text::default(),
            requirement: None,
            consequence: Text::default(),
            sources: Vec::new(),
            from_person: false,
            direct_marketing: false,
            profiling: false,
            profiling_logic: Text::default(),
            retention: Retention::default(),
            record: ActivityRecord::default(),
        }
    }

    /// The restrictions on rights that apply to the activity's data: its own list, and
    /// `patient-records` wherever it keeps patient records.
    pub fn restrictions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.restrictions.iter().map(String::as_str).collect();
        if self.data.iter().any(|d| d.is("patient-records")) && !out.contains(&"patient-records") {
            out.push("patient-records");
        }
        out
    }

    /// Every legal basis the activity rests on: the parts' bases when it lists several, else
    /// its one `legal_basis`. Everything that depends on the basis reads this.
    pub fn legal_bases(&self) -> Vec<LegalBasis> {
        if self.bases.is_empty() {
            self.legal_basis.into_iter().collect()
        } else {
            let mut out: Vec<LegalBasis> = Vec::new();
            for b in self.bases.iter().filter_map(|p| p.basis) {
                if !out.contains(&b) {
                    out.push(b);
                }
            }
            out
        }
    }

    /// Whether some of the activity's data rests on `basis`.
    pub fn rests_on(&self, basis: LegalBasis) -> bool {
        self.legal_bases().contains(&basis)
    }

    /// It asks for consent: consent is a legal basis, or the Art. 9(2)(a) condition.
    pub fn asks_consent(&self) -> bool {
        self.rests_on(LegalBasis::Consent) || self.special_condition == "explicit-consent"
    }

    /// The id recipients link to it by: `id`, or else the catalogue purpose ("" for neither).
    pub fn link_id(&self) -> &str {
        if self.id.trim().is_empty() {
            &self.purpose
        } else {
            self.id.trim()
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub description: Text,
    /// Whether the data came from publicly accessible sources (Art. 14(2)(f)).
    #[serde(default, skip_serializing_if = "is_false")]
    pub public: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Id from the `retention` catalogue; `custom` uses `text`.
    pub preset: String,
    /// Months, for presets that take a period (`at-least`: the minimum period).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// The period or criteria in the organisation's own words (preset `custom`); for
    /// `at-least`, the rule that ends the period.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub text: Text,
    /// At the end of the period the data is anonymised, not deleted (version 5): the policy
    /// says which.
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymised: bool,
    /// With `after-relationship`: what ends (version 5), so the policy names it ("after your
    /// membership ends"). Absent: "our relationship with you".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<RelationshipEnd>,
}

/// What ends the period of the `after-relationship` retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationshipEnd {
    Membership,
    /// The contract with the person, or with their organisation for contact persons.
    Contract,
    /// The person closes their account.
    Account,
    Employment,
    /// The person's last purchase (a shop without accounts).
    LastPurchase,
    /// Our last contact with the person (business contacts, enquiries).
    LastContact,
}

impl RelationshipEnd {
    pub const ALL: [RelationshipEnd; 6] = [
        RelationshipEnd::Membership,
        RelationshipEnd::Contract,
        RelationshipEnd::Account,
        RelationshipEnd::Employment,
        RelationshipEnd::LastPurchase,
        RelationshipEnd::LastContact,
    ];

    pub fn id(self) -> &'static str {
        match self {
            RelationshipEnd::Membership => "membership",
            RelationshipEnd::Contract => "contract",
            RelationshipEnd::Account => "account",
            RelationshipEnd::Employment => "employment",
            RelationshipEnd::LastPurchase => "last-purchase",
            RelationshipEnd::LastContact => "last-contact",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecipientKind {
    Processor,
    Controller,
    /// Decides with us why and how the data is processed (Art. 26): a social-media pixel or
    /// plug-in, a group company sharing a customer register.
    JointController,
    GroupCompany,
    Authority,
    /// Other users of the service, who see what the person shares with them.
    OtherUsers,
    /// Anyone: the data is published (a review, a public profile).
    Public,
    /// A prospective buyer or successor, should the business be sold or merged (version 5):
    /// not known in advance, so no country is asked.
    ProspectiveBuyer,
}

impl RecipientKind {
    pub fn id(self) -> &'static str {
        match self {
            RecipientKind::Processor => "processor",
            RecipientKind::Controller => "controller",
            RecipientKind::JointController => "joint-controller",
            RecipientKind::GroupCompany => "group-company",
            RecipientKind::Authority => "authority",
            RecipientKind::OtherUsers => "other-users",
            RecipientKind::Public => "public",
            RecipientKind::ProspectiveBuyer => "prospective-buyer",
        }
    }

    /// Whether the recipient has a place where it processes the data. Other users and the
    /// public are wherever they are: no country is asked and publishing is no transfer. A
    /// prospective buyer is not known yet.
    pub fn has_country(self) -> bool {
        !matches!(
            self,
            RecipientKind::OtherUsers | RecipientKind::Public | RecipientKind::ProspectiveBuyer
        )
    }
}

/// The `country` of a recipient that processes data in countries that change over time (a
/// cloud provider's sub-processors): only a safeguard that goes with the data wherever it
/// goes (standard contractual clauses, binding corporate rules) can be relied on.
pub const COUNTRIES_VARY: &str = "varies";

/// What "countries that vary" means for a recipient (version 5); absent: they change over
/// time, as before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VariesHow {
    /// They change over time (a cloud provider's subprocessors).
    ChangeOverTime,
    /// Several fixed countries, inside and outside the EEA, not listed one by one (a group,
    /// suppliers).
    Several,
    /// The country the person chooses (a seller, a host, a hotel the person books): it may be
    /// inside the EEA, when there is no transfer.
    ChosenByPerson,
    /// Wherever the law requires a disclosure (courts and authorities abroad).
    WhereRequired,
}

impl VariesHow {
    pub const ALL: [VariesHow; 4] = [
        VariesHow::ChangeOverTime,
        VariesHow::Several,
        VariesHow::ChosenByPerson,
        VariesHow::WhereRequired,
    ];

    pub fn id(self) -> &'static str {
        match self {
            VariesHow::ChangeOverTime => "change-over-time",
            VariesHow::Several => "several",
            VariesHow::ChosenByPerson => "chosen-by-person",
            VariesHow::WhereRequired => "where-required",
        }
    }

    /// An Art. 49 derogation can cover it: the transfer is occasional and tied to a situation
    /// the person is told of.
    pub fn allows_derogation(self) -> bool {
        matches!(self, VariesHow::ChosenByPerson | VariesHow::WhereRequired)
    }
}

/// The safeguard for a transfer outside the EEA (Art. 45-49).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Safeguard {
    /// An Art. 45 adequacy decision for the country (see the legal data file).
    Adequacy,
    /// The EU-US Data Privacy Framework, for certified US organisations.
    DataPrivacyFramework,
    /// Standard contractual clauses, Commission Implementing Decision (EU) 2021/914.
    StandardContractualClauses,
    /// Binding corporate rules (Art. 47).
    BindingCorporateRules,
    /// A derogation for a specific situation (Art. 49); `Recipient::derogation` names which.
    Derogation,
}

/// The derogation of Art. 49(1) first subparagraph a transfer relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Derogation {
    /// (a) The person's explicit consent, after being told of the risks.
    ExplicitConsent,
    /// (b) Necessary for a contract with the person, or steps before one at their request.
    Contract,
    /// (c) Necessary for a contract made in the person's interest with someone else.
    ContractForPerson,
    /// (d) Important reasons of public interest.
    PublicInterest,
    /// (e) To establish, exercise or defend legal claims.
    LegalClaims,
    /// (f) Vital interests of the person or others, when the person cannot consent.
    VitalInterests,
    /// (g) Transfer from a public register.
    PublicRegister,
}

impl Derogation {
    pub const ALL: [Derogation; 7] = [
        Derogation::ExplicitConsent,
        Derogation::Contract,
        Derogation::ContractForPerson,
        Derogation::PublicInterest,
        Derogation::LegalClaims,
        Derogation::VitalInterests,
        Derogation::PublicRegister,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Derogation::ExplicitConsent => "explicit-consent",
            Derogation::Contract => "contract",
            Derogation::ContractForPerson => "contract-for-person",
            Derogation::PublicInterest => "public-interest",
            Derogation::LegalClaims => "legal-claims",
            Derogation::VitalInterests => "vital-interests",
            Derogation::PublicRegister => "public-register",
        }
    }

    /// The point of Art. 49(1) first subparagraph.
    pub fn point(self) -> &'static str {
        match self {
            Derogation::ExplicitConsent => "a",
            Derogation::Contract => "b",
            Derogation::ContractForPerson => "c",
            Derogation::PublicInterest => "d",
            Derogation::LegalClaims => "e",
            Derogation::VitalInterests => "f",
            Derogation::PublicRegister => "g",
        }
    }
}

/// The safeguard under the UK GDPR for a transfer from an organisation established in the
/// United Kingdom to a country that UK adequacy regulations do not cover (version 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UkSafeguard {
    /// A US organisation certified under the UK Extension to the Data Privacy Framework.
    UkExtension,
    /// The International Data Transfer Agreement issued by the ICO.
    Idta,
    /// The EU standard contractual clauses with the ICO's International Data Transfer Addendum.
    Addendum,
    /// Binding corporate rules approved by the ICO.
    BindingCorporateRules,
    /// A derogation of UK GDPR Art. 49, the same situation as `derogation`.
    Derogation,
}

impl UkSafeguard {
    pub const ALL: [UkSafeguard; 5] = [
        UkSafeguard::UkExtension,
        UkSafeguard::Idta,
        UkSafeguard::Addendum,
        UkSafeguard::BindingCorporateRules,
        UkSafeguard::Derogation,
    ];

    pub fn id(self) -> &'static str {
        match self {
            UkSafeguard::UkExtension => "uk-extension",
            UkSafeguard::Idta => "idta",
            UkSafeguard::Addendum => "addendum",
            UkSafeguard::BindingCorporateRules => "binding-corporate-rules",
            UkSafeguard::Derogation => "derogation",
        }
    }
}

impl Safeguard {
    pub fn id(self) -> &'static str {
        match self {
            Safeguard::Adequacy => "adequacy",
            Safeguard::DataPrivacyFramework => "data-privacy-framework",
            Safeguard::StandardContractualClauses => "standard-contractual-clauses",
            Safeguard::BindingCorporateRules => "binding-corporate-rules",
            Safeguard::Derogation => "derogation",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// The service of the catalogue (`data/services.toml`) this recipient is, by its id:
    /// every fact below the file leaves out is the catalogue's (version 5).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service: String,
    /// The recipient's name, or a category of recipients ("our accounting firm").
    pub name: Text,
    pub kind: RecipientKind,
    pub purpose: Text,
    /// ISO 3166-1 alpha-2 code of the country where the data is processed, or
    /// [`COUNTRIES_VARY`]. Not used for other users and the public (may be empty there).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// Required when `country` is outside the EEA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<Safeguard>,
    /// How a person gets a copy of the safeguard, or where it is available.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub safeguard_copy: Text,
    /// With the Data Privacy Framework: the safeguard already in place that takes over if the
    /// framework ceases to apply (standard contractual clauses or binding corporate rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpf_fallback: Option<Safeguard>,
    /// With the safeguard `derogation`: which derogation of Art. 49(1) the transfer relies on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derogation: Option<Derogation>,
    /// Further countries where the recipient also processes the data, each with the safeguard
    /// of its own transfer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_countries: Vec<Location>,
    /// Joint controllers (Art. 26(2)): the essence of the arrangement, what each controller
    /// is responsible for. Required for that kind.
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub joint_essence: Text,
    /// Joint controllers: whom the person contacts about the joint processing (us when empty).
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub joint_contact: Text,
    /// The activities the recipient receives data for, by their `Activity::link_id`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<String>,
    /// For an organisation established in the UK: the safeguard under the UK GDPR where UK
    /// adequacy regulations do not cover `country` (version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk_safeguard: Option<UkSafeguard>,
    /// With `country = "varies"`: what varies (version 5); absent, the countries change over
    /// time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub varies_how: Option<VariesHow>,
    /// A disclosure the law requires (to an authority): the law that requires it, ids of the
    /// `law` catalogue or own words (version 5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<Entry>,
    /// For a processor: where the processor contract (Art. 28(3)) is, and when it was signed;
    /// an internal answer of the record (version 5), never in the policy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contract: String,
}

/// One further country of a recipient, with its transfer's safeguard (the fields mean what a
/// recipient's own `country`, `safeguard`, ... mean).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub country: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<Safeguard>,
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub safeguard_copy: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpf_fallback: Option<Safeguard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derogation: Option<Derogation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uk_safeguard: Option<UkSafeguard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub varies_how: Option<VariesHow>,
}

impl Recipient {
    pub fn blank() -> Self {
        Recipient {
            service: String::new(),
            name: Text::default(),
            kind: RecipientKind::Processor,
            purpose: Text::default(),
            country: "SE".to_owned(),
            safeguard: None,
            safeguard_copy: Text::default(),
            dpf_fallback: None,
            derogation: None,
            other_countries: Vec::new(),
            joint_essence: Text::default(),
            joint_contact: Text::default(),
            activities: Vec::new(),
            laws: Vec::new(),
            uk_safeguard: None,
            varies_how: None,
            contract: String::new(),
        }
    }

    /// Every country where the recipient processes the data, each with its path under the
    /// recipient ("" for its own `country`, "other_countries[N]" for the others); none for
    /// other users and the public.
    pub fn locations(&self) -> Vec<(String, Location)> {
        if !self.kind.has_country() {
            return Vec::new();
        }
        let first = Location {
            country: self.country.clone(),
            safeguard: self.safeguard,
            safeguard_copy: self.safeguard_copy.clone(),
            dpf_fallback: self.dpf_fallback,
            derogation: self.derogation,
            uk_safeguard: self.uk_safeguard,
            varies_how: self.varies_how,
        };
        std::iter::once((String::new(), first))
            .chain(
                self.other_countries
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (format!("other_countries[{i}]"), l.clone())),
            )
            .collect()
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Cookies {
    /// How consent is asked for (the banner, the settings page).
    #[serde(skip_serializing_if = "is_blank_text")]
    pub consent: Text,
    /// How a visitor withdraws or changes consent.
    #[serde(skip_serializing_if = "is_blank_text")]
    pub withdrawal: Text,
    /// The site's own cookie policy or consent tool (`https://…`): the policy points there for
    /// the details it keeps.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub policy_url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Cookie>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CookieCategory {
    Necessary,
    Preferences,
    Statistics,
    Marketing,
}

impl CookieCategory {
    pub fn id(self) -> &'static str {
        match self {
            CookieCategory::Necessary => "necessary",
            CookieCategory::Preferences => "preferences",
            CookieCategory::Statistics => "statistics",
            CookieCategory::Marketing => "marketing",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Party {
    First,
    Third,
}

impl Party {
    pub fn id(self) -> &'static str {
        match self {
            Party::First => "first",
            Party::Third => "third",
        }
    }
}

/// What stores or reads information on the visitor's device. The cookie rule (lag (2022:482)
/// om elektronisk kommunikation 9 kap. 28 §) covers them all, not only cookies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Technology {
    #[default]
    Cookie,
    /// The browser's local storage (kept until deleted).
    LocalStorage,
    /// The browser's session storage (kept until the tab is closed).
    SessionStorage,
    /// A tracking pixel or web beacon: an invisible image that reports the visit.
    Pixel,
    /// A software development kit in a mobile app that stores or reads data on the device.
    Sdk,
    /// Device fingerprinting: the device's characteristics read to recognise it.
    Fingerprinting,
}

impl Technology {
    pub const ALL: [Technology; 6] = [
        Technology::Cookie,
        Technology::LocalStorage,
        Technology::SessionStorage,
        Technology::Pixel,
        Technology::Sdk,
        Technology::Fingerprinting,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Technology::Cookie => "cookie",
            Technology::LocalStorage => "local-storage",
            Technology::SessionStorage => "session-storage",
            Technology::Pixel => "pixel",
            Technology::Sdk => "sdk",
            Technology::Fingerprinting => "fingerprinting",
        }
    }

    /// Whether it is, by what it is, something stored on the device (so it has a lifetime);
    /// a pixel, an SDK or fingerprinting may only read.
    pub fn always_stores(self) -> bool {
        matches!(
            self,
            Technology::Cookie | Technology::LocalStorage | Technology::SessionStorage
        )
    }

    /// Kept in the browser, where the visitor can delete it.
    pub fn in_browser(self) -> bool {
        self.always_stores()
    }

    fn is_cookie(&self) -> bool {
        *self == Technology::Cookie
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    /// The service of the catalogue that sets it, by its id: with `name`, it names one of the
    /// service's cookies, whose facts fill in what the file leaves out (version 5).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub service: String,
    pub name: String,
    /// A cookie, or a similar technology (local storage, a pixel, an SDK, …).
    #[serde(default, skip_serializing_if = "Technology::is_cookie")]
    pub technology: Technology,
    /// Who sets it: the organisation itself, or the company whose script or service does.
    pub provider: String,
    /// Who receives the data it collects, when not the provider (`_ga`: set by the site,
    /// data to Google). Empty: the provider.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub data_recipient: String,
    pub purpose: Text,
    pub category: CookieCategory,
    /// "session", "none" (nothing stored), a number and a unit ("1 minute", "13 months"), "up
    /// to 2 years", or a range "30 seconds to 1 year": see `validate::parse_lifetime`.
    pub lifetime: String,
    /// Whose domain it belongs to: the site's own (first) or another's (third). Not who
    /// receives the data.
    pub party: Party,
}

impl Cookie {
    pub fn blank() -> Self {
        Cookie {
            service: String::new(),
            name: String::new(),
            technology: Technology::Cookie,
            provider: String::new(),
            data_recipient: String::new(),
            purpose: Text::default(),
            category: CookieCategory::Necessary,
            lifetime: "session".to_owned(),
            party: Party::First,
        }
    }

    /// Who receives the data it collects: `data_recipient`, or else the provider.
    pub fn receiver(&self) -> &str {
        if self.data_recipient.trim().is_empty() {
            &self.provider
        } else {
            &self.data_recipient
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Children {
    /// Whether the service is directed at children.
    pub addressed: bool,
    /// An information society service (an online service) offered directly to children: only
    /// then does the national age for a child's own consent apply (Art. 8; in Sweden 13,
    /// dataskyddslagen 2 kap. 4 §). Absent: not answered (a file from before version 4 that
    /// never asked), a warning while `addressed`, and the policy states no age rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online_service: Option<bool>,
    /// How consent from a guardian is obtained when a child cannot consent alone.
    #[serde(skip_serializing_if = "is_blank_text")]
    pub guardian_consent: Text,
    /// An age limit: the service is not for people younger than this (version 4). Different
    /// from `addressed`: a service for adults only says so here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u32>,
    /// With `minimum_age`: what happens to data about a younger person when it is found
    /// ("we delete it and close the account").
    #[serde(skip_serializing_if = "is_blank_text")]
    pub younger_found: Text,
}

/// Automated decision-making and profiling (Art. 13(2)(f), 14(2)(g), 22).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AutomatedDecisions {
    /// Decisions based solely on automated processing, with legal or similarly significant
    /// effects (Art. 22(1)).
    pub used: bool,
    /// The Art. 22(2) ground that allows such decisions; required when `used`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ground: Option<DecisionGround>,
    #[serde(skip_serializing_if = "is_blank_text")]
    pub logic: Text,
    #[serde(skip_serializing_if = "is_blank_text")]
    pub consequences: Text,
    /// Profiling (Art. 4(4)) happens, with or without such decisions.
    pub profiling: bool,
    /// What the profiling is and what it is used for; required when `profiling`.
    #[serde(skip_serializing_if = "is_blank_text")]
    pub profiling_description: Text,
    /// With the ground `law` (Art. 22(2)(b)): the Union or member-state law that allows the
    /// decisions, ids of the `law` catalogue or own words (version 5).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub laws: Vec<Entry>,
}

/// The ground of Art. 22(2) for decisions based solely on automated processing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionGround {
    /// (a) Necessary for entering into or performing a contract with the person.
    Contract,
    /// (b) Authorised by Union or Swedish law.
    Law,
    /// (c) The person's explicit consent.
    ExplicitConsent,
}

impl DecisionGround {
    pub const ALL: [DecisionGround; 3] = [
        DecisionGround::Contract,
        DecisionGround::Law,
        DecisionGround::ExplicitConsent,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DecisionGround::Contract => "contract",
            DecisionGround::Law => "law",
            DecisionGround::ExplicitConsent => "explicit-consent",
        }
    }

    /// The point of Art. 22(2).
    pub fn point(self) -> &'static str {
        match self {
            DecisionGround::Contract => "a",
            DecisionGround::Law => "b",
            DecisionGround::ExplicitConsent => "c",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Security {
    /// Ids from the `security` catalogue, or own words.
    pub measures: Vec<Entry>,
    #[serde(skip_serializing_if = "is_blank_text")]
    pub description: Text,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rights {
    /// Where requests go; the organisation's e-mail when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// A web form for requests, if there is one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub form_url: String,
    /// A promise to answer within this many days, shorter than the law's one month
    /// (Art. 12(3)); absent: "within one month". More than 28 days can exceed a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_days: Option<u32>,
    /// How the organisation checks who is asking.
    #[serde(skip_serializing_if = "is_blank_text")]
    pub identity_check: Text,
}

/// The supervisory authority the policy names for complaints, when not the default (the
/// authority of the organisation's EEA country, or outside the EEA of the country where its EU
/// representative is established). Either `country`, naming an authority policywright knows,
/// or the authority's own details.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// ISO code of a country whose authority policywright knows (see `legal.toml`); the
    /// details below are then left out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(default, skip_serializing_if = "is_blank_text")]
    pub name: Text,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

impl Project {
    /// A new project with nothing answered yet: validation lists what is missing.
    pub fn blank() -> Self {
        Project {
            schema_version: SCHEMA_VERSION,
            organisation: Organisation::default(),
            policy: Policy::default(),
            activities: Vec::new(),
            recipients: Vec::new(),
            cookies: Cookies::default(),
            children: Children::default(),
            automated_decisions: AutomatedDecisions::default(),
            security: Security::default(),
            rights: Rights::default(),
            authority: None,
            history: Vec::new(),
            silenced: Vec::new(),
            clauses: Clauses::default(),
            record: Record::default(),
        }
    }

    /// The languages to publish, in canonical order and without repeats.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::all()
            .into_iter()
            .filter(|l| self.policy.languages.contains(l))
            .collect()
    }
}
