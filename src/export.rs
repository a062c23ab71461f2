//! Writing a project's policy files to a folder: every requested format in every published
//! language, each file written atomically, with progress reported per file.

use crate::diagnostics::{has_errors, Diagnostic};
use crate::file::{write_atomic, WriteError};
use crate::lang::Lang;
use crate::project::Project;
use crate::render::{self, RenderError, Renderer};
use crate::validate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Markdown, the source of all the others.
    Md,
    /// A standalone HTML page.
    Html,
    /// An HTML fragment to paste into an existing page.
    Fragment,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Html, Format::Fragment];

    /// The file name for one language: `policy.sv.md`, `policy.en.fragment.html`, ...
    pub fn file_name(self, lang: Lang) -> String {
        let ext = match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Fragment => "fragment.html",
        };
        format!("policy.{}.{ext}", lang.code())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "md" | "markdown" => Ok(Format::Md),
            "html" => Ok(Format::Html),
            "fragment" => Ok(Format::Fragment),
            other => Err(format!(
                "unknown format `{other}` (expected md, html or fragment)"
            )),
        }
    }
}

/// Progress of an export: `done` of `total` files written, the last one being `path`.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub path: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the project has {} error(s); fix them before publishing", .0.iter().filter(|d| d.is_error()).count())]
    Invalid(Vec<Diagnostic>),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The content of one output, from the language's Markdown.
pub fn output(
    project: &Project,
    lang: Lang,
    format: Format,
    markdown: &str,
) -> Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Md => markdown.as_bytes().to_vec(),
        Format::Html => render::html_page_from_markdown(project, lang, markdown)?.into_bytes(),
        Format::Fragment => render::html_fragment_from_markdown(lang, markdown).into_bytes(),
    })
}

/// Renders and writes every format in every published language with the embedded templates.
pub fn export(
    project: &Project,
    dir: &Path,
    formats: &[Format],
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    export_with(render::renderer()?, project, dir, formats, on_progress)
}

/// Renders and writes every format in every published language. A project with validation
/// errors is not exported. Everything is rendered before anything is written, so a render
/// failure writes nothing; each file is replaced atomically.
pub fn export_with(
    renderer: &Renderer,
    project: &Project,
    dir: &Path,
    formats: &[Format],
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let diags = validate::check(project);
    if has_errors(&diags) {
        return Err(ExportError::Invalid(diags));
    }
    let mut files = Vec::new();
    for lang in project.languages() {
        let md = renderer.markdown(project, lang)?;
        for &format in formats {
            files.push((
                dir.join(format.file_name(lang)),
                output(project, lang, format, &md)?,
            ));
        }
    }
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Folder {
        path: dir.to_owned(),
        source,
    })?;
    let total = files.len();
    let mut written = Vec::with_capacity(total);
    for (i, (path, bytes)) in files.into_iter().enumerate() {
        write_atomic(&path, &bytes)?;
        on_progress(Progress {
            done: i + 1,
            total,
            path: path.clone(),
        });
        written.push(path);
    }
    Ok(written)
}
