//! A built-in clause's sentences in a project's own words. Each message of a clause's wording
//! (`locales/<lang>/wording/<clause>.ftl`) can be reworded for one project and language; the
//! clause's logic stays the program's, so a legal fix to it still reaches the policy, while the
//! lawyer's words stay. A rewording records the program's words it was written against: when
//! those change, `check` flags it.

use crate::lang::Lang;
use crate::project::diagnostics::Diagnostic;
use crate::project::{Project, Reworded};
use crate::render::{self, Renderer, CLAUSES};
use crate::wording::{self, Wording};
use serde::Serialize;

/// One message of a clause, as `policywright clause wording` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: String,
    /// The program's words.
    pub default: String,
    /// The words in effect for this project.
    pub text: String,
    pub reworded: bool,
    /// Reworded against words the program no longer has.
    pub stale: bool,
    /// The answers the message places (`{ $name }`), as the program's words use them.
    pub placeables: Vec<String>,
}

/// Why a rewording is refused; [`RewordError::message`] says it in a UI language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RewordError {
    #[error("no clause `{0}`")]
    UnknownClause(String),
    #[error("no message `{0}` in any clause's wording (`policywright clause wording FILE CLAUSE` lists them)")]
    UnknownMessage(String),
    #[error("the program's own words are not in effect for clause `{0}` in {1} (a house style or an override replaces it)")]
    NotBuiltIn(String, Lang),
    #[error("`{{ ${name} }}` is not an answer this sentence can show (it can show: {passes})")]
    UnknownPlaceable { name: String, passes: String },
    #[error("the words cannot be read: {0}")]
    Wording(String),
}

impl RewordError {
    /// The reason in a UI language.
    pub fn message(&self, lang: Lang) -> String {
        let shown;
        let (id, args): (&str, Vec<(&str, &str)>) = match self {
            RewordError::UnknownClause(c) => ("reword-unknown-clause", vec![("clause", c)]),
            RewordError::UnknownMessage(m) => ("reword-unknown-message", vec![("message", m)]),
            RewordError::NotBuiltIn(c, _) => ("reword-not-built-in", vec![("clause", c)]),
            RewordError::UnknownPlaceable { name, passes } => {
                shown = format!("{{ ${name} }}");
                (
                    "reword-unknown-placeable",
                    vec![("name", shown.as_str()), ("passes", passes)],
                )
            }
            RewordError::Wording(d) => ("reword-not-words", vec![("detail", d)]),
        };
        crate::i18n::message(lang, id, &args).unwrap_or_else(|_| self.to_string())
    }
}

/// The clause a message belongs to (its wording file), among the built-in clauses.
pub fn clause_of(renderer: &Renderer, message: &str, lang: Lang) -> Option<&'static str> {
    CLAUSES.iter().map(|c| c.id).find(|c| {
        renderer
            .builtin_wording(c, lang)
            .is_some_and(|w| w.has(message))
    })
}

/// Every message of a built-in clause in a language, in the order the clause uses them.
pub fn messages(
    renderer: &Renderer,
    project: &Project,
    clause: &str,
    lang: Lang,
) -> Result<Vec<Message>, RewordError> {
    if !render::is_builtin(clause) {
        return Err(RewordError::UnknownClause(clause.to_owned()));
    }
    let wording = renderer
        .builtin_wording(clause, lang)
        .ok_or_else(|| RewordError::NotBuiltIn(clause.to_owned(), lang))?;
    let mut ids = wording::referenced_ids(logic_of(clause), clause)
        .map_err(|e| RewordError::Wording(e.to_string()))?;
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    Ok(ids
        .into_iter()
        .filter_map(|id| {
            let default = wording.text(&id)?;
            let own = project.clauses.reworded(&id, lang);
            Some(Message {
                text: own.map_or_else(|| default.clone(), |r| r.text.clone()),
                reworded: own.is_some(),
                stale: own.is_some_and(|r| r.base != default),
                placeables: wording.args(&id).into_iter().map(str::to_owned).collect(),
                default,
                id,
            })
        })
        .collect())
}

/// The logic of a built-in clause.
fn logic_of(clause: &str) -> &'static str {
    render::builtin_logic()
        .into_iter()
        .find(|(c, _)| c == clause)
        .map_or("", |(_, l)| l)
}

