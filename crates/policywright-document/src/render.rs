//! From a project to documents: clause templates (Tera) to Markdown, Markdown to HTML.
//!
//! The Markdown is the single source of a document's content: the HTML page, the HTML fragment
//! and the PDF are all written from it. Clause order, which clauses apply and which GDPR
//! Art. 13/14 items each covers are decided here, in [`CLAUSES`], and nowhere else.

use crate::clauses;
use crate::context::{self, Context};
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use crate::project::Project;
use crate::sandbox::{self, ClauseProblem};
use crate::wording::{self, Wording, WordingError};
use include_dir::{include_dir, Dir};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../templates");
const CSS: &str = include_str!("../../../assets/policy.css");

/// One clause of the policy: its logic `templates/<id>.md`, its wording per language
/// `locales/<lang>/wording/<id>.ftl`.
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
        applies: |c| c.children.shown,
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

#[derive(Debug, Clone, thiserror::Error)]
pub enum RenderError {
    #[error("clause `{clause}` ({lang}): {detail}")]
    Template {
        clause: String,
        lang: Lang,
        detail: String,
    },
    /// A clause text written by a person (override, custom clause, house style) that cannot
    /// be rendered; `message` names the clause, the language, the line and the column.
    #[error("{message}")]
    Clause {
        clause: String,
        lang: Lang,
        line: u32,
        column: u32,
        message: String,
    },
    #[error(transparent)]
    Message(#[from] I18nError),
    #[error("templates: {0}")]
    Load(String),
}

/// Where the template of a clause in effect comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The program's own text (templates/<clause>.md with locales/<lang>/wording/<clause>.ftl).
    BuiltIn,
    /// The house style folder (`--templates DIR`, the app's setting).
    HouseStyle,
    /// This project's override.
    Override,
    /// A clause of this project's own.
    Custom,
    /// The program's clause with some of its sentences in this project's words.
    Reworded,
}

/// The Tera templates: the embedded defaults, optionally overridden by a house style folder.
/// A project's own clause texts are added for each render (see [`Renderer::render`]).
#[derive(Clone)]
pub struct Renderer {
    /// One Tera per language: each parses only its own language's templates (in parallel, the
    /// parse being most of a cold start), and a render with the project's own texts copies one.
    tera: HashMap<Lang, tera::Tera>,
    /// Template name ("sv/retention.md") -> the default text in effect.
    defaults: HashMap<String, String>,
    /// Template names that came from the house style.
    house: HashSet<String>,
    /// The macros of each language's macro file.
    macros: HashMap<Lang, HashSet<String>>,
    /// The house style folder, when there is one.
    house_dir: Option<PathBuf>,
    /// The templates are the program's own (clause logic and wording), so a project's reworded
    /// messages can be written into them.
    builtin: bool,
}

/// A clause that could not be rendered: the rest of the document renders with a marker in its
/// place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClauseFailure {
    pub clause: String,
    pub lang: Lang,
    pub source: Source,
    pub problem: ClauseProblem,
}

/// A document in one language, with the clauses that failed (marked in the Markdown).
#[derive(Debug, Clone)]
pub struct Rendered {
    pub markdown: String,
    pub failures: Vec<ClauseFailure>,
}

/// The built-in clauses' logic (and the macros'), `(clause, text)`.
pub fn builtin_logic() -> Vec<(String, &'static str)> {
    TEMPLATES
        .files()
        .filter_map(|f| {
            let name = f.path().file_stem()?.to_str()?.to_owned();
            Some((name, f.contents_utf8().unwrap_or_default()))
        })
        .collect()
}

/// A clause's wording in a language, as the program has it: its Fluent file, or for a
/// pseudo-language its base language's messages accented and bracketed.
fn builtin_wording(lang: Lang, clause: &str) -> Option<String> {
    let Some(base) = lang.pseudo_base() else {
        return i18n::clause_wording(lang, clause).map(str::to_owned);
    };
    let file = format!("locales/{}/wording/{clause}.ftl", base.code());
    let wording = Wording::parse(i18n::clause_wording(base, clause)?, &file).ok()?;
    Some(
        wording
            .map_text(|t| format!("⟦{}⟧", i18n::pseudo_text(t)))
            .to_fluent(),
    )
}

