//! The Tauri commands the UI calls (ui/src/api.ts wraps them). Each is a short call into the
//! library: nothing about policies is decided here. See docs/app.md for the shapes.

use crate::error::{AppError, AppResult, ErrorKind};
use crate::state::{AppState, Recent};
use policywright::analysis::{Analysis, DraftStatus, Templates};
use policywright::document::clauses;
use policywright::document::reword;
use policywright::export::{ExportError, Format, Progress};
use policywright::file::LoadError;
use policywright::project::services;
use policywright::review::lint::{FindingReport, SilencedId};
use policywright::review::{diff, publish};
use policywright::{Diagnostic, Lang, Project, Report};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use tauri::{AppHandle, Emitter, Runtime, State, WebviewWindow};
use tauri_plugin_opener::OpenerExt;

type AppStateLock<'a> = State<'a, Mutex<AppState>>;

/// A project and the file it is saved in (None: never saved).
#[derive(Debug, Clone, Serialize)]
pub struct Opened {
    pub path: Option<PathBuf>,
    pub project: Project,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartInfo {
    pub ui_lang: Lang,
    pub recent: Vec<Recent>,
    pub recovery: Option<RecoveryInfo>,
    pub last_project: Option<Opened>,
    /// No settings existed: the start screen greets a new user.
    pub first_start: bool,
    /// The embedded examples `open_example` opens.
    pub examples: Vec<ExampleInfo>,
    /// The program's version, for the About text.
    pub version: String,
    /// When the legal facts the checks rely on were last checked (YYYY-MM-DD).
    pub legal_checked: String,
    /// The house style folder in the settings, and why it could not be loaded, if so.
    pub house_style: HouseStyle,
    /// The output formats the export dialog offers, from the library's registry.
    pub formats: Vec<policywright::formats::FormatInfo>,
    /// The languages the program has (a policy's and the UI's), in order.
    pub languages: Vec<policywright::lang::LanguageInfo>,
}

#[derive(Debug, Serialize)]
pub struct HouseStyle {
    pub path: Option<PathBuf>,
    pub error: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ExampleInfo {
    pub id: String,
    /// The example organisation's name.
    pub name: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryInfo {
    /// RFC 3339, UTC.
    pub saved_at: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub diagnostics: Vec<Report>,
    pub documents: Vec<Document>,
    /// Lint findings in the UI language (the review list shows them after the diagnostics).
    pub lint: Vec<FindingReport>,
    /// Lint ids the project silences, with the reason.
    pub silenced: Vec<SilencedId>,
    /// Clause texts that could not be rendered, with the line and column inside the clause
    /// (the document shows a marker in their place).
    pub clause_problems: Vec<ClauseProblemReport>,
    /// Whether the draft is still the text of the published version it is numbered as: the
    /// export dialog says when it will be exported as a draft instead.
    pub draft: DraftStatus,
}

/// A version published: the project with its new history entry, and what to tell the user.
#[derive(Debug, Serialize)]
pub struct PublishedVersion {
    pub project: Project,
    pub message: String,
}

/// A comparison for the side-by-side view: the sections with their pieces, and every text the
/// view shows in the UI language.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ComparisonView {
    pub title: String,
    pub summary: String,
    pub sections: Vec<ComparedSection>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ComparedSection {
    pub id: String,
    pub title: String,
    pub status: String,
    pub status_text: String,
    pub lines: Vec<policywright::review::diff::Line>,
}

#[derive(Debug, Serialize)]
pub struct ClauseProblemReport {
    pub clause: String,
    pub lang: Lang,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The message without the clause and its place, for the editor, which shows the place.
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Document {
    pub lang: Lang,
    pub html: String,
}

#[derive(Debug, Serialize)]
pub struct Exported {
    pub dir: PathBuf,
    pub files: Vec<PathBuf>,
}

/// Payload of the `export-progress` event: `done` of `total` steps (rendering, then writing),
/// the file the step was about, and warnings about it (e.g. a character the PDF fonts lack).
#[derive(Debug, Clone, Serialize)]
pub struct ExportProgress {
    pub done: usize,
    pub total: usize,
    pub file: String,
    pub warnings: Vec<String>,
}

pub const EXPORT_PROGRESS_EVENT: &str = "export-progress";

#[tauri::command]
pub fn start_info(state: AppStateLock<'_>) -> AppResult<StartInfo> {
    let state = lock(&state)?;
    // A last project that has since been moved or broken is simply not offered. On a first
    // start there is none: the start screen offers a new project or an example, so nobody takes
    // an example company's answers for their own.
    let last_project = state
        .settings
        .current
        .as_deref()
        .and_then(|path| load(path, state.ui_lang()).ok());
    Ok(StartInfo {
        ui_lang: state.ui_lang(),
        recent: state.settings.recent.clone(),
        recovery: recovery_info(state.recovery_file()),
        last_project,
        first_start: state.first_start,
        examples: policywright::examples::examples()
            .into_iter()
            .map(|e| ExampleInfo {
                id: e.id.to_owned(),
                name: e.project.organisation.legal_name.clone(),
            })
            .collect(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        legal_checked: policywright::project::legal::facts().checked.clone(),
        house_style: HouseStyle {
            path: state.settings.house_style.clone(),
            error: state.house_style_error.clone(),
        },
        formats: policywright::formats::offered(),
        languages: Lang::all().into_iter().map(Lang::info).collect(),
    })
}

/// An embedded example as a new, unsaved project (Save asks where to put it).
#[tauri::command]
pub fn open_example(state: AppStateLock<'_>, id: String) -> AppResult<Opened> {
    let example = policywright::examples::example(&id)
        .ok_or_else(|| AppError::new(ErrorKind::Forbidden, format!("no example `{id}`")))?;
    let mut state = lock(&state)?;
    state.settings.current = None;
    persist(&mut state)?;
    Ok(Opened {
        path: None,
        project: example.project,
    })
}

#[tauri::command]
pub fn new_project(state: AppStateLock<'_>) -> AppResult<Opened> {
    let mut state = lock(&state)?;
    state.settings.current = None;
    persist(&mut state)?;
    Ok(Opened {
        path: None,
        project: Project::blank(),
    })
}

#[tauri::command]
pub async fn open_project<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    path: Option<PathBuf>,
) -> AppResult<Option<Opened>> {
    let (dialogs, lang) = {
        let state = lock(&state)?;
        if let Some(path) = &path {
            if !state.is_known(path) {
                return Err(forbidden(path));
            }
        }
        (state.dialogs.clone(), state.ui_lang())
    };
    let path = match path {
        Some(path) => path,
        None => match dialogs.open_project(&window).await? {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    let opened = load(&path, lang)?;
    let mut state = lock(&state)?;
    state.remember(&path, title(&opened.project, &path));
    persist(&mut state)?;
    Ok(Some(opened))
}

#[tauri::command]
pub async fn save_project<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    project: Project,
    save_as: bool,
) -> AppResult<Option<PathBuf>> {
    let (current, dialogs) = {
        let state = lock(&state)?;
        (state.settings.current.clone(), state.dialogs.clone())
    };
    let path = match current.filter(|_| !save_as) {
        Some(path) => path,
        None => match dialogs.save_project(&window, &file_name(&project)).await? {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    policywright::save_project(&path, &project).map_err(|e| AppError::io("save", e))?;
    let mut state = lock(&state)?;
    state.remember(&path, title(&project, &path));
    remove_recovery(&mut state)?;
    persist(&mut state)?;
    Ok(Some(path))
}

#[tauri::command]
pub fn autosave(state: AppStateLock<'_>, project: Project) -> AppResult<()> {
    let mut state = lock(&state)?;
    state
        .ensure_data_dir()
        .map_err(|e| AppError::io("autosave", e))?;
    policywright::save_project(state.recovery_file(), &project)
        .map_err(|e| AppError::io("autosave", e))?;
    if state.settings.recovery_origin != state.settings.current {
        state.settings.recovery_origin = state.settings.current.clone();
        persist(&mut state)?;
    }
    Ok(())
}

#[tauri::command]
pub fn recover(state: AppStateLock<'_>) -> AppResult<Opened> {
    let mut state = lock(&state)?;
    let project = load(state.recovery_file(), state.ui_lang())?.project;
    state.settings.current = state.settings.recovery_origin.clone();
    persist(&mut state)?;
    Ok(Opened {
        path: state.settings.current.clone(),
        project,
    })
}

#[tauri::command]
pub fn discard_recovery(state: AppStateLock<'_>) -> AppResult<()> {
    let mut state = lock(&state)?;
    remove_recovery(&mut state)?;
    persist(&mut state)
}

/// Async so that Tauri runs it off the main thread: the window stays responsive while a large
/// project renders (the UI keeps one request in flight and sends only the newest input next).
#[tauri::command]
pub async fn preview(state: AppStateLock<'_>, project: Project) -> AppResult<Preview> {
    let (lang, renderer) = {
        let state = lock(&state)?;
        (state.ui_lang(), state.renderer.clone())
    };
    // One analysis: each language is rendered once for the preview, the clause checks and the
    // lint. A project's own clause text that fails leaves a marker and is listed with its line.
    let templates = Templates::from_renderer(renderer);
    let analysis = Analysis::of_project(&templates, project);
    let mut documents = Vec::new();
    let mut clause_problems = Vec::new();
    for (doc_lang, r) in analysis.documents().map_err(render_error)? {
        clause_problems.extend(r.failures.iter().map(|f| ClauseProblemReport {
            clause: f.clause.clone(),
            lang: f.lang,
            line: f.problem.line,
            column: f.problem.column,
            message: clauses::problem_message(&f.clause, f.lang, &f.problem, lang),
            reason: clauses::problem_reason(&f.clause, f.lang, &f.problem, lang),
        }));
        documents.push(Document {
            lang: *doc_lang,
            html: policywright::document::render::html_fragment_from_markdown(
                *doc_lang,
                &r.markdown,
            ),
        });
    }
    let diagnostics = analysis.diagnostics().map_err(render_error)?;
    let found = analysis.lint().cloned().unwrap_or_default();
    let draft = analysis.draft_status().map_err(render_error)?;
    Ok(Preview {
        draft,
        diagnostics: reports(&diagnostics, lang),
        documents,
        lint: found.findings.iter().map(|f| f.report(lang)).collect(),
        silenced: found.silenced,
        clause_problems,
    })
}

/// The sections changed since the last published version, per published language: what the
/// publish dialog shows before it asks for the summary.
#[derive(Debug, Serialize)]
pub struct ChangedSections {
    pub lang: Lang,
    pub sections: Vec<String>,
}

#[tauri::command]
pub async fn publish_changes(
    state: AppStateLock<'_>,
    project: Project,
) -> AppResult<Vec<ChangedSections>> {
    let renderer = lock(&state)?.renderer.clone();
    let changed = publish::changed_since_last(&renderer, &project).map_err(render_error)?;
    Ok(changed
        .into_iter()
        .map(|(lang, sections)| ChangedSections { lang, sections })
        .collect())
}

/// Publishes the project in memory: the project with one more history entry (the UI marks it
/// unsaved), or a refusal in the UI language with the project unchanged.
#[tauri::command]
pub async fn publish_version(
    state: AppStateLock<'_>,
    project: Project,
    version: Option<String>,
    date: Option<String>,
    summary: Option<policywright::project::Text>,
) -> AppResult<PublishedVersion> {
    let lang = lock(&state)?.ui_lang();
    let renderer = lock(&state)?.renderer.clone();
    let version = version.filter(|v| !v.trim().is_empty());
    let date = date.filter(|d| !d.trim().is_empty());
    let what = publish::Publication {
        version: version.as_deref(),
        date: date.as_deref(),
        summary: summary.as_ref(),
    };
    let next = publish::publish(&renderer, &project, &what).map_err(|e| match e {
        publish::PublishError::Refused(r) => {
            let mut err = AppError::new(ErrorKind::Refused, r.message(lang));
            if matches!(r, publish::Refusal::Errors { .. }) {
                err = err.with_diagnostics(reports(&policywright::check(&project), lang));
            }
            err
        }
        publish::PublishError::Render(e) => render_error(e),
    })?;
    let h = next.history.last().expect("publish adds an entry");
    let message = publish::published_message(h, lang);
    Ok(PublishedVersion {
        project: next,
        message,
    })
}

/// The published versions, oldest first.
#[tauri::command]
pub fn history(project: Project) -> Vec<publish::VersionInfo> {
    publish::history(&project)
}

/// A recorded version (or `"draft"`) as an HTML fragment, for the read-only view.
#[tauri::command]
pub async fn version_html(
    state: AppStateLock<'_>,
    project: Project,
    version: String,
    lang: Lang,
) -> AppResult<String> {
    let ui = lock(&state)?.ui_lang();
    let renderer = lock(&state)?.renderer.clone();
    let md = publish::version_text(&renderer, &project, &version, lang)
        .map_err(|e| AppError::new(ErrorKind::Render, e.message(ui)))?;
    Ok(policywright::document::render::html_fragment_from_markdown(
        lang, &md,
    ))
}

/// Two versions (or a version and `"draft"`) compared in one language, for the side-by-side
/// view.
#[tauri::command]
pub async fn compare_versions(
    state: AppStateLock<'_>,
    project: Project,
    from: String,
    to: String,
    lang: Lang,
) -> AppResult<ComparisonView> {
    let ui = lock(&state)?.ui_lang();
    let renderer = lock(&state)?.renderer.clone();
    let text = |v: &str| {
        publish::version_text(&renderer, &project, v, lang)
            .map_err(|e| AppError::new(ErrorKind::Render, e.message(ui)))
    };
    let (old, new) = (text(&from)?, text(&to)?);
    let label = |v: &str| publish::version_label(v, ui);
    let cmp = diff::compare(&old, &new, lang, &label(&from), &label(&to));
    let org = project.organisation.legal_name.trim();
    let changed = cmp.changed().count() as u32;
    Ok(ComparisonView {
        title: ui_message(
            ui,
            "diff-title",
            &[("org", org), ("from", &cmp.from), ("to", &cmp.to)],
        ),
        summary: policywright::i18n::message_with_number(ui, "diff-summary", "count", changed)
            .map_err(render_error)?,
        sections: cmp
            .sections
            .iter()
            .map(|s| ComparedSection {
                id: s.id.clone(),
                title: s.title.clone(),
                status: match s.status {
                    diff::Status::Unchanged => "unchanged",
                    diff::Status::Changed => "changed",
                    diff::Status::Added => "added",
                    diff::Status::Removed => "removed",
                    diff::Status::Moved { .. } => "moved",
                }
                .to_owned(),
                status_text: diff::status_text(ui, s).unwrap_or_default(),
                lines: s.lines.clone(),
            })
            .collect(),
    })
}

/// Writes the review memo (HTML and PDF in each published language) into a folder the user
/// picks.
#[tauri::command]
pub async fn export_memo<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    project: Project,
) -> AppResult<Option<Exported>> {
    write_to_chosen_folder(window, state, project, policywright::export::write_memo).await
}

/// Writes the record of processing activities (xlsx, HTML and PDF in each published language)
/// into a folder the user picks.
#[tauri::command]
pub async fn export_record<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    project: Project,
) -> AppResult<Option<Exported>> {
    write_to_chosen_folder(window, state, project, policywright::export::write_record).await
}

/// A document about the project (the memo, the record) in each published language, written by
/// `write` on a blocking thread into a folder the user picks; `None` when the dialog is cancelled.
async fn write_to_chosen_folder<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    project: Project,
    write: policywright::export::WriteDocuments,
) -> AppResult<Option<Exported>> {
    let (dialogs, lang, renderer) = {
        let state = lock(&state)?;
        (
            state.dialogs.clone(),
            state.ui_lang(),
            state.renderer.clone(),
        )
    };
    let Some(dir) = dialogs.export_folder(&window).await? else {
        return Ok(None);
    };
    let target = dir.clone();
    let files = tauri::async_runtime::spawn_blocking(move || {
        let templates = Templates::from_renderer(renderer);
        let analysis = Analysis::of_project(&templates, project);
        let langs = analysis
            .project()
            .map(|p| p.languages())
            .unwrap_or_default();
        write(&analysis, &target, &langs)
    })
    .await
    .map_err(AppError::internal)?
    .map_err(|e| export_error(e, lang))?;
    Ok(Some(Exported { dir, files }))
}

/// Whether the organisation must keep a record (Art. 30(5)), said plainly in the UI language.
#[derive(Debug, Serialize)]
pub struct RecordNeed {
    pub required: bool,
    pub statement: String,
}

#[tauri::command]
pub fn record_need(state: AppStateLock<'_>, project: Project) -> AppResult<RecordNeed> {
    let lang = lock(&state)?.ui_lang();
    let need = policywright::record::need(&project);
    Ok(RecordNeed {
        required: need.is_required(),
        statement: need
            .statement(lang)
            .map_err(|e| AppError::new(ErrorKind::Render, e.to_string()))?,
    })
}

/// The record of processing activities in one language, as an HTML fragment: the record
/// dialog shows it before it is written.
#[tauri::command]
pub fn record_html(project: Project, lang: Lang) -> AppResult<String> {
    let record = policywright::record::Record::of(&project, lang)
        .map_err(|e| AppError::new(ErrorKind::Render, e.to_string()))?;
    let md = policywright::record::markdown(&project, &record)
        .map_err(|e| AppError::new(ErrorKind::Render, e.to_string()))?;
    Ok(policywright::document::render::html_fragment_from_markdown(
        lang, &md,
    ))
}

fn ui_message(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    policywright::i18n::message(lang, id, args).unwrap_or_else(|_| id.to_owned())
}

/// The Clauses view: every clause in order with its source, staleness and items per
/// language, and the Art. 13/14 items that apply but no clause covers.
#[derive(Debug, Serialize)]
pub struct ClauseList {
    pub clauses: Vec<clauses::ClauseInfo>,
    pub uncovered: Vec<Uncovered>,
    /// Every Art. 13/14 item a clause can declare, with its articles.
    pub items: Vec<clauses::CoveredItem>,
}

#[derive(Debug, Serialize)]
pub struct Uncovered {
    pub item: String,
    pub articles: String,
    pub lang: Lang,
}

#[tauri::command]
pub async fn clause_list(state: AppStateLock<'_>, project: Project) -> AppResult<ClauseList> {
    let renderer = lock(&state)?.renderer.clone();
    let list = clauses::list(&renderer, &project).map_err(render_error)?;
    let coverage = policywright::review::coverage::coverage(&project).map_err(render_error)?;
    let uncovered = coverage
        .iter()
        .filter(|c| c.applies)
        .flat_map(|c| {
            c.clauses
                .iter()
                .filter(|(_, cl)| cl.is_none())
                .map(|(lang, _)| Uncovered {
                    item: c.item.to_owned(),
                    articles: c.articles.to_owned(),
                    lang: *lang,
                })
        })
        .collect();
    let items = policywright::review::coverage::item_ids()
        .map(|item| clauses::CoveredItem {
            item: item.to_owned(),
            articles: policywright::review::coverage::articles(item)
                .unwrap_or("")
                .to_owned(),
        })
        .collect();
    Ok(ClauseList {
        clauses: list,
        uncovered,
        items,
    })
}

/// What the clause editor opens with for one clause and language.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClauseTemplate {
    /// The template in effect.
    pub text: String,
    /// The default in effect (built-in or house style); None for a custom clause.
    pub default: Option<String>,
    pub source: policywright::document::render::Source,
    pub stale: bool,
    /// For a stale override: old default, new default, the lawyer's text and the merge.
    pub merge: Option<clauses::Merge>,
    /// The override to add to the project when the lawyer first changes a built-in clause:
    /// its base is the default in effect and it covers what the default covers.
    pub new_override: Option<policywright::project::ClauseOverride>,
}

#[tauri::command]
pub fn clause_template(
    state: AppStateLock<'_>,
    project: Project,
    clause: String,
    lang: Lang,
) -> AppResult<ClauseTemplate> {
    let renderer = lock(&state)?.renderer.clone();
    let (text, source) = renderer
        .template_in_effect(&project, &clause, lang)
        .ok_or_else(|| AppError::new(ErrorKind::Forbidden, format!("no clause `{clause}`")))?;
    let default = renderer
        .default_template(&clause, lang)
        .map(|(t, _)| t.to_owned());
    let stale = clauses::is_stale(&renderer, &project, &clause, lang);
    let new_override = policywright::document::render::CLAUSES
        .iter()
        .find(|c| c.id == clause)
        .zip(default.as_ref())
        .map(|(c, d)| policywright::project::ClauseOverride {
            clause: clause.clone(),
            lang,
            text: d.clone(),
            base: d.clone(),
            covers: c.covers.iter().map(|s| (*s).to_owned()).collect(),
        });
    Ok(ClauseTemplate {
        text: text.into_owned(),
        default,
        source,
        stale,
        merge: stale
            .then(|| clauses::merge(&renderer, &project, &clause, lang))
            .flatten(),
        new_override,
    })
}

/// A built-in clause's sentences in a language: the program's words and those in effect.
#[tauri::command]
pub fn clause_wording(
    state: AppStateLock<'_>,
    project: Project,
    clause: String,
    lang: Lang,
) -> AppResult<Vec<reword::Message>> {
    let (renderer, ui) = {
        let state = lock(&state)?;
        (state.renderer.clone(), state.ui_lang())
    };
    reword::messages(&renderer, &project, &clause, lang)
        .map_err(|e| AppError::new(ErrorKind::Refused, e.message(ui)))
}

/// The project with one sentence in its own words, and the answers the program's words show
/// and these leave out (a lawyer may mean it; the UI says so).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reworded {
    pub project: Project,
    pub left_out: Vec<String>,
}

/// Stores a sentence in the project's words; refused, in the UI language, when the words do
/// not fit the clause (the project is then unchanged).
#[tauri::command]
pub fn clause_reword(
    state: AppStateLock<'_>,
    mut project: Project,
    message: String,
    lang: Lang,
    text: String,
) -> AppResult<Reworded> {
    let (renderer, ui) = {
        let state = lock(&state)?;
        (state.renderer.clone(), state.ui_lang())
    };
    let left_out = reword::reword(&renderer, &mut project, &message, lang, &text)
        .map_err(|e| AppError::new(ErrorKind::Refused, e.message(ui)))?;
    Ok(Reworded { project, left_out })
}

/// The project with a sentence back in the program's words.
#[tauri::command]
pub fn clause_reword_reset(mut project: Project, message: String, lang: Lang) -> Project {
    reword::reset(&mut project, &message, lang);
    project
}

#[tauri::command]
pub fn clause_variables(lang: Lang) -> Vec<policywright::document::variables::Variable> {
    policywright::document::variables::catalogue(lang)
}

/// Adds a custom clause after another; its text in each published language starts as a
/// heading for the lawyer to write under.
/// Adds a custom clause from its heading in each published language: the id is made from the
/// first language's heading, and each text starts with its heading. Refused, in the UI
/// language, without a heading or with one the project has.
#[tauri::command]
pub fn clause_add(
    state: AppStateLock<'_>,
    mut project: Project,
    headings: policywright::project::Text,
    after: String,
) -> AppResult<Project> {
    let (renderer, lang) = {
        let state = lock(&state)?;
        (state.renderer.clone(), state.ui_lang())
    };
    let refused = |m: String| AppError::new(ErrorKind::Refused, m);
    let langs = project.languages();
    let mut texts = policywright::project::Text::default();
    for l in &langs {
        let heading = headings.get(*l).trim();
        if heading.is_empty() {
            return Err(refused(clauses::HeadingError::Empty.message(lang)));
        }
        texts.set(*l, &format!("# {heading}\n"));
    }
    let first = langs.first().map(|l| headings.get(*l)).unwrap_or_default();
    let id = clauses::id_from_heading(first, &project).map_err(|e| refused(e.message(lang)))?;
    let custom = policywright::project::CustomClause {
        id,
        after,
        covers: Vec::new(),
        texts,
    };
    clauses::add_custom(&renderer, &mut project, custom, lang)
        .map_err(|e| AppError::new(ErrorKind::InvalidProject, e.to_string()))?;
    Ok(project)
}

#[tauri::command]
pub fn clause_remove(mut project: Project, id: String) -> AppResult<Project> {
    clauses::remove_custom(&mut project, &id)
        .map_err(|e| AppError::new(ErrorKind::InvalidProject, e.to_string()))?;
    Ok(project)
}

/// The catalogue of services, for "Which of these services do you use?".
#[tauri::command]
pub fn services() -> &'static services::Catalogue {
    services::catalogue()
}

/// Adds a service of the catalogue: its recipient, its transfers and its cookies.
#[tauri::command]
pub fn service_add(
    state: AppStateLock<'_>,
    mut project: Project,
    id: String,
) -> AppResult<Project> {
    let service = services::catalogue().get(&id).ok_or_else(|| {
        let lang = lock(&state).map(|s| s.ui_lang()).unwrap_or(Lang::EN);
        let message = policywright::i18n::message(lang, "service-not-in-catalogue", &[("id", &id)])
            .unwrap_or_else(|_| id.clone());
        AppError::new(ErrorKind::Refused, message)
    })?;
    services::add_to(&mut project, service);
    Ok(project)
}

/// Removes what a service added.
#[tauri::command]
pub fn service_remove(mut project: Project, id: String) -> Project {
    services::remove_from(&mut project, &id);
    project
}

/// Asks for a house style folder, loads it and remembers it; a folder with a broken template
/// is refused (kind "render", the message names the clause, language, line and column) and the
/// templates in effect stay as they were.
#[tauri::command]
pub async fn choose_house_style<R: Runtime>(
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
) -> AppResult<Option<PathBuf>> {
    let dialogs = lock(&state)?.dialogs.clone();
    let Some(dir) = dialogs.house_style_folder(&window).await? else {
        return Ok(None);
    };
    let renderer =
        policywright::document::render::Renderer::with_overrides(&dir).map_err(render_error)?;
    let mut state = lock(&state)?;
    state.renderer = std::sync::Arc::new(renderer);
    state.house_style_error = None;
    state.settings.house_style = Some(dir.clone());
    persist(&mut state)?;
    Ok(Some(dir))
}

#[tauri::command]
pub fn clear_house_style(state: AppStateLock<'_>) -> AppResult<()> {
    let mut state = lock(&state)?;
    let (renderer, error) = crate::state::load_renderer(None);
    state.renderer = renderer;
    state.house_style_error = error;
    state.settings.house_style = None;
    persist(&mut state)
}

// The UI names each argument of a command (docs/app.md): the handles Tauri passes in make
// this one's count, not a tangle of its own.
#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn export_policy<R: Runtime>(
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    state: AppStateLock<'_>,
    project: Project,
    formats: Vec<Format>,
    versioned: Option<bool>,
    overwrite: Option<bool>,
    published: Option<String>,
) -> AppResult<Option<Exported>> {
    let (versioned, overwrite) = (versioned.unwrap_or(false), overwrite.unwrap_or(false));
    let (dialogs, lang, pending, renderer) = {
        let mut state = lock(&state)?;
        (
            state.dialogs.clone(),
            state.ui_lang(),
            state.pending_export_dir.take(),
            state.renderer.clone(),
        )
    };
    // A confirmed overwrite goes to the folder already chosen; anything else asks for one.
    let dir = match pending.filter(|_| overwrite) {
        Some(dir) => dir,
        None => match dialogs.export_folder(&window).await? {
            Some(dir) => dir,
            None => return Ok(None),
        },
    };
    let label = match &published {
        Some(version) => version.clone(),
        None => {
            let templates = Templates::from_renderer(renderer.clone());
            policywright::export::export_label(&Analysis::of_project(&templates, project.clone()))
                .map_err(|e| AppError::new(ErrorKind::Render, e.to_string()))?
        }
    };
    let others = policywright::export::other_versions(&project, &dir, &formats, versioned, &label);
    if !others.is_empty() && !overwrite {
        lock(&state)?.pending_export_dir = Some(dir);
        return Err(other_versions_error(&others, lang));
    }
    // Blocking file writes (and a PDF takes a moment): a blocking thread, not an async worker.
    let target = dir.clone();
    let files = tauri::async_runtime::spawn_blocking(move || {
        let on_progress = &mut |p: Progress| {
            let _ = app.emit(EXPORT_PROGRESS_EVENT, progress(p));
        };
        // A published version: exactly its recorded text, whatever the draft says now.
        if let Some(version) = published {
            let export = policywright::export::export_published;
            return export(
                &project,
                &version,
                &target,
                &formats,
                versioned,
                on_progress,
            );
        }
        let templates = Templates::from_renderer(renderer);
        let analysis = Analysis::of_project(&templates, project);
        policywright::export::export_analysis(&analysis, &target, &formats, versioned, on_progress)
    })
    .await
    .map_err(AppError::internal)?
    .map_err(|e| export_error(e, lang))?;
    let mut state = lock(&state)?;
    state.settings.last_export_dir = Some(dir.clone());
    persist(&mut state)?;
    Ok(Some(Exported { dir, files }))
}

