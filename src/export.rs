//! Writing a project's policy files to a folder: every requested format in every published
//! language, each file written atomically, with progress reported per file.

use crate::analysis::{Analysis, DraftStatus, Templates};
use crate::document::render::RenderError;
use crate::file::{write_atomic, WriteError};
use crate::lang::Lang;
use crate::project::diagnostics::{has_errors, Diagnostic};
use crate::project::Project;
use crate::review::memo;
use serde::Serialize;
use std::path::{Path, PathBuf};

pub use crate::formats::Format;
use crate::formats::Maker;

/// The policy version an exported file was written for, read from the file: the PDF's
/// /PolicyVersion, the JSON's `version`, or the version line ("Version 2.0 · ...") of the
/// Markdown and HTML. None for
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
    if path.extension().is_some_and(|e| e == "json") {
        let data: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        if data["format"] != "policywright-policy" {
            return None;
        }
        return match (data["version"].as_str(), data.get("changed_since")) {
            (_, Some(_)) => Some(crate::review::publish::DRAFT.to_owned()),
            (Some(v), None) => Some(v.to_owned()),
            (None, None) => None,
        };
    }
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]).into_owned();
    // A draft's line (doc-draft-line) starts "Utkast ·" or "Draft ·".
    let draft = ["\nUtkast · ", ">Utkast · ", "\nDraft · ", ">Draft · "];
    if draft.iter().any(|m| text.contains(m)) {
        return Some(crate::review::publish::DRAFT.to_owned());
    }
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
/// `label` is what the export writes the files as ([`export_label`]).
pub fn other_versions(
    project: &Project,
    dir: &Path,
    formats: &[Format],
    versioned: bool,
    label: &str,
) -> Vec<(PathBuf, String)> {
    let current = label.trim();
    let version = versioned.then_some(current);
    let mut out = Vec::new();
    for lang in project.languages() {
        for &f in formats {
            let path = dir.join(f.versioned_file_name(lang, version));
            // A file with every language in it is looked at once.
            if out.iter().any(|(p, _)| p == &path) {
                continue;
            }
            if let Some(v) = file_version(&path).filter(|v| v != current) {
                out.push((path, v));
            }
        }
    }
    out
}

