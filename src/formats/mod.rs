//! The output formats, one module each, and the one registry every face reads: `render
//! --format`, the app's export list and the file names all come from [`FORMATS`], so a new
//! format is a new module here (and its `app-format-<id>` labels in locales/*/ui.ftl).

mod consent;
mod fragment;
mod html;
mod json;
mod markdown;
mod pdf;

use crate::export::ExportError;
use crate::lang::Lang;
use crate::project::Project;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// One output file's bytes, with warnings about them (a character the PDF's fonts lack).
pub type Made = Result<(Vec<u8>, Vec<String>), ExportError>;

/// What a format is and how it is made.
pub struct FormatSpec {
    /// Its name where formats are named: `--format md`, the app's export list, and the
    /// `app-format-<id>` labels.
    pub id: &'static str,
    /// Other names `--format` accepts ("markdown").
    pub aliases: &'static [&'static str],
    /// What follows `policy.<lang>.` in the file name: "md", "fragment.html".
    pub extension: &'static str,
    /// Ticked when the app's export dialog opens.
    pub chosen_by_default: bool,
    pub make: Maker,
}

/// The files of a folder format (paths inside the folder), with warnings about them.
pub type FolderMade = Result<(Vec<(String, Vec<u8>)>, Vec<String>), ExportError>;

/// How a format's files are made.
#[derive(Clone, Copy)]
pub enum Maker {
    /// A file per language (`policy.sv.pdf`): its bytes from that language's Markdown.
    PerLanguage(fn(&Project, Lang, &str) -> Made),
    /// One file with every language in it (`policy.json`): its bytes from the answers.
    Whole(fn(&Project) -> Made),
    /// A folder of files with every language in them (`consent/`, the cookie banner): from the
    /// answers and each published language's Markdown.
    Folder(fn(&Project, &[(Lang, &str)]) -> FolderMade),
}

/// Every format, in the order the app lists them.
pub const FORMATS: &[&FormatSpec] = &[
    &html::FORMAT,
    &fragment::FORMAT,
    &markdown::FORMAT,
    &pdf::FORMAT,
    &json::FORMAT,
    &consent::FORMAT,
];

/// An output format: one of [`FORMATS`].
#[derive(Clone, Copy)]
pub struct Format(&'static FormatSpec);

impl Format {
    /// Markdown, the source of all the others.
    pub const MD: Format = Format(&markdown::FORMAT);
    /// A standalone HTML page.
    pub const HTML: Format = Format(&html::FORMAT);
    /// An HTML fragment to paste into an existing page.
    pub const FRAGMENT: Format = Format(&fragment::FORMAT);
    /// A print-ready A4 PDF, tagged.
    pub const PDF: Format = Format(&pdf::FORMAT);
    /// The policy's facts as data, every language in one file.
    pub const JSON: Format = Format(&json::FORMAT);
    /// The website's cookie banner: a folder.
    pub const CONSENT: Format = Format(&consent::FORMAT);

    /// Every format, in the registry's order.
    pub fn all() -> impl Iterator<Item = Format> {
        FORMATS.iter().map(|spec| Format(spec))
    }

    pub fn id(self) -> &'static str {
        self.0.id
    }

    pub fn spec(self) -> &'static FormatSpec {
        self.0
    }

    pub fn maker(self) -> Maker {
        self.0.make
    }

    /// Made from the answers rather than a language's text: a published version, which keeps
    /// only its text, cannot be exported in it.
    pub fn from_answers(self) -> bool {
        !matches!(self.0.make, Maker::PerLanguage(_))
    }

    /// The file's bytes from one language's Markdown (a file per language) or from the answers
    /// (one file), with warnings about them; a folder format is made by [`Maker::Folder`].
    pub fn make(self, project: &Project, lang: Lang, markdown: &str) -> Made {
        match self.0.make {
            Maker::PerLanguage(make) => make(project, lang, markdown),
            Maker::Whole(make) => make(project),
            Maker::Folder(_) => unreachable!("a folder format is made with its files"),
        }
    }

    /// The file name for one language: `policy.sv.md`, `policy.en.fragment.html`, ...; the
    /// same for every language for a format with one file (`policy.json`) and a folder's name
    /// for a folder format (`consent`).
    pub fn file_name(self, lang: Lang) -> String {
        match self.0.make {
            Maker::PerLanguage(_) => format!("policy.{}.{}", lang.code(), self.0.extension),
            Maker::Whole(_) => format!("policy.{}", self.0.extension),
            Maker::Folder(_) => self.0.extension.to_owned(),
        }
    }

    /// The file name with the policy's version in it when asked: `policy-2.1.sv.pdf`.
    pub fn versioned_file_name(self, lang: Lang, version: Option<&str>) -> String {
        let plain = self.file_name(lang);
        match version.map(str::trim).filter(|v| !v.is_empty()) {
            // A version is free text: anything but letters, digits, '.' and '_' becomes '-', so
            // the name is safe in every file system.
            Some(v) => {
                let safe: String = v
                    .chars()
                    .map(|c| {
                        if c.is_alphanumeric() || c == '.' || c == '_' {
                            c
                        } else {
                            '-'
                        }
                    })
                    .collect();
                plain.replacen("policy.", &format!("policy-{safe}."), 1)
            }
            None => plain,
        }
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Format) -> bool {
        self.id() == other.id()
    }
}

