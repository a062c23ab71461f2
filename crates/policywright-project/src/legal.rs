//! Legal facts (EEA members, adequacy decisions, statute references, the supervisory
//! authority), read from the one data file `data/legal.toml` that is embedded in the binary.

use crate::Text;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const LEGAL_TOML: &str = include_str!("../../../data/legal.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalFacts {
    /// The newest date any fact was checked, YYYY-MM-DD.
    pub checked: String,
    pub other_countries: Vec<String>,
    pub eea: Eea,
    pub adequacy: Vec<Adequacy>,
    pub decisions: Decisions,
    pub repealed: Repealed,
    /// Names that are out of date (a renamed authority, replaced acts).
    pub outdated: Vec<Outdated>,
    /// Statute references by key (`bookkeeping_act`, ...).
    pub acts: BTreeMap<String, Act>,
    /// The statutes a user can name for a legal obligation, a public task (Art. 6(3)), a
    /// disclosure the law requires or automated decisions a law allows (Art. 22(2)(b)): the
    /// catalogue `law`.
    pub statutes: Vec<Statute>,
    /// What applies where the organisation is established, per country.
    pub jurisdictions: Vec<Jurisdiction>,
    /// The cookie rule for a country not in `jurisdictions`.
    pub eprivacy: Eprivacy,
    /// Transfers from the United Kingdom under the UK GDPR.
    pub uk_transfers: UkTransfers,
}

/// What the UK GDPR recognises as adequate, for an organisation established in the UK.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UkTransfers {
    /// Outside the EEA, the countries the EU had found adequate on 31 December 2020.
    pub transitional_countries: Vec<String>,
    /// The rule that keeps them (and the EEA) adequate for the UK.
    pub transitional: Text,
    /// The regulations for the Republic of Korea.
    pub korea: Text,
    /// The regulations for the UK Extension to the Data Privacy Framework.
    pub extension: Text,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eea {
    pub members: Vec<String>,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adequacy {
    pub country: String,
    pub decision: String,
    #[serde(default)]
    pub scope: Option<AdequacyScope>,
    /// When a decision with a sunset clause was renewed, YYYY-MM-DD.
    #[serde(default)]
    pub renewed: Option<String>,
    /// The end of the renewed decision's term, YYYY-MM-DD.
    #[serde(default)]
    pub valid_until: Option<String>,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdequacyScope {
    /// Only organisations certified under the EU-US Data Privacy Framework.
    Dpf,
    /// Only commercial organisations.
    Commercial,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    /// Standard contractual clauses.
    pub scc: Decision,
    /// The EU-US Data Privacy Framework adequacy decision.
    pub dpf: Decision,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub number: String,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repealed {
    pub references: Vec<String>,
    pub source: String,
    pub checked: String,
}

/// A name a current policy must not use, and what applies instead.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outdated {
    pub terms: Vec<String>,
    pub now: Text,
    pub source: String,
    pub checked: String,
}

/// A statute reference written in each language. (No `deny_unknown_fields`: every key but
/// `source` and `checked` is read as a language, and an unknown one is refused.)
#[derive(Debug, Deserialize)]
pub struct Act {
    pub source: String,
    pub checked: String,
    /// Its name in each language, the languages' codes as keys (`sv = "…"`, `en = "…"`).
    #[serde(flatten)]
    pub name: Text,
}

impl Act {
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        self.name.get(lang)
    }
}

/// A statute of the `law` catalogue, cited by its name and number, never by a section. (Keys
/// beyond its fields are read as languages, as for [`Act`].)
#[derive(Debug, Deserialize)]
pub struct Statute {
    pub id: String,
    /// The country whose law it is (every one is a member state's, so it counts under
    /// Art. 6(3)(b) GDPR).
    pub country: String,
    pub source: String,
    pub checked: String,
    /// Its name in each language, the languages' codes as keys.
    #[serde(flatten)]
    pub name: Text,
}

impl Statute {
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        self.name.get(lang)
    }
}

/// A supervisory authority's name and contact details.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityFacts {
    pub name: Text,
    pub address: Address,
    pub website: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// A postal address: one for both languages, or one per language where the town's name
/// differs ("PB 800, 00531 Helsingfors" and "P.O. Box 800, 00531 Helsinki").
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Address {
    Same(String),
    PerLanguage(Text),
}

impl Address {
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        match self {
            Address::Same(a) => a,
            Address::PerLanguage(t) => t.get(lang),
        }
    }
}