/// What an export of the draft is labelled as: its version number, or "draft" when that
/// number is published with another text (see [`Analysis::draft_status`]).
pub fn export_label(analysis: &Analysis) -> Result<String, RenderError> {
    let project = analysis
        .project()
        .map_err(|_| RenderError::Load("the project could not be read".to_owned()))?;
    Ok(match analysis.draft_status()? {
        DraftStatus::ChangedSince(_) => crate::review::publish::DRAFT.to_owned(),
        _ => project.policy.version.trim().to_owned(),
    })
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
    /// `export_published`: no recorded text of that version.
    #[error("version {0} has no recorded text in the history")]
    NotPublished(String),
    /// `export_published` of a format made from the answers: a version records only its text.
    #[error("the {format} file is made from the answers, and version {version} records only its text: export it from the draft while the draft is that version")]
    NotRecorded {
        format: &'static str,
        version: String,
    },
    #[error(transparent)]
    Record(#[from] crate::record::RecordError),
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
    // A draft that is no longer the text of its published number says so (doc-draft-line),
    // and its metadata names no version.
    let (version_line_id, version, meta_version) = match &policy.draft_since {
        Some(since) => (
            "doc-draft-line",
            since.trim(),
            crate::review::publish::DRAFT,
        ),
        None => (
            version_line_id,
            policy.version.trim(),
            policy.version.trim(),
        ),
    };
    let version_line = msg(version_line_id, &[("version", version), ("date", &date)])?;
    let contents = msg("doc-contents", &[])?;
    let meta = crate::pdf::PdfMeta {
        lang: lang.code(),
        tag: lang.tag(),
        hyphenation: &lang.language().hyphenation,
        title: &title,
        organisation: org,
        subject: &subject,
        version: meta_version,
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
///
/// A draft whose number is published with another text is written as a draft: "draft" in the
/// versioned file names, the draft line in place of the version line, no version in the PDF's
/// metadata (see [`Analysis::draft_status`]).
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
    if let DraftStatus::ChangedSince(since) = analysis.draft_status()? {
        let mut marked = project.clone();
        marked.policy.draft_since = Some(since);
        let marked = Analysis::of_project(analysis.templates(), marked);
        let label = versioned.then_some(crate::review::publish::DRAFT);
        return write_documents(&marked, dir, formats, label, on_progress);
    }
    let label = versioned.then_some(project.policy.version.as_str());
    write_documents(analysis, dir, formats, label, on_progress)
}

/// Renders and writes the documents of an analysis whose errors were checked, the file names
/// carrying `version` when given.
fn write_documents(
    analysis: &Analysis,
    dir: &Path,
    formats: &[Format],
    version: Option<&str>,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let project = analysis
        .project()
        .map_err(|d| ExportError::Invalid(d.to_vec()))?;
    let docs: Vec<(Lang, &str)> = analysis
        .documents()?
        .iter()
        .map(|(lang, doc)| (*lang, doc.markdown.as_str()))
        .collect();
    write_markdown(project, &docs, dir, formats, version, on_progress)
}

/// Writes a published version exactly as it was recorded: its Markdown in each language it
/// was recorded in, with its number and date in the version line, the metadata and (when
/// `versioned`) the file names. The draft's answers play no part but the organisation's name
/// in the PDF's metadata.
pub fn export_published(
    project: &Project,
    version: &str,
    dir: &Path,
    formats: &[Format],
    versioned: bool,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let entry = project
        .history
        .iter()
        .find(|h| h.version.trim() == version.trim())
        .ok_or_else(|| ExportError::NotPublished(version.trim().to_owned()))?;
    let docs: Vec<(Lang, &str)> = entry
        .languages()
        .into_iter()
        .map(|lang| (lang, entry.markdown.get(lang)))
        .collect();
    if docs.is_empty() {
        return Err(ExportError::NotPublished(version.trim().to_owned()));
    }
    if let Some(f) = formats.iter().find(|f| f.from_answers()) {
        return Err(ExportError::NotRecorded {
            format: f.id(),
            version: version.trim().to_owned(),
        });
    }
    let mut recorded = project.clone();
    recorded.policy.version = entry.version.trim().to_owned();
    recorded.policy.effective_date = entry.date.clone();
    recorded.policy.draft_since = None;
    let label = versioned.then_some(recorded.policy.version.as_str());
    write_markdown(&recorded, &docs, dir, formats, label, on_progress)
}

/// Makes every format of each language's Markdown, then writes them all.
fn write_markdown(
    project: &Project,
    docs: &[(Lang, &str)],
    dir: &Path,
    formats: &[Format],
    version: Option<&str>,
    on_progress: &mut dyn FnMut(Progress),
) -> Result<Vec<PathBuf>, ExportError> {
    let path_of = |lang: Lang, format: Format| dir.join(format.versioned_file_name(lang, version));
    // Folders first: they are quick, and their files count in the progress from the start.
    let folders = make_folders(project, docs, dir, formats)?;
    let (per_language, whole): (Vec<Format>, Vec<Format>) = formats
        .iter()
        .filter(|f| !matches!(f.maker(), Maker::Folder(_)))
        .partition(|f| !f.from_answers());
    // One step per file made and one per file written.
    let total = 2 * (docs.len() * per_language.len() + whole.len()) + folders.len();
    let mut done = 0;
    let mut report = |path: PathBuf, warnings: Vec<String>| {
        done += 1;
        on_progress(Progress {
            done,
            total,
            path,
            warnings,
        });
    };
    let mut made = make_outputs(project, docs, &per_language, &mut |lang, format| {
        report(path_of(lang, format), Vec::new())
    });
    // A file with every language in it is made once, from the answers.
    if let Some(&(lang, markdown)) = docs.first() {
        for f in whole {
            made.push(output(project, lang, f, markdown).map(|o| (lang, f, o)));
            report(path_of(lang, f), Vec::new());
        }
    }
    let mut files = Vec::with_capacity(made.len() + folders.len());
    for m in made {
        let (lang, format, (bytes, warnings)) = m?;
        files.push((path_of(lang, format), bytes, warnings));
    }
    files.extend(folders);
    write_all(dir, files, &mut report)
}

/// The files of every folder format (the cookie banner), with their paths in `dir`; a folder's
/// warnings go with its first file.
fn make_folders(
    project: &Project,
    docs: &[(Lang, &str)],
    dir: &Path,
    formats: &[Format],
) -> Result<Vec<FileToWrite>, ExportError> {
    let mut out = Vec::new();
    for &f in formats {
        let Maker::Folder(make) = f.maker() else {
            continue;
        };
        let (files, mut warnings) = make(project, docs)?;
        let folder = dir.join(f.file_name(Lang::SV));
        for (name, bytes) in files {
            out.push((folder.join(name), bytes, std::mem::take(&mut warnings)));
        }
    }
    Ok(out)
}

/// A file to write: its path, bytes and the warnings about it.
type FileToWrite = (PathBuf, Vec<u8>, Vec<String>);

/// One output made: its language, format, bytes and warnings.
type Made = Result<(Lang, Format, (Vec<u8>, Vec<String>)), ExportError>;

/// Every format of every language, each language on a thread of its own (the PDFs are most of
/// the work, and a machine has more than one core). `on_made` hears of each output as soon as
/// it is made; the outputs come back in the order of the languages and formats given.
fn make_outputs(
    project: &Project,
    docs: &[(Lang, &str)],
    formats: &[Format],
    on_made: &mut dyn FnMut(Lang, Format),
) -> Vec<Made> {
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Made)>();
    let mut made: Vec<Option<Made>> = (0..docs.len() * formats.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        for (i, &(lang, markdown)) in docs.iter().enumerate() {
            let tx = tx.clone();
            s.spawn(move || {
                for (k, &f) in formats.iter().enumerate() {
                    let out = output(project, lang, f, markdown).map(|o| (lang, f, o));
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
    files: Vec<FileToWrite>,
    on_written: &mut dyn FnMut(PathBuf, Vec<String>),
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Folder {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = Vec::with_capacity(files.len());
    for (path, bytes, warnings) in files {
        // A folder format's files go into a folder of their own.
        if let Some(parent) = path.parent().filter(|p| *p != dir) {
            std::fs::create_dir_all(parent).map_err(|source| ExportError::Folder {
                path: parent.to_owned(),
                source,
            })?;
        }
        write_atomic(&path, &bytes)?;
        on_written(path.clone(), warnings);
        written.push(path);
    }
    Ok(written)
}

/// A writer of documents about the project in some languages (the memo, the record): what the
/// CLI's `review` and `record` and the app's dialogs call.
pub type WriteDocuments = fn(&Analysis, &Path, &[Lang]) -> Result<Vec<PathBuf>, ExportError>;

/// Writes the record of processing activities (Art. 30) in each of `langs` to `dir` (created
/// if missing): `record.<lang>.xlsx`, `record.<lang>.html` and a tagged `record.<lang>.pdf`.
/// A project with errors has no record: its facts would not be the policy's.
pub fn write_record(
    analysis: &Analysis,
    dir: &Path,
    langs: &[Lang],
) -> Result<Vec<PathBuf>, ExportError> {
    use crate::record::{self, Record};
    let project = analysis
        .project()
        .map_err(|d| ExportError::Invalid(d.to_vec()))?;
    let diags = analysis.answers();
    if has_errors(diags) {
        return Err(ExportError::Invalid(diags.to_vec()));
    }
    let mut files = Vec::new();
    for &lang in langs {
        let made = Record::of(project, lang)?;
        let md = record::markdown(project, &made)?;
        let org = project.organisation.legal_name.trim();
        let title = crate::i18n::message(lang, "record-title", &[("org", org)])
            .map_err(RenderError::from)?;
        let page = crate::document::render::html_page_titled(&title, lang, &md);
        let pdf = pdf_with_title(
            project,
            lang,
            &md,
            "record-name-pdf",
            "record-subject",
            "record-version-line",
        )?;
        let name = |ext| dir.join(record::file_name(lang, ext));
        files.push((name("xlsx"), record::xlsx(project, &made)?, vec![]));
        files.push((name("html"), page.into_bytes(), vec![]));
        files.push((name("pdf"), pdf.bytes, vec![]));
    }
    write_all(dir, files, &mut |_, _| {})
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
