//! Publishing: recording a version of the policy, with its number, date and rendered text in
//! each language, in the project's `history`; and finding the text of any recorded version (or
//! of the draft) for comparisons. A refusal changes nothing: `publish` returns a new project
//! and the caller saves it only on success.

use crate::date::parse_date;
use crate::document::render::{RenderError, Renderer};
use crate::i18n;
use crate::lang::Lang;
use crate::project::{Project, Published, Text};
use serde::Serialize;
use std::borrow::Cow;

/// The word that names the unpublished draft wherever a version is asked for.
pub const DRAFT: &str = "draft";

/// How a version is named where two are compared, in `lang`: "Utkast" / "Draft" for the
/// draft, otherwise "Version 2.1". One rule for the CLI's change notice and the app's view.
pub fn version_label(version: &str, lang: Lang) -> String {
    let v = version.trim();
    let label = if v == DRAFT {
        i18n::message(lang, "version-draft", &[])
    } else {
        i18n::message(lang, "version-label", &[("version", v)])
    };
    label.unwrap_or_else(|_| v.to_owned())
}

/// What is said once a version is published ("publish-done"), in `lang`: its number, date and
/// the languages recorded, joined as the language joins a list. One wording for the CLI and
/// the app.
pub fn published_message(entry: &Published, lang: Lang) -> String {
    let msg = |id: &str, args: &[(&str, &str)]| {
        i18n::message(lang, id, args).unwrap_or_else(|_| id.to_owned())
    };
    let names: Vec<String> = entry
        .languages()
        .iter()
        .map(|l| l.name_in(lang).to_owned())
        .collect();
    let and = format!(" {} ", msg("list-and", &[]));
    let languages = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => names.join(""),
    };
    msg(
        "publish-done",
        &[
            ("version", &entry.version),
            ("date", &entry.date),
            ("languages", &languages),
        ],
    )
}

/// Why a version was not published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Refusal {
    /// The project has validation errors.
    Errors { count: usize },
    /// No version number given and none in `policy.version`.
    NoVersion,
    /// The number is in the history already.
    AlreadyPublished { version: String, date: String },
    /// The date is not a date.
    BadDate { date: String },
    /// Earlier than the last published version's date.
    DateBeforeLast {
        date: String,
        last_version: String,
        last_date: String,
    },
}

impl Refusal {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args): (&str, Vec<(&str, &str)>) = match self {
            Refusal::Errors { count } => {
                return i18n::message_with_number(
                    lang,
                    "publish-refused-errors",
                    "count",
                    *count as u32,
                )
                .unwrap_or_else(|_| format!("{count} error(s)"))
            }
            Refusal::NoVersion => ("publish-refused-no-version", vec![]),
            Refusal::AlreadyPublished { version, date } => (
                "publish-refused-already-published",
                vec![("version", version.as_str()), ("date", date.as_str())],
            ),
            Refusal::BadDate { date } => {
                ("publish-refused-bad-date", vec![("date", date.as_str())])
            }
            Refusal::DateBeforeLast {
                date,
                last_version,
                last_date,
            } => (
                "publish-refused-date-before-last",
                vec![
                    ("date", date.as_str()),
                    ("version", last_version.as_str()),
                    ("last", last_date.as_str()),
                ],
            ),
        };
        i18n::message(lang, id, &args).unwrap_or_else(|_| id.to_owned())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{}", .0.message(Lang::EN))]
    Refused(Refusal),
    #[error(transparent)]
    Render(#[from] RenderError),
}

/// What a new version is: its number, the date it applies from and the summary of what
/// changed, each the policy's own when not given.
#[derive(Debug, Clone, Default)]
pub struct Publication<'a> {
    pub version: Option<&'a str>,
    pub date: Option<&'a str>,
    /// Per language; a language not given keeps the draft's summary.
    pub summary: Option<&'a Text>,
}