/// What applies to an organisation established in one country.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// The country's name as a sentence uses it ("the United Kingdom").
    pub name: Text,
    /// The act beside the GDPR (in the EEA), or the law that applies there (outside it).
    pub national_act: Text,
    /// The age from which a child may consent alone to an online service (Art. 8 of the GDPR,
    /// or of the UK GDPR in the United Kingdom).
    pub child_consent_age: Option<u32>,
    /// The national provision that sets that age; absent where the GDPR's own 16 applies.
    pub child_consent_rule: Option<Text>,
    /// The national rule on storing and reading information in a user's device.
    pub cookie_rule: Option<Text>,
    pub cookie_regulator: Option<Text>,
    /// The provision that obliges the organisation to take and answer complaints itself
    /// before they go to the authority, where one is in force (the UK's DPA 2018 s. 164A).
    #[serde(default)]
    pub complaints_rule: Option<Text>,
    /// How long the country's bookkeeping law keeps accounting records (the retention preset
    /// `bookkeeping`); absent where it is not verified, and the user describes the period.
    #[serde(default)]
    pub bookkeeping: Option<Bookkeeping>,
    /// The supervisory authority that takes complaints; absent where it depends on more than
    /// the country (Germany: each Land has its own), so the project names it.
    pub authority: Option<AuthorityFacts>,
    pub source: String,
    pub checked: String,
}

/// A country's period for keeping accounting records.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookkeeping {
    /// The period, as it follows "We keep the data" ("for five years after the end of the
    /// financial year").
    pub period: Text,
    /// The provision that sets it, as it follows "under" ("Section 13 of …").
    pub law: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Eprivacy {
    pub cookie_rule: Text,
    pub source: String,
    pub checked: String,
}

/// The embedded legal facts, parsed once.
pub fn facts() -> &'static LegalFacts {
    static FACTS: OnceLock<LegalFacts> = OnceLock::new();
    FACTS.get_or_init(|| {
        toml::from_str(LEGAL_TOML).expect("data/legal.toml is embedded and checked by a test")
    })
}

impl LegalFacts {
    pub fn is_eea(&self, country: &str) -> bool {
        self.eea.members.iter().any(|c| c == country)
    }

    pub fn adequacy(&self, country: &str) -> Option<&Adequacy> {
        self.adequacy.iter().find(|a| a.country == country)
    }