/// Every language's template of every clause, `("<lang>/<clause>.md", text)`: the logic of
/// each clause expanded with the language's wording, which `wording_of` gives.
pub fn language_templates(
    logic: &[(String, &str)],
    wording_of: impl Fn(Lang, &str) -> Option<String>,
) -> Result<Vec<(String, String)>, RenderError> {
    let mut files = Vec::new();
    for lang in Lang::all() {
        for (clause, text) in logic {
            let file = format!("locales/{}/wording/{clause}.ftl", lang.code());
            let source = wording_of(lang, clause).ok_or_else(|| RenderError::Template {
                clause: clause.clone(),
                lang,
                detail: format!("{file} is missing"),
            })?;
            let fail = |e: wording::WordingError| RenderError::Template {
                clause: clause.clone(),
                lang,
                detail: e.to_string(),
            };
            let wording = Wording::parse(&source, &file).map_err(fail)?;
            let logic_file = format!("templates/{clause}.md");
            let expanded =
                wording::expand(text, &wording, lang.code(), &logic_file).map_err(fail)?;
            files.push((format!("{}/{clause}.md", lang.code()), expanded));
        }
    }
    Ok(files)
}

/// All of a Tera error's causes in one line (Tera puts the useful part in the source chain).
fn tera_detail(e: &tera::Error) -> String {
    sandbox::full_error(e).replace('\n', ": ")
}

impl Renderer {
    /// The embedded default templates: each clause's logic (`templates/<clause>.md`) written
    /// out in every language with that language's wording (`locales/<lang>/wording/`).
    pub fn embedded() -> Result<Renderer, RenderError> {
        let mut r = Self::from_files(language_templates(&builtin_logic(), builtin_wording)?)?;
        r.builtin = true;
        Ok(r)
    }

    /// The defaults with every `<lang>/<clause>.md` found under `dir` in their place (a house
    /// style). Its templates are checked like a project's own clause texts: a clause cannot
    /// read files, define macros or loop without bound; the built-in macros cannot be replaced.
    pub fn with_overrides(dir: &Path) -> Result<Renderer, RenderError> {
        let mut r = Self::embedded()?;
        let mut files = Vec::new();
        for lang in Lang::all() {
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
                    .map_err(|err| RenderError::Load(format!("{}: {err}", path.display())))?
                    .replace("\r\n", "\n");
                let name = format!(
                    "{}/{}",
                    lang.code(),
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                files.push((lang, name, text));
            }
        }
        files.sort_by(|a, b| a.1.cmp(&b.1));
        let example = crate::project::examples::default_project();
        for (lang, name, text) in files {
            let (_, clause) = split_name(&name);
            if clause == "macros" {
                return Err(RenderError::Template {
                    clause,
                    lang,
                    detail: "a house style cannot replace the built-in macros (macros.md)"
                        .to_owned(),
                });
            }
            let ctx = Context::build(&example, lang)?;
            let json = serde_json::to_value(&ctx).map_err(|e| RenderError::Load(e.to_string()))?;
            let scope = sandbox::Scope {
                context: &json,
                macro_file: &format!("{}/macros.md", lang.code()),
                macros: r.macros.get(&lang).expect("both languages have macros"),
            };
            if let Err(p) = sandbox::check(&text, &scope) {
                let message = crate::project::diagnostics::Diagnostic::error(p.code, "")
                    .arg("clause", clause.clone())
                    .arg("lang", lang.code())
                    .arg("line", p.line.to_string())
                    .arg("column", p.column.to_string())
                    .arg("detail", p.detail.clone())
                    .message(Lang::EN);
                return Err(RenderError::Clause {
                    clause,
                    lang,
                    line: p.line,
                    column: p.column,
                    message,
                });
            }
            r.tera
                .get_mut(&lang)
                .expect("a Tera for every language")
                .add_raw_template(&name, &text)
                .map_err(|e| RenderError::Template {
                    clause: clause.clone(),
                    lang,
                    detail: tera_detail(&e),
                })?;
            r.defaults.insert(name.clone(), text);
            r.house.insert(name);
        }
        r.house_dir = Some(dir.to_owned());
        Ok(r)
    }

