//! The catalogue of services small businesses use (`data/services.toml`, embedded): for each,
//! the provider's legal entity, its role, where the data goes and on what safeguard, and the
//! cookies it sets, every fact with the source it was read in and the date it was checked.
//!
//! A recipient or cookie item of a project names a service (`service = "mailchimp"`); every fact
//! it does not state itself is filled in from here when the file is read
//! (`source::parse_project`), and left out again when it is saved (`project_to_toml`) as long as
//! it still equals the catalogue's, so a newer catalogue updates the project's facts.

use crate::model::{Cookie, CookieCategory, Location, Party, Project, Recipient, RecipientKind};
use crate::model::{Safeguard, Technology, Text};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

const SERVICES_TOML: &str = include_str!("../../../data/services.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The newest date any fact was checked, YYYY-MM-DD: shown by `policywright --version`.
    pub checked: String,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: String,
    /// One line on what a small business uses it for.
    pub description: Text,
    /// The purposes (catalogue `purpose`) it typically serves.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// What the recipient does with the data, as the policy says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_purpose: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_notice: Option<Notice>,
    /// The legal entity an EEA business contracts with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Where the data goes outside the EEA; absent when the provider keeps it in the EEA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<Transfer>,
    /// A source that says the data stays in the EEA. Without it and without `transfer`, the
    /// catalogue does not know where the data goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stays_in_eea: Option<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cookies: Vec<ServiceCookie>,
    /// Facts that changed since the service entered the catalogue, newest last: `check`
    /// reports those after a project's last published version.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

/// A fact that is only a source and a date (where nothing else needs saying).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub url: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// The company's name, when a source states it (a generic service has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    pub country: String,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub kind: RecipientKind,
    /// What the role covers, when it needs saying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// For joint controllers: the essence of the arrangement (Art. 26(2)), as the provider's
    /// own joint-controller terms set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_essence: Option<Text>,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    pub countries: Vec<String>,
    /// The safeguard the provider states; absent when no source says (the user answers it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<Safeguard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpf_fallback: Option<Safeguard>,
    /// The entity that receives the transfer, when not the provider (a sub-processor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub importer: Option<String>,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceCookie {
    pub name: String,
    #[serde(default)]
    pub technology: Technology,
    pub party: Party,
    pub category: CookieCategory,
    pub lifetime: String,
    pub purpose: Text,
    pub source: String,
    pub checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub date: String,
    pub what: Text,
}

/// The embedded catalogue.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        toml::from_str(SERVICES_TOML).expect("data/services.toml is valid (tested)")
    })
}

impl Catalogue {
    pub fn get(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The changes recorded for a service after a date (YYYY-MM-DD), oldest first.
    pub fn changes_since(&self, id: &str, date: &str) -> Vec<(&Service, &Change)> {
        self.get(id)
            .into_iter()
            .flat_map(|s| s.changes.iter().map(move |c| (s, c)))
            .filter(|(_, c)| c.date.as_str() > date)
            .collect()
    }

    /// The services whose id, name, provider or description (in either language) contains
    /// `text`, ignoring case; all of them for an empty text.
    pub fn search(&self, text: &str) -> Vec<&Service> {
        let needle = text.trim().to_lowercase();
        self.services
            .iter()
            .filter(|s| needle.is_empty() || s.haystack().contains(&needle))
            .collect()
    }
}

impl Service {
    fn haystack(&self) -> String {
        let entity = self
            .provider
            .as_ref()
            .and_then(|p| p.entity.as_deref())
            .unwrap_or("");
        let descriptions: Vec<&str> = self.description.iter().map(|(_, t)| t).collect();
        format!(
            "{} {} {} {}",
            self.id,
            self.name,
            entity,
            descriptions.join(" ")
        )
        .to_lowercase()
    }

    /// The recipient's name in the policy: the company, and the product the reader knows.
    pub fn recipient_name(&self) -> String {
        match self.provider.as_ref().and_then(|p| p.entity.as_deref()) {
            Some(entity) if entity != self.name => format!("{entity} ({})", self.name),
            _ => self.name.clone(),
        }
    }

    /// Who sets its cookies, as the cookie table names them.
    pub fn cookie_provider(&self) -> String {
        self.provider
            .as_ref()
            .and_then(|p| p.entity.clone())
            .unwrap_or_else(|| self.name.clone())
    }

