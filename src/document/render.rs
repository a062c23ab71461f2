//! From a project to documents: clause templates (Tera) to Markdown, Markdown to HTML.
//!
//! The Markdown is the single source of a document's content: the HTML page, the HTML fragment
//! and the PDF are all written from it. Clause order, which clauses apply and which GDPR
//! Art. 13/14 items each covers are decided here, in [`CLAUSES`], and nowhere else.

use crate::document::context::{self, Context};
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use crate::project::Project;
use include_dir::{include_dir, Dir};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");
const CSS: &str = include_str!("../../assets/policy.css");

/// One clause of the policy: a template per language, `templates/<lang>/<id>.md`.
pub struct Clause {
    pub id: &'static str,
    /// The Art. 13/14 items (ids of shared/legal/REFERENCE.md) this clause covers.
    pub covers: &'static [&'static str],
    /// Whether the clause appears, given the answers.
    pub applies: fn(&Context) -> bool,
}

fn always(_: &Context) -> bool {
    true
}

/// Every clause, in document order.
pub const CLAUSES: &[Clause] = &[
    Clause {
        id: "intro",
        covers: &[],
        applies: always,
    },
    Clause {
        id: "controller",
        covers: &["controller", "dpo"],
        applies: always,
    },
    Clause {
        id: "purposes",
        covers: &[
            "purposes",
            "categories",
            "legitimate-interests",
            "requirement",
        ],
        applies: always,
    },
    Clause {
        id: "special-data",
        covers: &[],
        applies: |c| c.facts.any_special || c.facts.any_identity_number,
    },
    Clause {
        id: "sources",
        covers: &["source"],
        applies: |c| c.facts.any_source,
    },
    Clause {
        id: "recipients",
        covers: &["recipients"],
        applies: |c| c.facts.any_recipients,
    },
    Clause {
        id: "transfers",
        covers: &["transfers"],
        applies: |c| c.facts.any_transfers,
    },
    Clause {
        id: "retention",
        covers: &["retention"],
        applies: always,
    },
    Clause {
        id: "cookies",
        covers: &[],
        applies: |c| c.facts.any_cookies,
    },
    Clause {
        id: "children",
        covers: &[],
        applies: |c| c.children.addressed,
    },
    Clause {
        id: "automated-decisions",
        covers: &["automated-decisions"],
        applies: |c| c.automated.shown,
    },
    Clause {
        id: "security",
        covers: &[],
        applies: always,
    },
    Clause {
        id: "rights",
        covers: &["rights", "withdraw-consent"],
        applies: always,
    },
    Clause {
        id: "complaint",
        covers: &["complaint"],
        applies: always,
    },
    Clause {
        id: "changes",
        covers: &["further-processing"],
        applies: always,
    },
];

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("clause `{clause}` ({lang}): {detail}")]
    Template {
        clause: String,
        lang: Lang,
        detail: String,
    },
    #[error(transparent)]
    Message(#[from] I18nError),
    #[error("templates: {0}")]
    Load(String),
}

/// The Tera templates: the embedded defaults, optionally overridden by a user's folder.
pub struct Renderer {
    tera: tera::Tera,
}

