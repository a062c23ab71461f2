//! The example projects shipped with the library (examples/*.toml), embedded, for the app's
//! "Open an example": each opens as a copy that is not yet saved anywhere.

use crate::project::Project;

/// One example project: a stable id (its file stem) and the project.
#[derive(Debug, Clone)]
pub struct Example {
    pub id: &'static str,
    pub project: Project,
}

/// The embedded example files, by id, in the order they are offered.
pub const SOURCES: &[(&str, &str)] = &[
    ("webshop", include_str!("../examples/webshop.toml")),
    ("consultancy", include_str!("../examples/consultancy.toml")),
    ("association", include_str!("../examples/association.toml")),
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
    crate::parse_project(text).unwrap_or_else(|d| panic!("example {id} parses (tested): {d:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
