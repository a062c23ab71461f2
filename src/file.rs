//! Loading and saving project files, and writing outputs, so that a failure never leaves a
//! half-written file behind: write a temporary file beside the target, fsync, rename.

use crate::diagnostics::Diagnostic;
use crate::project::Project;
use crate::source::{parse_project, SourceMap};
use crate::validate;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path} is not a valid project file ({} problem(s))", diagnostics.len())]
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Read { .. } => &[],
            LoadError::Invalid { diagnostics, .. } => diagnostics,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {source}")]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// A project read from text, with every structural problem, or the project and the validation
/// diagnostics (errors and warnings) placed at their lines in the text.
pub fn read_project(text: &str) -> Result<(Project, Vec<Diagnostic>), Vec<Diagnostic>> {
    let project = parse_project(text)?;
    let mut diags = validate::check(&project);
    if let Ok(map) = SourceMap::parse(text) {
        map.place(&mut diags);
    }
    Ok((project, diags))
}

/// Loads a project that parses; validation problems do not stop loading (the app shows them
/// at their fields), structural ones do.
pub fn load_project(path: &Path) -> Result<Project, LoadError> {
    let text = fs::read_to_string(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    read_project(&text)
        .map(|(p, _)| p)
        .map_err(|diagnostics| LoadError::Invalid {
            path: path.to_owned(),
            diagnostics,
        })
}

/// The TOML text of a project, in the field order of the documentation.
pub fn project_to_toml(project: &Project) -> String {
    toml::to_string_pretty(project).expect("a Project always serialises to TOML")
}

/// Saves atomically. Saving a project with validation errors is allowed: nothing is lost.
pub fn save_project(path: &Path, project: &Project) -> Result<(), WriteError> {
    write_atomic(path, project_to_toml(project).as_bytes())
}

/// Writes bytes to a temporary file in the same folder, syncs it and renames it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| fail(io::Error::new(io::ErrorKind::InvalidInput, "no file name")))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // Make the rename itself durable.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(fail)
}
