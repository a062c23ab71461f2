//! Fluent messages from locales/<lang>/*.ftl, embedded in the binary: UI labels and help,
//! catalogue names, diagnostics and the few labels the documents use. A missing message is an
//! error, never a silent fallback, when rendering a document.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

static LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{lang}: no message `{id}`")]
    Missing { lang: Lang, id: String },
    #[error("locales/{lang}: message `{id}`: {detail}")]
    Format {
        lang: Lang,
        id: String,
        detail: String,
    },
}

/// A problem in an embedded .ftl file (a parse error makes Fluent skip the entry as junk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    pub file: String,
    pub detail: String,
}

struct Locale {
    bundle: FluentBundle<FluentResource>,
    /// Message ids in file order, for listing.
    ids: Vec<String>,
    problems: Vec<LocaleProblem>,
}

fn load(lang: Lang) -> Locale {
    let langid = lang.tag().parse().expect("a language's tag is BCP 47");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) around arguments would end up in the documents.
    bundle.set_use_isolating(false);
    let mut ids = Vec::new();
    let mut problems = Vec::new();
    // A pseudo-language is made from its base language's messages (see `pseudo_text`).
    let source_lang = lang.pseudo_base().unwrap_or(lang);
    let mut files: Vec<_> = LOCALES
        .get_dir(source_lang.code())
        .map(|d| d.files().collect())
        .unwrap_or_default();
    files.sort_by_key(|f| f.path());
    for file in files {
        if file.path().extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let name = format!("locales/{}", file.path().display());
        let source = file.contents_utf8().unwrap_or_default().to_owned();
        let resource = match FluentResource::try_new(source) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(LocaleProblem {
                        file: name.clone(),
                        detail: format!("{e:?}"),
                    });
                }
                r
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(LocaleProblem {
                    file: name.clone(),
                    detail: format!("{e:?}"),
                });
            }
        }
    }
    Locale {
        bundle,
        ids,
        problems,
    }
}

fn locale(lang: Lang) -> &'static Locale {
    static LOADED: OnceLock<Vec<OnceLock<Locale>>> = OnceLock::new();
    let all = LOADED.get_or_init(|| Lang::all().iter().map(|_| OnceLock::new()).collect());
    all[lang.index()].get_or_init(|| load(lang))
}

/// Every language descriptor, `(file, text)`: `locales/<code>/language.toml`.
pub fn language_descriptors() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = LOCALES
        .dirs()
        .filter_map(|d| {
            let f = d.get_file(d.path().join("language.toml"))?;
            Some((
                format!("locales/{}", f.path().display()),
                f.contents_utf8()?,
            ))
        })
        .collect();
    out.sort();
    out
}

/// A pseudo-language's text: letters accented, so that text not from the messages stands
/// out. Web addresses and `{ $placeholders }` are kept as they are.
pub fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut keep_until: Option<char> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if keep_until.is_none() {
            if c == '{' {
                keep_until = Some('}');
            } else if ["http://", "https://", "mailto:", "www."]
                .iter()
                .any(|p| rest.starts_with(p))
            {
                keep_until = Some(' ');
            }
        }
        let kept = keep_until.is_some();
        if keep_until == Some(c) || (keep_until == Some(' ') && (c == ')' || c.is_whitespace())) {
            keep_until = None;
        }
        out.push(if kept { c } else { accent(c) });
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'O' => 'Ö',
        c => c,
    }
}

/// Formats a message (or `id.attribute`) with string arguments.
pub fn message(lang: Lang, id: &str, args: &[(&str, &str)]) -> Result<String, I18nError> {
    let loc = locale(lang);
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let missing = || I18nError::Missing {
        lang,
        id: id.to_owned(),
    };
    let msg = loc.bundle.get_message(msg_id).ok_or_else(missing)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a).map(|a| a.value()),
        None => msg.value(),
    }
    .ok_or_else(missing)?;
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, FluentValue::from(*v));
    }
    let mut errors = Vec::new();
    let text = loc
        .bundle
        .format_pattern(pattern, Some(&fargs), &mut errors);
    if let Some(e) = errors.first() {
        return Err(I18nError::Format {
            lang,
            id: id.to_owned(),
            detail: format!("{e:?}"),
        });
    }
    Ok(in_language(lang, text.into_owned()))
}

/// A formatted message as the language writes it (accented for a pseudo-language).
fn in_language(lang: Lang, text: String) -> String {
    if lang.pseudo_base().is_some() {
        pseudo_text(&text)
    } else {
        text
    }
}