/// All of a Tera error's causes in one line (Tera puts the useful part in the source chain).
fn tera_detail(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

impl Renderer {
    /// The embedded default templates.
    pub fn embedded() -> Result<Renderer, RenderError> {
        let mut files = Vec::new();
        for lang in Lang::ALL {
            if let Some(dir) = TEMPLATES.get_dir(lang.code()) {
                for f in dir.files() {
                    let name = f.path().to_string_lossy().replace('\\', "/");
                    files.push((name, f.contents_utf8().unwrap_or_default().to_owned()));
                }
            }
        }
        Self::from_files(files)
    }

    /// The defaults with every `<lang>/<clause>.md` found under `dir` in their place.
    pub fn with_overrides(dir: &Path) -> Result<Renderer, RenderError> {
        let mut r = Self::embedded()?;
        let mut files = Vec::new();
        for lang in Lang::ALL {
            let sub = dir.join(lang.code());
            let Ok(entries) = std::fs::read_dir(&sub) else {
                continue;
            };
            for e in entries.flatten() {
                let path = e.path();
                if path.extension().and_then(|x| x.to_str()) != Some("md") {
                    continue;
                }
                let text = std::fs::read_to_string(&path)
                    .map_err(|err| RenderError::Load(format!("{}: {err}", path.display())))?;
                let name = format!(
                    "{}/{}",
                    lang.code(),
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                files.push((name, text));
            }
        }
        for (name, text) in files {
            r.tera.add_raw_template(&name, &text).map_err(|e| {
                let (lang, clause) = split_name(&name);
                RenderError::Template {
                    clause,
                    lang,
                    detail: tera_detail(&e),
                }
            })?;
        }
        Ok(r)
    }

    fn from_files(files: Vec<(String, String)>) -> Result<Renderer, RenderError> {
        let mut tera = tera::Tera::default();
        // The context is escaped for Markdown already; HTML escaping here would double it.
        tera.autoescape_on(vec![]);
        tera.register_filter("cap", capitalise_first);
        tera.add_raw_templates(files)
            .map_err(|e| RenderError::Load(tera_detail(&e)))?;
        Ok(Renderer { tera })
    }

    /// The policy as Markdown in one language.
    pub fn markdown(&self, project: &Project, lang: Lang) -> Result<String, RenderError> {
        let mut ctx = Context::build(project, lang)?;
        let mut tctx =
            tera::Context::from_serialize(&ctx).map_err(|e| RenderError::Load(e.to_string()))?;
        let applying: Vec<&Clause> = CLAUSES.iter().filter(|c| (c.applies)(&ctx)).collect();
        let mut rendered = Vec::with_capacity(applying.len());
        for clause in &applying {
            rendered.push(self.render_clause(clause, lang, &tctx)?);
        }
        // The draft's entry in the changes part lists the sections that differ from the last
        // published text: known only now that the other clauses are rendered.
        let last_published = project
            .history
            .iter()
            .rev()
            .map(|h| h.markdown.get(lang))
            .find(|m| !m.is_empty());
        if let (Some(before), Some(draft)) = (
            last_published,
            ctx.policy.history.first_mut().filter(|h| h.draft),
        ) {
            let mut now = String::new();
            for (i, (clause, text)) in applying.iter().zip(&rendered).enumerate() {
                if clause.id != "changes" {
                    let section = number_section(clause.id, text, i + 1).map_err(|detail| {
                        RenderError::Template {
                            clause: clause.id.to_owned(),
                            lang,
                            detail,
                        }
                    })?;
                    now.push('\n');
                    now.push_str(&section.text);
                }
            }
            draft.set_sections(lang, context::changed_sections(before, &now))?;
            tctx.insert("policy", &ctx.policy);
            if let Some(i) = applying.iter().position(|c| c.id == "changes") {
                rendered[i] = self.render_clause(applying[i], lang, &tctx)?;
            }
        }
        let mut sections = Vec::new();
        for (clause, text) in applying.iter().zip(&rendered) {
            sections.push(number_section(clause.id, text, sections.len() + 1).map_err(
                |detail| RenderError::Template {
                    clause: clause.id.to_owned(),
                    lang,
                    detail,
                },
            )?);
        }
        let title = i18n::message(lang, "doc-title", &[("org", &ctx.org.name)])?;
        let version = i18n::message(
            lang,
            "doc-version-line",
            &[
                ("version", &ctx.policy.version),
                ("date", &ctx.policy.effective_date),
            ],
        )?;
        let contents = i18n::message(lang, "doc-contents", &[])?;
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            "# {title} {{#title}}\n\n{version}\n\n## {contents} {{#contents}}\n\n"
        );
        for s in &sections {
            let _ = writeln!(out, "- [{}](#{})", s.heading, s.id);
            for (sub_heading, sub_id) in &s.subsections {
                let _ = writeln!(out, "  - [{sub_heading}](#{sub_id})");
            }
        }
        for s in &sections {
            out.push('\n');
            out.push_str(&s.text);
        }
        Ok(out)
    }
}

impl Renderer {
    fn render_clause(
        &self,
        clause: &Clause,
        lang: Lang,
        tctx: &tera::Context,
    ) -> Result<String, RenderError> {
        let name = format!("{}/{}.md", lang.code(), clause.id);
        self.tera
            .render(&name, tctx)
            .map_err(|e| RenderError::Template {
                clause: clause.id.to_owned(),
                lang,
                detail: tera_detail(&e),
            })
    }
}

/// Tera filter `cap`: upper-cases the first letter and leaves the rest alone ("IP-adress"
/// stays as it is), for catalogue names that open a table cell or list item.
fn capitalise_first(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let s = tera::try_get_value!("cap", "value", String, value);
    let mut chars = s.chars();
    Ok(tera::Value::String(match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }))
}

fn split_name(name: &str) -> (Lang, String) {
    let (l, rest) = name.split_once('/').unwrap_or(("en", name));
    (
        l.parse().unwrap_or(Lang::En),
        rest.trim_end_matches(".md").to_owned(),
    )
}

struct Section {
    id: &'static str,
    heading: String,
    subsections: Vec<(String, String)>,
    text: String,
}

