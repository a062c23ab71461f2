//! The record's content in one language, gathered once for the Markdown and the spreadsheet.

use crate::need::{need, Need};
use crate::RecordError;
use policywright_data::{policy_data, PolicyData, Purpose, Texts};
use policywright_project::catalog::kind;
use policywright_project::i18n::{self, I18nError};
use policywright_project::lang::Lang;
use policywright_project::{self as project, Dpia, LegalBasis, Project};

/// One line of the record: what it is (a message id, `record-…`) and its content.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub value: String,
}

/// A titled group of fields: a processing activity, or an organisation it works for.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    pub fields: Vec<Field>,
}

/// A recipient with what the record says of it.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub name: String,
    pub role: String,
    pub activities: String,
    pub countries: String,
    pub safeguards: String,
    pub contract: String,
}

/// The record of processing activities in one language.
#[derive(Debug, Clone)]
pub struct Record {
    pub lang: Lang,
    pub organisation: Vec<Field>,
    pub need: Need,
    pub activities: Vec<Section>,
    pub recipients: Vec<Recipient>,
    pub measures: Vec<String>,
    pub processor_for: Vec<Section>,
}

impl Record {
    pub fn of(p: &Project, lang: Lang) -> Result<Record, RecordError> {
        if !p.languages().contains(&lang) {
            return Err(RecordError::NotPublished(lang));
        }
        let data = policy_data(p)?;
        let g = Gather {
            p,
            data: &data,
            lang,
        };
        Ok(Record {
            lang,
            organisation: g.organisation()?,
            need: need(p),
            activities: data
                .purposes
                .iter()
                .zip(&p.activities)
                .map(|(d, a)| g.activity(d, a))
                .collect::<Result<_, _>>()?,
            recipients: g.recipients()?,
            measures: g.measures(),
            processor_for: g.processor_for()?,
        })
    }

    /// The message of a label in the record's language.
    pub fn label(&self, id: &str) -> Result<String, I18nError> {
        i18n::message(self.lang, id, &[])
    }
}

struct Gather<'a> {
    p: &'a Project,
    data: &'a PolicyData,
    lang: Lang,
}

