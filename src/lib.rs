//! policywright: answers about an organisation's personal data in, a bilingual privacy policy out.
//!
//! The pipeline runs one way (see docs/ARCHITECTURE.md): project file (TOML) -> [`Project`]
//! (validated) -> per-language document model -> Tera clause templates -> Markdown ->
//! HTML page, HTML fragment and PDF.

pub mod date;
pub mod document;
pub mod examples;
pub mod file;
pub mod i18n;
pub mod lang;
pub mod limits;
pub mod pdf;
pub mod project;
pub mod review;

pub use file::{load_project, read_project, save_project, LoadError, WriteError};
pub use lang::Lang;
pub use project::diagnostics::{Diagnostic, Report, Severity};
pub use project::validate::check;
pub use project::Project;

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
            "{} (legal data checked {})",
            env!("CARGO_PKG_VERSION"),
            project::legal::facts().checked
        )
    })
}

/// The default example project (a Swedish web shop): what `new` writes and `render` shows.
pub const DEFAULT_EXAMPLE: &str = include_str!("../examples/webshop.toml");

/// The default example, parsed.
pub fn default_project() -> Project {
    parse_project(DEFAULT_EXAMPLE).expect("the default example parses (tested)")
}
