//! Loading and saving project files, and writing outputs, so that a failure never leaves a
//! half-written file behind: write a temporary file beside the target, fsync, rename.

use crate::project::diagnostics::{Diagnostic, Location};
use crate::project::source::{parse_project, SourceMap};
use crate::project::Project;
use std::fs;
use std::io::{self, Read, Write};
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
    /// Not a project at all: a folder, a picture, a text file, another program's TOML. Its
    /// parser's complaints would say nothing useful, so none are given.
    #[error("{path} is not a policywright project")]
    NotAProject { path: PathBuf },
}

impl LoadError {
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            LoadError::Read { .. } | LoadError::NotAProject { .. } => &[],
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
    let mut diags = crate::check(&project);
    if let Ok(map) = SourceMap::parse_project_text(text) {
        map.place(&mut diags);
    }
    // A diagnostic about the whole project (its size) stands at the start of the file.
    for d in diags.iter_mut().filter(|d| d.path.is_empty()) {
        d.location.get_or_insert(Location { line: 1, column: 1 });
    }
    Ok((project, diags))
}

/// The text of a project file, read no further than just past the size limit: a larger file
/// (it could be of any size) is not read through, and `read_project` reports it as too large.
pub fn read_text(path: &Path) -> io::Result<String> {
    // Past the limit by a whole character, so a cut text is still over it.
    let most = (crate::limits::MAX_FILE_BYTES + 4) as u64;
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(most).read_to_end(&mut bytes)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        // A character cut at the end of what was read: keep the text before it.
        Err(e) if e.utf8_error().error_len().is_none() && e.as_bytes().len() as u64 == most => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
        }
        Err(e) => Err(io::Error::new(io::ErrorKind::InvalidData, e)),
    }
}

/// Loads a project that parses; validation problems do not stop loading (the app shows them
/// at their fields), structural ones do.
pub fn load_project(path: &Path) -> Result<Project, LoadError> {
    let text = read_project_text(path)?;
    read_project(&text).map(|(p, _)| p).map_err(|diagnostics| {
        if is_meant_as_project(&text, &diagnostics) {
            LoadError::Invalid {
                path: path.to_owned(),
                diagnostics,
            }
        } else {
            LoadError::NotAProject {
                path: path.to_owned(),
            }
        }
    })
}

/// The text of a file opened as a project: a folder, or a file that is not text at all (a
/// picture, a PDF, a Word file), is no project.
pub fn read_project_text(path: &Path) -> Result<String, LoadError> {
    let not_a_project = || LoadError::NotAProject {
        path: path.to_owned(),
    };
    if path.is_dir() {
        return Err(not_a_project());
    }
    read_text(path).map_err(|source| match source.kind() {
        io::ErrorKind::InvalidData => not_a_project(),
        _ => LoadError::Read {
            path: path.to_owned(),
            source,
        },
    })
}

/// Whether a text that failed to load was meant as a project, so that its problems are worth
/// listing; a file too large to read through says so, whatever it holds.
pub fn is_meant_as_project(text: &str, diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.code == "file-too-large")
        || crate::project::source::looks_like_project(text)
}

pub use crate::project::project_to_toml;

/// Saves atomically. Saving a project with validation errors is allowed: nothing is lost.
/// Saving over a project file keeps its comments, key order and formatting of everything that
/// did not change (see `project::update`).
pub fn save_project(path: &Path, project: &Project) -> Result<(), WriteError> {
    let text = match read_text(path) {
        Ok(previous) => crate::project::update::update_text(&previous, project),
        Err(_) => project_to_toml(project),
    };
    write_atomic(path, text.as_bytes())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MAX_FILE_BYTES;

    #[test]
    fn a_file_over_the_limit_is_read_only_that_far_and_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.toml");
        // The reading stops inside the last "å" (a few bytes past the limit): the half
        // character is dropped and the text is still over the limit, so it is refused as too
        // large, not as broken UTF-8.
        let text = format!("a{}", "å".repeat(MAX_FILE_BYTES / 2 + 2));
        fs::write(&path, &text).unwrap();
        let read = read_text(&path).unwrap();
        assert!(read.len() > MAX_FILE_BYTES && read.len() < text.len());
        let refused = read_project(&read).unwrap_err();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].code, "file-too-large");
        assert!(matches!(
            load_project(&path),
            Err(LoadError::Invalid { diagnostics, .. }) if diagnostics[0].code == "file-too-large"
        ));
        // A file of a few bytes that is not UTF-8 is still an error of its own.
        fs::write(&path, b"schema_version = 2\n\xff\n").unwrap();
        let err = read_text(&path).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}