    /// Every country code the questionnaire offers: the EEA first, then the others.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        self.eea
            .members
            .iter()
            .chain(self.other_countries.iter())
            .map(String::as_str)
    }

    pub fn is_known_country(&self, country: &str) -> bool {
        self.countries().any(|c| c == country)
    }

    /// What applies to an organisation established in `country`, when policywright knows it.
    pub fn jurisdiction(&self, country: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.country == country)
    }

    /// The supervisory authority of a country, where the country alone decides it.
    pub fn authority_of(&self, country: &str) -> Option<&AuthorityFacts> {
        self.jurisdiction(country)
            .and_then(|j| j.authority.as_ref())
    }

    /// A statute reference by its key in `[acts]`, e.g. `bookkeeping_act`.
    pub fn act(&self, key: &str) -> Option<&Act> {
        self.acts.get(key)
    }

    /// The UK adequacy regulations that cover a country, for a transfer from the UK (the UK
    /// itself and US organisations of the UK Extension are not included: see `uk_transfers`).
    pub fn uk_adequacy(&self, country: &str) -> Option<&Text> {
        let t = &self.uk_transfers;
        if self.is_eea(country) || t.transitional_countries.iter().any(|c| c == country) {
            Some(&t.transitional)
        } else if country == "KR" {
            Some(&t.korea)
        } else {
            None
        }
    }

    /// A statute of the `law` catalogue by its id.
    pub fn statute(&self, id: &str) -> Option<&Statute> {
        self.statutes.iter().find(|s| s.id == id)
    }

    /// Every fact's (what, source, checked), for the test that each names a source and a date.
    pub fn provenance(&self) -> Vec<(String, &str, &str)> {
        let mut out = vec![(
            "eea".to_owned(),
            self.eea.source.as_str(),
            self.eea.checked.as_str(),
        )];
        for a in &self.adequacy {
            out.push((format!("adequacy {}", a.country), &a.source, &a.checked));
        }
        for (name, d) in [("scc", &self.decisions.scc), ("dpf", &self.decisions.dpf)] {
            out.push((format!("decision {name}"), &d.source, &d.checked));
        }
        out.push((
            "repealed".to_owned(),
            &self.repealed.source,
            &self.repealed.checked,
        ));
        for o in &self.outdated {
            out.push((
                format!("outdated {}", o.terms.join("/")),
                &o.source,
                &o.checked,
            ));
        }
        for (key, act) in &self.acts {
            out.push((format!("act {key}"), &act.source, &act.checked));
        }
        for s in &self.statutes {
            out.push((format!("statute {}", s.id), &s.source, &s.checked));
        }
        for j in &self.jurisdictions {
            out.push((format!("jurisdiction {}", j.country), &j.source, &j.checked));
        }
        out.push((
            "eprivacy".to_owned(),
            &self.eprivacy.source,
            &self.eprivacy.checked,
        ));
        out.push((
            "uk_transfers".to_owned(),
            &self.uk_transfers.source,
            &self.uk_transfers.checked,
        ));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn legal_data_parses_and_is_consistent() {
        let f = facts();
        assert_eq!(f.eea.members.len(), 30, "EU 27 + IS, LI, NO");
        for a in &f.adequacy {
            assert!(
                f.is_known_country(&a.country),
                "adequacy country {} not offered",
                a.country
            );
            assert!(!f.is_eea(&a.country));
        }
        assert_eq!(
            f.adequacy("US").unwrap().scope,
            Some(AdequacyScope::Dpf),
            "the US decision covers only DPF-certified organisations"
        );
        assert!(f.act("bookkeeping_act").is_some());
        let se = f.jurisdiction("SE").expect("Sweden");
        let imy = se.authority.as_ref().expect("IMY");
        assert!(imy
            .name
            .get(Lang::SV)
            .contains("Integritetsskyddsmyndigheten"));
        assert_eq!(se.child_consent_age, Some(13));
        for j in &f.jurisdictions {
            assert!(f.is_known_country(&j.country), "{} not offered", j.country);
            // Germany sets no age of its own: the GDPR's 16 applies, with no national rule.
            assert!(
                j.child_consent_rule.is_none() || j.child_consent_age.is_some(),
                "{}: an act that sets an age comes with the age",
                j.country
            );
            if let Some(a) = &j.authority {
                assert!(a.website.starts_with("https://"), "{}", j.country);
            }
        }
        let de = f.jurisdiction("DE").expect("Germany");
        assert_eq!(de.child_consent_age, Some(16));
        assert!(de.authority.is_none(), "each Land has its own authority");
        assert_eq!(f.jurisdiction("GB").unwrap().child_consent_age, Some(13));
        assert_eq!(f.jurisdiction("DK").unwrap().child_consent_age, Some(15));
    }

    #[test]
    fn every_fact_names_its_source_and_when_it_was_checked() {
        let f = facts();
        let mut newest = "";
        for (what, source, checked) in f.provenance() {
            assert!(!source.trim().is_empty(), "{what}: no source");
            assert!(
                crate::date::parse_date(checked).is_some(),
                "{what}: checked {checked:?} is not a date"
            );
            newest = newest.max(checked);
        }
        assert_eq!(
            f.checked, newest,
            "`checked` is the newest date of any fact"
        );
        for a in &f.adequacy {
            if let Some(d) = a.renewed.iter().chain(a.valid_until.iter()).next() {
                assert!(crate::date::parse_date(d).is_some(), "{}: {d}", a.country);
            }
        }
    }

    #[test]
    fn adequacy_list_is_current_to_november_2026() {
        let f = facts();
        let br = f
            .adequacy("BR")
            .expect("Brazil: (EU) 2026/179 of 26 January 2026");
        assert_eq!(br.decision, "(EU) 2026/179");
        let gb = f.adequacy("GB").expect("the United Kingdom");
        assert_eq!(gb.renewed.as_deref(), Some("2025-12-19"));
        assert_eq!(gb.valid_until.as_deref(), Some("2031-12-27"));
        assert_eq!(f.decisions.dpf.number, "(EU) 2023/1795");
        for country in [
            "AD", "AR", "BR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB",
            "UY", "US",
        ] {
            assert!(
                f.adequacy(country).is_some(),
                "{country} has an adequacy decision"
            );
        }
        assert_eq!(f.adequacy.len(), 16);
    }
}
