//! A project's own clause texts: overrides of the built-in (or house-style) clauses per
//! language, and custom clauses at a place of their own. Their order in the document, the
//! Art. 13/14 items each covers, whether an override is stale (the default it was written
//! against has changed), the three-way merge that brings it up to date, and the checks and
//! edits the CLI and the app share. See docs/clauses.md.

use crate::context::Context;
use crate::coverage;
use crate::lang::Lang;
use crate::project::diagnostics::Diagnostic;
use crate::project::{ClauseOverride, CustomClause, Project, Text};
use crate::render::{is_builtin, Clause, ClauseFailure, Renderer, Source, CLAUSES};
use crate::sandbox::ClauseProblem;
use serde::Serialize;

/// One clause of a project's document: built-in or custom.
#[derive(Clone, Copy)]
pub enum Entry<'p> {
    BuiltIn(&'static Clause),
    Custom(&'p CustomClause),
}

impl Entry<'_> {
    pub fn id(&self) -> &str {
        match self {
            Entry::BuiltIn(c) => c.id,
            Entry::Custom(c) => &c.id,
        }
    }
}

/// Whether a clause appears, given the answers: a built-in by its rule, a custom clause always.
pub fn applies(entry: &Entry<'_>, ctx: &Context) -> bool {
    match entry {
        Entry::BuiltIn(c) => (c.applies)(ctx),
        Entry::Custom(_) => true,
    }
}

/// Every clause of a project in document order: the built-in ones, each custom clause right
/// after the clause it names (in the order the project lists them); one whose place is not
/// found goes last.
pub fn in_order(project: &Project) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry<'_>> = CLAUSES.iter().map(Entry::BuiltIn).collect();
    let mut pending: Vec<&CustomClause> = project
        .clauses
        .custom
        .iter()
        .filter(|c| !is_builtin(&c.id))
        .collect();
    // A custom clause may follow another custom clause: place what can be placed until
    // nothing moves.
    loop {
        let before = pending.len();
        let mut rest = Vec::new();
        for c in pending {
            let taken = out.iter().any(|e| e.id() == c.id);
            match out.iter().rposition(|e| e.id() == c.after) {
                Some(i) if !taken => {
                    // After the anchor and after customs already placed behind it.
                    let mut at = i + 1;
                    while at < out.len()
                        && matches!(out[at], Entry::Custom(p) if p.after == c.after)
                    {
                        at += 1;
                    }
                    out.insert(at, Entry::Custom(c));
                }
                _ if taken => {}
                _ => rest.push(c),
            }
        }
        pending = rest;
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    for c in pending {
        if !out.iter().any(|e| e.id() == c.id) {
            out.push(Entry::Custom(c));
        }
    }
    out
}

/// The Art. 13/14 items a clause covers in a language of a project.
pub fn covers<'p>(project: &'p Project, entry: &Entry<'p>, lang: Lang) -> Vec<&'p str> {
    match entry {
        Entry::BuiltIn(c) => match project.clauses.override_of(c.id, lang) {
            Some(o) => o.covers.iter().map(String::as_str).collect(),
            None => c.covers.to_vec(),
        },
        Entry::Custom(c) => c.covers.iter().map(String::as_str).collect(),
    }
}

