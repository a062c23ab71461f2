//! The review memo a lawyer sends a client: the Art. 13/14 items that apply and the clause
//! covering each in each language, every error and warning, the lint findings and silenced
//! checks, and readability per section and in total. Written as Markdown in the library's
//! document contract (title, version line, contents, numbered sections with ids), so the same
//! writers make its HTML page and its tagged PDF (PDF/UA-1, PDF/A-2a) as the policy's.
//!
//! Each part is one function that appends a numbered section, listed in `PARTS`.

use crate::document::clauses::{self, ClauseInfo};
use crate::document::coverage::{coverage, Coverage};
use crate::document::markdown::escape;
use crate::document::render::{self, RenderError, Rendered, Renderer};
use crate::document::sections::sections;
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use crate::lint::{lint, Lint};
use crate::project::diagnostics::Diagnostic;
use crate::project::Project;
use crate::readability::{self, Readability};
use std::fmt::Write as _;

/// Everything the memo reports, computed once.
pub struct Review {
    pub docs: Vec<(Lang, String)>,
    pub coverage: Vec<Coverage>,
    pub diagnostics: Vec<Diagnostic>,
    pub lint: Lint,
    pub readability: Vec<Readability>,
    /// Every clause with where its text comes from, per language (the project's own texts and
    /// the house style are listed in the memo).
    pub clauses: Vec<ClauseInfo>,
}

impl Review {
    /// Reviews the draft of a project with the given templates. A clause text of the project's
    /// own that cannot be rendered does not stop the memo: the memo says so, at its clause.
    pub fn of(renderer: &Renderer, project: &Project) -> Result<Review, RenderError> {
        let docs: Vec<(Lang, Rendered)> = project
            .languages()
            .into_iter()
            .map(|l| renderer.render(project, l).map(|r| (l, r)))
            .collect::<Result<_, _>>()?;
        Self::of_rendered(renderer, project, &docs)
    }

    /// Reviews the draft from its documents rendered already (each language once).
    pub fn of_rendered(
        renderer: &Renderer,
        project: &Project,
        rendered: &[(Lang, Rendered)],
    ) -> Result<Review, RenderError> {
        let docs: Vec<(Lang, String)> = rendered
            .iter()
            .map(|(l, r)| (*l, r.markdown.clone()))
            .collect();
        let failures: Vec<_> = rendered
            .iter()
            .flat_map(|(_, r)| r.failures.iter().cloned())
            .collect();
        let refs: Vec<(Lang, &str)> = docs.iter().map(|(l, m)| (*l, m.as_str())).collect();
        let lint = lint(project, &refs)?;
        let readability = docs
            .iter()
            .map(|(l, md)| readability::readability(md, *l))
            .collect();
        Ok(Review {
            coverage: coverage(project)?,
            diagnostics: clauses::check_all_rendered(renderer, project, &failures),
            clauses: clauses::list(renderer, project)?,
            lint,
            readability,
            docs,
        })
    }
}

type Part = fn(&mut Writer<'_>) -> Result<(), I18nError>;

/// The memo's numbered sections, in order.
const PARTS: &[(&str, Part)] = &[
    ("summary", summary),
    ("coverage", coverage_part),
    ("diagnostics", diagnostics_part),
    ("lint", lint_part),
    ("silenced", silenced_part),
    ("readability", readability_part),
    ("clauses", clauses_part),
];

struct Writer<'a> {
    lang: Lang,
    review: &'a Review,
    out: String,
}

