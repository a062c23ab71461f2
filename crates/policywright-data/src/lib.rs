//! The policy as data (`render --format json`): the facts a policy states, in every language it
//! is published in, as JSON for tools and developers, with W3C Data Privacy Vocabulary concepts
//! where DPV has them, and the JSON Schema that describes the file (docs/policy.schema.json).
//!
//! Everything the policy decides (which authority, which rights, a cookie's lifetime in words)
//! is read from the document stage's context, so the data says what the text says; the
//! organisation's own words are taken from the answers as typed, not as Markdown.

pub mod banner;
pub mod dpv;
mod model;

pub use model::*;

use policywright_document::context::{named_authority, Context, NamedAuthority};
use policywright_project::catalog::{self, kind};
use policywright_project::i18n::{self, I18nError};
use policywright_project::lang::Lang;
use policywright_project::{self as project, legal, Entry, LegalBasis as Basis, Project, Text};

/// The version of the file's structure (`format_version`).
pub const FORMAT_VERSION: u32 = 1;

/// The policy's facts from a project's answers.
pub fn policy_data(p: &Project) -> Result<PolicyData, I18nError> {
    let langs = p.languages();
    let contexts = langs
        .iter()
        .map(|&l| Context::build(p, l))
        .collect::<Result<Vec<_>, _>>()?;
    let words = Words { langs: &langs };
    let draft = p.policy.draft_since.as_deref().map(str::trim);
    Ok(PolicyData {
        format: "policywright-policy".to_owned(),
        format_version: FORMAT_VERSION,
        generator: format!("policywright {}", env!("CARGO_PKG_VERSION")),
        languages: langs.iter().map(|l| l.code().to_owned()).collect(),
        prevailing_language: p.policy.prevailing_language.code().to_owned(),
        version: draft.is_none().then(|| p.policy.version.trim().to_owned()),
        changed_since: draft.map(str::to_owned),
        effective_date: p.policy.effective_date.trim().to_owned(),
        url: some(&p.policy.url),
        controller: controller(&p.organisation),
        dpo: p.organisation.dpo.as_ref().map(|d| Contact {
            name: d.name.trim().to_owned(),
            email: some(&d.email),
            phone: some(&d.phone),
            address: None,
        }),
        representative: p.organisation.eu_representative.as_ref().map(|r| Contact {
            name: r.name.trim().to_owned(),
            email: some(&r.email),
            phone: None,
            address: Some(address(&r.address)),
        }),
        purposes: p.activities.iter().map(|a| purpose(a, p, &words)).collect(),
        recipients: p.recipients.iter().map(|r| recipient(r, &words)).collect(),
        cookies: cookies(p, &contexts, &words),
        rights: rights(&contexts, &words),
        authority: authority(p, &words),
    })
}

/// `policy.json`: the policy's facts, pretty-printed, with a final newline.
pub fn policy_json(p: &Project) -> Result<String, I18nError> {
    let data = policy_data(p)?;
    let mut json = serde_json::to_string_pretty(&data).expect("policy data serialises to JSON");
    json.push('\n');
    Ok(json)
}

/// The JSON Schema of `policy.json` (docs/policy.schema.json is this text; a test keeps it so).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(PolicyData);
    let mut json = serde_json::to_string_pretty(&schema).expect("a schema serialises to JSON");
    json.push('\n');
    json
}

/// Texts in the policy's languages.
struct Words<'l> {
    langs: &'l [Lang],
}

impl Words<'_> {
    fn each(&self, f: impl Fn(Lang) -> String) -> Texts {
        self.langs
            .iter()
            .map(|&l| (l.code().to_owned(), f(l)))
            .collect()
    }

    /// The organisation's own words, as typed (trimmed).
    fn own(&self, t: &Text) -> Texts {
        self.each(|l| t.get(l).trim().to_owned())
    }

    /// Own words when any were given.
    fn own_if_any(&self, t: &Text) -> Option<Texts> {
        (!t.is_blank()).then(|| self.own(t))
    }

    /// A catalogue entry's name.
    fn name(&self, kind: &str, id: &str) -> Texts {
        self.each(|l| i18n::name(l, kind, id))
    }

    fn term(&self, kind: &str, id: &str, dpv: fn(&str) -> Option<String>) -> Term {
        Term {
            id: Some(id.to_owned()),
            dpv: dpv(id),
            name: self.name(kind, id),
        }
    }

    /// A list entry: a catalogue id or the organisation's own words.
    fn entry(&self, kind: &str, e: &Entry, dpv: fn(&str) -> Option<String>) -> Term {
        match e {
            Entry::Catalog(id) => self.term(kind, id, dpv),
            Entry::Own(own) => Term {
                id: None,
                dpv: None,
                name: self.own(&own.text()),
            },
        }
    }
}