/// One clause as the Clauses view and `clause list` show it.
#[derive(Debug, Clone, Serialize)]
pub struct ClauseInfo {
    pub id: String,
    /// Whether the clause appears in the document, given the answers.
    pub applies: bool,
    pub custom: bool,
    /// Per published language.
    pub langs: Vec<ClauseLang>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClauseLang {
    pub lang: Lang,
    /// The clause's heading in this language as the policy shows it (for a clause that does
    /// not apply, its template's first line when that is plain text; else empty).
    pub heading: String,
    pub source: Source,
    /// The default changed since the override was written.
    pub stale: bool,
    /// Item ids with their article references.
    pub covers: Vec<CoveredItem>,
    /// The clause's problem in this language, if its text is broken.
    pub problem: Option<ClauseProblem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoveredItem {
    pub item: String,
    pub articles: String,
}

/// Every clause of a project, in order, with where its text comes from, whether it is
/// stale and what it covers, per published language.
pub fn list(
    renderer: &Renderer,
    project: &Project,
) -> Result<Vec<ClauseInfo>, crate::i18n::I18nError> {
    let langs = project.languages();
    let ctxs: Vec<(Lang, Context)> = langs
        .iter()
        .map(|&l| Context::build(project, l).map(|c| (l, c)))
        .collect::<Result<_, _>>()?;
    let first = ctxs.first().map(|(_, c)| c);
    // The headings as rendered: a heading may depend on the answers.
    let rendered: Vec<(Lang, String)> = langs
        .iter()
        .map(|&l| {
            (
                l,
                renderer
                    .render(project, l)
                    .map(|r| r.markdown)
                    .unwrap_or_default(),
            )
        })
        .collect();
    let heading = |id: &str, lang: Lang| {
        let md = rendered
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, m)| m);
        clause_heading(renderer, project, md, id, lang)
    };
    Ok(in_order(project)
        .into_iter()
        .map(|e| ClauseInfo {
            id: e.id().to_owned(),
            applies: first.is_some_and(|ctx| applies(&e, ctx)),
            custom: matches!(e, Entry::Custom(_)),
            langs: ctxs
                .iter()
                .map(|(lang, _)| {
                    let source = renderer
                        .template_in_effect(project, e.id(), *lang)
                        .map_or(Source::BuiltIn, |(_, s)| s);
                    let problem = renderer
                        .template_in_effect(project, e.id(), *lang)
                        .filter(|(_, s)| matches!(s, Source::Override | Source::Custom))
                        .and_then(|(t, _)| renderer.check_template(project, *lang, &t).err());
                    ClauseLang {
                        lang: *lang,
                        heading: heading(e.id(), *lang),
                        source,
                        stale: is_stale(renderer, project, e.id(), *lang),
                        covers: covers(project, &e, *lang)
                            .into_iter()
                            .map(|item| CoveredItem {
                                item: item.to_owned(),
                                articles: coverage::articles(item).unwrap_or("").to_owned(),
                            })
                            .collect(),
                        problem,
                    }
                })
                .collect(),
        })
        .collect())
}

/// A clause's heading as the rendered document `md` shows it; for a clause that does not
/// apply, its template's first line when that is plain text, else "".
fn clause_heading(
    renderer: &Renderer,
    project: &Project,
    md: &str,
    id: &str,
    lang: Lang,
) -> String {
    if let Some(s) = crate::sections::sections(md)
        .into_iter()
        .find(|s| s.id == id)
    {
        return s.title.to_owned();
    }
    let text = renderer
        .template_in_effect(project, id, lang)
        .map(|(t, _)| t.into_owned())
        .unwrap_or_default();
    let h = heading_of(&text);
    if h.contains(['{', '}']) {
        String::new()
    } else {
        h.to_owned()
    }
}

/// True when a clause's override was written against a default that is no longer the one in
/// effect (a newer program, or another house style).
pub fn is_stale(renderer: &Renderer, project: &Project, clause: &str, lang: Lang) -> bool {
    match (
        project.clauses.override_of(clause, lang),
        renderer.default_template(clause, lang),
    ) {
        (Some(o), Some((default, _))) => o.base != default,
        _ => false,
    }
}

/// The result of merging a stale override with the new default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Merge {
    /// The text the override was written against.
    pub old_default: String,
    /// The default in effect now.
    pub new_default: String,
    /// The lawyer's text.
    pub text: String,
    /// The merged text; with conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`) where both
    /// changed the same lines.
    pub merged: String,
    pub conflicts: bool,
}

/// Three-way merge of an override: the changes from its base to the new default, applied to
/// the lawyer's text. None when the clause has no override or no default.
pub fn merge(renderer: &Renderer, project: &Project, clause: &str, lang: Lang) -> Option<Merge> {
    let o = project.clauses.override_of(clause, lang)?;
    let (new_default, _) = renderer.default_template(clause, lang)?;
    let (merged, conflicts) = match diffy::merge(&o.base, &o.text, new_default) {
        Ok(m) => (m, false),
        Err(m) => (m, true),
    };
    Some(Merge {
        old_default: o.base.clone(),
        new_default: new_default.to_owned(),
        text: o.text.clone(),
        merged,
        conflicts,
    })
}