impl Writer<'_> {
    fn msg(&self, id: &str, args: &[(&str, &str)]) -> Result<String, I18nError> {
        i18n::message(self.lang, id, args)
    }

    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    /// A table: header cells, then rows; every cell is Markdown already.
    fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        let _ = writeln!(self.out, "| {} |", header.join(" | "));
        let _ = writeln!(self.out, "|{}", "---|".repeat(header.len()));
        for r in rows {
            let cells: Vec<String> = r.iter().map(|c| c.replace('|', "\\|")).collect();
            let _ = writeln!(self.out, "| {} |", cells.join(" | "));
        }
        self.out.push('\n');
    }

    /// The heading of a clause in one language's document, as the reader sees it.
    fn clause_title(&self, lang: Lang, id: &str) -> String {
        self.review
            .docs
            .iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, md)| sections(md).into_iter().find(|s| s.id == id))
            .map(|s| s.title.to_owned())
            .unwrap_or_else(|| id.to_owned())
    }

    fn language(&self, l: Lang) -> Result<String, I18nError> {
        Ok(l.name_in(self.lang).to_owned())
    }
}

fn summary(w: &mut Writer<'_>) -> Result<(), I18nError> {
    let r = w.review;
    let applies = r.coverage.iter().filter(|c| c.applies).count().to_string();
    let missing = r
        .coverage
        .iter()
        .filter(|c| c.is_missing())
        .count()
        .to_string();
    let errors = r.diagnostics.iter().filter(|d| d.is_error()).count();
    // Counted as `check` counts them: the answers' warnings and the text's findings.
    let answers = r.diagnostics.len() - errors;
    let warnings = (answers + r.lint.findings.len()).to_string();
    let answers = answers.to_string();
    let errors = errors.to_string();
    let findings = r.lint.findings.len().to_string();
    let silenced = r.lint.silenced.len().to_string();
    let items = w.msg(
        "memo-summary-items",
        &[("applies", &applies), ("missing", &missing)],
    )?;
    let diags = w.msg(
        "memo-summary-diagnostics",
        &[
            ("errors", &errors),
            ("warnings", &warnings),
            ("answers", &answers),
            ("findings", &findings),
        ],
    )?;
    let lint = w.msg(
        "memo-summary-lint",
        &[("findings", &findings), ("silenced", &silenced)],
    )?;
    let _ = write!(w.out, "- {items}\n- {diags}\n- {lint}\n\n");
    Ok(())
}

fn coverage_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    let langs: Vec<Lang> = w.review.docs.iter().map(|(l, _)| *l).collect();
    let mut header = vec![
        w.msg("memo-col-item", &[])?,
        w.msg("memo-col-articles", &[])?,
        w.msg("memo-col-applies", &[])?,
    ];
    for &l in &langs {
        header.push(render::capitalise(&w.language(l)?));
    }
    let mut rows = Vec::new();
    for c in &w.review.coverage {
        let mut row = vec![
            w.msg(&format!("memo-item-{}", c.item), &[])?,
            cite(w.lang, c.articles),
            w.msg(if c.applies { "memo-yes" } else { "memo-no" }, &[])?,
        ];
        for &l in &langs {
            let clause = c
                .clauses
                .iter()
                .find(|(cl, _)| *cl == l)
                .and_then(|(_, c)| c.as_deref());
            row.push(match (c.applies, clause) {
                (false, _) => w.msg("memo-not-applicable", &[])?,
                (true, Some(id)) => w.clause_title(l, id),
                (true, None) => w.msg("memo-not-covered", &[])?,
            });
        }
        rows.push(row);
    }
    w.table(&header, &rows);
    Ok(())
}

fn diagnostics_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    if w.review.diagnostics.is_empty() {
        let none = w.msg("memo-diagnostics-none", &[])?;
        w.line(&none);
        return Ok(());
    }
    for d in &w.review.diagnostics {
        let kind = w.msg(
            if d.is_error() {
                "memo-error"
            } else {
                "memo-warning"
            },
            &[],
        )?;
        let field = if d.path.is_empty() {
            String::new()
        } else {
            format!(
                " ({})",
                w.msg("memo-field", &[("path", &format!("`{}`", d.path))])?
            )
        };
        let _ = writeln!(w.out, "- **{kind}:** {}{field}", escape(&d.message(w.lang)));
    }
    w.out.push('\n');
    Ok(())
}

