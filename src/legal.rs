//! Legal facts (EEA members, adequacy decisions, statute references, the supervisory
//! authority), read from the one data file `data/legal.toml` that is embedded in the binary.

use crate::project::Text;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const LEGAL_TOML: &str = include_str!("../data/legal.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalFacts {
    pub eea: Vec<String>,
    pub other_countries: Vec<String>,
    pub adequacy: Vec<Adequacy>,
    pub acts: Acts,
    pub authority: AuthorityFacts,
    pub children: ChildrenFacts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adequacy {
    pub country: String,
    pub decision: String,
    #[serde(default)]
    pub scope: Option<AdequacyScope>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdequacyScope {
    /// Only organisations certified under the EU-US Data Privacy Framework.
    Dpf,
    /// Only commercial organisations.
    Commercial,
}

// No deny_unknown_fields here: serde cannot combine it with `flatten`.
#[derive(Debug, Deserialize)]
pub struct Acts {
    pub scc_decision: String,
    pub dpf_decision: String,
    pub repealed: Vec<String>,
    #[serde(flatten)]
    pub named: BTreeMap<String, Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityFacts {
    pub name: Text,
    pub address: String,
    pub website: String,
    pub email: String,
    pub phone: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildrenFacts {
    pub consent_age: u32,
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
        self.eea.iter().any(|c| c == country)
    }

    pub fn adequacy(&self, country: &str) -> Option<&Adequacy> {
        self.adequacy.iter().find(|a| a.country == country)
    }

    /// Every country code the questionnaire offers: the EEA first, then the others.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        self.eea
            .iter()
            .chain(self.other_countries.iter())
            .map(String::as_str)
    }

    pub fn is_known_country(&self, country: &str) -> bool {
        self.countries().any(|c| c == country)
    }

    /// A statute reference by its key in `[acts]`, e.g. `bookkeeping_act`.
    pub fn act(&self, key: &str) -> Option<&Text> {
        self.acts.named.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_data_parses_and_is_consistent() {
        let f = facts();
        assert_eq!(f.eea.len(), 30, "EU 27 + IS, LI, NO");
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
        assert!(f.authority.name.sv.contains("Integritetsskyddsmyndigheten"));
    }
}
