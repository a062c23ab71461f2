//! Whether the organisation must keep the record: Art. 30(5) exempts one with fewer than 250
//! employees only when its processing is occasional, unlikely to result in a risk, and includes
//! no special categories of data or data on criminal offences.

use policywright_project::catalog::{self, kind};
use policywright_project::i18n::{self, I18nError};
use policywright_project::lang::Lang;
use policywright_project::Project;

/// What Art. 30(5) says of this organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// 250 employees or more.
    ManyEmployees(u32),
    /// Fewer, but the processing is regular.
    Regular,
    /// Fewer and occasional, but with special categories of data (their names).
    SpecialData(Vec<String>),
    /// Fewer, occasional, no special data: exempt if there is no risk either.
    MaybeExempt,
    /// The headcount is not answered.
    Unknown,
}

impl Need {
    /// The record must be kept whatever else is true.
    pub fn is_required(&self) -> bool {
        !matches!(self, Need::MaybeExempt | Need::Unknown)
    }

    /// The plain statement for the app and the record.
    pub fn statement(&self, lang: Lang) -> Result<String, I18nError> {
        match self {
            Need::ManyEmployees(n) => i18n::message(
                lang,
                "record-required-many",
                &[("employees", &n.to_string())],
            ),
            Need::Regular => i18n::message(lang, "record-required-regular", &[]),
            Need::SpecialData(names) => {
                let names: Vec<String> = names
                    .iter()
                    .map(|id| i18n::name(lang, kind::DATA, id))
                    .collect();
                i18n::message(
                    lang,
                    "record-required-special",
                    &[("data", &names.join(", "))],
                )
            }
            Need::MaybeExempt => i18n::message(lang, "record-maybe-exempt", &[]),
            Need::Unknown => i18n::message(lang, "record-required-unknown", &[]),
        }
    }
}

/// Art. 30(5) applied to the answers.
pub fn need(p: &Project) -> Need {
    let Some(employees) = p.record.employees else {
        return Need::Unknown;
    };
    if employees >= 250 {
        return Need::ManyEmployees(employees);
    }
    if !p.record.occasional {
        return Need::Regular;
    }
    let mut special: Vec<String> = Vec::new();
    for d in p.activities.iter().flat_map(|a| &a.data) {
        if catalog::is_special_data(d) {
            let name = d.id().map_or_else(|| own_words(d), str::to_owned);
            if !special.contains(&name) {
                special.push(name);
            }
        }
    }
    if special.is_empty() {
        Need::MaybeExempt
    } else {
        Need::SpecialData(special)
    }
}

/// A special category in the organisation's own words, by its Swedish and English names.
fn own_words(d: &policywright_project::Entry) -> String {
    match d {
        policywright_project::Entry::Own(o) if !o.sv.trim().is_empty() => o.sv.trim().to_owned(),
        policywright_project::Entry::Own(o) => o.en.trim().to_owned(),
        policywright_project::Entry::Catalog(id) => id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn almost_every_organisation_must_keep_the_record() {
        let mut p = policywright_project::examples::default_project();
        p.record.employees = None;
        assert_eq!(need(&p), Need::Unknown);
        p.record.employees = Some(300);
        assert_eq!(need(&p), Need::ManyEmployees(300));
        p.record.employees = Some(4);
        assert_eq!(need(&p), Need::Regular);
        assert!(need(&p).is_required());
        p.record.occasional = true;
        assert_eq!(need(&p), Need::MaybeExempt);
        p.activities[0].data.push("health".into());
        assert_eq!(need(&p), Need::SpecialData(vec!["health".to_owned()]));
        let said = need(&p).statement(Lang::EN).unwrap();
        assert!(said.contains("health"), "{said}");
    }
}
