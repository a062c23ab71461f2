//! The render context: everything a clause template may use, for one language. Built once per
//! render from a `Project`; user text is escaped for Markdown here, before it reaches a template,
//! so no answer can become markup or template code. Catalogue ids are kept unescaped (they are
//! ours) for templates to branch on; names are resolved through Fluent.

use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use crate::markdown::{escape, link, mailto};
use crate::project::catalog::{self, kind};
use crate::project::legal;
use crate::project::validate::{parse_lifetime, Lifetime, Span};
use crate::project::{self, Entry, LegalBasis, Project, Safeguard, Text};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Context {
    /// "sv" or "en".
    pub lang: &'static str,
    pub org: Org,
    pub policy: PolicyInfo,
    pub activities: Vec<ActivityCtx>,
    pub recipients: Vec<RecipientCtx>,
    /// The recipients outside the EEA, in the same order.
    pub transfers: Vec<RecipientCtx>,
    pub cookies: CookiesCtx,
    pub children: ChildrenCtx,
    pub automated: AutomatedCtx,
    pub security: SecurityCtx,
    pub rights: RightsCtx,
    /// The supervisory authority the policy names for complaints (empty name: none named).
    pub authority: AuthorityCtx,
    /// Outside the EEA, the authority of the organisation's own country (the ICO), when known.
    pub home_authority: Option<AuthorityCtx>,
    /// What law applies where the organisation is established.
    pub jurisdiction: JurisdictionCtx,
    /// Statute and decision references in this language, from data/legal.toml.
    pub acts: Acts,
    /// Facts derived from all the answers, for deciding what to say.
    pub facts: Facts,
}

#[derive(Debug, Serialize)]
pub struct Org {
    pub name: String,
    pub org_number: String,
    /// What the registration number is called where the organisation is registered
    /// ("organisationsnummer", "Business ID (Y-tunnus)", "company number").
    pub org_number_name: String,
    /// "Storgatan 1, 111 22 Stockholm" (the country added, but not to a Swedish address in
    /// Swedish).
    pub address: String,
    pub email: String,
    /// Markdown link to the e-mail address.
    pub email_link: String,
    pub phone: String,
    pub website: String,
    pub website_link: String,
    pub dpo: Option<Person>,
    pub representative: Option<Person>,
    /// Outside the EEA: why the GDPR applies (Art. 3(2)): "offering", "monitoring", "both", or
    /// "" while unanswered.
    pub gdpr_reach: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Person {
    pub name: String,
    pub email_link: String,
    pub phone: String,
    pub address: String,
}

#[derive(Debug, Serialize)]
pub struct PolicyInfo {
    pub version: String,
    /// Set for a draft exported under the number of a published version it no longer matches:
    /// that version.
    pub draft_since: Option<String>,
    /// "15 januari 2026"
    pub effective_date: String,
    pub languages: Vec<String>,
    /// The languages' names, joined: "svenska och engelska".
    pub language_names: String,
    /// Published in more than one language.
    pub bilingual: bool,
    /// Name of the prevailing language, in this language.
    pub prevailing_language: String,
    /// This document is in the prevailing language.
    pub is_prevailing: bool,
    /// Ids from the change-channel catalogue, and their names.
    pub change_channel_ids: Vec<&'static str>,
    pub change_channels: Vec<String>,
    /// The channels as one phrase: "på vår webbplats och med e-post".
    pub change_channels_list: String,
    /// Data processed as a processor for customers, which the policy does not cover ("").
    pub processor_data: String,
    /// The organisation asks for consent before it uses data for a new purpose.
    pub new_purpose_consent: bool,
    /// Every version, newest first: the published ones from the history and, unless its
    /// number is published already, the version this document is.
    pub history: Vec<ChangeCtx>,
}

/// One version in the changes part.
#[derive(Debug, Serialize)]
pub struct ChangeCtx {
    pub version: String,
    /// "1 mars 2026"
    pub date: String,
    /// What the organisation wrote changed (Markdown-escaped), or "".
    pub summary: String,
    /// The headings of the sections that changed since the version before (Markdown, as the
    /// documents have them), in this language; empty for the first version and for versions
    /// recorded without their text.
    pub sections: Vec<String>,
    /// `sections` as one phrase: "Mottagare och Kakor".
    pub sections_list: String,
    /// The version this document is, not yet in the history (its sections are filled in by the
    /// renderer, which compares the rendered clauses with the last published text).
    #[serde(skip)]
    pub draft: bool,
}

impl ChangeCtx {
    /// Sets the changed sections' headings.
    pub fn set_sections(&mut self, lang: Lang, titles: Vec<String>) -> Result<(), I18nError> {
        let named: Vec<Named> = titles
            .iter()
            .map(|t| Named {
                id: String::new(),
                name: t.clone(),
            })
            .collect();
        self.sections_list = join_names(lang, &named)?;
        self.sections = titles;
        Ok(())
    }
}

/// The changes part: the history newest first, with the draft on top unless it is published.
fn history(p: &Project, lang: Lang) -> Result<Vec<ChangeCtx>, I18nError> {
    let date = |d: &str| i18n::long_date(lang, d).unwrap_or_else(|| escape(d));
    let mut out = Vec::with_capacity(p.history.len() + 1);
    let current = p.policy.version.trim();
    if !current.is_empty() && !p.history.iter().any(|h| h.version.trim() == current) {
        out.push(ChangeCtx {
            version: escape(current),
            date: date(&p.policy.effective_date),
            summary: text(&p.policy.change_summary, lang),
            sections: Vec::new(),
            sections_list: String::new(),
            draft: true,
        });
    }
    for (i, h) in p.history.iter().enumerate().rev() {
        let before = p.history[..i]
            .iter()
            .rev()
            .map(|e| e.markdown.get(lang))
            .find(|m| !m.is_empty());
        let now = h.markdown.get(lang);
        let mut entry = ChangeCtx {
            version: escape(h.version.trim()),
            date: date(&h.date),
            summary: text(&h.summary, lang),
            sections: Vec::new(),
            sections_list: String::new(),
            draft: false,
        };
        if let (Some(before), false) = (before, now.is_empty()) {
            entry.set_sections(lang, changed_sections(before, now))?;
        }
        out.push(entry);
    }
    Ok(out)
}

/// The headings of the sections that differ between two rendered texts of one language: changed
/// and added ones under their new heading, removed ones under their old, in document order.
/// The changes part itself is left out: it changes with every version by what it is.
pub fn changed_sections(before: &str, now: &str) -> Vec<String> {
    use crate::sections::sections;
    let old = sections(before);
    let new = sections(now);
    let mut out = Vec::new();
    for s in new.iter().filter(|s| s.id != "changes") {
        match old.iter().find(|o| o.id == s.id) {
            Some(o) if o.normalized_body() == s.normalized_body() && o.title == s.title => {}
            _ => out.push(s.title.to_owned()),
        }
    }
    for o in old.iter().filter(|o| o.id != "changes") {
        if !new.iter().any(|s| s.id == o.id) {
            out.push(o.title.to_owned());
        }
    }
    out
}

/// A list answer: a catalogue entry with its name, or own words (`id` empty).
#[derive(Debug, Serialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct ActivityCtx {
    /// 1-based position.
    pub number: usize,
    /// Catalogue purpose id, or "" for a purpose in own words.
    pub purpose_id: String,
    /// The heading: the organisation's title, else the catalogue name, else (a purpose in own
    /// words without a title) its description, or "Purpose N" while none is given.
    pub title: String,
    /// The explanation under the heading, in the organisation's words ("" when none, or when
    /// the description is itself the heading).
    pub description: String,
    pub people: Vec<Named>,
    pub data: Vec<Named>,
    /// The data categories that are special categories under Art. 9.
    pub special_data: Vec<Named>,
    /// The names of `people`, `data` and `special_data` as phrases: "a, b och c".
    pub people_list: String,
    pub data_list: String,
    pub special_list: String,
    pub identity_number: bool,
    pub identity_number_reason: String,
    /// The one legal basis; empty (id "") when the activity lists several in `bases`.
    pub basis: Basis,
    pub legitimate_interest: String,
    /// A balancing test of Art. 6(1)(f) was made and recorded: only then does the policy say so.
    pub balancing_test: bool,
    /// Who collects the person's consent on the organisation's behalf ("" if the organisation
    /// does, or the purpose does not rest on consent).
    pub consent_collected_by: String,
    /// The laws that lay down its legal obligation or public task, as a phrase ("" if none).
    pub laws: String,
    /// Several legal bases, each with the people it covers; empty when there is one (`basis`).
    pub bases: Vec<BasisPartCtx>,
    /// The purpose involves profiling without decisions of Art. 22(1), with its logic in words.
    pub profiling: bool,
    pub profiling_logic: String,
    /// How the person can stop that profiling: "direct-marketing" (object at any time,
    /// Art. 21(2)), "object" (Art. 21(1), on legitimate interests or a public task), or "".
    pub profiling_objection: &'static str,
    /// The profiling rests (for some people) on consent: withdrawing it stops the profiling.
    pub profiling_consent: bool,
    /// The profiling rests (for some people) on a public task: Art. 21(1) names it.
    pub profiling_public_task: bool,
    /// Art. 9(2) condition, when special categories are processed.
    pub special_condition: Option<Condition>,
    /// none / statutory / contractual / contract-prerequisite, or "" while not answered.
    pub requirement: &'static str,
    pub consequence: String,
    /// Where the data comes from when not from the person (Art. 14(2)(f)).
    pub sources: Vec<SourceCtx>,
    /// Some of the data comes from the person (no sources, or `from_person`): the
    /// requirement of Art. 13(2)(e) is stated.
    pub from_person: bool,
    /// Direct marketing: the person may always object (Art. 21(2)), no balancing test.
    pub direct_marketing: bool,
    pub retention: RetentionCtx,
}