/// Text as stored: line ends made `\n`, so a file from any system compares equal.
pub fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// Accepts a merge: the override's text becomes `text` and its base the default in effect,
/// so it is no longer stale.
pub fn accept_merge(
    renderer: &Renderer,
    project: &mut Project,
    clause: &str,
    lang: Lang,
    text: &str,
) -> Result<(), EditError> {
    let (default, _) = renderer
        .default_template(clause, lang)
        .ok_or_else(|| EditError::UnknownClause(clause.to_owned()))?;
    let default = default.to_owned();
    let o = project
        .clauses
        .overrides
        .iter_mut()
        .find(|o| o.clause == clause && o.lang == lang)
        .ok_or_else(|| EditError::NoOverride(clause.to_owned(), lang))?;
    o.text = normalise(text);
    o.base = default;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no clause `{0}` (see `policywright clause list`)")]
    UnknownClause(String),
    #[error("clause `{0}` has no override in {1}")]
    NoOverride(String, Lang),
    /// `message` names the clause, the language, the line and the column.
    #[error("{message}")]
    Template {
        clause: String,
        lang: Lang,
        line: u32,
        column: u32,
        message: String,
        code: &'static str,
    },
    #[error("`{0}` is not a usable id: use lower-case letters, digits and hyphens, not a built-in clause's id or another custom clause's")]
    BadId(String),
    #[error("there is no custom clause `{0}`")]
    NoCustom(String),
    #[error("unknown Art. 13/14 item `{0}` (see `policywright coverage`)")]
    UnknownItem(String),
}

fn template_error(clause: &str, lang: Lang, p: &ClauseProblem, ui: Lang) -> EditError {
    EditError::Template {
        clause: clause.to_owned(),
        lang,
        line: p.line,
        column: p.column,
        message: problem_message(clause, lang, p, ui),
        code: p.code,
    }
}

/// Sets a built-in clause's override in one language: the template is checked first (a
/// broken one is refused with its line and column); the base is the default in effect; a new
/// override covers what the default covers, an existing one keeps its list.
pub fn set_override(
    renderer: &Renderer,
    project: &mut Project,
    clause: &str,
    lang: Lang,
    text: &str,
    ui: Lang,
) -> Result<(), EditError> {
    let builtin = CLAUSES
        .iter()
        .find(|c| c.id == clause)
        .ok_or_else(|| EditError::UnknownClause(clause.to_owned()))?;
    let text = normalise(text);
    check_text(renderer, project, clause, lang, &text, ui)?;
    let (default, _) = renderer
        .default_template(clause, lang)
        .ok_or_else(|| EditError::UnknownClause(clause.to_owned()))?;
    let default = default.to_owned();
    match project
        .clauses
        .overrides
        .iter_mut()
        .find(|o| o.clause == clause && o.lang == lang)
    {
        Some(o) => o.text = text,
        None => project.clauses.overrides.push(ClauseOverride {
            clause: clause.to_owned(),
            lang,
            text,
            base: default,
            covers: builtin.covers.iter().map(|s| (*s).to_owned()).collect(),
        }),
    }
    Ok(())
}

