//! The one error type every command returns; the UI branches on `kind`.

use policywright::Report;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What went wrong, in terms the UI can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The project file could not be read as a project; `diagnostics` says where.
    InvalidProject,
    /// The chosen file is no project at all (a folder, a picture, another program's file).
    NotAProject,
    /// Reading or writing a file failed.
    Io,
    /// The project is valid enough to load but a document could not be produced.
    Render,
    /// The UI asked for a path the user never chose in a dialog.
    Forbidden,
    /// Publishing was refused (errors, a number already published, an earlier date); the
    /// message says why, in the UI language, and the project is unchanged.
    Refused,
    /// The export would write over files of another version of the policy; `message` lists
    /// them. Calling again with `overwrite` writes them.
    OtherVersion,
    /// A bug or a broken installation (poisoned state, missing app directories).
    Internal,
}

/// Serialised to the UI as `{ kind, message, diagnostics?, file? }`. The diagnostics are in the
/// UI language, with their line and column in the file.
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnostics: Option<Vec<Report>>,
    /// The file the error is about (opening a file that is not a valid project).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
            diagnostics: None,
            file: None,
        }
    }

    pub fn with_diagnostics(mut self, diagnostics: Vec<Report>) -> Self {
        self.diagnostics = Some(diagnostics);
        self
    }

    pub fn with_file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    pub fn io(context: &str, err: impl std::fmt::Display) -> Self {
        AppError::new(ErrorKind::Io, format!("{context}: {err}"))
    }

    pub fn internal(err: impl std::fmt::Display) -> Self {
        AppError::new(ErrorKind::Internal, err.to_string())
    }
}

impl From<tauri::Error> for AppError {
    fn from(err: tauri::Error) -> Self {
        AppError::internal(err)
    }
}

pub type AppResult<T> = Result<T, AppError>;
