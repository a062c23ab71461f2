//! The example projects shipped with the library (examples/*.toml), embedded, for the app's
//! "Open an example": each opens as a copy that is not yet saved anywhere.

use crate::Project;

/// The default example project (a Swedish web shop): what `new` writes and `render` shows.
pub const DEFAULT_EXAMPLE: &str = include_str!("../../../examples/webshop.toml");

/// The default example, parsed.
pub fn default_project() -> Project {
    parse("webshop", DEFAULT_EXAMPLE)
}

/// One example project: a stable id (its file stem) and the project.
#[derive(Debug, Clone)]
pub struct Example {
    pub id: &'static str,
    pub project: Project,
}

/// The embedded example files, by id, in the order they are offered.
pub const SOURCES: &[(&str, &str)] = &[
    ("webshop", DEFAULT_EXAMPLE),
    (
        "consultancy",
        include_str!("../../../examples/consultancy.toml"),
    ),
    (
        "association",
        include_str!("../../../examples/association.toml"),
    ),
];

/// Every example, parsed.
pub fn examples() -> Vec<Example> {
    SOURCES
        .iter()
        .map(|(id, text)| Example {
            id,
            project: parse(id, text),
        })
        .collect()
}

/// One example by id.
pub fn example(id: &str) -> Option<Example> {
    SOURCES
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(id, text)| Example {
            id,
            project: parse(id, text),
        })
}

fn parse(id: &str, text: &str) -> Project {
    crate::source::parse_project(text)
        .unwrap_or_else(|d| panic!("example {id} parses (tested): {d:?}"))
}