/// A clause text checked as it would render in this project: sandbox rules, names, heading.
pub fn check_text(
    renderer: &Renderer,
    project: &Project,
    clause: &str,
    lang: Lang,
    text: &str,
    ui: Lang,
) -> Result<(), EditError> {
    renderer
        .check_template(project, lang, text)
        .map_err(|p| template_error(clause, lang, &p, ui))?;
    // Render it in place, so what only rendering finds (a heading missing, a value of the
    // wrong kind) is refused too.
    let mut trial = project.clone();
    if is_builtin(clause) {
        trial
            .clauses
            .overrides
            .retain(|o| !(o.clause == clause && o.lang == lang));
        trial.clauses.overrides.push(ClauseOverride {
            clause: clause.to_owned(),
            lang,
            text: text.to_owned(),
            base: String::new(),
            covers: Vec::new(),
        });
    } else if let Some(c) = trial.clauses.custom.iter_mut().find(|c| c.id == clause) {
        c.texts.set(lang, text);
    }
    if trial.policy.languages.contains(&lang) {
        let r = renderer
            .render(&trial, lang)
            .map_err(|e| EditError::Template {
                clause: clause.to_owned(),
                lang,
                line: 1,
                column: 1,
                message: e.to_string(),
                code: "clause-render",
            })?;
        if let Some(f) = r.failures.iter().find(|f| f.clause == clause) {
            return Err(template_error(clause, lang, &f.problem, ui));
        }
    }
    Ok(())
}

/// Removes an override: the clause uses the default again. Returns the removed override, so
/// a caller can undo.
pub fn reset_override(
    project: &mut Project,
    clause: &str,
    lang: Lang,
) -> Result<ClauseOverride, EditError> {
    if !is_builtin(clause) {
        return Err(EditError::UnknownClause(clause.to_owned()));
    }
    let i = project
        .clauses
        .overrides
        .iter()
        .position(|o| o.clause == clause && o.lang == lang)
        .ok_or_else(|| EditError::NoOverride(clause.to_owned(), lang))?;
    Ok(project.clauses.overrides.remove(i))
}

/// True for an id a custom clause may take.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        // "intro-3" would collide with the ids of a clause's subsections.
        && !CLAUSES.iter().any(|c| id.starts_with(&format!("{}-", c.id)) && id[c.id.len() + 1..].chars().all(|d| d.is_ascii_digit()))
        && !matches!(id, "title" | "contents")
}

/// Why a heading cannot name a new custom clause.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeadingError {
    #[error("the clause needs a heading")]
    Empty,
    #[error("a heading is one line of at most 120 characters")]
    TooLong,
    #[error("this project already has a clause headed “{0}”")]
    Taken(String),
}

impl HeadingError {
    /// The reason in a UI language.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args): (&str, Vec<(&str, &str)>) = match self {
            HeadingError::Empty => ("clause-heading-empty", vec![]),
            HeadingError::TooLong => ("clause-heading-too-long", vec![]),
            HeadingError::Taken(h) => ("clause-heading-taken", vec![("heading", h)]),
        };
        crate::i18n::message(lang, id, &args).unwrap_or_else(|_| self.to_string())
    }
}

/// The heading of a custom clause as its text starts (`# Heading`).
pub fn heading_of(text: &str) -> &str {
    text.lines()
        .next()
        .and_then(|l| l.strip_prefix("# "))
        .unwrap_or("")
        .trim()
}

/// The id of a new custom clause made from its heading: lower-case ASCII letters, digits and
/// hyphens ("Visselblåsning" → `visselblasning`), made unique in the project ("-own", "-own-2").
/// A heading with no Latin letters gets `clause-` and a number taken from its text, the same
/// every time. The id is kept when the heading later changes: links to it keep working.
pub fn id_from_heading(heading: &str, project: &Project) -> Result<String, HeadingError> {
    let heading = heading.trim();
    if heading.is_empty() {
        return Err(HeadingError::Empty);
    }
    if heading.chars().count() > 120 || heading.contains(['\n', '\r']) {
        return Err(HeadingError::TooLong);
    }
    let same = |c: &CustomClause| {
        c.texts
            .iter()
            .any(|(_, t)| heading_of(t).eq_ignore_ascii_case(heading))
    };
    if project.clauses.custom.iter().any(same) {
        return Err(HeadingError::Taken(heading.to_owned()));
    }
    let mut base = slug(heading);
    if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
        let hash = heading.bytes().fold(0x811c_9dc5u32, |h, b| {
            (h ^ b as u32).wrapping_mul(0x0100_0193)
        });
        base = format!(
            "clause-{}",
            if base.is_empty() {
                format!("{hash:08x}")
            } else {
                base
            }
        );
    }
    base.truncate(48);
    let base = base.trim_end_matches('-').to_owned();
    let free =
        |id: &str| valid_id(id) && !is_builtin(id) && project.clauses.custom_clause(id).is_none();
    // "-2" would read as a built-in clause's subsection ("retention-2"): "-own", "-own-2", …
    let id = (1..)
        .map(|n| match n {
            1 => base.clone(),
            2 => format!("{base}-own"),
            n => format!("{base}-own-{}", n - 1),
        })
        .find(|id| free(id))
        .expect("a project has finitely many clauses");
    Ok(id)
}

