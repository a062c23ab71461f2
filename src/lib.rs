//! policywright: answers about an organisation's personal data in, a bilingual privacy policy out.
//!
//! The pipeline runs one way (see docs/ARCHITECTURE.md): project file (TOML) -> [`Project`]
//! (validated) -> per-language document model -> Tera clause templates -> Markdown ->
//! HTML page, HTML fragment and PDF.

pub mod analysis;
pub mod export;
pub mod file;
pub mod formats;

/// The answers: model, reading, validation, catalogues, legal data (its own crate, the lowest).
pub use policywright_project as project;
pub use policywright_project::examples::{default_project, DEFAULT_EXAMPLE};
pub use policywright_project::{date, examples, i18n, lang, limits};

/// The policy as data: its facts as JSON, with a JSON Schema (its own crate, over the document's).
pub use policywright_data as data;
/// From answers to the policy's text (its own crate, over the project's).
pub use policywright_document as document;
/// The PDF writer (its own crate: it knows nothing of projects).
pub use policywright_pdf as pdf;
/// The record of processing activities (its own crate, over the policy's data).
pub use policywright_record as record;
/// Lint, readability, versions, comparison, the memo (its own crate, over the document's).
pub use policywright_review as review;

pub use file::{load_project, read_project, save_project, LoadError, WriteError};
pub use lang::Lang;
pub use project::diagnostics::{Diagnostic, Report, Severity};
pub use project::Project;

/// Every error and warning about a project without rendering it: the answers, then the
/// project's own clause texts (their ids, languages and sandbox rules).
pub fn check(project: &Project) -> Vec<Diagnostic> {
    document::clauses::check_without_templates(project)
}

/// Parses a project file's text: the project, or every structural problem found.
pub fn parse_project(text: &str) -> Result<Project, Vec<Diagnostic>> {
    project::source::parse_project(text)
}

/// The program's version and the date its legal data was last checked, as `--version` and
/// the app's About show them: "0.3.0 (legal data checked 2026-11-30)".
pub fn version_line() -> &'static str {
    static LINE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LINE.get_or_init(|| {
        format!(
            "{} (legal data checked {}, services catalogue checked {})",
            env!("CARGO_PKG_VERSION"),
            project::legal::facts().checked,
            project::services::catalogue().checked
        )
    })
}

#[cfg(test)]
mod tests {
    use super::examples::{example, examples, SOURCES};

    #[test]
    fn every_example_file_is_embedded_and_parses_without_errors() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = SOURCES.iter().map(|(id, _)| id.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
        for e in examples() {
            let errors: Vec<_> = crate::check(&e.project)
                .into_iter()
                .filter(|d| d.is_error())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", e.id);
            assert!(!e.project.organisation.legal_name.trim().is_empty());
        }
        assert!(example("webshop").is_some());
        assert!(example("nothing").is_none());
    }
}