#[derive(Debug, Serialize)]
pub struct Basis {
    pub id: &'static str,
    pub name: String,
    /// Point of Art. 6(1): "a".."f".
    pub point: &'static str,
}

/// One of several legal bases of an activity and whose data it covers.
#[derive(Debug, Serialize)]
pub struct BasisPartCtx {
    pub id: &'static str,
    pub name: String,
    /// Point of Art. 6(1): "a".."f".
    pub point: &'static str,
    pub people: Vec<Named>,
    /// The people as one phrase: "kunder och leverantörer".
    pub people_list: String,
    /// With legitimate interests: the interest pursued.
    pub legitimate_interest: String,
    /// When this basis applies, completing "when …" ("" when it is split by people only).
    pub situation: String,
}

#[derive(Debug, Serialize)]
pub struct Condition {
    pub id: String,
    pub name: String,
    /// Point of Art. 9(2).
    pub point: &'static str,
}

#[derive(Debug, Serialize)]
pub struct SourceCtx {
    pub description: String,
    pub public: bool,
}

#[derive(Debug, Serialize)]
pub struct RetentionCtx {
    /// Preset id from the retention catalogue (`custom` uses `text`).
    pub preset: String,
    pub months: u32,
    /// Own words: the whole rule for `custom`, an addition otherwise (may be empty).
    pub text: String,
    /// Every person of the purpose is a contact person of another organisation (a business
    /// or supplier contact): the contract and the relationship are that organisation's.
    pub for_contacts: bool,
    /// At the end of the period the data is anonymised rather than deleted.
    pub anonymised: bool,
    /// With `bookkeeping`: the period of the bookkeeping law where the organisation is
    /// established, and the provision that sets it ("" where none is known).
    pub bookkeeping_period: String,
    pub bookkeeping_law: String,
    /// With `after-relationship`: what ends ("membership", "last-purchase", …), or "" for
    /// "our relationship with you".
    pub ends: &'static str,
}

#[derive(Debug, Serialize)]
pub struct RecipientCtx {
    pub name: String,
    /// processor / controller / joint-controller / group-company / authority / other-users /
    /// public
    pub kind: &'static str,
    pub kind_name: String,
    pub purpose: String,
    /// The (first) country's code ("varies" for countries that vary; "" for other users and
    /// the public).
    pub country_code: String,
    /// In `recipients`: every country where the recipient processes the data, as a phrase
    /// ("Irland, USA och länder som varierar"); in `transfers`: the one country of that
    /// transfer. "" for other users and the public.
    pub country: String,
    /// The countries vary (a cloud provider's sub-processors): in `transfers`, this transfer's;
    /// in `recipients`, any of the recipient's.
    pub varies: bool,
    /// With `varies`: what varies, "change-over-time", "several", "chosen-by-person" or
    /// "where-required" ("" otherwise).
    pub varies_how: &'static str,
    pub outside_eea: bool,
    /// Safeguard id ("" when none is needed).
    pub safeguard: &'static str,
    pub safeguard_name: String,
    /// The decision the safeguard rests on, e.g. "(EU) 2021/914" ("" for BCR and derogations).
    pub decision: String,
    /// For an adequacy decision that covers only part of the country's organisations:
    /// "commercial" (Canada) or "dpf" (USA); "" when it covers the whole country.
    pub adequacy_scope: &'static str,
    /// For a renewed adequacy decision: when it was renewed and until when it runs, as dates
    /// in words ("" otherwise).
    pub decision_renewed: String,
    pub decision_valid_until: String,
    /// With the Data Privacy Framework: the safeguard that takes over if the framework ceases
    /// to apply ("standard-contractual-clauses", "binding-corporate-rules" or "").
    pub fallback: &'static str,
    /// The decision the fallback rests on ("" for binding corporate rules).
    pub fallback_decision: String,
    /// With a derogation: which one of Art. 49(1) ("" when not answered), and its point.
    pub derogation: &'static str,
    pub derogation_point: &'static str,
    /// Where a copy of the safeguard is available (SCCs and BCRs, also as the fallback).
    pub offers_copy: bool,
    /// How to get a copy of the safeguard.
    pub copy: String,
    /// Joint controllers (Art. 26): what each controller is responsible for, and whom to
    /// contact ("" for other kinds, and for the contact when not answered).
    pub joint_essence: String,
    pub joint_contact: String,
    /// The laws that require the disclosure, as a phrase ("" if none).
    pub laws: String,
    /// For an organisation in the UK, what the UK GDPR says of this transfer: "domestic"
    /// (a recipient in the UK), "adequacy", "uk-extension", "idta", "addendum",
    /// "binding-corporate-rules", "derogation", or "" (not a UK organisation, or not answered).
    pub uk: &'static str,
    /// The UK regulations behind "adequacy" and "uk-extension" ("" otherwise).
    pub uk_rule: String,
    /// The headings of the activities the recipient receives data for, in the project's order,
    /// and as one list ("Heading one; Heading two").
    pub activities: Vec<String>,
    pub activities_list: String,
}

#[derive(Debug, Serialize)]
pub struct CookiesCtx {
    /// Cookies and similar technologies, in the project's order.
    pub items: Vec<CookieCtx>,
    /// Some item needs consent (anything but strictly necessary).
    pub needs_consent: bool,
    /// Some item is strictly necessary (used without consent).
    pub any_necessary: bool,
    /// What the strictly necessary items are: "cookie" (only cookies), "similar" (only similar
    /// technologies), "both", or "" (none).
    pub necessary_kinds: &'static str,
    pub consent: String,
    pub withdrawal: String,
    /// Some item is a cookie, or none is listed (the site's cookie policy lists them).
    pub any_cookie: bool,
    /// Some item is a similar technology (local storage, a pixel, an SDK, …).
    pub any_similar: bool,
    /// The similar technologies used, named for a sentence: "local storage in your browser and
    /// tracking pixels" ("" when none).
    pub similar: String,
    /// Something is kept in the browser (cookies, local or session storage), or none is listed.
    pub in_browser: bool,
    /// Local or session storage is used (the visitor deletes it with the site's data).
    pub any_storage: bool,
    /// Some item is in an app (an SDK).
    pub in_app: bool,
    /// Some item is on the website (anything but an SDK), or none is listed.
    pub on_web: bool,
    /// Some item belongs to another company's domain.
    pub any_third: bool,
    /// Some item's data goes to someone other than its provider: the table shows who.
    pub show_receiver: bool,
    /// Whoever receives data other than the organisation itself, for a sentence: "Google,
    /// Hotjar and Meta" ("" when only the organisation does).
    pub others: String,
    pub others_count: usize,
    /// Some first-party cookie sends its data to another company (`_ga` to Google).
    pub first_party_to_others: bool,
    /// Markdown link to the site's own cookie policy or consent tool ("" when none).
    pub policy_link: String,
}