/// Lower-case ASCII letters and digits of a text, other runs as one hyphen; common Latin
/// letters with marks written without them.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.to_lowercase().chars() {
        let plain: &str = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => "a",
            'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' => "o",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ú' | 'ù' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'æ' => "ae",
            'ß' => "ss",
            'ç' => "c",
            'ñ' => "n",
            'ð' => "d",
            'þ' => "th",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => "-",
        };
        if plain == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(plain);
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Adds a custom clause after another clause, with a text per published language.
pub fn add_custom(
    renderer: &Renderer,
    project: &mut Project,
    clause: CustomClause,
    ui: Lang,
) -> Result<(), EditError> {
    if !valid_id(&clause.id)
        || is_builtin(&clause.id)
        || project.clauses.custom_clause(&clause.id).is_some()
    {
        return Err(EditError::BadId(clause.id));
    }
    if !is_builtin(&clause.after) && project.clauses.custom_clause(&clause.after).is_none() {
        return Err(EditError::UnknownClause(clause.after));
    }
    if let Some(item) = clause
        .covers
        .iter()
        .find(|i| coverage::articles(i).is_none())
    {
        return Err(EditError::UnknownItem(item.clone()));
    }
    let mut texts = Text::default();
    for (lang, text) in clause.texts.iter() {
        texts.set(lang, &normalise(text));
    }
    let clause = CustomClause { texts, ..clause };
    let mut trial = project.clone();
    trial.clauses.custom.push(clause.clone());
    for lang in project.languages() {
        if clause.text(lang).trim().is_empty() {
            return Err(template_error(
                &clause.id,
                lang,
                &ClauseProblem {
                    code: "clause-language-missing",
                    detail: String::new(),
                    line: 1,
                    column: 1,
                },
                ui,
            ));
        }
        check_text(renderer, &trial, &clause.id, lang, clause.text(lang), ui)?;
    }
    project.clauses.custom.push(clause);
    Ok(())
}

/// Removes a custom clause; clauses placed after it move to its place.
pub fn remove_custom(project: &mut Project, id: &str) -> Result<CustomClause, EditError> {
    let i = project
        .clauses
        .custom
        .iter()
        .position(|c| c.id == id)
        .ok_or_else(|| EditError::NoCustom(id.to_owned()))?;
    let removed = project.clauses.custom.remove(i);
    for c in &mut project.clauses.custom {
        if c.after == id {
            c.after = removed.after.clone();
        }
    }
    Ok(removed)
}

/// The message of a clause problem in a language.
pub fn problem_message(clause: &str, lang: Lang, p: &ClauseProblem, ui: Lang) -> String {
    problem_to_diagnostic(clause, lang, p, String::new()).message(ui)
}

fn problem_to_diagnostic(clause: &str, lang: Lang, p: &ClauseProblem, path: String) -> Diagnostic {
    let d = Diagnostic::error(p.code, path)
        .arg("clause", clause)
        .arg("lang", lang.code())
        .arg("line", p.line.to_string())
        .arg("column", p.column.to_string())
        .arg("detail", p.detail.clone());
    // "endif:for:4": the end tag, the block that is open, the line it starts on.
    let mut parts = p.detail.splitn(3, ':');
    match (p.code, parts.next(), parts.next(), parts.next()) {
        ("clause-end-mismatch", Some(end), Some(open), Some(opened)) => {
            d.arg("end", end).arg("open", open).arg("opened", opened)
        }
        _ => d,
    }
}