fn lint_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    if w.review.lint.findings.is_empty() {
        let none = w.msg("memo-lint-none", &[])?;
        w.line(&none);
        return Ok(());
    }
    let header = [
        w.msg("memo-col-check", &[])?,
        w.msg("memo-col-where", &[])?,
        w.msg("memo-col-finding", &[])?,
    ];
    let rows: Vec<Vec<String>> = w
        .review
        .lint
        .findings
        .iter()
        .map(|f| {
            vec![
                format!("`{}`", f.id),
                escape(&f.place_text(w.lang)),
                escape(&f.message(w.lang)),
            ]
        })
        .collect();
    w.table(&header, &rows);
    Ok(())
}

fn silenced_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    if w.review.lint.silenced.is_empty() {
        let none = w.msg("memo-silenced-none", &[])?;
        w.line(&none);
        return Ok(());
    }
    let header = [
        w.msg("memo-col-check", &[])?,
        w.msg("memo-col-reason", &[])?,
        w.msg("memo-col-hidden", &[])?,
    ];
    let rows: Vec<Vec<String>> = w
        .review
        .lint
        .silenced
        .iter()
        .map(|s| {
            vec![
                format!("`{}`", s.id),
                escape(&s.reason),
                s.hidden.to_string(),
            ]
        })
        .collect();
    w.table(&header, &rows);
    Ok(())
}

fn readability_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    for r in &w.review.readability {
        let limit = r.lang.language().readability.limit.to_string();
        let _ = writeln!(w.out, "### {}\n", render::capitalise(&w.language(r.lang)?));
        let intro = w.msg(
            &format!(
                "memo-readability-intro-{}",
                r.lang.language().readability.formula.id()
            ),
            &[("limit", &limit)],
        )?;
        w.line(&intro);
        let header = [
            w.msg("memo-col-section", &[])?,
            w.msg("memo-col-words", &[])?,
            w.msg("memo-col-sentences", &[])?,
            w.msg("memo-col-score", &[])?,
            w.msg("memo-col-assessment", &[])?,
        ];
        let assess = |s: &readability::Score| {
            w.msg(
                if s.is_hard(r.lang) {
                    "memo-hard"
                } else {
                    "memo-ok"
                },
                &[],
            )
        };
        let mut rows = Vec::new();
        for s in &r.sections {
            rows.push(vec![
                s.title.clone(),
                s.score.words.to_string(),
                s.score.sentences.to_string(),
                number(w.lang, s.score.value),
                assess(&s.score)?,
            ]);
        }
        rows.push(vec![
            format!("**{}**", w.msg("memo-total", &[])?),
            r.total.words.to_string(),
            r.total.sentences.to_string(),
            format!("**{}**", number(w.lang, r.total.value)),
            assess(&r.total)?,
        ]);
        w.table(&header, &rows);
    }
    Ok(())
}

/// A score with one decimal, with the language's decimal sign.
/// The clause texts that are not the program's own: the project's overrides and custom
/// clauses and the house style, each with its status (current, default changed since it was
/// written, or broken).
fn clauses_part(w: &mut Writer<'_>) -> Result<(), I18nError> {
    use crate::document::render::Source;
    let mut rows = Vec::new();
    for c in &w.review.clauses {
        for l in c.langs.iter().filter(|l| l.source != Source::BuiltIn) {
            let source = w.msg(
                match l.source {
                    Source::HouseStyle => "memo-source-house-style",
                    Source::Override => "memo-source-override",
                    _ => "memo-source-custom",
                },
                &[],
            )?;
            let status = match (&l.problem, l.stale) {
                (Some(p), _) => escape(&clauses::problem_message(&c.id, l.lang, p, w.lang)),
                (None, true) => w.msg("memo-clause-stale", &[])?,
                (None, false) if !c.applies => w.msg("memo-clause-not-applying", &[])?,
                (None, false) => w.msg("memo-clause-current", &[])?,
            };
            let items: Vec<String> = l.covers.iter().map(|i| cite(w.lang, &i.articles)).collect();
            rows.push(vec![
                escape(&w.clause_title(l.lang, &c.id)),
                w.language(l.lang)?,
                source,
                status,
                if items.is_empty() {
                    "–".to_owned()
                } else {
                    items.join("; ")
                },
            ]);
        }
    }
    if rows.is_empty() {
        let none = w.msg("memo-clauses-none", &[])?;
        w.line(&none);
        return Ok(());
    }
    let header = [
        w.msg("memo-col-clause", &[])?,
        w.msg("memo-col-language", &[])?,
        w.msg("memo-col-source", &[])?,
        w.msg("memo-col-status", &[])?,
        w.msg("memo-col-articles", &[])?,
    ];
    w.table(&header, &rows);
    Ok(())
}