    /// The defaults (built-in), or a house style when a folder is given.
    pub fn for_house_style(dir: Option<&Path>) -> Result<Renderer, RenderError> {
        match dir {
            Some(d) => Self::with_overrides(d),
            None => Self::embedded(),
        }
    }

    /// A renderer over the given templates, `("<lang>/<clause>.md", text)` for every language
    /// (as [`language_templates`] writes them).
    pub fn from_files(files: Vec<(String, String)>) -> Result<Renderer, RenderError> {
        let defaults: HashMap<String, String> = files.iter().cloned().collect();
        let per_lang: Vec<(Lang, Vec<(String, String)>)> = Lang::all()
            .iter()
            .map(|&lang| {
                let prefix = format!("{}/", lang.code());
                let own = files
                    .iter()
                    .filter(|(name, _)| name.starts_with(&prefix))
                    .cloned()
                    .collect();
                (lang, own)
            })
            .collect();
        let built: Vec<(Lang, Result<tera::Tera, RenderError>)> = std::thread::scope(|s| {
            let jobs: Vec<_> = per_lang
                .into_iter()
                .map(|(lang, own)| (lang, s.spawn(move || language_tera(own))))
                .collect();
            jobs.into_iter()
                .map(|(lang, job)| (lang, job.join().expect("template parsing does not panic")))
                .collect()
        });
        let mut tera = HashMap::new();
        let mut macros = HashMap::new();
        for (lang, t) in built {
            let t = t?;
            let names = t
                .get_template(&format!("{}/macros.md", lang.code()))
                .map(|m| m.macros.keys().cloned().collect())
                .unwrap_or_default();
            macros.insert(lang, names);
            tera.insert(lang, t);
        }
        Ok(Renderer {
            tera,
            defaults,
            house: HashSet::new(),
            macros,
            house_dir: None,
            builtin: false,
        })
    }

    /// The Tera of one language.
    fn tera(&self, lang: Lang) -> &tera::Tera {
        self.tera.get(&lang).expect("a Tera for every language")
    }

    /// The house style folder in use, if any.
    pub fn house_dir(&self) -> Option<&Path> {
        self.house_dir.as_deref()
    }

    /// The default template of a built-in clause in effect (house style or built-in), and
    /// where it comes from.
    pub fn default_template(&self, clause: &str, lang: Lang) -> Option<(&str, Source)> {
        let name = format!("{}/{clause}.md", lang.code());
        let text = self.defaults.get(&name)?;
        let source = if self.house.contains(&name) {
            Source::HouseStyle
        } else {
            Source::BuiltIn
        };
        Some((text, source))
    }