/// Files of another version in the folder: one line per file, for the UI to ask about.
fn other_versions_error(others: &[(PathBuf, String)], lang: Lang) -> AppError {
    let lines: Vec<String> = others
        .iter()
        .map(|(path, version)| {
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui_message(
                lang,
                "export-other-version",
                &[("file", &file), ("version", version)],
            )
        })
        .collect();
    AppError::new(ErrorKind::OtherVersion, lines.join("\n"))
}

#[tauri::command]
pub fn fragment_html(state: AppStateLock<'_>, project: Project, lang: Lang) -> AppResult<String> {
    let renderer = lock(&state)?.renderer.clone();
    let md = renderer.markdown(&project, lang).map_err(render_error)?;
    Ok(policywright::document::render::html_fragment_from_markdown(
        lang, &md,
    ))
}

#[tauri::command]
pub fn reveal_export<R: Runtime>(app: AppHandle<R>, state: AppStateLock<'_>) -> AppResult<()> {
    let dir = lock(&state)?.settings.last_export_dir.clone();
    let dir = dir.ok_or_else(|| AppError::new(ErrorKind::Forbidden, "nothing exported yet"))?;
    app.opener()
        .open_path(dir.to_string_lossy(), None::<&str>)
        .map_err(|e| AppError::io(&dir.display().to_string(), e))
}