impl Eq for Format {}

impl std::hash::Hash for Format {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id().hash(state);
    }
}

impl fmt::Debug for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Format::all()
            .find(|f| f.id() == s || f.0.aliases.contains(&s))
            .ok_or_else(|| {
                let ids: Vec<&str> = Format::all().map(Format::id).collect();
                let (last, rest) = ids.split_last().expect("formats exist");
                format!(
                    "unknown format `{s}` (expected {} or {last})",
                    rest.join(", ")
                )
            })
    }
}

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Format, D::Error> {
        let id = String::deserialize(deserializer)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}

/// What the app's export dialog lists for a format.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormatInfo {
    pub id: &'static str,
    pub chosen_by_default: bool,
    /// Made from the answers (`policy.json`, the cookie banner): not offered for a recorded
    /// version.
    pub from_answers: bool,
}

/// The formats the app offers, in order.
pub fn offered() -> Vec<FormatInfo> {
    FORMATS
        .iter()
        .map(|f| FormatInfo {
            id: f.id,
            chosen_by_default: f.chosen_by_default,
            from_answers: !matches!(f.make, Maker::PerLanguage(_)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_named_once_labelled_in_every_language_and_read_back_by_its_name() {
        let ids: Vec<&str> = Format::all().map(Format::id).collect();
        assert_eq!(ids, ["html", "fragment", "md", "pdf", "json", "consent"]);
        let mut names: Vec<String> = Format::all().map(|f| f.file_name(Lang::SV)).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), FORMATS.len(), "one file name per format");
        assert_eq!(Format::JSON.file_name(Lang::EN), "policy.json");
        assert_eq!(
            Format::JSON.versioned_file_name(Lang::SV, Some("2.0")),
            "policy-2.0.json"
        );
        for f in Format::all() {
            assert_eq!(f.id().parse::<Format>(), Ok(f));
            for lang in Lang::all() {
                for id in [
                    format!("app-format-{}", f.id()),
                    format!("app-format-{}-help", f.id()),
                ] {
                    assert!(crate::i18n::message(lang, &id, &[]).is_ok(), "{lang}: {id}");
                }
            }
        }
        assert_eq!("markdown".parse::<Format>(), Ok(Format::MD));
        assert_eq!(
            "docx".parse::<Format>(),
            Err(
                "unknown format `docx` (expected html, fragment, md, pdf, json or consent)"
                    .to_owned()
            )
        );
        let chosen: Vec<&str> = offered()
            .iter()
            .filter(|f| f.chosen_by_default)
            .map(|f| f.id)
            .collect();
        assert_eq!(chosen, ["html"]);
    }
}
