//! The languages a policy can be published in. A language is data: its messages
//! (`locales/<code>/*.ftl`, its clause wording in `locales/<code>/wording/`) and a descriptor,
//! `locales/<code>/language.toml`, with what the program needs to know besides the words
//! (its name, hyphenation, the readability formula, how articles are cited, ...). No code
//! outside this module decides anything by a language's code.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

/// How hard a text is to read is measured by a formula made for the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Formula {
    /// Björnsson's läsbarhetsindex: words per sentence + 100 × long words per word. Higher is
    /// harder.
    Lix,
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    /// Lower is harder.
    Flesch,
}

impl Formula {
    /// Its id in message ids (`memo-readability-intro-lix`).
    pub fn id(self) -> &'static str {
        match self {
            Formula::Lix => "lix",
            Formula::Flesch => "flesch",
        }
    }

    /// Its name in the memo and the lint.
    pub fn name(self) -> &'static str {
        match self {
            Formula::Lix => "LIX",
            Formula::Flesch => "Flesch",
        }
    }

    /// Whether a score is past the limit: harder to read than a policy should be.
    pub fn is_hard(self, value: f64, limit: f64) -> bool {
        match self {
            Formula::Lix => value > limit,
            Formula::Flesch => value < limit,
        }
    }
}

/// The readability formula and where a text becomes hard to read.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Readability {
    pub formula: Formula,
    pub limit: f64,
}

/// How an article of the GDPR is cited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Articles {
    /// "artikel 13.1 a"
    Dotted,
    /// "Article 13(1)(a)"
    Parenthesised,
}

/// The words the lint looks for, and the language's quotation marks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintWords {
    /// Words that show the policy tells how to withdraw consent.
    pub withdraw: Vec<String>,
    /// Words for a child's guardians.
    pub guardians: Vec<String>,
    /// Opening and closing quotation marks.
    pub quotes: [String; 2],
}

/// A language's descriptor, `locales/<code>/language.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The code in project files, file names and folders ("sv").
    pub code: String,
    /// The BCP 47 tag written into HTML `lang` and PDF `/Lang` ("sv-SE").
    pub tag: String,
    /// Documents and lists of languages follow this order.
    pub order: u32,
    /// The PDF's hyphenation dictionary ("sv", "en-gb"), or "" for none.
    pub hyphenation: String,
    /// Countries whose addresses need no country name for a reader of this language.
    pub home_countries: Vec<String>,
    pub articles: Articles,
    /// The decimal separator of printed numbers.
    pub decimal: String,
    /// The language's name in each UI language, by code.
    pub names: BTreeMap<String, String>,
    pub readability: Readability,
    pub lint: LintWords,
    /// For a pseudo-language: the language whose messages it is made from.
    #[serde(skip)]
    pub pseudo_of: Option<String>,
}

/// The code of the pseudo-language made from English when `POLICYWRIGHT_PSEUDO_LANGUAGE` is
/// set: every message accented and bracketed, to show text that is not in the messages.
pub const PSEUDO: &str = "en-xa";

/// Every language the program has, in order.
fn registry() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let mut all: Vec<Language> = crate::i18n::language_descriptors()
            .into_iter()
            .map(|(file, text)| toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}")))
            .collect();
        all.sort_by_key(|l| l.order);
        if std::env::var_os("POLICYWRIGHT_PSEUDO_LANGUAGE").is_some() {
            all.push(pseudo_of(&all, "en"));
        }
        assert!(all.len() < u8::MAX as usize, "too many languages");
        all
    })
}

/// A pseudo-language built on `base`: its rules, its own code and tag.
fn pseudo_of(all: &[Language], base: &str) -> Language {
    let mut p = all
        .iter()
        .find(|l| l.code == base)
        .expect("the pseudo-language's base is a language")
        .clone();
    p.names = p
        .names
        .keys()
        .map(|k| (k.clone(), "Pseudo".to_owned()))
        .collect();
    p.code = PSEUDO.to_owned();
    p.tag = "en-XA".to_owned();
    p.order = u32::MAX;
    p.pseudo_of = Some(base.to_owned());
    p
}

/// What the app needs to know of a language: its code, its tag and its names.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageInfo {
    pub code: &'static str,
    /// BCP 47, for dates and `lang` attributes.
    pub tag: &'static str,
    /// Its name in each UI language, by code (the UI capitalises it where it stands alone).
    pub names: BTreeMap<&'static str, &'static str>,
}

