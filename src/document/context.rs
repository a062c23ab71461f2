//! The render context: everything a clause template may use, for one language. Built once per
//! render from a `Project`; user text is escaped for Markdown here, before it reaches a template,
//! so no answer can become markup or template code. Catalogue ids are kept unescaped (they are
//! ours) for templates to branch on; names are resolved through Fluent.

use crate::document::markdown::{escape, link, mailto};
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
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
    pub authority: AuthorityCtx,
    /// Statute and decision references in this language, from data/legal.toml.
    pub acts: Acts,
    /// Facts derived from all the answers, for deciding what to say.
    pub facts: Facts,
}

#[derive(Debug, Serialize)]
pub struct Org {
    pub name: String,
    pub org_number: String,
    /// "Storgatan 1, 111 22 Stockholm" (the country added when it is not Sweden).
    pub address: String,
    pub email: String,
    /// Markdown link to the e-mail address.
    pub email_link: String,
    pub phone: String,
    pub website: String,
    pub website_link: String,
    pub dpo: Option<Person>,
    pub representative: Option<Person>,
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
    /// "15 januari 2026"
    pub effective_date: String,
    pub languages: Vec<String>,
    /// Published in both languages.
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
    use crate::document::sections::sections;
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
    /// The heading: the catalogue name, the organisation's own wording, or "Purpose N" while
    /// neither is given.
    pub title: String,
    /// The organisation's own description (may be empty when a catalogue purpose is used).
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
    pub basis: Basis,
    pub legitimate_interest: String,
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
}

#[derive(Debug, Serialize)]
pub struct RecipientCtx {
    pub name: String,
    /// processor / controller / group-company / authority
    pub kind: &'static str,
    pub kind_name: String,
    pub purpose: String,
    pub country_code: String,
    pub country: String,
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
    /// Some activity rests on a contract: a child's contract involves the guardian.
    pub contracts: bool,
    pub guardian_consent: String,
    pub consent_age: u32,
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
    /// The clause appears: decisions or profiling.
    pub shown: bool,
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
}

#[derive(Debug, Serialize)]
pub struct Acts {
    pub gdpr: String,
    pub data_protection_act: String,
    pub identity_number_rule: String,
    pub child_consent_rule: String,
    pub minors_contracts_rule: String,
    pub bookkeeping_act: String,
    pub cookie_rule: String,
    pub cookie_regulator: String,
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
}