    /// The template in effect for a clause (built-in or custom) in one language of a project.
    pub fn template_in_effect<'a>(
        &'a self,
        project: &'a Project,
        clause: &str,
        lang: Lang,
    ) -> Option<(Cow<'a, str>, Source)> {
        if let Some(c) = project.clauses.custom_clause(clause) {
            if !is_builtin(clause) {
                return Some((Cow::Borrowed(c.text(lang)), Source::Custom));
            }
        }
        if let Some(o) = project.clauses.override_of(clause, lang) {
            if is_builtin(clause) {
                return Some((Cow::Borrowed(&o.text), Source::Override));
            }
        }
        // Reworded messages that do not fit the clause are said by the clause checks
        // (`reword::check`); the clause then renders in the program's words.
        if let Some(Ok(text)) = self.reworded_template(project, clause, lang) {
            return Some((Cow::Owned(text), Source::Reworded));
        }
        self.default_template(clause, lang)
            .map(|(t, s)| (Cow::Borrowed(t), s))
    }

    /// A built-in clause written with the project's reworded messages of a language, or None
    /// when it has none there (or a house style replaces the clause).
    pub fn reworded_template(
        &self,
        project: &Project,
        clause: &str,
        lang: Lang,
    ) -> Option<Result<String, WordingError>> {
        let wording = self.builtin_wording(clause, lang)?;
        let own: Vec<_> = project
            .clauses
            .wording
            .iter()
            .filter(|w| w.lang == lang && wording.has(&w.message))
            .collect();
        if own.is_empty() {
            return None;
        }
        let mut wording = wording;
        for w in own {
            if let Err(e) = wording.set(&w.message, &w.text) {
                return Some(Err(e));
            }
        }
        let logic = TEMPLATES
            .get_file(format!("{clause}.md"))?
            .contents_utf8()?;
        Some(wording::expand(
            logic,
            &wording,
            lang.code(),
            &format!("templates/{clause}.md"),
        ))
    }

    /// The program's wording of a built-in clause in a language, when the clause in effect is
    /// the program's own text (not a house style's).
    pub fn builtin_wording(&self, clause: &str, lang: Lang) -> Option<Wording> {
        let name = format!("{}/{clause}.md", lang.code());
        if !self.builtin || self.house.contains(&name) || !is_builtin(clause) {
            return None;
        }
        let file = format!("locales/{}/wording/{clause}.ftl", lang.code());
        Wording::parse(&builtin_wording(lang, clause)?, &file).ok()
    }

    /// The names a clause template can use in a project: its render context and the macros.
    fn scope<'a>(
        &'a self,
        json: &'a serde_json::Value,
        lang: Lang,
        macro_file: &'a str,
    ) -> sandbox::Scope<'a> {
        sandbox::Scope {
            context: json,
            macro_file,
            macros: self.macros.get(&lang).expect("both languages have macros"),
        }
    }

    /// Checks a clause text for one language of a project without rendering the document:
    /// what the editor shows at its lines as the lawyer types.
    pub fn check_template(
        &self,
        project: &Project,
        lang: Lang,
        text: &str,
    ) -> Result<(), ClauseProblem> {
        let ctx = Context::build(project, lang).map_err(|e| ClauseProblem {
            code: "clause-render",
            detail: e.to_string(),
            line: 1,
            column: 1,
        })?;
        let json = serde_json::to_value(&ctx).unwrap_or_default();
        let macro_file = format!("{}/macros.md", lang.code());
        sandbox::check(text, &self.scope(&json, lang, &macro_file))
    }

    /// The policy in one language. A project's own clause text that cannot be rendered does
    /// not stop the rest: its place holds a visible marker, and it is listed in `failures`.
    pub fn render(&self, project: &Project, lang: Lang) -> Result<Rendered, RenderError> {
        let mut ctx = Context::build(project, lang)?;
        let json = serde_json::to_value(&ctx).map_err(|e| RenderError::Load(e.to_string()))?;
        let mut tctx = tera::Context::from_value(json.clone())
            .map_err(|e| RenderError::Load(e.to_string()))?;
        // The project's own texts go into a copy of the templates, each only once it passed
        // the sandbox; the shared defaults are never changed.
        let mut own: Option<tera::Tera> = None;
        let mut doc = Sections::default();
        for entry in clauses::in_order(project) {
            if !clauses::applies(&entry, &ctx) {
                continue;
            }
            let id = entry.id();
            let n = doc.sections.len() + 1;
            let (name, source) = match self.template_in_effect(project, id, lang) {
                Some((text, source @ (Source::Override | Source::Custom | Source::Reworded))) => {
                    match self.add_own(&mut own, &json, id, lang, &text) {
                        Ok(name) => (name, source),
                        Err(problem) => {
                            doc.fail(id, n, lang, source, problem)?;
                            continue;
                        }
                    }
                }
                Some((_, source)) => (format!("{}/{id}.md", lang.code()), source),
                None => {
                    let problem = at_start("clause-unknown", id.to_owned());
                    doc.fail(id, n, lang, Source::BuiltIn, problem)?;
                    continue;
                }
            };
            let tera = own.as_ref().unwrap_or(self.tera(lang));
            match self.numbered(tera, &name, &tctx, project, id, lang, n) {
                Ok(section) => doc.sections.push(section),
                // The program's own templates are tested: a failure is a bug, not input.
                Err(problem) if matches!(source, Source::BuiltIn) => {
                    return Err(RenderError::Template {
                        clause: id.to_owned(),
                        lang,
                        detail: problem.detail,
                    })
                }
                Err(problem) => doc.fail(id, n, lang, source, problem)?,
            }
        }
        self.fill_in_changes(project, lang, &mut ctx, &mut tctx, own.as_ref(), &mut doc)?;
        Ok(Rendered {
            markdown: assemble(&ctx, lang, &doc.sections)?,
            failures: doc.failures,
        })
    }

    /// Adds one of the project's own clause texts to the project's copy of the templates,
    /// once it passed the sandbox: its template name, or the problem that kept it out.
    fn add_own(
        &self,
        own: &mut Option<tera::Tera>,
        json: &serde_json::Value,
        id: &str,
        lang: Lang,
        text: &str,
    ) -> Result<String, ClauseProblem> {
        if text.trim().is_empty() {
            return Err(at_start("clause-language-missing", String::new()));
        }
        let macro_file = format!("{}/macros.md", lang.code());
        sandbox::check(text, &self.scope(json, lang, &macro_file))?;
        let name = format!("project/{}/{id}.md", lang.code());
        own.get_or_insert_with(|| self.tera(lang).clone())
            .add_raw_template(&name, text)
            .map_err(|e| at_start("clause-syntax", tera_detail(&e)))?;
        Ok(name)
    }

    /// One clause rendered and numbered as section `n`.
    #[allow(clippy::too_many_arguments)]
    fn numbered(
        &self,
        tera: &tera::Tera,
        name: &str,
        tctx: &tera::Context,
        project: &Project,
        id: &str,
        lang: Lang,
        n: usize,
    ) -> Result<Section, ClauseProblem> {
        let text = self.render_one(tera, name, tctx, project, id, lang)?;
        number_section(id, &text, n).map_err(|detail| at_start("clause-heading-missing", detail))
    }

    /// The draft's entry in the changes part lists the sections that differ from the last
    /// published text: known only once the other clauses are rendered, so the changes clause
    /// is rendered again with it.
    fn fill_in_changes(
        &self,
        project: &Project,
        lang: Lang,
        ctx: &mut Context,
        tctx: &mut tera::Context,
        own: Option<&tera::Tera>,
        doc: &mut Sections,
    ) -> Result<(), RenderError> {
        let last_published = project
            .history
            .iter()
            .rev()
            .map(|h| h.markdown.get(lang))
            .find(|m| !m.is_empty());
        let changes_at = doc.sections.iter().position(|s| s.id == "changes");
        let (Some(before), Some(draft), Some(i)) = (
            last_published,
            ctx.policy.history.first_mut().filter(|h| h.draft),
            changes_at.filter(|_| !doc.failures.iter().any(|f| f.clause == "changes")),
        ) else {
            return Ok(());
        };
        let now: String = doc
            .sections
            .iter()
            .filter(|s| s.id != "changes")
            .map(|s| format!("\n{}", s.text))
            .collect();
        draft.set_sections(lang, context::changed_sections(before, &now))?;
        tctx.insert("policy", &ctx.policy);
        let (tera, name) = match self.template_in_effect(project, "changes", lang) {
            Some((_, Source::Override | Source::Custom | Source::Reworded)) => (
                own.unwrap_or(self.tera(lang)),
                format!("project/{}/changes.md", lang.code()),
            ),
            _ => (self.tera(lang), format!("{}/changes.md", lang.code())),
        };
        doc.sections[i] = self
            .numbered(tera, &name, tctx, project, "changes", lang, i + 1)
            .map_err(|problem| RenderError::Template {
                clause: "changes".to_owned(),
                lang,
                detail: problem.detail,
            })?;
        Ok(())
    }

    /// Renders one clause template into bounded output.
    fn render_one(
        &self,
        tera: &tera::Tera,
        name: &str,
        tctx: &tera::Context,
        project: &Project,
        id: &str,
        lang: Lang,
    ) -> Result<String, ClauseProblem> {
        let mut out = sandbox::Bounded::new();
        match tera.render_to(name, tctx, &mut out) {
            Ok(()) => Ok(String::from_utf8_lossy(&out.out).into_owned()),
            Err(e) => {
                let text = self
                    .template_in_effect(project, id, lang)
                    .map(|(t, _)| t)
                    .unwrap_or_default();
                if let Some(code) = out.stopped {
                    return Err(ClauseProblem {
                        code,
                        detail: String::new(),
                        line: 1,
                        column: 1,
                    });
                }
                let detail = tera_detail(&e);
                // Tera names what failed in backticks: find it in the template for a place.
                let needle = detail
                    .split('`')
                    .nth(1)
                    .filter(|n| !n.contains('/') && !n.is_empty())
                    .unwrap_or("");
                let (line, column) =
                    sandbox::line_column(&text, sandbox::find_in_tags(&text, needle));
                Err(ClauseProblem {
                    code: "clause-render",
                    detail: detail.rsplit(": ").next().unwrap_or(&detail).to_owned(),
                    line,
                    column,
                })
            }
        }
    }

    /// The policy as Markdown in one language; a project clause text that cannot be rendered
    /// is an error naming the clause, the language, the line and the column.
    pub fn markdown(&self, project: &Project, lang: Lang) -> Result<String, RenderError> {
        let r = self.render(project, lang)?;
        match r.failures.into_iter().next() {
            None => Ok(r.markdown),
            Some(f) => Err(RenderError::Clause {
                message: clauses::problem_diagnostic(project, &f).message(Lang::EN),
                clause: f.clause,
                lang: f.lang,
                line: f.problem.line,
                column: f.problem.column,
            }),
        }
    }
}