    /// Whether the provider's transfers are the organisation's to state (Art. 13(1)(f)): not
    /// for an independent controller, which sends the data on for its own purposes and
    /// explains that in its own privacy notice.
    pub fn transfer_is_ours(&self) -> bool {
        self.role
            .as_ref()
            .is_none_or(|r| r.kind != RecipientKind::Controller)
    }

    /// The transfers as the project states them: the provider's own country first (with the
    /// safeguard when it is outside the EEA), then the further countries.
    fn locations(&self) -> (Option<String>, Option<Location>, Vec<Location>) {
        let country = self.provider.as_ref().map(|p| p.country.clone());
        let Some(t) = self.transfer.as_ref().filter(|_| self.transfer_is_ours()) else {
            return (country, None, Vec::new());
        };
        let location = |c: &str| Location {
            country: c.to_owned(),
            safeguard: t.safeguard,
            // How a person gets a copy is the organisation's to say (Art. 13(1)(f)).
            safeguard_copy: Text::default(),
            dpf_fallback: t.dpf_fallback,
            derogation: None,
            uk_safeguard: None,
            varies_how: None,
        };
        let own = country
            .as_deref()
            .and_then(|c| t.countries.iter().any(|t| t == c).then(|| location(c)));
        let others = t
            .countries
            .iter()
            .filter(|c| Some(c.as_str()) != country.as_deref())
            .map(|c| location(c))
            .collect();
        (country, own, others)
    }

    /// The recipient's facts the catalogue has, as the project file writes them: only what a
    /// source states (no role, no country where none is known).
    pub fn recipient_facts(&self) -> toml::Table {
        let mut t = toml::Table::new();
        let name = self.recipient_name();
        t.insert("name".into(), value(&Text::new(&name, &name)));
        if let Some(role) = &self.role {
            t.insert("kind".into(), role.kind.id().into());
            if let Some(essence) = &role.joint_essence {
                t.insert("joint_essence".into(), value(essence));
            }
        }
        if let Some(purpose) = &self.recipient_purpose {
            t.insert("purpose".into(), value(purpose));
        }
        let (country, own, others) = self.locations();
        if let Some(country) = country {
            t.insert("country".into(), country.into());
        }
        if let Some(own) = own {
            if let Some(s) = own.safeguard {
                t.insert("safeguard".into(), s.id().into());
            }
            if let Some(s) = own.dpf_fallback {
                t.insert("dpf_fallback".into(), s.id().into());
            }
        }
        if !others.is_empty() {
            t.insert("other_countries".into(), value(&others));
        }
        t
    }

    /// The facts of the cookie called `name`, if the catalogue documents it.
    pub fn cookie_facts(&self, name: &str) -> Option<toml::Table> {
        let c = self.cookies.iter().find(|c| c.name == name)?;
        let mut t = toml::Table::new();
        t.insert("technology".into(), c.technology.id().into());
        t.insert("provider".into(), self.cookie_provider().into());
        t.insert("purpose".into(), value(&c.purpose));
        t.insert("category".into(), c.category.id().into());
        t.insert("lifetime".into(), c.lifetime.clone().into());
        t.insert("party".into(), c.party.id().into());
        Some(t)
    }

    /// A recipient for this service with every fact the catalogue has, as the app adds it;
    /// what the catalogue does not know is left blank for the user to answer.
    pub fn recipient(&self) -> Recipient {
        let mut blank = Recipient::blank();
        blank.country = String::new();
        blank.service = self.id.clone();
        overlay(&blank, self.recipient_facts())
    }