/// A clause problem's reason in a UI language without the clause and its place, for the
/// clause editor, which shows the place as a button of its own ("Line 4, column 1:").
pub fn problem_reason(clause: &str, lang: Lang, p: &ClauseProblem, ui: Lang) -> String {
    let full = problem_message(clause, lang, p, ui);
    let place = crate::i18n::message(
        ui,
        "clause-problem-place",
        &[
            ("clause", clause),
            ("lang", lang.code()),
            ("line", &p.line.to_string()),
            ("column", &p.column.to_string()),
        ],
    )
    .unwrap_or_default();
    match full.strip_prefix(place.as_str()) {
        Some(rest) if !place.is_empty() => rest.trim_start().to_owned(),
        _ => full,
    }
}

/// The field path of a clause text in the project file.
fn text_path(project: &Project, clause: &str, lang: Lang) -> String {
    if let Some(i) = project
        .clauses
        .overrides
        .iter()
        .position(|o| o.clause == clause && o.lang == lang)
    {
        return format!("clauses.overrides[{i}].text");
    }
    if let Some(i) = project.clauses.custom.iter().position(|c| c.id == clause) {
        return format!("clauses.custom[{i}].{}", lang.code());
    }
    String::new()
}

/// A clause that failed to render, as a diagnostic at its text in the project file.
pub fn problem_diagnostic(project: &Project, f: &ClauseFailure) -> Diagnostic {
    problem_to_diagnostic(
        &f.clause,
        f.lang,
        &f.problem,
        text_path(project, &f.clause, f.lang),
    )
}

/// Checks of a project's clause texts that need the templates in effect: each own text that
/// cannot be rendered (error, with clause, language, line and column), each stale override
/// (warning), and each Art. 13/14 item that applies but no clause covers (warning).
pub fn check(renderer: &Renderer, project: &Project) -> Vec<Diagnostic> {
    let mut failures = Vec::new();
    for lang in project.languages() {
        if let Ok(r) = renderer.render(project, lang) {
            failures.extend(r.failures);
        }
    }
    check_rendered(renderer, project, &failures)
}

/// [`check`] given the failures of documents already rendered (the app's preview renders them
/// anyway: rendering twice per keystroke would halve its budget).
pub fn check_rendered(
    renderer: &Renderer,
    project: &Project,
    failures: &[ClauseFailure],
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = failures
        .iter()
        .map(|f| problem_diagnostic(project, f))
        .collect();
    for (i, o) in project.clauses.overrides.iter().enumerate() {
        if is_stale(renderer, project, &o.clause, o.lang) {
            let source = match renderer.default_template(&o.clause, o.lang) {
                Some((_, Source::HouseStyle)) => "house-style",
                _ => "built-in",
            };
            out.push(
                Diagnostic::warning("clause-stale", format!("clauses.overrides[{i}].base"))
                    .arg("clause", o.clause.clone())
                    .arg("lang", o.lang.code())
                    .arg("source", source),
            );
        }
    }
    out.extend(crate::reword::check(renderer, project));
    if let Ok(items) = coverage::coverage(project) {
        for c in items.iter().filter(|c| c.is_missing()) {
            for (lang, _) in c.clauses.iter().filter(|(_, cl)| cl.is_none()) {
                out.push(
                    Diagnostic::warning("coverage-item-uncovered", "clauses")
                        .arg("item", c.item)
                        .arg("articles", c.articles)
                        .arg("lang", lang.code()),
                );
            }
        }
    }
    out
}