/// Numbers a rendered clause: its `# Title` line becomes `## N. Title {#id}` and each
/// `### Sub` becomes `### N.M Sub {#id-M}`. Blank-line runs are folded so that templates can
/// use whitespace freely.
fn number_section(id: &'static str, rendered: &str, n: usize) -> Result<Section, String> {
    let mut lines = rendered.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next().unwrap_or("");
    let title = first
        .strip_prefix("# ")
        .ok_or_else(|| format!("the template must start with `# Title`, found `{first}`"))?
        .trim();
    let heading = format!("{n}. {title}");
    let mut text = format!("## {heading} {{#{id}}}\n");
    let mut subsections = Vec::new();
    let mut blank = true;
    for line in lines {
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        if blank {
            text.push('\n');
        }
        blank = false;
        if let Some(sub) = line.strip_prefix("### ") {
            let m = subsections.len() + 1;
            let sub_heading = format!("{n}.{m} {}", sub.trim());
            let sub_id = format!("{id}-{m}");
            let _ = writeln!(text, "### {sub_heading} {{#{sub_id}}}");
            subsections.push((sub_heading, sub_id));
        } else {
            text.push_str(line.trim_end());
            text.push('\n');
        }
    }
    Ok(Section {
        id,
        heading,
        subsections,
        text,
    })
}

/// The renderer with the embedded templates, built once.
pub fn renderer() -> Result<&'static Renderer, RenderError> {
    static R: OnceLock<Result<Renderer, String>> = OnceLock::new();
    R.get_or_init(|| Renderer::embedded().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| RenderError::Load(e.clone()))
}

/// The policy as Markdown, with the embedded templates.
pub fn markdown(project: &Project, lang: Lang) -> Result<String, RenderError> {
    renderer()?.markdown(project, lang)
}

/// The Markdown options every writer parses with.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH
}

/// The document body as HTML: headings keep their ids and get a self-link for sharing.
pub fn markdown_to_html(markdown: &str) -> String {
    let mut events = Vec::new();
    let mut heading_id: Option<CowStr> = None;
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(Tag::Heading { ref id, level, .. }) if level != HeadingLevel::H1 => {
                heading_id = id.clone();
                events.push(event);
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(id) = heading_id.take() {
                    events.push(Event::InlineHtml(
                        format!(
                            " <a class=\"pw-anchor\" href=\"#{id}\" aria-hidden=\"true\">#</a>"
                        )
                        .into(),
                    ));
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The plain-text title of a document ("Integritetspolicy för X AB").
fn plain_title(project: &Project, lang: Lang) -> Result<String, RenderError> {
    Ok(i18n::message(
        lang,
        "doc-title",
        &[("org", project.organisation.legal_name.trim())],
    )?)
}

/// A standalone HTML page: language, title, the scoped stylesheet with print rules.
pub fn html_page_from_markdown(
    project: &Project,
    lang: Lang,
    markdown: &str,
) -> Result<String, RenderError> {
    Ok(html_page_titled(
        &plain_title(project, lang)?,
        lang,
        markdown,
    ))
}

/// A standalone HTML page of any document in the library's Markdown (the policy, the review
/// memo), with a plain-text title.
pub fn html_page_titled(title: &str, lang: Lang, markdown: &str) -> String {
    let title = html_escape(title);
    let body = markdown_to_html(markdown);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"policywright\">\n<title>{title}</title>\n\
         <style>\n{CSS}</style>\n</head>\n<body>\n<main class=\"policywright\">\n{body}</main>\n</body>\n</html>\n",
        tag = lang.tag(),
    )
}

/// An HTML fragment to paste into an existing page: no html/head/body, styles scoped under
/// `.policywright`.
pub fn html_fragment_from_markdown(lang: Lang, markdown: &str) -> String {
    let body = markdown_to_html(markdown);
    format!(
        "<div class=\"policywright\" lang=\"{tag}\">\n<style>\n{CSS}</style>\n{body}</div>\n",
        tag = lang.tag()
    )
}

pub fn html_page(project: &Project, lang: Lang) -> Result<String, RenderError> {
    let md = markdown(project, lang)?;
    html_page_from_markdown(project, lang, &md)
}

pub fn html_fragment(project: &Project, lang: Lang) -> Result<String, RenderError> {
    Ok(html_fragment_from_markdown(lang, &markdown(project, lang)?))
}

/// The clause ids a project's document has in one language, in order.
pub fn clause_ids(project: &Project, lang: Lang) -> Result<Vec<&'static str>, RenderError> {
    let ctx = Context::build(project, lang)?;
    Ok(CLAUSES
        .iter()
        .filter(|c| (c.applies)(&ctx))
        .map(|c| c.id)
        .collect())
}
