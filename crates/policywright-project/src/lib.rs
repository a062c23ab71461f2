//! The project: what the organisation answered (the model), reading it from TOML with
//! located errors and migrating older files (source), saving over a file without losing its
//! comments (update), validation of the answers and its diagnostics, the catalogues the answers
//! choose from, the legal facts they are checked against, the size limits, and the embedded
//! example projects. The lowest layer of the library: it depends on no other crate of the
//! workspace (tests/layering.rs checks that).
//!
//! The languages and their messages (`lang`, `i18n`) live here too: diagnostics and catalogue
//! names are messages, and every later stage reads them.

pub mod catalog;
pub mod date;
pub mod diagnostics;
pub mod examples;
pub mod i18n;
pub mod lang;
pub mod legal;
pub mod limits;
mod model;
pub mod sensitive;
pub mod services;
pub mod source;
pub mod update;
pub mod validate;

pub use model::*;

/// The TOML text of a project, in the field order of the documentation. A fact of a service
/// of the catalogue that still equals the catalogue's is left out (reading fills it in again),
/// so that the file keeps the reference and a newer catalogue updates the fact.
pub fn project_to_toml(project: &Project) -> String {
    let named = |id: &String| !id.is_empty();
    let uses_services = project.recipients.iter().any(|r| named(&r.service))
        || project.cookies.items.iter().any(|c| named(&c.service));
    // The common case straight to text: an autosave runs on every pause in typing.
    if !uses_services {
        return toml::to_string_pretty(project).expect("a Project always serialises to TOML");
    }
    let mut value = toml::Table::try_from(project).expect("a Project always serialises to TOML");
    services::leave_out_catalogue_facts(&mut value);
    toml::to_string_pretty(&value).expect("a Project always serialises to TOML")
}
