//! Writing a project's policy files to a folder: every requested format in every published
//! language, each file written atomically, with progress reported per file.

use crate::analysis::{Analysis, Templates};
use crate::document::render::RenderError;
use crate::file::{write_atomic, WriteError};
use crate::lang::Lang;
use crate::project::diagnostics::{has_errors, Diagnostic};
use crate::project::Project;
use crate::review::memo;
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use crate::formats::Format;

/// The policy version an exported file was written for, read from the file: the PDF's
/// /PolicyVersion, or the version line ("Version 2.0 · ...") of the Markdown and HTML. None for
/// a file that is not there or not a policy.
pub fn file_version(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.starts_with(b"%PDF") {
        let doc = lopdf::Document::load_mem(&bytes).ok()?;
        let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
        let info = doc.get_object(info).ok()?.as_dict().ok()?;
        let value = info.get(b"PolicyVersion").ok()?.as_str().ok()?;
        return Some(match value.strip_prefix(&[0xFE, 0xFF]) {
            Some(utf16) => {
                let units: Vec<u16> = utf16
                    .chunks_exact(2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&units)
            }
            None => String::from_utf8_lossy(value).into_owned(),
        });
    }
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]).into_owned();
    // Both languages' version lines start "Version N ·" (document.ftl doc-version-line).
    let start = ["\nVersion ", ">Version "]
        .iter()
        .filter_map(|m| text.find(m).map(|i| i + m.len()))
        .min()?;
    let rest = &text[start..];
    let end = rest.find(" ·")?;
    Some(rest[..end].trim().to_owned())
}

/// The files an export would write over that belong to another version of the policy, with
/// that version: what to warn about before exporting.
pub fn other_versions(
    project: &Project,
    dir: &Path,
    formats: &[Format],
    versioned: bool,
) -> Vec<(PathBuf, String)> {
    let current = project.policy.version.trim();
    let version = versioned.then_some(current);
    let mut out = Vec::new();
    for lang in project.languages() {
        for &f in formats {
            let path = dir.join(f.versioned_file_name(lang, version));
            if let Some(v) = file_version(&path).filter(|v| v != current) {
                out.push((path, v));
            }
        }
    }
    out
}

/// Progress of an export: `done` of `total` steps, the last file rendered or written being
/// `path`. Rendering counts as steps too (the PDF is the slow part), so progress moves from the
/// start.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub path: PathBuf,
    /// Warnings about this file, e.g. a character the PDF fonts lack.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the project has {} error(s); fix them before publishing", .0.iter().filter(|d| d.is_error()).count())]
    Invalid(Vec<Diagnostic>),
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error("PDF ({lang}): {source}")]
    Pdf {
        lang: Lang,
        #[source]
        source: crate::pdf::PdfError,
    },
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The content of one output, from the language's Markdown, with any warnings about it.
pub fn output(
    project: &Project,
    lang: Lang,
    format: Format,
    markdown: &str,
) -> Result<(Vec<u8>, Vec<String>), ExportError> {
    format.make(project, lang, markdown)
}

/// The PDF of one language: metadata from the project, labels from the locales.
pub fn pdf_document(
    project: &Project,
    lang: Lang,
    markdown: &str,
) -> Result<crate::pdf::PdfOutput, ExportError> {
    pdf_with_title(
        project,
        lang,
        markdown,
        "doc-policy-name",
        "pdf-subject",
        "doc-version-line",
    )
}

/// A PDF of a document about the project (the policy, the review memo): its title, subject
/// and version line are the given messages.
pub fn pdf_with_title(
    project: &Project,
    lang: Lang,
    markdown: &str,
    title_id: &str,
    subject_id: &str,
    version_line_id: &str,
) -> Result<crate::pdf::PdfOutput, ExportError> {
    use crate::i18n;
    let policy = &project.policy;
    let org = project.organisation.legal_name.trim();
    let date = i18n::long_date(lang, &policy.effective_date)
        .unwrap_or_else(|| policy.effective_date.clone());
    let msg = |id: &str, args: &[(&str, &str)]| {
        i18n::message(lang, id, args).map_err(|e| ExportError::Render(e.into()))
    };
    let title = msg(title_id, &[])?;
    let subject = msg(subject_id, &[("org", org)])?;
    let version_line = msg(
        version_line_id,
        &[("version", policy.version.trim()), ("date", &date)],
    )?;
    let contents = msg("doc-contents", &[])?;
    let meta = crate::pdf::PdfMeta {
        lang: lang.code(),
        title: &title,
        organisation: org,
        subject: &subject,
        version: policy.version.trim(),
        effective_date: &policy.effective_date,
        labels: crate::pdf::PdfLabels {
            contents,
            version_line,
            page_of: Box::new(move |page, pages| {
                let (page, pages) = (page.to_string(), pages.to_string());
                i18n::message(lang, "pdf-page-of", &[("page", &page), ("pages", &pages)])
                    .unwrap_or_else(|_| format!("{page} / {pages}"))
            }),
        },
    };
    crate::pdf::render_pdf(markdown, &meta).map_err(|source| ExportError::Pdf { lang, source })
}