/// Formats a message with one numeric argument, so that Fluent plural rules apply.
pub fn message_with_number(lang: Lang, id: &str, name: &str, n: u32) -> Result<String, I18nError> {
    let loc = locale(lang);
    let missing = || I18nError::Missing {
        lang,
        id: id.to_owned(),
    };
    let pattern = loc
        .bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(missing)?;
    let mut args = FluentArgs::new();
    args.set(name.to_owned(), FluentValue::from(n));
    let mut errors = Vec::new();
    let text = loc.bundle.format_pattern(pattern, Some(&args), &mut errors);
    match errors.first() {
        Some(e) => Err(I18nError::Format {
            lang,
            id: id.to_owned(),
            detail: format!("{e:?}"),
        }),
        None => Ok(in_language(lang, text.into_owned())),
    }
}

/// Whether a message (or `id.attribute`) exists.
pub fn has(lang: Lang, id: &str) -> bool {
    let loc = locale(lang);
    match id.split_once('.') {
        Some((m, a)) => loc
            .bundle
            .get_message(m)
            .is_some_and(|m| m.get_attribute(a).is_some()),
        None => loc
            .bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some()),
    }
}

/// The wording of a clause in a language, `locales/<lang>/wording/<clause>.ftl` (the clause's
/// logic is `templates/<clause>.md`; see `policywright_document::wording`).
pub fn clause_wording(lang: Lang, clause: &str) -> Option<&'static str> {
    LOCALES
        .get_file(format!("{}/wording/{clause}.ftl", lang.code()))
        .and_then(|f| f.contents_utf8())
}

/// The name of a catalogue entry, message `<kind>-<id>`, from a table built once per
/// language (the preview asks for dozens of names on every keystroke).
pub fn catalogue_name(lang: Lang, kind: &str, id: &str) -> Option<String> {
    // Statutes are legal facts: their names live in data/legal.toml with their sources.
    if kind == crate::catalog::kind::LAW {
        return crate::legal::facts()
            .statute(id)
            .map(|s| s.get(lang).to_owned());
    }
    // Languages are named by their descriptors (locales/<code>/language.toml).
    if kind == crate::catalog::kind::LANGUAGE {
        return Lang::from_code(id).map(|l| l.name_in(lang).to_owned());
    }
    static NAMES: OnceLock<Vec<OnceLock<HashMap<String, String>>>> = OnceLock::new();
    let cells = NAMES.get_or_init(|| Lang::all().iter().map(|_| OnceLock::new()).collect());
    let names = cells[lang.index()].get_or_init(|| {
        message_ids(lang)
            .iter()
            .filter_map(|id| Some((id.clone(), message(lang, id, &[]).ok()?)))
            .collect()
    });
    let mut key = String::with_capacity(kind.len() + id.len() + 1);
    key.push_str(kind);
    key.push('-');
    key.push_str(id);
    names.get(&key).cloned()
}

/// The name of a catalogue entry; every catalogue id has one in both languages (a test
/// checks), so the id itself is only a last resort for an unknown id, never a panic.
pub fn name(lang: Lang, kind: &str, id: &str) -> String {
    catalogue_name(lang, kind, id).unwrap_or_else(|| id.to_owned())
}

/// Every message and attribute of a language for the app, with variables left as `{ $name }`
/// for the UI to fill.
pub fn ui_messages(lang: Lang) -> BTreeMap<String, String> {
    let loc = locale(lang);
    let mut out = BTreeMap::new();
    for id in &loc.ids {
        let Some(msg) = loc.bundle.get_message(id) else {
            continue;
        };
        let mut errors = Vec::new();
        if let Some(p) = msg.value() {
            let text = loc.bundle.format_pattern(p, None, &mut errors);
            out.insert(id.clone(), in_language(lang, restore_placeholders(&text)));
        }
        for attr in msg.attributes() {
            let text = loc.bundle.format_pattern(attr.value(), None, &mut errors);
            out.insert(
                format!("{id}.{}", attr.id()),
                in_language(lang, restore_placeholders(&text)),
            );
        }
    }
    out
}

/// Fluent writes an unresolved variable as `{$name}`; the UI fills `{ $name }`.
fn restore_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find("{$") {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str("{ ");
        out.push_str(&rest[start + 1..start + len]);
        out.push_str(" }");
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Every message id of a language, in file order.
pub fn message_ids(lang: Lang) -> &'static [String] {
    &locale(lang).ids
}

/// Parse problems in the embedded .ftl files of a language (empty when all is well).
pub fn problems(lang: Lang) -> &'static [LocaleProblem] {
    &locale(lang).problems
}

/// "15 januari 2026" / "15 January 2026" from "2026-01-15"; None if not a valid date.
pub fn long_date(lang: Lang, iso: &str) -> Option<String> {
    let (y, m, d) = crate::date::parse_date(iso)?;
    let month = message(lang, &format!("month-{m}"), &[]).ok()?;
    Some(format!("{d} {month} {y}"))
}