    /// The cookie items of every cookie the catalogue documents for this service.
    pub fn cookie_items(&self) -> Vec<Cookie> {
        let mut blank = Cookie::blank();
        blank.service = self.id.clone();
        self.cookies
            .iter()
            .filter_map(|c| {
                let mut item = blank.clone();
                item.name = c.name.clone();
                Some(overlay(&item, self.cookie_facts(&c.name)?))
            })
            .collect()
    }
}

fn value<T: Serialize>(v: &T) -> toml::Value {
    toml::Value::try_from(v).expect("catalogue facts serialise to TOML")
}

/// `base` with the facts put over its fields.
fn overlay<T: Serialize + serde::de::DeserializeOwned>(base: &T, facts: toml::Table) -> T {
    let toml::Value::Table(mut t) = value(base) else {
        unreachable!("a struct serialises to a table")
    };
    t.extend(facts);
    toml::Value::Table(t)
        .try_into()
        .expect("catalogue facts have the project's shapes (tested)")
}

/// Adds a service to a project, as the app's "Which of these services do you use?" does: its
/// recipient (linked to the project's activities for the purposes the service serves) and an
/// item for each cookie the catalogue documents that the project does not list yet. A service
/// already used adds nothing.
pub fn add_to(project: &mut Project, service: &Service) {
    if uses(project, &service.id) {
        return;
    }
    let mut recipient = service.recipient();
    for a in &project.activities {
        let id = a.link_id();
        let serves = service.purposes.contains(&a.purpose);
        if serves && !id.is_empty() && !recipient.activities.iter().any(|x| x == id) {
            recipient.activities.push(id.to_owned());
        }
    }
    project.recipients.push(recipient);
    for item in service.cookie_items() {
        let listed = project.cookies.items.iter().any(|c| c.name == item.name);
        if !listed {
            project.cookies.items.push(item);
        }
    }
}

/// Removes what naming a service added: its recipients and its cookie items.
pub fn remove_from(project: &mut Project, id: &str) {
    project.recipients.retain(|r| r.service != id);
    project.cookies.items.retain(|c| c.service != id);
}

/// Whether a recipient or cookie item of the project names the service.
pub fn uses(project: &Project, id: &str) -> bool {
    project.recipients.iter().any(|r| r.service == id)
        || project.cookies.items.iter().any(|c| c.service == id)
}

/// Removes from a serialised project each fact of a recipient or cookie item that equals what
/// its service's entry in the catalogue says.
pub fn leave_out_catalogue_facts(project: &mut toml::Table) {
    for r in tables_mut(project.get_mut("recipients")) {
        if let Some(s) = service_named(r) {
            strip(r, s.recipient_facts());
        }
    }
    let items = match project.get_mut("cookies") {
        Some(toml::Value::Table(cookies)) => cookies.get_mut("items"),
        _ => None,
    };
    for c in tables_mut(items) {
        let name = c.get("name").and_then(|v| v.as_str()).unwrap_or_default();
        if let Some(facts) = service_named(c).and_then(|s| s.cookie_facts(name)) {
            strip(c, facts);
        }
    }
}

fn tables_mut(list: Option<&mut toml::Value>) -> impl Iterator<Item = &mut toml::Table> {
    list.and_then(toml::Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_table_mut)
}

fn service_named(item: &toml::Table) -> Option<&'static Service> {
    let id = item.get("service")?.as_str()?;
    catalogue().get(id)
}