/// The project with one more version in its history: number, date and summary as given, or the
/// policy's own. The policy's number and effective date become those of the published version
/// (the document says which version it is), and the change summary moves into the version's
/// entry.
pub fn publish(
    renderer: &Renderer,
    project: &Project,
    what: &Publication<'_>,
) -> Result<Project, PublishError> {
    let (version, date) = (what.version, what.date);
    let refuse = |r| Err(PublishError::Refused(r));
    let version = version.unwrap_or(&project.policy.version).trim().to_owned();
    let date = date
        .unwrap_or(&project.policy.effective_date)
        .trim()
        .to_owned();
    if version.is_empty() {
        return refuse(Refusal::NoVersion);
    }
    if let Some(h) = project.history.iter().find(|h| h.version.trim() == version) {
        return refuse(Refusal::AlreadyPublished {
            version,
            date: h.date.clone(),
        });
    }
    let Some(day) = parse_date(&date) else {
        return refuse(Refusal::BadDate { date });
    };
    if let Some(last) = project.history.last() {
        if parse_date(&last.date).is_some_and(|l| day < l) {
            return refuse(Refusal::DateBeforeLast {
                date,
                last_version: last.version.clone(),
                last_date: last.date.clone(),
            });
        }
    }
    let mut next = project.clone();
    next.policy.version = version.clone();
    next.policy.effective_date = date.clone();
    for (lang, text) in what
        .summary
        .map(|s| s.iter().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        next.policy.change_summary.set(lang, text.trim());
    }
    let errors = crate::document::clauses::check_without_templates(&next)
        .iter()
        .filter(|d| d.is_error())
        .count();
    if errors > 0 {
        return refuse(Refusal::Errors { count: errors });
    }
    let mut markdown = Text::default();
    for lang in next.languages() {
        let md = renderer.markdown(&next, lang)?;
        markdown.set(lang, &md);
    }
    let summary = std::mem::take(&mut next.policy.change_summary);
    next.history.push(Published {
        version,
        date,
        summary,
        markdown,
    });
    Ok(next)
}

/// The headings of the sections whose text changed since the last published version, per
/// published language (every section when nothing is published yet), as the publish dialog
/// shows them before it asks what changed.
pub fn changed_since_last(
    renderer: &Renderer,
    project: &Project,
) -> Result<Vec<(Lang, Vec<String>)>, RenderError> {
    let last = project.history.last();
    let mut out = Vec::new();
    for lang in project.languages() {
        let now = renderer.markdown(project, lang)?;
        let before = last.map(|h| h.markdown.get(lang)).unwrap_or_default();
        out.push((
            lang,
            crate::document::context::changed_sections(before, &now),
        ));
    }
    Ok(out)
}

/// A recorded version as the history lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VersionInfo {
    pub version: String,
    pub date: String,
    /// The languages whose text was recorded (none for a version from an old change log).
    pub languages: Vec<Lang>,
    pub summary: Text,
}

/// The history, oldest first.
pub fn history(project: &Project) -> Vec<VersionInfo> {
    project
        .history
        .iter()
        .map(|h| VersionInfo {
            version: h.version.clone(),
            date: h.date.clone(),
            languages: h.languages(),
            summary: h.summary.clone(),
        })
        .collect()
}

/// Why a version's text cannot be given.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("version {0} is not in the history")]
    Unknown(String),
    #[error("version {version} has no recorded text in {lang}")]
    NotRecorded { version: String, lang: Lang },
    #[error(transparent)]
    Render(#[from] RenderError),
}

impl TextError {
    /// The message in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let r = match self {
            TextError::Unknown(v) => i18n::message(lang, "version-unknown", &[("version", v)]),
            TextError::NotRecorded { version, lang: l } => {
                let language = l.name_in(lang).to_owned();
                i18n::message(
                    lang,
                    "version-not-recorded",
                    &[("version", version), ("language", &language)],
                )
            }
            TextError::Render(e) => return e.to_string(),
        };
        r.unwrap_or_else(|_| self.to_string())
    }
}

/// The text of a recorded version, or of the draft (`"draft"`) rendered now, in one language.
pub fn version_text<'p>(
    renderer: &Renderer,
    project: &'p Project,
    version: &str,
    lang: Lang,
) -> Result<Cow<'p, str>, TextError> {
    let version = version.trim();
    if version == DRAFT {
        return Ok(Cow::Owned(renderer.markdown(project, lang)?));
    }
    let h = project
        .history
        .iter()
        .find(|h| h.version.trim() == version)
        .ok_or_else(|| TextError::Unknown(version.to_owned()))?;
    let md = h.markdown.get(lang);
    if md.is_empty() {
        return Err(TextError::NotRecorded {
            version: version.to_owned(),
            lang,
        });
    }
    Ok(Cow::Borrowed(md))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_message_names_the_version_date_and_languages_in_each_language() {
        let mut entry = Published {
            version: "2.1".into(),
            date: "2026-09-01".into(),
            ..Published::default()
        };
        entry.markdown = policywright_project::Text::new("# Integritetspolicy", "# Privacy policy");
        assert_eq!(
            published_message(&entry, Lang::EN),
            "Published version 2.1, effective from 2026-09-01, in Swedish and English."
        );
        assert_eq!(
            published_message(&entry, Lang::SV),
            "Version 2.1 är publicerad och gäller från 2026-09-01, på svenska och engelska."
        );
        entry.markdown.set(Lang::SV, "");
        assert!(published_message(&entry, Lang::EN).ends_with(", in English."));
    }
}