#[derive(Debug, Serialize)]
pub struct CookieCtx {
    pub name: String,
    /// "cookie", "local-storage", "session-storage", "pixel", "sdk", "fingerprinting".
    pub technology: &'static str,
    pub technology_name: String,
    /// Who sets it.
    pub provider: String,
    /// Who receives the data it collects (the provider unless another is named).
    pub receiver: String,
    /// The receiver is the organisation itself (by its legal name).
    pub receiver_is_us: bool,
    pub purpose: String,
    pub category: &'static str,
    pub category_name: String,
    /// "13 månader", "upp till 2 år", "30 sekunder till 1 år" / "13 months", "up to 2 years".
    pub lifetime: String,
    pub third_party: bool,
    pub party_name: String,
}

#[derive(Debug, Serialize)]
pub struct ChildrenCtx {
    pub addressed: bool,
    /// An online service offered directly to children: the age rule of Art. 8 applies.
    pub online_service: bool,
    /// Whether there is such a service is answered; unanswered, no age rule is stated.
    pub online_service_answered: bool,
    /// Some activity rests on a contract: a child's contract involves the guardian.
    pub contracts: bool,
    /// The titles of the purposes that rest on a contract, as a phrase ("Medlemskap och Läger").
    pub contract_purposes: String,
    pub contract_purpose_count: usize,
    pub guardian_consent: String,
    /// The age from which a child consents alone to the online service, where the law of the
    /// organisation's country is known; 0 when it is not. Outside the EEA (the UK) it is the
    /// age for children there, and children in the EU have their own country's.
    pub consent_age: u32,
    /// The service is not for people under this age (0: no age limit).
    pub minimum_age: u32,
    /// What happens to data about a younger person when it is found.
    pub younger_found: String,
    /// The clause appears: the service is aimed at children, or has an age limit.
    pub shown: bool,
}

#[derive(Debug, Serialize)]
pub struct AutomatedCtx {
    /// Solely automated decisions with legal or similarly significant effects (Art. 22(1)).
    pub used: bool,
    /// The Art. 22(2) ground: contract / law / explicit-consent, or "" while not answered.
    pub ground: &'static str,
    pub ground_point: &'static str,
    pub logic: String,
    pub consequences: String,
    /// Profiling happens (Art. 4(4)); named as such even without decisions (Art. 13(2)(f)).
    pub profiling: bool,
    pub profiling_description: String,
    /// With the ground `law`: the law that allows the decisions, as a phrase ("" if none).
    pub laws: String,
    /// The purposes that involve profiling (stated per purpose), with its logic.
    pub purposes: Vec<ProfilingCtx>,
    /// Profiling happens: stated here (`profiling`) or for some purpose.
    pub any_profiling: bool,
    /// The clause appears: decisions or profiling.
    pub shown: bool,
}

/// A purpose that involves profiling.
#[derive(Debug, Serialize)]
pub struct ProfilingCtx {
    /// The purpose's heading.
    pub title: String,
    pub logic: String,
}

#[derive(Debug, Serialize)]
pub struct SecurityCtx {
    pub measures: Vec<Named>,
    pub description: String,
}

#[derive(Debug, Serialize)]
pub struct RightsCtx {
    pub email_link: String,
    pub form_link: String,
    /// A promise shorter than the law's one month, in days (0: "within one month").
    pub response_days: u32,
    pub identity_check: String,
    /// Swedish laws that keep data against some rights, each with the statute's name, in the
    /// catalogue's order (a Swedish organisation only: the laws are Swedish).
    pub restrictions: Vec<RestrictionCtx>,
    /// Patient records of a service aimed at children: who exercises a minor's rights.
    pub minor_patients: bool,
}

#[derive(Debug, Serialize)]
pub struct RestrictionCtx {
    /// An id of `catalog::RESTRICTIONS`.
    pub id: &'static str,
    /// The statute's name in this language.
    pub law: String,
}

#[derive(Debug, Serialize)]
pub struct AuthorityCtx {
    pub name: String,
    pub address: String,
    pub website_link: String,
    pub email_link: String,
    pub phone: String,
    /// The default authority (IMY) rather than one the project names.
    pub is_imy: bool,
    /// The country whose authority it is, by name ("Sverige"), when known.
    pub country: String,
    /// Named because the organisation's EU representative is established in that country.
    pub via_representative: bool,
}

#[derive(Debug, Serialize)]
pub struct JurisdictionCtx {
    /// ISO code of the country where the organisation is established.
    pub country_code: String,
    /// Its name ("Sverige", "the United Kingdom").
    pub country: String,
    /// In the EEA, where the GDPR applies directly.
    pub in_eea: bool,
    /// Established in Sweden: the Swedish acts (identity numbers, minors' contracts,
    /// bookkeeping) apply.
    pub swedish: bool,
    /// Established in the United Kingdom: transfers are stated under the UK GDPR and the GDPR.
    pub uk: bool,
}

#[derive(Debug, Serialize)]
pub struct Acts {
    pub gdpr: String,
    /// How an article is cited: "GDPR" / "dataskyddsförordningen", and for an organisation in
    /// the UK "UK GDPR and GDPR" / "UK GDPR och dataskyddsförordningen" (the articles have
    /// the same numbers in both; people in the UK are told of the UK GDPR).
    pub gdpr_cite: String,
    pub data_protection_act: String,
    pub identity_number_rule: String,
    pub child_consent_rule: String,
    pub minors_contracts_rule: String,
    pub bookkeeping_act: String,
    pub cookie_rule: String,
    pub cookie_regulator: String,
    /// The statutory duty to handle the person's complaints, where the organisation's
    /// country has one (the UK: DPA 2018 s. 164A); "" elsewhere.
    pub complaints_rule: String,
    pub scc_decision: String,
    pub dpf_decision: String,
}

#[derive(Debug, Serialize)]
pub struct Facts {
    pub any_consent: bool,
    /// Some processing other than direct marketing rests on legitimate interests or a public
    /// task: the right to object of Art. 21(1), with its balancing test, applies.
    pub any_objection: bool,
    /// Some processing rests on consent or contract: the right to data portability applies
    /// (to processing by automated means, which the clause says).
    pub any_portability: bool,
    pub any_special: bool,
    pub any_identity_number: bool,
    /// Some data comes from elsewhere than the person (Art. 14).
    pub any_source: bool,
    pub any_requirement: bool,
    pub any_recipients: bool,
    pub any_processors: bool,
    /// Some recipient is linked to the activities it receives data for: the table shows them.
    pub any_recipient_activities: bool,
    /// Some processing rests on a public task (the right to object names it).
    pub any_public_task: bool,
    /// Some data is kept because a law requires it (erasure waits for the period to end).
    pub any_kept_by_law: bool,
    /// Some activity is direct marketing (marked so, or the newsletter and marketing purposes):
    /// the absolute right to object of Art. 21(2)-(3).
    pub any_direct_marketing: bool,
    pub any_transfers: bool,
    pub any_cookies: bool,
    /// Some transfer relies on an Art. 49 derogation rather than a safeguard.
    pub any_derogation: bool,
    /// Some profiling, not for direct marketing, rests on legitimate interests or a public
    /// task: the right to object of Art. 21(1) covers it ("including profiling").
    pub any_profiling_objection: bool,
    /// Some direct marketing involves profiling: the absolute objection covers it (Art. 21(2)).
    pub any_marketing_profiling: bool,
}

/// Direct marketing: marked so, or a catalogue purpose that is direct marketing by nature.
fn is_direct_marketing(a: &project::Activity) -> bool {
    a.direct_marketing || catalog::DIRECT_MARKETING_PURPOSES.contains(&a.purpose.as_str())
}

/// How a person can stop a purpose's profiling under Art. 21: always for direct marketing
/// (Art. 21(2), which names profiling related to it); on grounds of their situation where the
/// purpose rests on legitimate interests or a public task (Art. 21(1)); else not by objecting.
fn profiling_objection(a: &project::Activity) -> &'static str {
    if !a.profiling {
        ""
    } else if is_direct_marketing(a) {
        "direct-marketing"
    } else if a.rests_on(LegalBasis::LegitimateInterests) || a.rests_on(LegalBasis::PublicTask) {
        "object"
    } else {
        ""
    }
}

fn text(t: &Text, lang: Lang) -> String {
    escape(t.get(lang))
}

/// A catalogue entry with its name. An id missing from the catalogue (a project with an
/// unknown choice, which validation reports) shows as the id itself, so the preview still works.
fn named(lang: Lang, kind: &str, id: &str) -> Named {
    Named {
        id: id.to_owned(),
        name: i18n::catalogue_name(lang, kind, id).unwrap_or_else(|| escape(id)),
    }
}