#[tauri::command]
pub fn ui_messages(lang: Lang) -> BTreeMap<String, String> {
    policywright::i18n::ui_messages(lang)
}

#[tauri::command]
pub fn catalog(lang: Lang) -> policywright::project::catalog::Catalog {
    policywright::project::catalog::catalog(lang)
}

#[tauri::command]
pub fn set_ui_lang(state: AppStateLock<'_>, lang: Lang) -> AppResult<()> {
    let mut state = lock(&state)?;
    state.settings.ui_lang = Some(lang);
    persist(&mut state)
}

fn lock<'a>(state: &'a AppStateLock<'_>) -> AppResult<MutexGuard<'a, AppState>> {
    state
        .lock()
        .map_err(|_| AppError::internal("application state poisoned by an earlier panic"))
}

fn persist(state: &mut AppState) -> AppResult<()> {
    state
        .persist()
        .map_err(|e| AppError::io("saving the app settings", e))
}

fn load(path: &Path, lang: Lang) -> AppResult<Opened> {
    let project = policywright::load_project(path).map_err(|e| match e {
        LoadError::Read { .. } => AppError::new(ErrorKind::Io, e.to_string()),
        LoadError::Invalid { .. } => AppError::new(ErrorKind::InvalidProject, e.to_string())
            .with_diagnostics(reports(e.diagnostics(), lang))
            .with_file(path),
        LoadError::NotAProject { .. } => {
            AppError::new(ErrorKind::NotAProject, e.to_string()).with_file(path)
        }
    })?;
    Ok(Opened {
        path: Some(path.to_path_buf()),
        project,
    })
}