impl Gather<'_> {
    fn msg(&self, id: &str) -> Result<String, I18nError> {
        i18n::message(self.lang, id, &[])
    }

    /// An article as the language cites it: "Article 6(1)(b)", "artikel 6.1 b".
    fn cite(&self, article: &str) -> String {
        let word = self.msg("record-article").unwrap_or_default();
        format!("{word} {}", self.lang.cite_articles(article))
    }

    fn text(&self, t: &Texts) -> String {
        t.get(self.lang.code()).cloned().unwrap_or_default()
    }

    /// An internal answer, or "Not given".
    fn given(&self, value: &str) -> Result<String, I18nError> {
        let v = value.trim();
        if v.is_empty() {
            self.msg("record-not-given")
        } else {
            Ok(v.to_owned())
        }
    }

    fn field(label: &'static str, value: String) -> Field {
        Field { label, value }
    }

    fn organisation(&self) -> Result<Vec<Field>, I18nError> {
        let c = &self.data.controller;
        let a = &c.address;
        let country = i18n::name(self.lang, kind::COUNTRY, &a.country);
        let mut contact = vec![format!(
            "{}, {} {}, {country}",
            a.street, a.postal_code, a.city
        )];
        contact.extend(
            [Some(c.email.clone()), c.phone.clone(), c.website.clone()]
                .into_iter()
                .flatten(),
        );
        let mut out = vec![
            Self::field("record-name", c.name.clone()),
            Self::field("record-contact", contact.join(" · ")),
        ];
        if let Some(n) = &c.organisation_number {
            out.push(Self::field("record-org-number", n.clone()));
        }
        let person = |p: &policywright_data::Contact| {
            [Some(p.name.clone()), p.email.clone(), p.phone.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ")
        };
        let none = self.msg("record-none")?;
        out.push(Self::field(
            "record-dpo",
            self.data.dpo.as_ref().map_or(none.clone(), person),
        ));
        if let Some(r) = &self.data.representative {
            out.push(Self::field("record-representative", person(r)));
        }
        let joint: Vec<String> = self
            .data
            .recipients
            .iter()
            .filter(|r| r.role.id.as_deref() == Some("joint-controller"))
            .map(|r| self.text(&r.name))
            .collect();
        out.push(Self::field(
            "record-joint",
            if joint.is_empty() {
                none
            } else {
                joint.join("; ")
            },
        ));
        out.push(Self::field(
            "record-keeper",
            self.given(&self.p.record.keeper)?,
        ));
        Ok(out)
    }

    fn names(&self, terms: &[policywright_data::Term]) -> String {
        terms
            .iter()
            .map(|t| self.text(&t.name))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn activity(&self, d: &Purpose, a: &project::Activity) -> Result<Section, RecordError> {
        let mut fields = vec![Self::field("record-purpose", self.purpose(d))];
        fields.push(Self::field("record-basis", self.bases(d)));
        if let Some(c) = &d.special_condition {
            fields.push(Self::field(
                "record-special-condition",
                format!("{} ({})", self.text(&c.name), self.cite(&c.article)),
            ));
        }
        if !d.laws.is_empty() {
            fields.push(Self::field("record-laws", self.names(&d.laws)));
        }
        fields.push(Self::field("record-people", self.names(&d.people)));
        fields.push(Self::field("record-data", self.data_categories(d)?));
        let (recipients, transfers) = self.recipients_of(&d.id)?;
        fields.push(Self::field("record-recipients", recipients));
        fields.push(Self::field("record-transfers", transfers));
        fields.push(Self::field("record-retention", self.retention(d)?));
        fields.extend(self.internal(d, a)?);
        Ok(Section {
            title: self.text(&d.title),
            fields,
        })
    }

    fn purpose(&self, d: &Purpose) -> String {
        let title = self.text(&d.title);
        match d.description.as_ref().map(|t| self.text(t)) {
            Some(words) if !words.is_empty() => format!("{title}: {words}"),
            _ => title,
        }
    }

    fn bases(&self, d: &Purpose) -> String {
        d.legal_bases
            .iter()
            .map(|b| {
                let mut s = format!("{} ({})", self.text(&b.name), self.cite(&b.article));
                if !b.people.is_empty() {
                    s.push_str(&format!(": {}", self.names(&b.people)));
                }
                if let Some(interest) = &b.legitimate_interest {
                    s.push_str(&format!(" – {}", self.text(interest)));
                }
                s
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn data_categories(&self, d: &Purpose) -> Result<String, I18nError> {
        let special = self.msg("record-special")?;
        Ok(d.data
            .iter()
            .map(|c| {
                let name = self.text(&c.term.name);
                if c.special {
                    format!("{name} ({special})")
                } else {
                    name
                }
            })
            .collect::<Vec<_>>()
            .join(", "))
    }

    /// The recipients of a purpose's data (named for it, or for every purpose), and the
    /// transfers among them.
    fn recipients_of(&self, purpose: &str) -> Result<(String, String), I18nError> {
        let mut recipients = Vec::new();
        let mut transfers = Vec::new();
        for r in self
            .data
            .recipients
            .iter()
            .filter(|r| r.purposes.is_empty() || r.purposes.iter().any(|p| p == purpose))
        {
            let name = self.text(&r.name);
            recipients.push(format!("{name} ({})", self.text(&r.role.name)));
            for l in r.locations.iter().filter(|l| !l.in_eea) {
                let safeguard = l.safeguard.as_ref().map_or(String::new(), |s| {
                    format!(", {} ({})", self.text(&s.name), self.cite(&s.article))
                });
                transfers.push(format!("{name}: {}{safeguard}", self.text(&l.name)));
            }
        }
        let none = self.msg("record-none")?;
        let join = |v: Vec<String>| {
            if v.is_empty() {
                none.clone()
            } else {
                v.join("; ")
            }
        };
        Ok((join(recipients), join(transfers)))
    }

    fn retention(&self, d: &Purpose) -> Result<String, I18nError> {
        let r = &d.retention;
        let mut out = self.text(&r.rule.name);
        if let Some(months) = r.months {
            let n = i18n::message_with_number(self.lang, "lifetime-months", "count", months)?;
            out.push_str(&format!(" ({n})"));
        }
        if let (Some(period), Some(law)) = (&r.law_period, &r.law) {
            out.push_str(&format!(": {} ({})", self.text(period), self.text(law)));
        }
        if let Some(words) = &r.words {
            out.push_str(&format!(". {}", self.text(words)));
        }
        Ok(out)
    }

    /// The answers only the record holds, and the rights that apply.
    fn internal(&self, d: &Purpose, a: &project::Activity) -> Result<Vec<Field>, I18nError> {
        let r = &a.record;
        let source = if a.sources.is_empty() || a.from_person {
            vec![self.msg("record-source-person")?]
        } else {
            Vec::new()
        };
        let sources: Vec<String> = source
            .into_iter()
            .chain(
                a.sources
                    .iter()
                    .map(|s| s.description.get(self.lang).trim().to_owned()),
            )
            .collect();
        let dpia = match r.dpia {
            Some(Dpia::NotNeeded) => self.msg("record-dpia-not-needed")?,
            Some(Dpia::Done) => self.msg("record-dpia-done")?,
            Some(Dpia::Needed) => self.msg("record-dpia-needed")?,
            None => self.msg("record-dpia-unanswered")?,
        };
        let dpia = match r.dpia_where.trim() {
            "" => dpia,
            place => format!("{dpia}: {place}"),
        };
        let mut out = vec![
            Self::field("record-owner", self.given(&r.owner)?),
            Self::field("record-systems", self.given(&r.systems)?),
            Self::field("record-source", sources.join("; ")),
            Self::field("record-rights", self.rights(d, a)?),
            Self::field("record-dpia", dpia),
        ];
        if a.asks_consent() {
            out.push(Self::field(
                "record-consent-where",
                self.given(&r.consent_where)?,
            ));
        }
        if a.rests_on(LegalBasis::LegitimateInterests) {
            out.push(Self::field(
                "record-assessment-where",
                self.given(&r.assessment_where)?,
            ));
        }
        Ok(out)
    }

    /// The data subject's rights for this purpose: erasure not for data kept under a legal
    /// obligation or a public task (Art. 17(3)(b)), portability with consent or contract
    /// (Art. 20(1)), objection with legitimate interests, a public task or direct marketing
    /// (Art. 21), withdrawal with consent (Art. 7(3)).
    fn rights(&self, d: &Purpose, a: &project::Activity) -> Result<String, I18nError> {
        use LegalBasis as B;
        let only_law = a
            .legal_bases()
            .iter()
            .all(|b| matches!(b, B::LegalObligation | B::PublicTask));
        let mut ids = vec!["access", "rectification"];
        if !only_law {
            ids.push("erasure");
        }
        ids.push("restriction");
        if a.rests_on(B::Consent) || a.rests_on(B::Contract) {
            ids.push("portability");
        }
        if a.rests_on(B::LegitimateInterests) || a.rests_on(B::PublicTask) || d.direct_marketing {
            ids.push("objection");
        }
        if a.asks_consent() {
            ids.push("withdraw-consent");
        }
        Ok(ids
            .iter()
            .map(|id| i18n::name(self.lang, kind::RIGHT, id))
            .collect::<Vec<_>>()
            .join(", "))
    }

    fn recipients(&self) -> Result<Vec<Recipient>, I18nError> {
        let titles: Vec<(&str, String)> = self
            .data
            .purposes
            .iter()
            .map(|p| (p.id.as_str(), self.text(&p.title)))
            .collect();
        let in_eea = self.msg("record-in-eea")?;
        let none = self.msg("record-none")?;
        self.data
            .recipients
            .iter()
            .zip(&self.p.recipients)
            .map(|(r, answers)| {
                let activities: Vec<&str> = titles
                    .iter()
                    .filter(|(id, _)| r.purposes.is_empty() || r.purposes.iter().any(|p| p == id))
                    .map(|(_, t)| t.as_str())
                    .collect();
                let countries: Vec<String> = r
                    .locations
                    .iter()
                    .map(|l| {
                        if l.in_eea {
                            format!("{} ({in_eea})", self.text(&l.name))
                        } else {
                            self.text(&l.name)
                        }
                    })
                    .collect();
                let safeguards: Vec<String> = r
                    .locations
                    .iter()
                    .filter_map(|l| {
                        l.safeguard.as_ref().map(|s| {
                            format!(
                                "{}: {} ({})",
                                self.text(&l.name),
                                self.text(&s.name),
                                self.cite(&s.article)
                            )
                        })
                    })
                    .collect();
                Ok(Recipient {
                    name: self.text(&r.name),
                    role: self.text(&r.role.name),
                    activities: activities.join("; "),
                    countries: countries.join(", "),
                    safeguards: if safeguards.is_empty() {
                        none.clone()
                    } else {
                        safeguards.join("; ")
                    },
                    contract: if answers.kind == project::RecipientKind::Processor {
                        self.given(&answers.contract)?
                    } else {
                        String::new()
                    },
                })
            })
            .collect()
    }

    /// The security measures: the policy's (catalogue and own words) and the record's own.
    fn measures(&self) -> Vec<String> {
        let s = &self.p.security;
        let mut out: Vec<String> = s
            .measures
            .iter()
            .map(|m| match m {
                project::Entry::Catalog(id) => i18n::name(self.lang, kind::SECURITY, id),
                project::Entry::Own(own) => own.text().get(self.lang).trim().to_owned(),
            })
            .collect();
        for words in [
            s.description.get(self.lang),
            self.p.record.measures.as_str(),
        ] {
            if !words.trim().is_empty() {
                out.push(words.trim().to_owned());
            }
        }
        out
    }

    fn processor_for(&self) -> Result<Vec<Section>, I18nError> {
        self.p
            .record
            .processor_for
            .iter()
            .map(|c| {
                Ok(Section {
                    title: c.controller.trim().to_owned(),
                    fields: vec![
                        Self::field("record-contact", self.given(&c.contact)?),
                        Self::field("record-processor-processing", self.given(&c.processing)?),
                        Self::field(
                            "record-processor-transfers",
                            match c.transfers.trim() {
                                "" => self.msg("record-none")?,
                                t => t.to_owned(),
                            },
                        ),
                        Self::field(
                            "record-processor-measures",
                            match c.measures.trim() {
                                "" => self.measures().join("; "),
                                m => m.to_owned(),
                            },
                        ),
                    ],
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_cited_as_each_language_cites_them() {
        let p = policywright_project::examples::default_project();
        let data = policy_data(&p).unwrap();
        let sv = Gather {
            p: &p,
            data: &data,
            lang: Lang::SV,
        };
        assert_eq!(sv.cite("6(1)(b)"), "artikel 6.1 b");
        assert_eq!(sv.cite("46(2)(b) and 47"), "artikel 46.2 b och 47");
        assert_eq!(sv.cite("45(3)"), "artikel 45.3");
        let en = Gather {
            p: &p,
            data: &data,
            lang: Lang::EN,
        };
        assert_eq!(en.cite("9(2)(a)"), "Article 9(2)(a)");
    }
}