/// A list answer in this language. Own words missing in this language show the other
/// language's text, so the preview of an unfinished translation still reads (validation
/// reports the gap).
fn entry(lang: Lang, kind: &str, e: &Entry) -> Named {
    match e {
        Entry::Catalog(id) => named(lang, kind, id),
        Entry::Own(own) => {
            let t = own.text();
            // Own words not yet written in this language: the first language that has them.
            let words = std::iter::once(t.get(lang))
                .chain(t.iter().map(|(_, w)| w))
                .find(|w| !w.trim().is_empty())
                .unwrap_or("");
            Named {
                id: String::new(),
                name: escape(words),
            }
        }
    }
}

fn entries(lang: Lang, kind: &str, list: &[Entry]) -> Vec<Named> {
    list.iter().map(|e| entry(lang, kind, e)).collect()
}

/// "a", "a och b", "a, b och c" with the language's word for "and". When a name holds that
/// word itself ("bilder och filmer"), the last join uses `list-and-also` ("samt") so that no
/// "a och b och c" arises.
fn join_names(lang: Lang, names: &[Named]) -> Result<String, I18nError> {
    let words: Vec<&str> = names.iter().map(|n| n.name.as_str()).collect();
    join_words(lang, &words)
}

/// [`join_names`] for plain words.
pub fn join_words(lang: Lang, words: &[&str]) -> Result<String, I18nError> {
    let and = i18n::message(lang, "list-and", &[])?;
    Ok(match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            let spaced = format!(" {and} ");
            let and = if words.iter().any(|w| w.contains(&spaced)) {
                i18n::message(lang, "list-and-also", &[])?
            } else {
                and
            };
            format!("{} {and} {last}", rest.join(", "))
        }
    })
}

/// A heading or label made from an answer: without the full stop, colon or other closing
/// punctuation a sentence may end with, since the document adds its own (":" after labels).
fn title_from_answer(words: &str) -> String {
    escape(
        words
            .trim()
            .trim_end_matches(['.', ':', ';', ',', '…'])
            .trim_end(),
    )
}

/// Countries whose addresses put the postcode after the town ("Manchester M1 2FF").
const POSTCODE_AFTER_TOWN: &[&str] = &["GB", "IE", "US", "CA"];

fn address_line(a: &project::Address, lang: Lang) -> Result<String, I18nError> {
    let postcode = postcode(&a.postal_code, &a.country);
    let town = if POSTCODE_AFTER_TOWN.contains(&a.country.as_str()) {
        format!("{} {}", a.city, postcode)
    } else {
        format!("{} {}", postcode, a.city)
    };
    let mut parts: Vec<String> = [a.street.as_str(), &town]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(escape)
        .collect();
    // A Swedish reader needs no "Sverige" on a Swedish address; a reader of the English text
    // may be anywhere (the languages' `home_countries`).
    let home_reader = lang.language().home_countries.contains(&a.country);
    if !home_reader && !a.country.is_empty() {
        parts.push(i18n::message(lang, &format!("country-{}", a.country), &[])?);
    }
    Ok(parts.join(", "))
}

/// A Swedish postcode as Swedes write it ("903 26" for "90326"); others as given.
fn postcode(code: &str, country: &str) -> String {
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    if country == "SE" && digits.len() == 5 && code.trim().len() == 5 {
        format!("{} {}", &digits[..3], &digits[3..])
    } else {
        code.to_owned()
    }
}

/// Where the organisation is established, and the legal facts that follow from it: the one
/// place the context asks which law applies.
struct Home<'f> {
    facts: &'f legal::LegalFacts,
    lang: Lang,
    code: &'f str,
    jurisdiction: Option<&'f legal::Jurisdiction>,
    in_eea: bool,
    swedish: bool,
}

impl<'f> Home<'f> {
    fn of(p: &'f Project, lang: Lang) -> Home<'f> {
        let facts = legal::facts();
        let code = p.organisation.address.country.as_str();
        Home {
            facts,
            lang,
            code,
            jurisdiction: facts.jurisdiction(code),
            in_eea: facts.is_eea(code),
            swedish: code == "SE",
        }
    }

    /// A statute by its key in the legal data, in this language.
    fn act(&self, key: &str) -> String {
        self.facts
            .act(key)
            .map(|t| escape(t.get(self.lang)))
            .unwrap_or_default()
    }

    /// A Swedish statute: only a Swedish organisation cites the Swedish acts.
    fn swedish_act(&self, key: &str) -> String {
        if self.swedish {
            self.act(key)
        } else {
            String::new()
        }
    }

    /// A country as a sentence names it ("the United Kingdom").
    fn country_in_text(&self, code: &str) -> String {
        match self.facts.jurisdiction(code) {
            Some(j) => escape(j.name.get(self.lang)),
            None => country_name(self.lang, code),
        }
    }

    /// A fact of the home country's jurisdiction, in this language.
    fn of_home(&self, f: fn(&legal::Jurisdiction) -> Option<&Text>) -> String {
        self.jurisdiction
            .and_then(f)
            .map(|t| escape(t.get(self.lang)))
            .unwrap_or_default()
    }

    /// The supervisory authority of a known country.
    fn known_authority(&self, country: &str, via_representative: bool) -> Option<AuthorityCtx> {
        let lang = self.lang;
        self.facts.authority_of(country).map(|a| AuthorityCtx {
            name: escape(a.name.get(lang)),
            address: escape(a.address.get(lang)),
            website_link: link(display_url(&a.website), &a.website),
            email_link: if a.email.is_empty() {
                String::new()
            } else {
                mailto(&a.email)
            },
            phone: escape(&a.phone),
            is_imy: country == "SE",
            country: self.country_in_text(country),
            via_representative,
        })
    }
}

impl Context {
    /// Everything the templates of one language may read of a project, built per clause area.
    pub fn build(p: &Project, lang: Lang) -> Result<Context, I18nError> {
        let home = Home::of(p, lang);
        let activities = p
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| activity(i, a, &home))
            .collect::<Result<Vec<_>, _>>()?;
        let (recipients, transfers) = recipients_and_transfers(p, lang, &activities)?;
        let cookies = cookies(p, lang)?;
        let facts = facts_of(p, &activities, &recipients, &transfers, &cookies);
        Ok(Context {
            lang: lang.code(),
            org: org(p, lang)?,
            policy: policy_info(p, lang)?,
            children: children(p, lang, &home, &activities)?,
            automated: automated(p, lang, &activities)?,
            activities,
            recipients,
            transfers,
            cookies,
            security: SecurityCtx {
                measures: entries(lang, kind::SECURITY, &p.security.measures),
                description: text(&p.security.description, lang),
            },
            rights: rights(p, lang, &home),
            authority: authority(p, lang, &home),
            home_authority: if home.in_eea {
                None
            } else {
                home.known_authority(home.code, false)
            },
            jurisdiction: JurisdictionCtx {
                country_code: home.code.to_owned(),
                country: home.country_in_text(home.code),
                in_eea: home.in_eea,
                swedish: home.swedish,
                uk: home.code == "GB",
            },
            acts: acts(&home),
            facts,
        })
    }
}

/// The organisation, its DPO and its EU representative.
fn org(p: &Project, lang: Lang) -> Result<Org, I18nError> {
    let o = &p.organisation;
    let person = |name: &str, email: &str, phone: &str, address: String| Person {
        name: escape(name),
        email_link: mailto(email),
        phone: escape(phone),
        address,
    };
    Ok(Org {
        name: escape(&o.legal_name),
        // A sole trader's number is the owner's personal identity number: never published.
        org_number: if o.sole_trader {
            String::new()
        } else {
            escape(&o.org_number)
        },
        org_number_name: i18n::message(
            lang,
            &format!("org-number-name-{}", o.address.country),
            &[],
        )
        .or_else(|_| i18n::message(lang, "org-number-name", &[]))?,
        address: address_line(&o.address, lang)?,
        email: escape(&o.email),
        email_link: mailto(&o.email),
        phone: escape(&o.phone),
        website: escape(&o.website),
        website_link: if o.website.is_empty() {
            String::new()
        } else {
            link(display_url(&o.website), &o.website)
        },
        dpo: o
            .dpo
            .as_ref()
            .map(|d| person(&d.name, &d.email, &d.phone, String::new())),
        representative: match &o.eu_representative {
            Some(r) => Some(person(
                &r.name,
                &r.email,
                "",
                address_line(&r.address, lang)?,
            )),
            None => None,
        },
        gdpr_reach: o.gdpr_reach.map_or("", project::GdprReach::id),
    })
}