/// A language the program has: a small handle to its [`Language`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// Swedish, the first language (a default of new projects and of the UI).
    pub const SV: Lang = Lang(0);
    /// English, the second language.
    pub const EN: Lang = Lang(1);

    /// Every language, in order.
    pub fn all() -> Vec<Lang> {
        (0..registry().len() as u8).map(Lang).collect()
    }

    /// The language with this code, if the program has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        registry()
            .iter()
            .position(|l| l.code == code)
            .map(|i| Lang(i as u8))
    }

    /// Its place in [`Lang::all`], for tables kept per language.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// Its descriptor.
    pub fn language(self) -> &'static Language {
        &registry()[self.0 as usize]
    }

    /// The short code used in file names, template folders and locale folders.
    pub fn code(self) -> &'static str {
        &self.language().code
    }

    /// The BCP 47 tag written into HTML `lang` and PDF `/Lang`.
    pub fn tag(self) -> &'static str {
        &self.language().tag
    }

    /// The language's name in a UI language ("engelska"), or its code.
    pub fn name_in(self, ui: Lang) -> &'static str {
        self.language()
            .names
            .get(ui.code())
            .or_else(|| {
                let base = ui.language().pseudo_of.as_deref()?;
                self.language().names.get(base)
            })
            .map_or(self.code(), String::as_str)
    }

    /// Its code, tag and names, for the app.
    pub fn info(self) -> LanguageInfo {
        LanguageInfo {
            code: self.code(),
            tag: self.tag(),
            names: Lang::all()
                .into_iter()
                .map(|ui| (ui.code(), self.name_in(ui)))
                .collect(),
        }
    }

    /// The language whose messages a pseudo-language is made from.
    pub fn pseudo_base(self) -> Option<Lang> {
        self.language()
            .pseudo_of
            .as_deref()
            .and_then(Lang::from_code)
    }

    /// A message argument named for this language ("what-sv"), for a message whose languages
    /// each read their own text. Made once per name and language.
    pub fn arg(self, prefix: &str) -> &'static str {
        static NAMES: std::sync::Mutex<BTreeMap<String, &'static str>> =
            std::sync::Mutex::new(BTreeMap::new());
        let name = format!("{prefix}-{}", self.code());
        let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
        names
            .entry(name.clone())
            .or_insert_with(|| Box::leak(name.into_boxed_str()))
    }

    /// Article references as the language cites them: "13(1)(a), 14(1)(a)" as written, or
    /// dotted, "13.1 a, 14.1 a"; " and " becomes the language's `list-and`.
    pub fn cite_articles(self, articles: &str) -> String {
        if self.language().articles == Articles::Parenthesised {
            return articles.to_owned();
        }
        let and = crate::i18n::message(self, "list-and", &[]).unwrap_or_else(|_| "and".into());
        let mut out = String::new();
        let mut rest = articles.replace(" and ", &format!(" {and} "));
        while let Some(open) = rest.find('(') {
            let close = rest[open..].find(')').map_or(rest.len(), |c| open + c);
            let inner = rest[open + 1..close].to_owned();
            let numbered = inner.chars().all(|c| c.is_ascii_digit());
            out.push_str(&rest[..open]);
            if numbered {
                out.push('.');
            } else if !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(&inner);
            rest = rest[(close + 1).min(rest.len())..].to_owned();
        }
        out.push_str(&rest);
        out
    }

    /// A number with one decimal as the language writes it ("3,5", "−2.0").
    pub fn decimal(self, v: f64) -> String {
        format!("{v:.1}")
            .replace('.', &self.language().decimal)
            .replace('-', "−")
    }

    /// The codes the program has, for messages: "`sv` or `en`".
    pub fn expected() -> String {
        let codes: Vec<String> = Lang::all().iter().map(|l| format!("`{l}`")).collect();
        match codes.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => codes.join(""),
        }
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s)
            .ok_or_else(|| format!("unknown language `{s}` (expected {})", Lang::expected()))
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_two_languages_are_swedish_and_english() {
        assert_eq!(Lang::SV.code(), "sv");
        assert_eq!(Lang::EN.code(), "en");
        assert_eq!(Lang::SV.tag(), "sv-SE");
        assert_eq!(Lang::EN.name_in(Lang::SV), "engelska");
        assert_eq!(
            "de".parse::<Lang>().unwrap_err(),
            "unknown language `de` (expected `sv` or `en`)"
        );
    }

    #[test]
    fn articles_and_numbers_are_written_as_each_language_writes_them() {
        assert_eq!(
            Lang::SV.cite_articles("13(1)(a), 14(1)(a)"),
            "13.1 a, 14.1 a"
        );
        assert_eq!(Lang::SV.cite_articles("13(3), 14(4)"), "13.3, 14.4");
        assert_eq!(Lang::SV.cite_articles("6(1)(b) and (f)"), "6.1 b och f");
        assert_eq!(
            Lang::EN.cite_articles("13(1)(a), 14(1)(a)"),
            "13(1)(a), 14(1)(a)"
        );
        assert_eq!(Lang::SV.decimal(-3.25), "−3,2");
        assert_eq!(Lang::EN.decimal(41.0), "41.0");
        assert_eq!(Lang::SV.arg("what"), "what-sv");
    }

    #[test]
    fn every_language_is_named_in_every_language() {
        for l in Lang::all() {
            for ui in Lang::all() {
                assert_ne!(l.name_in(ui), l.code(), "{l} has no name in {ui}");
            }
        }
    }
}