/// The document's sections as they are rendered, with the clauses that failed.
#[derive(Default)]
struct Sections {
    sections: Vec<Section>,
    failures: Vec<ClauseFailure>,
}

impl Sections {
    /// A clause that failed: a marker in its place, and the failure listed.
    fn fail(
        &mut self,
        id: &str,
        n: usize,
        lang: Lang,
        source: Source,
        problem: ClauseProblem,
    ) -> Result<(), RenderError> {
        self.sections.push(failed_section(id, n, lang, &problem)?);
        self.failures.push(ClauseFailure {
            clause: id.to_owned(),
            lang,
            source,
            problem,
        });
        Ok(())
    }
}

/// A problem with a whole clause text (reported at its start).
fn at_start(code: &'static str, detail: String) -> ClauseProblem {
    ClauseProblem {
        code,
        detail,
        line: 1,
        column: 1,
    }
}

/// The document: title, version line, contents with every section and sub-section, sections.
fn assemble(ctx: &Context, lang: Lang, sections: &[Section]) -> Result<String, RenderError> {
    let title = i18n::message(lang, "doc-title", &[("org", &ctx.org.name)])?;
    let (line, version) = match &ctx.policy.draft_since {
        Some(since) => ("doc-draft-line", since),
        None => ("doc-version-line", &ctx.policy.version),
    };
    let version = i18n::message(
        lang,
        line,
        &[("version", version), ("date", &ctx.policy.effective_date)],
    )?;
    let contents = i18n::message(lang, "doc-contents", &[])?;
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "# {title} {{#title}}\n\n{version}\n\n## {contents} {{#contents}}\n\n"
    );
    for s in sections {
        let _ = writeln!(out, "- [{}](#{})", s.heading, s.id);
        for (sub_heading, sub_id) in &s.subsections {
            let _ = writeln!(out, "  - [{sub_heading}](#{sub_id})");
        }
    }
    for s in sections {
        out.push('\n');
        out.push_str(&s.text);
    }
    Ok(out)
}