/// The policy's version, languages, change channels and history.
fn policy_info(p: &Project, lang: Lang) -> Result<PolicyInfo, I18nError> {
    let langs = p.languages();
    Ok(PolicyInfo {
        version: escape(&p.policy.version),
        draft_since: p.policy.draft_since.as_deref().map(escape),
        effective_date: i18n::long_date(lang, &p.policy.effective_date)
            .unwrap_or_else(|| escape(&p.policy.effective_date)),
        languages: langs.iter().map(|l| l.code().to_owned()).collect(),
        bilingual: langs.len() > 1,
        language_names: join_words(
            lang,
            &langs.iter().map(|l| l.name_in(lang)).collect::<Vec<_>>(),
        )?,
        prevailing_language: p.policy.prevailing_language.name_in(lang).to_owned(),
        is_prevailing: p.policy.prevailing_language == lang,
        change_channel_ids: p
            .policy
            .change_channels
            .iter()
            .filter_map(|c| catalog::CHANGE_CHANNELS.iter().copied().find(|k| c.is(k)))
            .collect(),
        change_channels: entries(lang, kind::CHANGE_CHANNEL, &p.policy.change_channels)
            .into_iter()
            .map(|n| n.name)
            .collect(),
        change_channels_list: join_names(
            lang,
            &entries(lang, kind::CHANGE_CHANNEL, &p.policy.change_channels),
        )?,
        history: history(p, lang)?,
        processor_data: text(&p.policy.processor_data, lang),
        new_purpose_consent: p.policy.new_purpose_consent,
    })
}

/// A purpose's heading: its title, the catalogue purpose's name, or (a purpose in own words
/// without a title) its description; numbered when there is nothing to call it.
fn purpose_title(
    i: usize,
    a: &project::Activity,
    description_is_title: bool,
    lang: Lang,
) -> Result<String, I18nError> {
    let mut title = if !a.title.is_blank() {
        title_from_answer(a.title.get(lang))
    } else if description_is_title {
        title_from_answer(a.description.get(lang))
    } else {
        named(lang, kind::PURPOSE, &a.purpose).name
    };
    if title.is_empty() {
        let number = (i + 1).to_string();
        title = i18n::message(lang, "doc-purpose-fallback", &[("number", &number)])?;
    }
    Ok(title)
}

/// A purpose's legal basis: the one basis, or the several bases each for its people.
fn legal_bases(a: &project::Activity, lang: Lang) -> Result<(Basis, Vec<BasisPartCtx>), I18nError> {
    let basis = match a.legal_basis.filter(|_| a.bases.is_empty()) {
        Some(b) => Basis {
            id: b.id(),
            name: named(lang, kind::BASIS, b.id()).name,
            point: b.article_point(),
        },
        None => Basis {
            id: "",
            name: String::new(),
            point: "",
        },
    };
    let mut bases = Vec::with_capacity(a.bases.len());
    for part in &a.bases {
        let people = entries(lang, kind::PEOPLE, &part.people);
        bases.push(BasisPartCtx {
            id: part.basis.map_or("", |b| b.id()),
            name: part
                .basis
                .map(|b| named(lang, kind::BASIS, b.id()).name)
                .unwrap_or_default(),
            point: part.basis.map_or("", |b| b.article_point()),
            people_list: join_names(lang, &people)?,
            people,
            legitimate_interest: if part.basis == Some(LegalBasis::LegitimateInterests) {
                text(&part.legitimate_interest, lang)
            } else {
                String::new()
            },
            situation: text(&part.situation, lang),
        });
    }
    Ok((basis, bases))
}

/// One purpose (activity), numbered from 1.
fn activity(i: usize, a: &project::Activity, home: &Home) -> Result<ActivityCtx, I18nError> {
    let lang = home.lang;
    // The description is the heading only for a purpose in own words without a title.
    let description_is_title = a.purpose.is_empty() && a.title.is_blank();
    let title = purpose_title(i, a, description_is_title, lang)?;
    let people = entries(lang, kind::PEOPLE, &a.people);
    let data = entries(lang, kind::DATA, &a.data);
    let special_data = a
        .data
        .iter()
        .filter(|d| catalog::is_special_data(d))
        .map(|d| entry(lang, kind::DATA, d))
        .collect::<Vec<_>>();
    let special_condition = if special_data.is_empty() {
        None
    } else {
        special_condition(a, lang)
    };
    let (basis, bases) = legal_bases(a, lang)?;
    let direct_marketing = is_direct_marketing(a);
    Ok(ActivityCtx {
        people_list: join_names(lang, &people)?,
        data_list: join_names(lang, &data)?,
        special_list: join_names(lang, &special_data)?,
        number: i + 1,
        purpose_id: a.purpose.clone(),
        title,
        description: if description_is_title {
            String::new()
        } else {
            text(&a.description, lang)
        },
        people,
        identity_number: a.data.iter().any(|d| d.is(catalog::IDENTITY_NUMBER)),
        identity_number_reason: text(&a.identity_number_reason, lang),
        data,
        special_data,
        basis,
        legitimate_interest: if a.bases.is_empty() {
            text(&a.legitimate_interest, lang)
        } else {
            String::new()
        },
        balancing_test: a.balancing_test,
        consent_collected_by: if a.rests_on(LegalBasis::Consent) {
            text(&a.consent_collected_by, lang)
        } else {
            String::new()
        },
        laws: join_names(lang, &entries(lang, kind::LAW, &a.laws))?,
        bases,
        profiling: a.profiling,
        profiling_logic: if a.profiling {
            text(&a.profiling_logic, lang)
        } else {
            String::new()
        },
        profiling_objection: profiling_objection(a),
        profiling_consent: a.profiling && a.rests_on(LegalBasis::Consent),
        profiling_public_task: a.profiling && a.rests_on(LegalBasis::PublicTask),
        special_condition,
        requirement: a.requirement.map_or("", project::Requirement::id),
        consequence: text(&a.consequence, lang),
        sources: sources(a, lang),
        from_person: a.sources.is_empty() || a.from_person,
        direct_marketing,
        retention: retention(a, home),
    })
}

/// The Art. 9(2) condition a purpose with special categories names, if chosen.
fn special_condition(a: &project::Activity, lang: Lang) -> Option<Condition> {
    if a.special_condition.is_empty() {
        return None;
    }
    let n = named(lang, kind::SPECIAL, &a.special_condition);
    Some(Condition {
        point: catalog::special_condition_point(&a.special_condition).unwrap_or(""),
        id: n.id,
        name: n.name,
    })
}

/// Where a purpose's data comes from other than the person (Art. 14).
fn sources(a: &project::Activity, lang: Lang) -> Vec<SourceCtx> {
    a.sources
        .iter()
        .map(|s| SourceCtx {
            description: text(&s.description, lang),
            public: s.public,
        })
        .collect()
}

/// How long a purpose keeps its data, as the retention macro reads it.
fn retention(a: &project::Activity, home: &Home) -> RetentionCtx {
    let lang = home.lang;
    let bookkeeping = home
        .jurisdiction
        .and_then(|j| j.bookkeeping.as_ref())
        .filter(|_| a.retention.preset == "bookkeeping");
    RetentionCtx {
        bookkeeping_period: bookkeeping
            .map(|b| escape(b.period.get(lang)))
            .unwrap_or_default(),
        bookkeeping_law: bookkeeping
            .map(|b| escape(b.law.get(lang)))
            .unwrap_or_default(),
        for_contacts: !a.people.is_empty()
            && a.people
                .iter()
                .all(|p| p.is("business-contacts") || p.is("supplier-contacts")),
        preset: a.retention.preset.clone(),
        months: a.retention.months.unwrap_or(0),
        text: text(&a.retention.text, lang),
        anonymised: a.retention.anonymised,
        ends: a.retention.ends.map_or("", project::RelationshipEnd::id),
    }
}