/// Checks that need no templates: every override names a built-in clause once per language
/// and known items; every custom clause has a usable id of its own, a place, known items and
/// a text in each published language. Part of [`check_without_templates`].
pub fn validate(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, o) in project.clauses.overrides.iter().enumerate() {
        let path = format!("clauses.overrides[{i}]");
        if !is_builtin(&o.clause) {
            out.push(
                Diagnostic::error("clause-unknown", format!("{path}.clause"))
                    .arg("clause", o.clause.clone()),
            );
        }
        if project.clauses.overrides[..i]
            .iter()
            .any(|p| p.clause == o.clause && p.lang == o.lang)
        {
            out.push(
                Diagnostic::error("clause-duplicate", format!("{path}.clause"))
                    .arg("clause", o.clause.clone())
                    .arg("lang", o.lang.code()),
            );
        }
        for (k, item) in o.covers.iter().enumerate() {
            if coverage::articles(item).is_none() {
                out.push(
                    Diagnostic::error("coverage-item-unknown", format!("{path}.covers[{k}]"))
                        .arg("item", item.clone()),
                );
            }
        }
    }
    for (i, c) in project.clauses.custom.iter().enumerate() {
        let path = format!("clauses.custom[{i}]");
        if is_builtin(&c.id)
            || !valid_id(&c.id)
            || project.clauses.custom[..i].iter().any(|p| p.id == c.id)
        {
            out.push(
                Diagnostic::error("clause-id-taken", format!("{path}.id"))
                    .arg("clause", c.id.clone()),
            );
        }
        if !is_builtin(&c.after)
            && !project
                .clauses
                .custom
                .iter()
                .any(|p| p.id == c.after && p.id != c.id)
        {
            out.push(
                Diagnostic::error("clause-unknown", format!("{path}.after"))
                    .arg("clause", c.after.clone()),
            );
        }
        for (k, item) in c.covers.iter().enumerate() {
            if coverage::articles(item).is_none() {
                out.push(
                    Diagnostic::error("coverage-item-unknown", format!("{path}.covers[{k}]"))
                        .arg("item", item.clone()),
                );
            }
        }
        for lang in project.languages() {
            if c.text(lang).trim().is_empty() {
                out.push(
                    Diagnostic::error("clause-language-missing", format!("{path}.{}", lang.code()))
                        .arg("clause", c.id.clone())
                        .arg("lang", lang.code())
                        .arg("line", "1")
                        .arg("column", "1")
                        .arg("detail", ""),
                );
            }
        }
    }
    out
}

/// Every check of a project that needs no templates: the answers (`project::validate`), then
/// the project's own clause texts ([`validate`]). What `policywright::check` returns.
pub fn check_without_templates(project: &Project) -> Vec<Diagnostic> {
    let mut out = crate::project::validate::check(project);
    out.extend(validate(project));
    out
}

/// Every check of a project with the templates in effect: validation and the clause checks.
pub fn check_all(renderer: &Renderer, project: &Project) -> Vec<Diagnostic> {
    combine(check_without_templates(project), check(renderer, project))
}

/// [`check_all`] given the failures of documents already rendered.
pub fn check_all_rendered(
    renderer: &Renderer,
    project: &Project,
    failures: &[ClauseFailure],
) -> Vec<Diagnostic> {
    combine(
        check_without_templates(project),
        check_rendered(renderer, project, failures),
    )
}

fn combine(mut diags: Vec<Diagnostic>, clause_diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let errors_before = diags.len();
    let more: Vec<Diagnostic> = clause_diags
        .into_iter()
        // A custom clause without a text is reported by validation already.
        .filter(|d| {
            !(d.code == "clause-language-missing"
                && diags[..errors_before]
                    .iter()
                    .any(|e| e.code == d.code && e.path == d.path))
        })
        .collect();
    diags.extend(more);
    diags
}

/// The rendered Markdown of one clause of a project (its numbered section), or None when the
/// clause does not appear in that language's document.
pub fn rendered_section(
    renderer: &Renderer,
    project: &Project,
    clause: &str,
    lang: Lang,
) -> Result<Option<String>, crate::render::RenderError> {
    let md = renderer.render(project, lang)?.markdown;
    let anchor = format!("{{#{clause}}}");
    let mut lines = md
        .lines()
        .skip_while(|l| !(l.starts_with("## ") && l.ends_with(&anchor)));
    let Some(first) = lines.next() else {
        return Ok(None);
    };
    let mut out = format!("{first}\n");
    for l in lines.take_while(|l| !l.starts_with("## ")) {
        out.push_str(l);
        out.push('\n');
    }
    Ok(Some(out))
}