fn strip(item: &mut toml::Table, facts: toml::Table) {
    for (key, fact) in facts {
        if item.get(&key) == Some(&fact) {
            item.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_date;
    use crate::lang::Lang;
    use crate::validate::read_lifetime;

    /// Every fact's source and date, with where it is.
    fn facts(s: &Service) -> Vec<(String, &str, &str)> {
        let mut out = Vec::new();
        if let Some(n) = &s.privacy_notice {
            out.push((
                format!("{}.privacy_notice", s.id),
                n.url.as_str(),
                n.checked.as_str(),
            ));
        }
        if let Some(p) = &s.provider {
            out.push((format!("{}.provider", s.id), &p.source, &p.checked));
        }
        if let Some(r) = &s.role {
            out.push((format!("{}.role", s.id), &r.source, &r.checked));
        }
        if let Some(t) = &s.transfer {
            out.push((format!("{}.transfer", s.id), &t.source, &t.checked));
        }
        if let Some(f) = &s.stays_in_eea {
            out.push((format!("{}.stays_in_eea", s.id), &f.source, &f.checked));
        }
        for c in &s.cookies {
            out.push((
                format!("{}.cookies.{}", s.id, c.name),
                &c.source,
                &c.checked,
            ));
        }
        out
    }

    #[test]
    fn every_fact_has_a_source_and_the_date_it_was_checked() {
        let cat = catalogue();
        assert!(parse_date(&cat.checked).is_some());
        for s in &cat.services {
            for (place, source, checked) in facts(s) {
                assert!(source.starts_with("https://"), "{place}: source {source:?}");
                assert!(
                    parse_date(checked).is_some(),
                    "{place}: checked {checked:?}"
                );
                assert!(
                    checked <= cat.checked.as_str(),
                    "{place}: checked after the catalogue"
                );
            }
        }
    }

    #[test]
    fn the_catalogue_holds_the_services_small_businesses_use() {
        let cat = catalogue();
        assert!(cat.services.len() >= 40, "{} services", cat.services.len());
        let legal = crate::legal::facts();
        for (i, s) in cat.services.iter().enumerate() {
            let kebab =
                s.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            assert!(kebab && !s.id.is_empty(), "id {:?}", s.id);
            assert!(
                !cat.services[..i].iter().any(|o| o.id == s.id),
                "{} twice",
                s.id
            );
            assert!(
                !s.description.get(Lang::SV).is_empty() && !s.description.get(Lang::EN).is_empty(),
                "{}",
                s.id
            );
            for p in &s.purposes {
                assert!(
                    crate::catalog::PURPOSES.contains(&p.as_str()),
                    "{}: purpose {p}",
                    s.id
                );
            }
            let countries = s.provider.iter().map(|p| &p.country);
            for c in countries.chain(s.transfer.iter().flat_map(|t| &t.countries)) {
                assert!(legal.is_known_country(c), "{}: country {c}", s.id);
            }
            for c in &s.cookies {
                assert!(
                    read_lifetime(&c.lifetime).is_ok(),
                    "{}: {}",
                    s.id,
                    c.lifetime
                );
                assert!(!c.purpose.get(Lang::SV).is_empty() && !c.purpose.get(Lang::EN).is_empty());
            }
            // The facts have the shapes of a project's answers.
            let r = s.recipient();
            assert_eq!(r.service, s.id);
            assert_eq!(s.cookie_items().len(), s.cookies.len());
        }
    }

    #[test]
    fn a_transfer_through_a_sub_processor_is_a_further_country() {
        let text = r#"
            checked = "2026-12-07"
            [[services]]
            id = "analytics"
            name = "Analytics"
            description = { sv = "Statistik.", en = "Statistics." }
            [services.provider]
            entity = "Analytics Ireland Ltd"
            country = "IE"
            source = "https://example.org/dpa"
            checked = "2026-12-07"
            [services.transfer]
            countries = ["US"]
            safeguard = "data-privacy-framework"
            dpf_fallback = "standard-contractual-clauses"
            source = "https://example.org/dpa"
            checked = "2026-12-07"
        "#;
        let cat: Catalogue = toml::from_str(text).unwrap();
        let r = cat.services[0].recipient();
        assert_eq!(r.country, "IE");
        assert_eq!(r.safeguard, None);
        assert_eq!(r.other_countries.len(), 1);
        assert_eq!(r.other_countries[0].country, "US");
        assert_eq!(
            r.other_countries[0].safeguard,
            Some(Safeguard::DataPrivacyFramework)
        );
        assert_eq!(r.name.get(Lang::EN), "Analytics Ireland Ltd (Analytics)");
        // Without a role in the catalogue, the kind stays for the user to answer: not a fact.
        assert!(!cat.services[0].recipient_facts().contains_key("kind"));
    }

    #[test]
    fn changes_after_a_date_are_those_of_the_service() {
        let text = r#"
            checked = "2026-12-07"
            [[services]]
            id = "mail"
            name = "Mail"
            description = { sv = "E-post.", en = "Email." }
            [[services.changes]]
            date = "2026-03-01"
            what = { sv = "Ny leverantör.", en = "New provider." }
            [[services.changes]]
            date = "2026-11-01"
            what = { sv = "Data lagras nu i USA.", en = "Data is now stored in the US." }
        "#;
        let cat: Catalogue = toml::from_str(text).unwrap();
        let since: Vec<&str> = cat
            .changes_since("mail", "2026-06-01")
            .iter()
            .map(|(_, c)| c.what.get(Lang::EN))
            .collect();
        assert_eq!(since, ["Data is now stored in the US."]);
        assert!(cat.changes_since("other", "2026-01-01").is_empty());
    }
}