/// The recipients, and the transfers: each country outside the EEA of a recipient is a
/// transfer of its own, with its own safeguard.
fn recipients_and_transfers(
    p: &Project,
    lang: Lang,
    activities: &[ActivityCtx],
) -> Result<(Vec<RecipientCtx>, Vec<RecipientCtx>), I18nError> {
    let facts = legal::facts();
    let titles: Vec<(&str, &str)> = p
        .activities
        .iter()
        .zip(activities)
        .map(|(a, c)| (a.link_id(), c.title.as_str()))
        .collect();
    let mut recipients: Vec<RecipientCtx> = Vec::with_capacity(p.recipients.len());
    let mut transfers: Vec<RecipientCtx> = Vec::new();
    for r in &p.recipients {
        let locations = r.locations();
        // Each country outside the EEA is a transfer of its own, with its own safeguard; for an
        // organisation in the UK every country is, under one law or the other.
        let uk_home = p.organisation.address.country == "GB";
        for (_, loc) in locations
            .iter()
            .filter(|(_, l)| uk_home || !facts.is_eea(&l.country))
        {
            let mut ctx = recipient(r, loc, lang, &titles)?;
            if uk_home {
                (ctx.uk, ctx.uk_rule) = uk_transfer(loc, lang);
            }
            transfers.push(ctx);
        }
        let first = locations
            .first()
            .map(|(_, l)| l.clone())
            .unwrap_or_default();
        let mut ctx = recipient(r, &first, lang, &titles)?;
        let names: Vec<Named> = locations
            .iter()
            .map(|(_, l)| Named {
                id: l.country.clone(),
                name: location_name(lang, l),
            })
            .collect();
        ctx.country = join_names(lang, &names)?;
        ctx.varies = locations
            .iter()
            .any(|(_, l)| l.country == project::COUNTRIES_VARY);
        ctx.outside_eea = locations.iter().any(|(_, l)| !facts.is_eea(&l.country));
        recipients.push(ctx);
    }
    Ok((recipients, transfers))
}

/// What the UK GDPR says of a transfer from the UK to `loc`, and the regulations it rests on.
fn uk_transfer(loc: &project::Location, lang: Lang) -> (&'static str, String) {
    let facts = legal::facts();
    if loc.country == "GB" {
        return ("domestic", String::new());
    }
    if let Some(rule) = facts.uk_adequacy(&loc.country) {
        return ("adequacy", escape(rule.get(lang)));
    }
    match loc.uk_safeguard {
        Some(project::UkSafeguard::UkExtension) if loc.country == "US" => (
            "uk-extension",
            escape(facts.uk_transfers.extension.get(lang)),
        ),
        Some(project::UkSafeguard::UkExtension) | None => ("", String::new()),
        Some(s) => (s.id(), String::new()),
    }
}

/// The supervisory authority the policy names: the one the project chose, else in the EEA the
/// authority of the organisation's country, outside it the one where its EU representative is
/// established (Art. 27).
/// The supervisory authority a policy names: decided here once, for the document and for the
/// policy as data.
pub enum NamedAuthority<'p> {
    /// A known authority, by the country whose authority it is.
    Known {
        country: &'p str,
        facts: &'static legal::AuthorityFacts,
        /// Named because the organisation's EU representative is established there (Art. 27).
        via_representative: bool,
    },
    /// One the project describes itself.
    Own(&'p project::Authority),
    /// None known: the project names no authority and none follows from its country.
    Unknown,
}

/// Which authority the policy names: the project's choice; else, in the EEA, the authority of
/// the organisation's country; outside it, the one where its EU representative is established.
pub fn named_authority(p: &Project) -> NamedAuthority<'_> {
    let facts = legal::facts();
    let o = &p.organisation;
    let known = |country: &'_ str, via_representative: bool| {
        facts.authority_of(country).map(|f| (f, via_representative))
    };
    let (country, found) = match &p.authority {
        Some(a) if !a.country.is_empty() => (a.country.as_str(), known(&a.country, false)),
        Some(a) => return NamedAuthority::Own(a),
        None if facts.is_eea(&o.address.country) => {
            (o.address.country.as_str(), known(&o.address.country, false))
        }
        None => match o
            .eu_representative
            .as_ref()
            .map(|r| r.address.country.as_str())
            .filter(|c| facts.is_eea(c))
        {
            Some(c) => (c, known(c, true)),
            None => return NamedAuthority::Unknown,
        },
    };
    match found {
        Some((facts, via_representative)) => NamedAuthority::Known {
            country,
            facts,
            via_representative,
        },
        None => NamedAuthority::Unknown,
    }
}

fn authority(p: &Project, lang: Lang, home: &Home) -> AuthorityCtx {
    match named_authority(p) {
        NamedAuthority::Known {
            country,
            via_representative,
            ..
        } => home
            .known_authority(country, via_representative)
            .expect("a known authority is in the legal data"),
        NamedAuthority::Own(a) => AuthorityCtx {
            name: text(&a.name, lang),
            address: escape(&a.address),
            website_link: if a.website.is_empty() {
                String::new()
            } else {
                link(display_url(&a.website), &a.website)
            },
            email_link: if a.email.is_empty() {
                String::new()
            } else {
                mailto(&a.email)
            },
            phone: escape(&a.phone),
            is_imy: false,
            country: String::new(),
            via_representative: false,
        },
        NamedAuthority::Unknown => AuthorityCtx {
            name: String::new(),
            address: String::new(),
            website_link: String::new(),
            email_link: String::new(),
            phone: String::new(),
            is_imy: false,
            country: String::new(),
            via_representative: false,
        },
    }
}

/// What the answers make true across the policy (any consent, any transfer, …).
fn facts_of(
    p: &Project,
    activities: &[ActivityCtx],
    recipients: &[RecipientCtx],
    transfers: &[RecipientCtx],
    cookies: &CookiesCtx,
) -> Facts {
    let bases: Vec<LegalBasis> = p.activities.iter().flat_map(|a| a.legal_bases()).collect();
    // The balancing test of Art. 21(1) never applies to direct marketing (Art. 21(2)-(3)).
    let objection_bases: Vec<LegalBasis> = p
        .activities
        .iter()
        .filter(|a| !is_direct_marketing(a))
        .flat_map(|a| a.legal_bases())
        .collect();
    Facts {
        any_consent: p.activities.iter().any(project::Activity::asks_consent),
        any_objection: objection_bases.contains(&LegalBasis::LegitimateInterests)
            || objection_bases.contains(&LegalBasis::PublicTask),
        any_portability: bases.contains(&LegalBasis::Consent)
            || bases.contains(&LegalBasis::Contract),
        any_special: activities.iter().any(|a| !a.special_data.is_empty()),
        any_identity_number: activities.iter().any(|a| a.identity_number),
        any_source: activities.iter().any(|a| !a.sources.is_empty()),
        any_requirement: activities
            .iter()
            .any(|a| !matches!(a.requirement, "none" | "")),
        any_recipients: !recipients.is_empty(),
        any_processors: recipients.iter().any(|r| r.kind == "processor"),
        any_recipient_activities: recipients.iter().any(|r| !r.activities.is_empty()),
        any_public_task: objection_bases.contains(&LegalBasis::PublicTask),
        any_kept_by_law: p.activities.iter().any(|a| {
            a.retention.preset == "bookkeeping" || a.rests_on(LegalBasis::LegalObligation)
        }),
        any_direct_marketing: p.activities.iter().any(is_direct_marketing),
        any_transfers: !transfers.is_empty(),
        any_cookies: !cookies.items.is_empty() || !cookies.policy_link.is_empty(),
        any_derogation: transfers.iter().any(|t| t.safeguard == "derogation"),
        any_profiling_objection: p
            .activities
            .iter()
            .any(|a| a.profiling && profiling_objection(a) == "object"),
        any_marketing_profiling: p
            .activities
            .iter()
            .any(|a| a.profiling && is_direct_marketing(a)),
    }
}

/// The children's section: who the service is for, the consent age of the organisation's
/// country (in the EEA), and an age limit.
fn children(
    p: &Project,
    lang: Lang,
    home: &Home,
    activities: &[ActivityCtx],
) -> Result<ChildrenCtx, I18nError> {
    let on_contract: Vec<Named> = p
        .activities
        .iter()
        .zip(activities)
        .filter(|(a, _)| a.rests_on(LegalBasis::Contract))
        .map(|(_, c)| {
            Ok(Named {
                id: c.purpose_id.clone(),
                name: i18n::message(lang, "quoted", &[("text", &c.title)])?,
            })
        })
        .collect::<Result<_, I18nError>>()?;
    Ok(ChildrenCtx {
        addressed: p.children.addressed,
        online_service: p.children.online_service == Some(true),
        online_service_answered: p.children.online_service.is_some(),
        // The rule on minors' contracts cited is Swedish.
        contracts: home.swedish && !on_contract.is_empty(),
        contract_purposes: join_names(lang, &on_contract)?,
        contract_purpose_count: on_contract.len(),
        guardian_consent: text(&p.children.guardian_consent, lang),
        consent_age: home
            .jurisdiction
            .and_then(|j| j.child_consent_age)
            .unwrap_or(0),
        minimum_age: p.children.minimum_age.unwrap_or(0),
        younger_found: if p.children.minimum_age.is_some() {
            text(&p.children.younger_found, lang)
        } else {
            String::new()
        },
        shown: p.children.addressed || p.children.minimum_age.is_some_and(|a| a > 0),
    })
}

