//! One analysis of a project: the one place that runs the pipeline's stages for a face (a CLI
//! command, an app command). Built from a project file's text (or a project) and the templates
//! in effect, it holds the parsed project, every diagnostic placed at its line, each
//! language's rendered document, the clause checks, the lint and the coverage, each computed
//! at most once and only when first asked for: `history` parses and nothing more, `check`
//! renders each language once for the clause checks and the lint together.

use crate::document::clauses;
use crate::document::render::{self, ClauseFailure, RenderError, Rendered, Renderer};
use crate::project::diagnostics::{Diagnostic, Location};
use crate::project::source::{parse_project, SourceMap};
use crate::review::coverage::{self, Coverage};
use crate::review::lint::{self, Lint};
use crate::{Lang, Project};
use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The clause templates in effect: the built-in ones, or a house style from a folder (which
/// replaces any clause it has). Parsed when a document is first rendered, not before; shared
/// between threads (the app keeps one for every command).
pub struct Templates {
    house: Option<PathBuf>,
    built: OnceLock<Result<Built, RenderError>>,
}

enum Built {
    Embedded(&'static Renderer),
    Owned(Arc<Renderer>),
}

impl Templates {
    /// The built-in templates, or the house style in `house` over them.
    pub fn new(house: Option<&Path>) -> Templates {
        Templates {
            house: house.map(Path::to_owned),
            built: OnceLock::new(),
        }
    }

    /// Templates already parsed (the app parses a chosen house style once, when chosen).
    pub fn from_renderer(renderer: Arc<Renderer>) -> Templates {
        Templates {
            house: renderer.house_dir().map(Path::to_owned),
            built: OnceLock::from(Ok(Built::Owned(renderer))),
        }
    }

    /// The renderer, parsing the templates on first use.
    pub fn renderer(&self) -> Result<&Renderer, RenderError> {
        let built = self.built.get_or_init(|| match &self.house {
            None => render::renderer().map(Built::Embedded),
            Some(dir) => Renderer::with_overrides(dir).map(|r| Built::Owned(Arc::new(r))),
        });
        match built {
            Ok(Built::Embedded(r)) => Ok(r),
            Ok(Built::Owned(r)) => Ok(r),
            Err(e) => Err(e.clone()),
        }
    }
}

/// How the draft stands to the published versions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "status", content = "version", rename_all = "kebab-case")]
pub enum DraftStatus {
    /// Its version number has not been published: the draft may carry it.
    Unpublished,
    /// It is exactly the recorded text of the version it is numbered as.
    Published,
    /// It is numbered as this published version but says something else: exported, it is
    /// marked as a draft, never as that version.
    ChangedSince(String),
}

/// A project, read and checked once, its documents rendered once, on demand.
pub struct Analysis<'t> {
    templates: &'t Templates,
    text: Option<String>,
    project: Result<Project, Vec<Diagnostic>>,
    answers: OnceCell<Vec<Diagnostic>>,
    documents: OnceCell<Result<Vec<(Lang, Rendered)>, RenderError>>,
    clause_checks: OnceCell<Result<Vec<Diagnostic>, RenderError>>,
    lint: OnceCell<Option<Lint>>,
}

impl<'t> Analysis<'t> {
    /// A project file's text: parsed now (structure and size), everything else when asked.
    pub fn of_text(templates: &'t Templates, text: String) -> Analysis<'t> {
        let project = parse_project(&text);
        Self::new(templates, Some(text), project)
    }

    /// A project made elsewhere (the app's questionnaire): diagnostics have no lines.
    pub fn of_project(templates: &'t Templates, project: Project) -> Analysis<'t> {
        Self::new(templates, None, Ok(project))
    }

    fn new(
        templates: &'t Templates,
        text: Option<String>,
        project: Result<Project, Vec<Diagnostic>>,
    ) -> Analysis<'t> {
        Analysis {
            templates,
            text,
            project,
            answers: OnceCell::new(),
            documents: OnceCell::new(),
            clause_checks: OnceCell::new(),
            lint: OnceCell::new(),
        }
    }

    /// The project, or every structural problem that kept it from being read.
    pub fn project(&self) -> Result<&Project, &[Diagnostic]> {
        self.project.as_ref().map_err(Vec::as_slice)
    }

    /// The templates this analysis renders with.
    pub fn templates(&self) -> &'t Templates {
        self.templates
    }

    /// The errors and warnings about the answers and the project's own clause texts, without
    /// rendering (`policywright::check`), at their lines; a diagnostic about the whole project
    /// (its size) stands at the start of the file. Empty when the project could not be read.
    pub fn answers(&self) -> &[Diagnostic] {
        self.answers.get_or_init(|| match &self.project {
            Ok(p) => {
                let mut diags = crate::check(p);
                self.place(&mut diags);
                for d in diags.iter_mut().filter(|d| d.path.is_empty()) {
                    d.location.get_or_insert(Location { line: 1, column: 1 });
                }
                diags
            }
            Err(_) => Vec::new(),
        })
    }

    /// Each published language's document, rendered once with the templates in effect (a
    /// clause text that fails leaves a marker and a failure).
    pub fn documents(&self) -> Result<&[(Lang, Rendered)], RenderError> {
        self.documents
            .get_or_init(|| {
                let project = self.readable()?;
                let renderer = self.templates.renderer()?;
                project
                    .languages()
                    .into_iter()
                    .map(|l| Ok((l, renderer.render(project, l)?)))
                    .collect()
            })
            .as_ref()
            .map(Vec::as_slice)
            .map_err(Clone::clone)
    }

    /// Whether the draft is the text of the version it is numbered as: right after publishing
    /// it is; once an answer changes, the version number names a text that is not this one.
    pub fn draft_status(&self) -> Result<DraftStatus, RenderError> {
        let project = self.readable()?;
        let version = project.policy.version.trim();
        let Some(entry) = project.history.iter().find(|h| h.version.trim() == version) else {
            return Ok(DraftStatus::Unpublished);
        };
        // A version recorded without its text (an old change log) cannot be compared: only a
        // difference that is known marks the draft.
        let changed = self.documents()?.iter().any(|(lang, doc)| {
            let recorded = entry.markdown.get(*lang);
            !recorded.is_empty() && recorded != doc.markdown
        });
        Ok(if changed {
            DraftStatus::ChangedSince(entry.version.clone())
        } else {
            DraftStatus::Published
        })
    }

    /// One language's rendered document, if the project publishes it.
    pub fn document(&self, lang: Lang) -> Result<Option<&Rendered>, RenderError> {
        Ok(self
            .documents()?
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, r)| r))
    }

    /// The clause texts that failed to render, in every language.
    pub fn failures(&self) -> Result<Vec<ClauseFailure>, RenderError> {
        Ok(self
            .documents()?
            .iter()
            .flat_map(|(_, r)| r.failures.iter().cloned())
            .collect())
    }

    /// The checks that need the templates (`clauses::check`): own clause texts that cannot be
    /// rendered, stale overrides, items no clause covers, at their lines. A language that
    /// cannot be rendered at all adds no failures here (its error is the render's).
    pub fn clause_checks(&self) -> Result<&[Diagnostic], RenderError> {
        self.clause_checks
            .get_or_init(|| {
                let project = self.readable()?;
                let renderer = self.templates.renderer()?;
                let failures = self.failures().unwrap_or_default();
                let mut diags = clauses::check_rendered(renderer, project, &failures);
                self.place(&mut diags);
                Ok(diags)
            })
            .as_ref()
            .map(Vec::as_slice)
            .map_err(Clone::clone)
    }

    /// Every check with the templates in effect, as export and publishing judge a project:
    /// the answers and the clause checks (a missing custom text reported once).
    pub fn diagnostics(&self) -> Result<Vec<Diagnostic>, RenderError> {
        let project = self.readable()?;
        let renderer = self.templates.renderer()?;
        let failures = self.failures()?;
        Ok(clauses::check_all_rendered(renderer, project, &failures))
    }

    /// The lint findings of the rendered documents (a failed clause text reads as its
    /// marker), or None when they cannot be rendered. A project over the size limits is not
    /// linted: its size is the error to fix first (no findings).
    pub fn lint(&self) -> Option<&Lint> {
        self.lint
            .get_or_init(|| {
                let project = self.project.as_ref().ok()?;
                if !crate::limits::check_project(project).is_empty() {
                    return Some(Lint {
                        findings: Vec::new(),
                        silenced: Vec::new(),
                    });
                }
                let docs = self.documents().ok()?;
                let refs: Vec<(Lang, &str)> = docs
                    .iter()
                    .map(|(l, r)| (*l, r.markdown.as_str()))
                    .collect();
                lint::lint(project, &refs).ok()
            })
            .as_ref()
    }

    /// Which Art. 13/14 items apply and which clause covers each, per language.
    pub fn coverage(&self) -> Result<Vec<Coverage>, RenderError> {
        Ok(coverage::coverage(self.readable()?)?)
    }

    /// The project, for a stage that needs one (the faces check `project()` first).
    fn readable(&self) -> Result<&Project, RenderError> {
        self.project
            .as_ref()
            .map_err(|_| RenderError::Load("the project could not be read".to_owned()))
    }

    /// Places diagnostics at their lines in the file's text, when there is one.
    fn place(&self, diags: &mut [Diagnostic]) {
        if let Some(map) = self
            .text
            .as_deref()
            .and_then(|t| SourceMap::parse_project_text(t).ok())
        {
            map.place(diags);
        }
    }
}