/// Article references in the language's legal style.
fn cite(lang: Lang, articles: &str) -> String {
    lang.cite_articles(articles)
}

fn number(lang: Lang, v: f64) -> String {
    lang.decimal(v)
}

/// The memo as Markdown in one language.
pub fn markdown(project: &Project, review: &Review, lang: Lang) -> Result<String, I18nError> {
    let org = project.organisation.legal_name.trim();
    let date = i18n::long_date(lang, &project.policy.effective_date)
        .unwrap_or_else(|| project.policy.effective_date.clone());
    let version = project.policy.version.trim();
    let mut w = Writer {
        lang,
        review,
        out: String::with_capacity(16 * 1024),
    };
    let title = w.msg("memo-title", &[("org", &escape(org))])?;
    let version_line = w.msg(
        "memo-version-line",
        &[("version", &escape(version)), ("date", &date)],
    )?;
    let contents = w.msg("doc-contents", &[])?;
    let _ = write!(
        w.out,
        "# {title} {{#title}}\n\n{version_line}\n\n## {contents} {{#contents}}\n\n"
    );
    let mut headings = Vec::new();
    for (i, (id, _)) in PARTS.iter().enumerate() {
        let heading = format!("{}. {}", i + 1, w.msg(&format!("memo-{id}"), &[])?);
        let _ = writeln!(w.out, "- [{heading}](#{id})");
        headings.push(heading);
    }
    w.out.push('\n');
    let languages: Vec<String> = review
        .docs
        .iter()
        .map(|(l, _)| w.language(*l))
        .collect::<Result<_, _>>()?;
    let and = w.msg("list-and", &[])?;
    let intro = w.msg(
        "memo-intro",
        &[
            ("org", &escape(org)),
            ("version", &escape(version)),
            ("languages", &languages.join(&format!(" {and} "))),
        ],
    )?;
    w.line(&intro);
    for ((id, part), heading) in PARTS.iter().zip(&headings) {
        let _ = write!(w.out, "## {heading} {{#{id}}}\n\n");
        part(&mut w)?;
    }
    Ok(w.out)
}

/// The memo as a standalone HTML page.
pub fn html(project: &Project, markdown: &str, lang: Lang) -> Result<String, I18nError> {
    let title = i18n::message(
        lang,
        "memo-title",
        &[("org", project.organisation.legal_name.trim())],
    )?;
    Ok(render::html_page_titled(&title, lang, markdown))
}

/// The memo's file name in one language and format: `review-memo.sv.pdf`.
pub fn file_name(lang: Lang, ext: &str) -> String {
    format!("review-memo.{}.{ext}", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_memos_cite_articles_in_swedish_legal_style() {
        assert_eq!(cite(Lang::SV, "13(1)(a), 14(1)(a)"), "13.1 a, 14.1 a");
        assert_eq!(cite(Lang::SV, "13(3), 14(4)"), "13.3, 14.4");
        assert_eq!(cite(Lang::SV, "14(2)(f)"), "14.2 f");
        assert_eq!(cite(Lang::EN, "13(1)(a), 14(1)(a)"), "13(1)(a), 14(1)(a)");
    }
}