/// Direct marketing: marked so, or a catalogue purpose that is direct marketing by nature.
fn is_direct_marketing(a: &project::Activity) -> bool {
    a.direct_marketing || catalog::DIRECT_MARKETING_PURPOSES.contains(&a.purpose.as_str())
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
            let words = [t.get(lang), t.get(lang.other())]
                .into_iter()
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
    let and = i18n::message(lang, "list-and", &[])?;
    Ok(match names {
        [] => String::new(),
        [one] => one.name.clone(),
        [rest @ .., last] => {
            let spaced = format!(" {and} ");
            let and = if names.iter().any(|n| n.name.contains(&spaced)) {
                i18n::message(lang, "list-and-also", &[])?
            } else {
                and
            };
            let head: Vec<&str> = rest.iter().map(|n| n.name.as_str()).collect();
            format!("{} {and} {}", head.join(", "), last.name)
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

fn address_line(a: &project::Address, lang: Lang) -> Result<String, I18nError> {
    let mut parts: Vec<String> = [a.street.as_str(), &format!("{} {}", a.postal_code, a.city)]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(escape)
        .collect();
    if a.country != "SE" && !a.country.is_empty() {
        parts.push(i18n::message(lang, &format!("country-{}", a.country), &[])?);
    }
    Ok(parts.join(", "))
}

impl Context {
    pub fn build(p: &Project, lang: Lang) -> Result<Context, I18nError> {
        let facts = legal::facts();
        let msg = |id: &str| i18n::message(lang, id, &[]);
        let act = |key: &str| {
            facts
                .act(key)
                .map(|t| escape(t.get(lang)))
                .unwrap_or_default()
        };
        let o = &p.organisation;
        let person = |name: &str, email: &str, phone: &str, address: String| Person {
            name: escape(name),
            email_link: mailto(email),
            phone: escape(phone),
            address,
        };
        let org = Org {
            name: escape(&o.legal_name),
            org_number: escape(&o.org_number),
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
        };

        let langs = p.languages();
        let policy = PolicyInfo {
            version: escape(&p.policy.version),
            effective_date: i18n::long_date(lang, &p.policy.effective_date)
                .unwrap_or_else(|| escape(&p.policy.effective_date)),
            languages: langs.iter().map(|l| l.code().to_owned()).collect(),
            bilingual: langs.len() > 1,
            prevailing_language: msg(&format!("language-{}", p.policy.prevailing_language))?,
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
        };

        let mut activities = Vec::with_capacity(p.activities.len());
        for (i, a) in p.activities.iter().enumerate() {
            let mut title = if a.purpose.is_empty() {
                title_from_answer(a.description.get(lang))
            } else {
                named(lang, kind::PURPOSE, &a.purpose).name
            };
            if title.is_empty() {
                let number = (i + 1).to_string();
                title = i18n::message(lang, "doc-purpose-fallback", &[("number", &number)])?;
            }
            let people = entries(lang, kind::PEOPLE, &a.people);
            let data = entries(lang, kind::DATA, &a.data);
            let special_data = a
                .data
                .iter()
                .filter(|d| catalog::is_special_data(d))
                .map(|d| entry(lang, kind::DATA, d))
                .collect::<Vec<_>>();
            let special_condition = if special_data.is_empty() || a.special_condition.is_empty() {
                None
            } else {
                let n = named(lang, kind::SPECIAL, &a.special_condition);
                Some(Condition {
                    point: catalog::special_condition_point(&a.special_condition).unwrap_or(""),
                    id: n.id,
                    name: n.name,
                })
            };
            let basis = match a.legal_basis {
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
            activities.push(ActivityCtx {
                people_list: join_names(lang, &people)?,
                data_list: join_names(lang, &data)?,
                special_list: join_names(lang, &special_data)?,
                number: i + 1,
                purpose_id: a.purpose.clone(),
                title,
                description: if a.purpose.is_empty() {
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
                legitimate_interest: text(&a.legitimate_interest, lang),
                special_condition,
                requirement: match a.requirement {
                    None => "",
                    Some(project::Requirement::None) => "none",
                    Some(project::Requirement::Statutory) => "statutory",
                    Some(project::Requirement::Contractual) => "contractual",
                    Some(project::Requirement::ContractPrerequisite) => "contract-prerequisite",
                },
                consequence: text(&a.consequence, lang),
                sources: a
                    .sources
                    .iter()
                    .map(|s| SourceCtx {
                        description: text(&s.description, lang),
                        public: s.public,
                    })
                    .collect(),
                from_person: a.sources.is_empty() || a.from_person,
                direct_marketing: is_direct_marketing(a),
                retention: RetentionCtx {
                    preset: a.retention.preset.clone(),
                    months: a.retention.months.unwrap_or(0),
                    text: text(&a.retention.text, lang),
                },
            });
        }

        let recipients: Vec<RecipientCtx> = p
            .recipients
            .iter()
            .map(|r| recipient(r, lang))
            .collect::<Result<_, _>>()?;
        let transfers: Vec<RecipientCtx> = p
            .recipients
            .iter()
            .filter(|r| !facts.is_eea(&r.country))
            .map(|r| recipient(r, lang))
            .collect::<Result<_, _>>()?;

        let cookies = cookies(p, lang)?;

        let rights_email = if p.rights.email.is_empty() {
            &o.email
        } else {
            &p.rights.email
        };
        let authority = match &p.authority {
            None => {
                let a = &facts.authority;
                AuthorityCtx {
                    name: escape(a.name.get(lang)),
                    address: escape(&a.address),
                    website_link: link(display_url(&a.website), &a.website),
                    email_link: mailto(&a.email),
                    phone: escape(&a.phone),
                    is_imy: true,
                }
            }
            Some(a) => AuthorityCtx {
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
            },
        };

        let bases: Vec<LegalBasis> = p.activities.iter().filter_map(|a| a.legal_basis).collect();
        // The balancing test of Art. 21(1) never applies to direct marketing (Art. 21(2)-(3)).
        let objection_bases: Vec<LegalBasis> = p
            .activities
            .iter()
            .filter(|a| !is_direct_marketing(a))
            .filter_map(|a| a.legal_basis)
            .collect();
        let facts_ctx = Facts {
            any_consent: bases.contains(&LegalBasis::Consent)
                || p.activities
                    .iter()
                    .any(|a| a.special_condition == "explicit-consent"),
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
            any_public_task: objection_bases.contains(&LegalBasis::PublicTask),
            any_kept_by_law: p.activities.iter().any(|a| {
                a.retention.preset == "bookkeeping"
                    || a.legal_basis == Some(LegalBasis::LegalObligation)
            }),
            any_direct_marketing: p.activities.iter().any(is_direct_marketing),
            any_transfers: !transfers.is_empty(),
            any_cookies: !cookies.items.is_empty() || !cookies.policy_link.is_empty(),
            any_derogation: transfers.iter().any(|t| t.safeguard == "derogation"),
        };
        let ad = &p.automated_decisions;

        Ok(Context {
            lang: lang.code(),
            org,
            policy,
            activities,
            recipients,
            transfers,
            cookies,
            children: ChildrenCtx {
                addressed: p.children.addressed,
                online_service: p.children.online_service,
                contracts: bases.contains(&LegalBasis::Contract),
                guardian_consent: text(&p.children.guardian_consent, lang),
                consent_age: facts.children.consent_age,
            },
            automated: AutomatedCtx {
                used: ad.used,
                ground: ad.ground.filter(|_| ad.used).map_or("", |g| g.id()),
                ground_point: ad.ground.filter(|_| ad.used).map_or("", |g| g.point()),
                logic: text(&ad.logic, lang),
                consequences: text(&ad.consequences, lang),
                profiling: ad.profiling,
                profiling_description: text(&ad.profiling_description, lang),
                shown: ad.used || ad.profiling,
            },
            security: SecurityCtx {
                measures: entries(lang, kind::SECURITY, &p.security.measures),
                description: text(&p.security.description, lang),
            },
            rights: RightsCtx {
                email_link: mailto(rights_email),
                form_link: if p.rights.form_url.is_empty() {
                    String::new()
                } else {
                    link(display_url(&p.rights.form_url), &p.rights.form_url)
                },
                response_days: p.rights.response_days.unwrap_or(0),
                identity_check: text(&p.rights.identity_check, lang),
            },
            authority,
            acts: Acts {
                gdpr: act("gdpr"),
                data_protection_act: act("data_protection_act"),
                identity_number_rule: act("identity_number_rule"),
                child_consent_rule: act("child_consent_rule"),
                minors_contracts_rule: act("minors_contracts_rule"),
                bookkeeping_act: act("bookkeeping_act"),
                cookie_rule: act("cookie_rule"),
                cookie_regulator: act("cookie_regulator"),
                scc_decision: escape(&facts.decisions.scc.number),
                dpf_decision: escape(&facts.decisions.dpf.number),
            },
            facts: facts_ctx,
        })
    }
}

fn recipient(r: &project::Recipient, lang: Lang) -> Result<RecipientCtx, I18nError> {
    let facts = legal::facts();
    let outside = !facts.is_eea(&r.country);
    let safeguard = if outside { r.safeguard } else { None };
    let adequacy = match safeguard {
        Some(Safeguard::Adequacy) => facts.adequacy(&r.country),
        _ => None,
    };
    let long_date = |d: &Option<String>| {
        d.as_deref()
            .and_then(|d| i18n::long_date(lang, d))
            .unwrap_or_default()
    };
    let fallback = match (safeguard, r.dpf_fallback) {
        (
            Some(Safeguard::DataPrivacyFramework),
            Some(f @ (Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules)),
        ) => Some(f),
        _ => None,
    };
    let copied = |s: Option<Safeguard>| {
        matches!(
            s,
            Some(Safeguard::StandardContractualClauses | Safeguard::BindingCorporateRules)
        )
    };
    let decision = match safeguard {
        Some(Safeguard::Adequacy) => facts
            .adequacy(&r.country)
            .map(|a| a.decision.clone())
            .unwrap_or_default(),
        Some(Safeguard::DataPrivacyFramework) => facts.decisions.dpf.number.clone(),
        Some(Safeguard::StandardContractualClauses) => facts.decisions.scc.number.clone(),
        _ => String::new(),
    };
    Ok(RecipientCtx {
        name: text(&r.name, lang),
        kind: r.kind.id(),
        kind_name: named(lang, kind::RECIPIENT_KIND, r.kind.id()).name,
        purpose: text(&r.purpose, lang),
        country_code: r.country.clone(),
        country: i18n::message(lang, &format!("country-{}", r.country), &[])
            .unwrap_or_else(|_| escape(&r.country)),
        outside_eea: outside,
        safeguard: safeguard.map(Safeguard::id).unwrap_or(""),
        safeguard_name: safeguard
            .map(|s| named(lang, kind::SAFEGUARD, s.id()).name)
            .unwrap_or_default(),
        decision: escape(&decision),
        adequacy_scope: match safeguard {
            Some(Safeguard::Adequacy) => match facts.adequacy(&r.country).and_then(|a| a.scope) {
                Some(legal::AdequacyScope::Commercial) => "commercial",
                Some(legal::AdequacyScope::Dpf) => "dpf",
                None => "",
            },
            _ => "",
        },
        decision_renewed: adequacy.map(|a| long_date(&a.renewed)).unwrap_or_default(),
        decision_valid_until: adequacy
            .map(|a| long_date(&a.valid_until))
            .unwrap_or_default(),
        fallback: fallback.map(Safeguard::id).unwrap_or(""),
        fallback_decision: match fallback {
            Some(Safeguard::StandardContractualClauses) => escape(&facts.decisions.scc.number),
            _ => String::new(),
        },
        derogation: match safeguard {
            Some(Safeguard::Derogation) => r.derogation.map_or("", |d| d.id()),
            _ => "",
        },
        derogation_point: match safeguard {
            Some(Safeguard::Derogation) => r.derogation.map_or("", |d| d.point()),
            _ => "",
        },
        offers_copy: copied(safeguard) || copied(fallback),
        copy: text(&r.safeguard_copy, lang),
    })
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
        .map(|k| {
            Ok(CookieCtx {
                name: escape(&k.name),
                technology: k.technology.id(),
                technology_name: named(lang, kind::TECHNOLOGY, k.technology.id()).name,
                provider: escape(&k.provider),
                receiver: escape(k.receiver()),
                receiver_is_us: is_us(k.receiver()),
                purpose: text(&k.purpose, lang),
                category: k.category.id(),
                category_name: named(lang, kind::COOKIE_CATEGORY, k.category.id()).name,
                lifetime: lifetime(lang, &k.lifetime, k.technology)?,
                third_party: k.party == Party::Third,
                party_name: named(
                    lang,
                    kind::PARTY,
                    match k.party {
                        Party::First => "first",
                        Party::Third => "third",
                    },
                )
                .name,
            })
        })
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
    // Each receiver once, in the order of the table.
    let mut others: Vec<Named> = Vec::new();
    for k in &c.items {
        let r = k.receiver().trim();
        if !r.is_empty() && !is_us(r) && !others.iter().any(|o| same_name(&o.id, r)) {
            others.push(Named {
                id: r.to_owned(),
                name: escape(r),
            });
        }
    }
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
        necessary_kinds: {
            let necessary = |cookie: bool| {
                c.items.iter().any(|k| {
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
        },
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