fn some(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn no_dpv(_: &str) -> Option<String> {
    None
}

fn address(a: &project::Address) -> Address {
    Address {
        street: a.street.trim().to_owned(),
        postal_code: a.postal_code.trim().to_owned(),
        city: a.city.trim().to_owned(),
        country: a.country.clone(),
    }
}

fn controller(o: &project::Organisation) -> Controller {
    Controller {
        name: o.legal_name.trim().to_owned(),
        // A sole trader's number is the owner's personal identity number: never published.
        organisation_number: if o.sole_trader {
            None
        } else {
            some(&o.org_number)
        },
        address: address(&o.address),
        email: o.email.trim().to_owned(),
        phone: some(&o.phone),
        website: some(&o.website),
    }
}

/// One purpose of processing.
fn purpose(a: &project::Activity, p: &Project, w: &Words) -> Purpose {
    let catalogued = !a.purpose.is_empty();
    let title = if !a.title.is_blank() {
        w.own(&a.title)
    } else if catalogued {
        w.name(kind::PURPOSE, &a.purpose)
    } else {
        w.own(&a.description)
    };
    let special = a.data.iter().any(catalog::is_special_data);
    Purpose {
        id: a.link_id().to_owned(),
        purpose: catalogued.then(|| w.term(kind::PURPOSE, &a.purpose, dpv::purpose)),
        description: (catalogued || !a.title.is_blank())
            .then(|| w.own_if_any(&a.description))
            .flatten(),
        title,
        people: a
            .people
            .iter()
            .map(|e| w.entry(kind::PEOPLE, e, dpv::people))
            .collect(),
        data: a
            .data
            .iter()
            .map(|e| DataCategory {
                term: w.entry(kind::DATA, e, dpv::data),
                special: catalog::is_special_data(e),
            })
            .collect(),
        legal_bases: legal_bases(a, w),
        special_condition: (special && !a.special_condition.trim().is_empty())
            .then(|| special_condition(&a.special_condition, w)),
        laws: a
            .laws
            .iter()
            .map(|e| w.entry(kind::LAW, e, no_dpv))
            .collect(),
        requirement: a.requirement.map(|r| r.id().to_owned()),
        direct_marketing: catalog::DIRECT_MARKETING_PURPOSES.contains(&a.purpose.as_str())
            || a.direct_marketing,
        profiling: a.profiling,
        retention: retention(a, p, w),
    }
}

/// The point of Art. 6(1) of a legal basis.
fn basis_point(b: Basis) -> &'static str {
    match b {
        Basis::Consent => "a",
        Basis::Contract => "b",
        Basis::LegalObligation => "c",
        Basis::VitalInterests => "d",
        Basis::PublicTask => "e",
        Basis::LegitimateInterests => "f",
    }
}

fn basis(b: Basis, people: Vec<Term>, interest: Option<Texts>, w: &Words) -> LegalBasis {
    let point = basis_point(b);
    LegalBasis {
        id: b.id().to_owned(),
        article: format!("6(1)({point})"),
        dpv: dpv::provision("6-1", point),
        name: w.name(kind::BASIS, b.id()),
        people,
        legitimate_interest: (b == Basis::LegitimateInterests)
            .then_some(interest)
            .flatten(),
    }
}

/// A purpose's bases: one for everyone, or one per group of people.
fn legal_bases(a: &project::Activity, w: &Words) -> Vec<LegalBasis> {
    if a.bases.is_empty() {
        return a
            .legal_basis
            .map(|b| basis(b, Vec::new(), w.own_if_any(&a.legitimate_interest), w))
            .into_iter()
            .collect();
    }
    a.bases
        .iter()
        .filter_map(|part| {
            let people = part
                .people
                .iter()
                .map(|e| w.entry(kind::PEOPLE, e, dpv::people))
                .collect();
            part.basis
                .map(|b| basis(b, people, w.own_if_any(&part.legitimate_interest), w))
        })
        .collect()
}

fn special_condition(id: &str, w: &Words) -> Provision {
    let point = catalog::special_condition_point(id).unwrap_or("");
    Provision {
        id: id.to_owned(),
        article: format!("9(2)({point})"),
        dpv: (!point.is_empty()).then(|| dpv::provision("9-2", point)),
        name: w.name(kind::SPECIAL, id),
    }
}

fn retention(a: &project::Activity, p: &Project, w: &Words) -> Retention {
    let r = &a.retention;
    let bookkeeping = legal::facts()
        .jurisdiction(&p.organisation.address.country)
        .and_then(|j| j.bookkeeping.as_ref())
        .filter(|_| r.preset == "bookkeeping");
    Retention {
        rule: w.term(kind::RETENTION, &r.preset, no_dpv),
        months: r.months,
        ends: r.ends.map(|e| e.id().to_owned()),
        anonymised: r.anonymised,
        words: w.own_if_any(&r.text),
        law_period: bookkeeping.map(|b| w.own(&b.period)),
        law: bookkeeping.map(|b| w.own(&b.law)),
    }
}