fn reports(diagnostics: &[Diagnostic], lang: Lang) -> Vec<Report> {
    diagnostics.iter().map(|d| d.report(lang)).collect()
}

fn render_error(err: impl std::fmt::Display) -> AppError {
    AppError::new(ErrorKind::Render, err.to_string())
}

fn export_error(err: ExportError, lang: Lang) -> AppError {
    let kind = match &err {
        ExportError::Invalid(_) => ErrorKind::InvalidProject,
        ExportError::Render(_) | ExportError::Pdf { .. } => ErrorKind::Render,
        ExportError::Write(_) | ExportError::Folder { .. } => ErrorKind::Io,
        ExportError::Record(_) => ErrorKind::Render,
        ExportError::NotPublished(_) | ExportError::NotRecorded { .. } => ErrorKind::Refused,
    };
    let diagnostics = match &err {
        ExportError::Invalid(diags) => Some(reports(diags, lang)),
        _ => None,
    };
    AppError {
        kind,
        message: err.to_string(),
        diagnostics,
        file: None,
    }
}

fn forbidden(path: &Path) -> AppError {
    AppError::new(
        ErrorKind::Forbidden,
        format!("{} was not chosen in a dialog", path.display()),
    )
}

fn progress(p: Progress) -> ExportProgress {
    ExportProgress {
        done: p.done,
        total: p.total,
        file: p
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        warnings: p.warnings,
    }
}

/// The name the recent list shows: the organisation, else the file name.
fn title<'a>(project: &'a Project, path: &'a Path) -> &'a str {
    let name = project.organisation.legal_name.trim();
    if name.is_empty() {
        path.file_stem().and_then(|s| s.to_str()).unwrap_or("")
    } else {
        name
    }
}

/// The file name the save dialog suggests: the organisation's name, made safe for a file name.
fn file_name(project: &Project) -> String {
    let stem: String = project
        .organisation
        .legal_name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    format!("{}.toml", if stem.is_empty() { "policy" } else { stem })
}

fn recovery_info(file: &Path) -> Option<RecoveryInfo> {
    let modified = std::fs::metadata(file).and_then(|m| m.modified()).ok()?;
    let saved_at = time::OffsetDateTime::from(modified)
        .format(&time::format_description::well_known::Rfc3339)
        .ok()?;
    Some(RecoveryInfo { saved_at })
}

fn remove_recovery(state: &mut AppState) -> AppResult<()> {
    match std::fs::remove_file(state.recovery_file()) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(AppError::io("removing the recovery file", e)),
    }
    state.settings.recovery_origin = None;
    Ok(())
}