/// A Tera holding one language's templates (names "sv/intro.md"), set up as every render needs.
fn language_tera(files: Vec<(String, String)>) -> Result<tera::Tera, RenderError> {
    let mut tera = tera::Tera::default();
    // The context is escaped for Markdown already; HTML escaping here would double it.
    tera.autoescape_on(vec![]);
    tera.register_filter("cap", capitalise_first);
    tera.add_raw_templates(files)
        .map_err(|e| RenderError::Load(tera_detail(&e)))?;
    Ok(tera)
}

/// True for the id of a built-in clause.
pub fn is_builtin(id: &str) -> bool {
    CLAUSES.iter().any(|c| c.id == id)
}

/// The section standing where a clause failed: numbered like the others, so the document
/// keeps its shape, with what went wrong.
fn failed_section(
    id: &str,
    n: usize,
    lang: Lang,
    problem: &ClauseProblem,
) -> Result<Section, RenderError> {
    let title = i18n::message(lang, "doc-clause-failed", &[("clause", id)])?;
    let message = crate::project::diagnostics::Diagnostic::error(problem.code, "")
        .arg("clause", id)
        .arg("lang", lang.code())
        .arg("line", problem.line.to_string())
        .arg("column", problem.column.to_string())
        .arg("detail", problem.detail.clone())
        .message(lang);
    let heading = format!("{n}. {title}");
    let text = format!(
        "## {heading} {{#{id}}}\n\n> **{title}** {}\n",
        crate::markdown::escape(&message)
    );
    Ok(Section {
        id: id.to_owned(),
        heading,
        subsections: Vec::new(),
        text,
    })
}