/// Renders and writes every format in every published language with the built-in templates
/// (see [`export_analysis`]).
pub fn export(
    project: &Project,
    dir: &Path,
    formats: &[Format],
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let templates = Templates::new(None);
    let analysis = Analysis::of_project(&templates, project.clone());
    export_analysis(&analysis, dir, formats, false, on_progress)
}

/// Writes every format in every published language from one analysis of the project (each
/// language rendered once). A project with errors (a clause text that cannot be rendered among
/// them, named with its place) is not exported. Everything is made before anything is written,
/// so a failure writes nothing; each file is replaced atomically.
pub fn export_analysis(
    analysis: &Analysis,
    dir: &Path,
    formats: &[Format],
    versioned: bool,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let project = analysis
        .project()
        .map_err(|d| ExportError::Invalid(d.to_vec()))?;
    let diags = analysis.diagnostics()?;
    if has_errors(&diags) {
        return Err(ExportError::Invalid(diags));
    }
    let version = versioned.then_some(project.policy.version.as_str());
    let docs = analysis.documents()?;
    // One step per file made and one per file written.
    let total = 2 * docs.len() * formats.len();
    let mut done = 0;
    let path_of = |lang: Lang, format: Format| dir.join(format.versioned_file_name(lang, version));
    let made = make_outputs(project, docs, formats, &mut |lang, format| {
        done += 1;
        on_progress(Progress {
            done,
            total,
            path: path_of(lang, format),
            warnings: Vec::new(),
        });
    });
    let mut files = Vec::with_capacity(made.len());
    for m in made {
        let (lang, format, (bytes, warnings)) = m?;
        files.push((path_of(lang, format), bytes, warnings));
    }
    write_all(dir, files, &mut |path, warnings| {
        done += 1;
        on_progress(Progress {
            done,
            total,
            path,
            warnings,
        });
    })
}

/// One output made: its language, format, bytes and warnings.
type Made = Result<(Lang, Format, (Vec<u8>, Vec<String>)), ExportError>;

/// Every format of every language, each language on a thread of its own (the PDFs are most of
/// the work, and a machine has more than one core). `on_made` hears of each output as soon as
/// it is made; the outputs come back in the order of the languages and formats given.
fn make_outputs(
    project: &Project,
    docs: &[(Lang, crate::document::render::Rendered)],
    formats: &[Format],
    on_made: &mut dyn FnMut(Lang, Format),
) -> Vec<Made> {
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Made)>();
    let mut made: Vec<Option<Made>> = (0..docs.len() * formats.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        for (i, (lang, doc)) in docs.iter().enumerate() {
            let tx = tx.clone();
            s.spawn(move || {
                for (k, &f) in formats.iter().enumerate() {
                    let out = output(project, *lang, f, &doc.markdown).map(|o| (*lang, f, o));
                    if tx.send((i * formats.len() + k, out)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (slot, out) in rx {
            if let Ok((lang, format, _)) = &out {
                on_made(*lang, *format);
            }
            made[slot] = Some(out);
        }
    });
    made.into_iter()
        .map(|m| m.expect("every output was made"))
        .collect()
}

/// Creates `dir` and writes each file atomically, reporting each one written.
fn write_all(
    dir: &Path,
    files: Vec<(PathBuf, Vec<u8>, Vec<String>)>,
    on_written: &mut dyn FnMut(PathBuf, Vec<String>),
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Folder {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = Vec::with_capacity(files.len());
    for (path, bytes, warnings) in files {
        write_atomic(&path, &bytes)?;
        on_written(path.clone(), warnings);
        written.push(path);
    }
    Ok(written)
}

/// The review memo as a tagged PDF (PDF/UA-1 and PDF/A-2a), dated like the policy.
pub fn memo_pdf(
    project: &Project,
    markdown: &str,
    lang: Lang,
) -> Result<crate::pdf::PdfOutput, ExportError> {
    pdf_with_title(
        project,
        lang,
        markdown,
        "memo-name",
        "memo-subject",
        "memo-version-line",
    )
}

/// Reviews the draft and writes the review memo's HTML page and PDF in each of `langs` to
/// `dir` (created if missing), from one analysis of the project. Everything is made before
/// anything is written.
pub fn write_memo(
    analysis: &Analysis,
    dir: &Path,
    langs: &[Lang],
) -> Result<Vec<PathBuf>, ExportError> {
    let project = analysis
        .project()
        .map_err(|d| ExportError::Invalid(d.to_vec()))?;
    let renderer = analysis.templates().renderer()?;
    let review = memo::Review::of_rendered(renderer, project, analysis.documents()?)?;
    let mut files = Vec::new();
    for &lang in langs {
        let md = memo::markdown(project, &review, lang).map_err(RenderError::from)?;
        let page = memo::html(project, &md, lang).map_err(RenderError::from)?;
        let pdf = memo_pdf(project, &md, lang)?.bytes;
        files.push((
            dir.join(memo::file_name(lang, "html")),
            page.into_bytes(),
            vec![],
        ));
        files.push((dir.join(memo::file_name(lang, "pdf")), pdf, vec![]));
    }
    write_all(dir, files, &mut |_, _| {})
}