/// Checks that words fit a message of a clause (they read as Fluent, and place only what
/// the clause passes); the program's wording with them in place.
fn fits(
    renderer: &Renderer,
    clause: &str,
    lang: Lang,
    message: &str,
    text: &str,
) -> Result<Wording, RewordError> {
    let mut wording = renderer
        .builtin_wording(clause, lang)
        .ok_or_else(|| RewordError::NotBuiltIn(clause.to_owned(), lang))?;
    wording
        .set(message, text)
        .map_err(|e| RewordError::Wording(e.detail))?;
    let passed = wording::passed_args(logic_of(clause), message).unwrap_or_default();
    if let Some(name) = wording
        .args(message)
        .into_iter()
        .find(|a| !passed.iter().any(|p| p == a))
    {
        let passes: Vec<String> = passed.iter().map(|p| format!("{{ ${p} }}")).collect();
        return Err(RewordError::UnknownPlaceable {
            name: name.to_owned(),
            passes: if passes.is_empty() {
                "–".to_owned()
            } else {
                passes.join(", ")
            },
        });
    }
    wording::expand(
        logic_of(clause),
        &wording,
        lang.code(),
        &format!("templates/{clause}.md"),
    )
    .map_err(|e| RewordError::Wording(e.detail))?;
    Ok(wording)
}

/// Stores a message in the project's words. The words must fit the clause: a placeable the
/// clause does not pass is refused with the reason. Returns the placeables the program's
/// words show and these leave out: worth a warning, since a lawyer may mean it.
pub fn reword(
    renderer: &Renderer,
    project: &mut Project,
    message: &str,
    lang: Lang,
    text: &str,
) -> Result<Vec<String>, RewordError> {
    let clause = clause_of(renderer, message, lang)
        .ok_or_else(|| RewordError::UnknownMessage(message.to_owned()))?;
    if project.clauses.override_of(clause, lang).is_some() {
        return Err(RewordError::NotBuiltIn(clause.to_owned(), lang));
    }
    let program = renderer
        .builtin_wording(clause, lang)
        .ok_or_else(|| RewordError::NotBuiltIn(clause.to_owned(), lang))?;
    let text = text.trim();
    let now = fits(renderer, clause, lang, message, text)?;
    let kept = now.args(message);
    let left_out = program
        .args(message)
        .into_iter()
        .filter(|a| !kept.contains(a))
        .map(str::to_owned)
        .collect();
    project
        .clauses
        .wording
        .retain(|w| !(w.message == message && w.lang == lang));
    project.clauses.wording.push(Reworded {
        message: message.to_owned(),
        lang,
        text: text.to_owned(),
        base: program.text(message).unwrap_or_default(),
    });
    Ok(left_out)
}

/// Removes a message's rewording; false when it had none.
pub fn reset(project: &mut Project, message: &str, lang: Lang) -> bool {
    let before = project.clauses.wording.len();
    project
        .clauses
        .wording
        .retain(|w| !(w.message == message && w.lang == lang));
    project.clauses.wording.len() != before
}

/// The project's reworded messages checked against the program's wording: an unknown message
/// or words that do not fit the clause (error), words written against the program's earlier
/// words (warning).
pub fn check(renderer: &Renderer, project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, w) in project.clauses.wording.iter().enumerate() {
        let path = format!("clauses.wording[{i}]");
        let Some(clause) = clause_of(renderer, &w.message, w.lang) else {
            out.push(
                Diagnostic::error("wording-unknown", format!("{path}.message"))
                    .arg("message", w.message.clone()),
            );
            continue;
        };
        if let Err(e) = fits(renderer, clause, w.lang, &w.message, &w.text) {
            out.push(
                Diagnostic::error("wording-invalid", format!("{path}.text"))
                    .arg("message", w.message.clone())
                    .arg("detail", e.to_string()),
            );
        }
        let program: Option<Wording> = renderer.builtin_wording(clause, w.lang);
        if program
            .and_then(|p| p.text(&w.message))
            .is_some_and(|d| d != w.base)
        {
            out.push(
                Diagnostic::warning("wording-stale", format!("{path}.base"))
                    .arg("message", w.message.clone())
                    .arg("lang", w.lang.code()),
            );
        }
    }
    out
}