/// Tera filter `cap`: upper-cases the first letter and leaves the rest alone ("IP-adress"
/// stays as it is), for catalogue names that open a table cell or list item.
fn capitalise_first(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let s = tera::try_get_value!("cap", "value", String, value);
    Ok(tera::Value::String(capitalise(&s)))
}

/// The text with its first letter upper-cased and the rest as it is: a catalogue name
/// ("statistik") opening a heading, a cell or a list item.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn split_name(name: &str) -> (Lang, String) {
    let (l, rest) = name.split_once('/').unwrap_or(("en", name));
    (
        l.parse().unwrap_or(Lang::EN),
        rest.trim_end_matches(".md").to_owned(),
    )
}

struct Section {
    id: String,
    heading: String,
    subsections: Vec<(String, String)>,
    text: String,
}

/// Numbers a rendered clause: its `# Title` line becomes `## N. Title {#id}` and each
/// `### Sub` becomes `### N.M Sub {#id-M}`. Blank-line runs are folded so that templates can
/// use whitespace freely.
fn number_section(id: &str, rendered: &str, n: usize) -> Result<Section, String> {
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
        id: id.to_owned(),
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
        // Raw HTML in the Markdown (a clause text may contain any) is shown as the text it is,
        // never passed through as markup: clause text is trusted no more than answers.
        let event = match event {
            Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            // Only web, mail and in-page links: a clause cannot make a `javascript:` link.
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if !safe_destination(&dest_url) => Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::Borrowed("#"),
                title,
                id,
            }),
            other => other,
        };
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

/// A link destination a policy may have: http(s), mailto, or a place in the document.
fn safe_destination(url: &str) -> bool {
    let u = url.trim().to_ascii_lowercase();
    u.starts_with("https://")
        || u.starts_with("http://")
        || u.starts_with("mailto:")
        || u.starts_with('#')
}

/// Text made safe to put in HTML, in content and in double-quoted attributes.
pub fn html_escape(s: &str) -> String {
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

/// The clause ids a project's document has in one language, in order (custom clauses at
/// their places).
pub fn clause_ids(project: &Project, lang: Lang) -> Result<Vec<String>, RenderError> {
    let ctx = Context::build(project, lang)?;
    Ok(clauses::in_order(project)
        .into_iter()
        .filter(|e| clauses::applies(e, &ctx))
        .map(|e| e.id().to_owned())
        .collect())
}