fn recipient(r: &project::Recipient, w: &Words) -> Recipient {
    let role = r.kind.id();
    Recipient {
        name: w.own(&r.name),
        service: some(&r.service),
        role: w.term(kind::RECIPIENT_KIND, role, dpv::role),
        purpose: w.own_if_any(&r.purpose),
        purposes: r.activities.iter().map(|id| id.trim().to_owned()).collect(),
        locations: r.locations().iter().map(|(_, l)| location(l, w)).collect(),
        joint_essence: (r.kind == project::RecipientKind::JointController)
            .then(|| w.own_if_any(&r.joint_essence))
            .flatten(),
    }
}

fn location(l: &project::Location, w: &Words) -> Location {
    let in_eea = legal::facts().is_eea(&l.country);
    let derogation_point = l.derogation.map_or("", project::Derogation::point);
    let provision = |s: project::Safeguard| safeguard(s, derogation_point, w);
    Location {
        country: l.country.clone(),
        name: w.each(|lang| {
            i18n::message(lang, &format!("country-{}", l.country), &[])
                .unwrap_or_else(|_| l.country.clone())
        }),
        in_eea,
        safeguard: l.safeguard.filter(|_| !in_eea).map(provision),
        fallback: l.dpf_fallback.filter(|_| !in_eea).map(provision),
        copy: w.own_if_any(&l.safeguard_copy).filter(|_| !in_eea),
    }
}

fn safeguard(s: project::Safeguard, derogation_point: &str, w: &Words) -> Provision {
    use project::Safeguard as S;
    let article = match s {
        S::Adequacy | S::DataPrivacyFramework => "45(3)".to_owned(),
        S::StandardContractualClauses => "46(2)(c)".to_owned(),
        S::BindingCorporateRules => "46(2)(b) and 47".to_owned(),
        S::Derogation => format!("49(1)({derogation_point})"),
    };
    Provision {
        id: s.id().to_owned(),
        article,
        dpv: dpv::safeguard(s.id(), derogation_point),
        name: w.name(kind::SAFEGUARD, s.id()),
    }
}

/// The cookie table; each lifetime in the words the policy uses.
fn cookies(p: &Project, contexts: &[Context], w: &Words) -> Vec<Cookie> {
    p.cookies
        .items
        .iter()
        .enumerate()
        .map(|(i, k)| Cookie {
            name: k.name.trim().to_owned(),
            technology: w.term(kind::TECHNOLOGY, k.technology.id(), no_dpv),
            provider: k.provider.trim().to_owned(),
            receiver: some(k.receiver()).filter(|r| r != k.provider.trim()),
            party: match k.party {
                project::Party::First => "first".to_owned(),
                project::Party::Third => "third".to_owned(),
            },
            category: w.term(kind::COOKIE_CATEGORY, k.category.id(), no_dpv),
            purpose: w.own(&k.purpose),
            lifetime: Lifetime {
                value: k.lifetime.trim().to_owned(),
                text: w
                    .langs
                    .iter()
                    .zip(contexts)
                    .map(|(l, c)| (l.code().to_owned(), c.cookies.items[i].lifetime.clone()))
                    .collect(),
            },
            service: some(&k.service),
        })
        .collect()
}

/// The rights the policy's text tells of, decided by the same facts as its rights clause and
/// its automated-decisions clause.
fn rights(contexts: &[Context], w: &Words) -> Vec<Right> {
    let Some(c) = contexts.first() else {
        return Vec::new();
    };
    let f = &c.facts;
    catalog::RIGHTS
        .iter()
        .filter(|(id, _)| match *id {
            "portability" => f.any_portability,
            "objection" => f.any_objection || f.any_direct_marketing,
            "withdraw-consent" => f.any_consent,
            "automated-decisions" => c.automated.used,
            _ => true,
        })
        .map(|&(id, article)| Right {
            id: id.to_owned(),
            article: article.to_owned(),
            // "7(3)" is A7-3 in DPV's GDPR extension.
            dpv: Some(dpv::right(&article.replace('(', "-").replace(')', ""))),
            name: w.name(kind::RIGHT, id),
        })
        .collect()
}

fn authority(p: &Project, w: &Words) -> Option<Authority> {
    match named_authority(p) {
        NamedAuthority::Known { country, facts, .. } => Some(Authority {
            name: w.own(&facts.name),
            country: Some(country.to_owned()),
            address: Some(w.each(|l| facts.address.get(l).to_owned())),
            website: some(&facts.website),
            email: some(&facts.email),
            phone: some(&facts.phone),
        }),
        NamedAuthority::Own(a) => Some(Authority {
            name: w.own(&a.name),
            country: None,
            address: some(&a.address).map(|s| w.each(|_| s.clone())),
            website: some(&a.website),
            email: some(&a.email),
            phone: some(&a.phone),
        }),
        NamedAuthority::Unknown => None,
    }
}