/// Automated decisions (Art. 22) and profiling, with the purposes that profile.
fn automated(
    p: &Project,
    lang: Lang,
    activities: &[ActivityCtx],
) -> Result<AutomatedCtx, I18nError> {
    let profiling_purposes: Vec<ProfilingCtx> = activities
        .iter()
        .filter(|a| a.profiling)
        .map(|a| ProfilingCtx {
            title: a.title.clone(),
            logic: a.profiling_logic.clone(),
        })
        .collect();
    let ad = &p.automated_decisions;
    Ok(AutomatedCtx {
        laws: join_names(lang, &entries(lang, kind::LAW, &ad.laws))?,
        used: ad.used,
        ground: ad.ground.filter(|_| ad.used).map_or("", |g| g.id()),
        ground_point: ad.ground.filter(|_| ad.used).map_or("", |g| g.point()),
        logic: text(&ad.logic, lang),
        consequences: text(&ad.consequences, lang),
        profiling: ad.profiling,
        profiling_description: text(&ad.profiling_description, lang),
        any_profiling: ad.profiling || !profiling_purposes.is_empty(),
        shown: ad.used || ad.profiling || !profiling_purposes.is_empty(),
        purposes: profiling_purposes,
    })
}

/// How people exercise their rights: where to write, the form, the promised time.
fn rights(p: &Project, lang: Lang, home: &Home) -> RightsCtx {
    let restrictions: Vec<RestrictionCtx> = catalog::RESTRICTIONS
        .iter()
        .filter(|_| home.swedish)
        .filter(|(id, _)| p.activities.iter().any(|a| a.restrictions().contains(id)))
        .map(|(id, statute)| RestrictionCtx {
            id,
            law: escape(&i18n::name(lang, kind::LAW, statute)),
        })
        .collect();
    let minor_patients =
        p.children.addressed && restrictions.iter().any(|r| r.id == "patient-records");
    let rights_email = if p.rights.email.is_empty() {
        &p.organisation.email
    } else {
        &p.rights.email
    };
    RightsCtx {
        email_link: mailto(rights_email),
        form_link: if p.rights.form_url.is_empty() {
            String::new()
        } else {
            link(display_url(&p.rights.form_url), &p.rights.form_url)
        },
        response_days: p.rights.response_days.unwrap_or(0),
        identity_check: text(&p.rights.identity_check, lang),
        restrictions,
        minor_patients,
    }
}

/// The statutes the text cites, as they apply where the organisation is established.
fn acts(home: &Home) -> Acts {
    let (facts, lang) = (home.facts, home.lang);
    Acts {
        gdpr: home.act("gdpr"),
        gdpr_cite: i18n::message(
            lang,
            if home.code == "GB" {
                "gdpr-cite-uk"
            } else {
                "gdpr-cite"
            },
            &[],
        )
        .unwrap_or_default(),
        data_protection_act: home
            .jurisdiction
            .map(|j| escape(j.national_act.get(lang)))
            .unwrap_or_default(),
        identity_number_rule: home.swedish_act("identity_number_rule"),
        child_consent_rule: home.of_home(|j| j.child_consent_rule.as_ref()),
        minors_contracts_rule: home.swedish_act("minors_contracts_rule"),
        bookkeeping_act: home.act("bookkeeping_act"),
        cookie_rule: match home.jurisdiction.and_then(|j| j.cookie_rule.as_ref()) {
            Some(rule) => escape(rule.get(lang)),
            None => escape(facts.eprivacy.cookie_rule.get(lang)),
        },
        cookie_regulator: home.of_home(|j| j.cookie_regulator.as_ref()),
        complaints_rule: home.of_home(|j| j.complaints_rule.as_ref()),
        scc_decision: escape(&facts.decisions.scc.number),
        dpf_decision: escape(&facts.decisions.dpf.number),
    }
}

/// Where a recipient is, as the policy says it: the country's name, or for countries that
/// vary what varies ("the country you choose").
fn location_name(lang: Lang, loc: &project::Location) -> String {
    if loc.country.is_empty() {
        String::new()
    } else if loc.country == project::COUNTRIES_VARY {
        let how = loc.varies_how.unwrap_or(project::VariesHow::ChangeOverTime);
        i18n::message(lang, &format!("varies-{}", how.id()), &[])
            .unwrap_or_else(|_| country_name(lang, &loc.country))
    } else {
        country_name(lang, &loc.country)
    }
}

/// The country's name in this language ("countries that vary" for `COUNTRIES_VARY`).
fn country_name(lang: Lang, code: &str) -> String {
    i18n::message(lang, &format!("country-{code}"), &[]).unwrap_or_else(|_| escape(code))
}

/// A recipient as the templates see it, with the safeguard of one of its countries (`loc`:
/// its own country or one of `other_countries`; empty for other users and the public).
fn recipient(
    r: &project::Recipient,
    loc: &project::Location,
    lang: Lang,
    titles: &[(&str, &str)],
) -> Result<RecipientCtx, I18nError> {
    let facts = legal::facts();
    let has_country = !loc.country.is_empty();
    let outside = has_country && !facts.is_eea(&loc.country);
    let safeguard = if outside { loc.safeguard } else { None };
    let (decision_renewed, decision_valid_until) = match safeguard {
        Some(Safeguard::Adequacy) => renewal(&loc.country, lang),
        _ => Default::default(),
    };
    let fallback = dpf_fallback(safeguard, loc);
    let (derogation, derogation_point) = derogation(safeguard, loc);
    let copied = |s: Option<Safeguard>| {
        matches!(
            s,
            Some(Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules)
        )
    };
    let decision = decision_number(safeguard, &loc.country);
    // Only joint controllers have an arrangement to state (Art. 26(2)).
    let joint = |t: &Text| {
        if r.kind == project::RecipientKind::JointController {
            text(t, lang)
        } else {
            String::new()
        }
    };
    let activities: Vec<String> = linked_activities(r, titles)
        .into_iter()
        .map(|t| t.name)
        .collect();
    Ok(RecipientCtx {
        name: text(&r.name, lang),
        kind: r.kind.id(),
        kind_name: named(lang, kind::RECIPIENT_KIND, r.kind.id()).name,
        purpose: text(&r.purpose, lang),
        country_code: loc.country.clone(),
        country: location_name(lang, loc),
        varies: loc.country == project::COUNTRIES_VARY,
        varies_how: varies_how(loc),
        outside_eea: outside,
        safeguard: safeguard.map(Safeguard::id).unwrap_or(""),
        safeguard_name: safeguard
            .map(|s| named(lang, kind::SAFEGUARD, s.id()).name)
            .unwrap_or_default(),
        decision: escape(&decision),
        adequacy_scope: match safeguard {
            Some(Safeguard::Adequacy) => adequacy_scope(&loc.country),
            _ => "",
        },
        decision_renewed,
        decision_valid_until,
        fallback: fallback.map(Safeguard::id).unwrap_or(""),
        fallback_decision: match fallback {
            Some(Safeguard::StandardContractualClauses) => escape(&facts.decisions.scc.number),
            _ => String::new(),
        },
        derogation,
        derogation_point,
        offers_copy: copied(safeguard) || copied(fallback),
        copy: text(&loc.safeguard_copy, lang),
        joint_essence: joint(&r.joint_essence),
        joint_contact: joint(&r.joint_contact),
        laws: join_names(lang, &entries(lang, kind::LAW, &r.laws))?,
        uk: "",
        uk_rule: String::new(),
        // Headings hold "and" themselves and start with a capital: a semicolon keeps them apart.
        activities_list: activities.join("; "),
        activities,
    })
}

/// What takes over from the Data Privacy Framework should it fall (SCCs or BCRs), if said.
fn dpf_fallback(safeguard: Option<Safeguard>, loc: &project::Location) -> Option<Safeguard> {
    match (safeguard, loc.dpf_fallback) {
        (
            Some(Safeguard::DataPrivacyFramework),
            Some(f @ (Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules)),
        ) => Some(f),
        _ => None,
    }
}

/// The Art. 49(1) derogation a transfer relies on, and its point ("", "" for none).
fn derogation(
    safeguard: Option<Safeguard>,
    loc: &project::Location,
) -> (&'static str, &'static str) {
    match (safeguard, loc.derogation) {
        (Some(Safeguard::Derogation), Some(d)) => (d.id(), d.point()),
        _ => ("", ""),
    }
}

/// With countries that vary, what varies ("" for a named country).
fn varies_how(loc: &project::Location) -> &'static str {
    if loc.country == project::COUNTRIES_VARY {
        loc.varies_how
            .unwrap_or(project::VariesHow::ChangeOverTime)
            .id()
    } else {
        ""
    }
}

/// When a renewed adequacy decision for the country was renewed and until when it runs, as
/// dates in words ("" for a decision that was never renewed).
fn renewal(country: &str, lang: Lang) -> (String, String) {
    let long_date = |d: &Option<String>| {
        d.as_deref()
            .and_then(|d| i18n::long_date(lang, d))
            .unwrap_or_default()
    };
    legal::facts()
        .adequacy(country)
        .map(|a| (long_date(&a.renewed), long_date(&a.valid_until)))
        .unwrap_or_default()
}

/// The number of the act a safeguard rests on: the adequacy decision for the country, the
/// DPF decision, or the decision adopting the standard contractual clauses.
fn decision_number(safeguard: Option<Safeguard>, country: &str) -> String {
    let facts = legal::facts();
    match safeguard {
        Some(Safeguard::Adequacy) => facts
            .adequacy(country)
            .map(|a| a.decision.clone())
            .unwrap_or_default(),
        Some(Safeguard::DataPrivacyFramework) => facts.decisions.dpf.number.clone(),
        Some(Safeguard::StandardContractualClauses) => facts.decisions.scc.number.clone(),
        _ => String::new(),
    }
}

/// What a country's adequacy decision is limited to: "commercial", "dpf" or nothing.
fn adequacy_scope(country: &str) -> &'static str {
    match legal::facts().adequacy(country).and_then(|a| a.scope) {
        Some(legal::AdequacyScope::Commercial) => "commercial",
        Some(legal::AdequacyScope::Dpf) => "dpf",
        None => "",
    }
}

/// The purposes a recipient is linked to, by their headings, in the project's order whatever
/// order the links are written in; an unknown link (reported by validation) is left out.
fn linked_activities(r: &project::Recipient, titles: &[(&str, &str)]) -> Vec<Named> {
    titles
        .iter()
        .filter(|(id, _)| !id.is_empty() && r.activities.iter().any(|l| l.trim() == *id))
        .map(|(id, title)| Named {
            id: (*id).to_owned(),
            name: (*title).to_owned(),
        })
        .collect()
}

/// Names compared as a reader would: case and spacing aside.
fn same_name(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

/// The cookies part: each item, and the facts the clause's sentences depend on.
fn cookies(p: &Project, lang: Lang) -> Result<CookiesCtx, I18nError> {
    use project::{CookieCategory, Party, Technology};
    let c = &p.cookies;
    let us = &p.organisation.legal_name;
    let is_us = |name: &str| same_name(name, us);
    let items = c
        .items
        .iter()
        .map(|k| cookie(k, lang, us))
        .collect::<Result<Vec<_>, I18nError>>()?;
    let uses = |t: Technology| c.items.iter().any(|k| k.technology == t);
    let similar: Vec<Named> = Technology::ALL
        .into_iter()
        .filter(|&t| t != Technology::Cookie && uses(t))
        .map(|t| {
            Ok(Named {
                id: t.id().to_owned(),
                name: i18n::message(lang, &format!("cookie-similar-{}", t.id()), &[])?,
            })
        })
        .collect::<Result<_, I18nError>>()?;
    let others = other_receivers(&c.items, us);
    let none_listed = c.items.is_empty();
    Ok(CookiesCtx {
        needs_consent: c
            .items
            .iter()
            .any(|k| k.category != CookieCategory::Necessary),
        any_necessary: c
            .items
            .iter()
            .any(|k| k.category == CookieCategory::Necessary),
        necessary_kinds: necessary_kinds(&c.items),
        consent: text(&c.consent, lang),
        withdrawal: text(&c.withdrawal, lang),
        any_cookie: none_listed || uses(Technology::Cookie),
        any_similar: !similar.is_empty(),
        similar: join_names(lang, &similar)?,
        in_browser: none_listed || c.items.iter().any(|k| k.technology.in_browser()),
        any_storage: uses(Technology::LocalStorage) || uses(Technology::SessionStorage),
        in_app: uses(Technology::Sdk),
        on_web: none_listed || c.items.iter().any(|k| k.technology != Technology::Sdk),
        any_third: c.items.iter().any(|k| k.party == Party::Third),
        show_receiver: c
            .items
            .iter()
            .any(|k| !same_name(k.receiver(), &k.provider)),
        others_count: others.len(),
        others: join_names(lang, &others)?,
        first_party_to_others: c.items.iter().any(|k| {
            k.technology == Technology::Cookie
                && k.party == Party::First
                && !k.receiver().trim().is_empty()
                && !is_us(k.receiver())
        }),
        policy_link: if c.policy_url.trim().is_empty() {
            String::new()
        } else {
            link(display_url(c.policy_url.trim()), c.policy_url.trim())
        },
        items,
    })
}

/// One row of the cookie table.
fn cookie(k: &project::Cookie, lang: Lang, us: &str) -> Result<CookieCtx, I18nError> {
    let party = match k.party {
        project::Party::First => "first",
        project::Party::Third => "third",
    };
    Ok(CookieCtx {
        name: escape(&k.name),
        technology: k.technology.id(),
        technology_name: named(lang, kind::TECHNOLOGY, k.technology.id()).name,
        provider: escape(&k.provider),
        receiver: escape(k.receiver()),
        receiver_is_us: same_name(k.receiver(), us),
        purpose: text(&k.purpose, lang),
        category: k.category.id(),
        category_name: named(lang, kind::COOKIE_CATEGORY, k.category.id()).name,
        lifetime: lifetime(lang, &k.lifetime, k.technology)?,
        third_party: k.party == project::Party::Third,
        party_name: named(lang, kind::PARTY, party).name,
    })
}

/// Who else receives data from the items, each once, in the order of the table.
fn other_receivers(items: &[project::Cookie], us: &str) -> Vec<Named> {
    let mut others: Vec<Named> = Vec::new();
    for k in items {
        let r = k.receiver().trim();
        if !r.is_empty() && !same_name(r, us) && !others.iter().any(|o| same_name(&o.id, r)) {
            others.push(Named {
                id: r.to_owned(),
                name: escape(r),
            });
        }
    }
    others
}

/// Which strictly necessary items there are: "cookie", "similar" (technologies), "both" or "".
fn necessary_kinds(items: &[project::Cookie]) -> &'static str {
    use project::{CookieCategory, Technology};
    let necessary = |cookie: bool| {
        items.iter().any(|k| {
            k.category == CookieCategory::Necessary
                && (k.technology == Technology::Cookie) == cookie
        })
    };
    match (necessary(true), necessary(false)) {
        (true, true) => "both",
        (true, false) => "cookie",
        (false, true) => "similar",
        (false, false) => "",
    }
}

/// A lifetime in words, through Fluent plurals (`lifetime-months` with `$count`): "1 minute",
/// "up to 2 years", "30 seconds to 1 year". "session" depends on where the item lives (the
/// browser, the tab, the app). Text that cannot be read (an error already) is shown as written.
fn lifetime(lang: Lang, value: &str, technology: project::Technology) -> Result<String, I18nError> {
    let span = |s: Span| plural(lang, &format!("lifetime-{}", s.unit.id()), s.count);
    match parse_lifetime(value) {
        Some(Lifetime::Session) => {
            i18n::message(lang, "lifetime-session", &[("technology", technology.id())])
        }
        Some(Lifetime::None) => i18n::message(lang, "lifetime-none", &[]),
        Some(Lifetime::UntilDeleted) => i18n::message(lang, "lifetime-until-deleted", &[]),
        Some(Lifetime::For(s)) => span(s),
        Some(Lifetime::UpTo(s)) => i18n::message(lang, "lifetime-up-to", &[("time", &span(s)?)]),
        Some(Lifetime::Range(from, to)) => i18n::message(
            lang,
            "lifetime-range",
            &[("from", &span(from)?), ("to", &span(to)?)],
        ),
        None => Ok(escape(value)),
    }
}

fn plural(lang: Lang, id: &str, n: u32) -> Result<String, I18nError> {
    i18n::message_with_number(lang, id, "count", n)
}

/// "www.example.se" for "https://www.example.se/": what people read in a link.
fn display_url(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}
