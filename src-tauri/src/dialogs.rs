//! Native file dialogs, run from Rust so that the webview never chooses a path itself.
//!
//! Test seam: when `POLICYWRIGHT_TEST_DIALOG` names a file, no dialog is shown; each dialog
//! instead answers with the path written in that file (trimmed), or is cancelled when the file
//! is empty. The end-to-end tests rewrite the file before each dialog.

use crate::error::{AppError, AppResult};
use std::path::PathBuf;
use tauri::{Runtime, WebviewWindow};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

pub const TEST_DIALOG_ENV: &str = "POLICYWRIGHT_TEST_DIALOG";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialogs {
    Native,
    /// Answers come from this file (see the module documentation).
    Scripted(PathBuf),
}

enum Pick {
    Open,
    Save(String),
    Folder,
}

impl Dialogs {
    pub fn from_env() -> Self {
        match std::env::var_os(TEST_DIALOG_ENV) {
            Some(path) if !path.is_empty() => Dialogs::Scripted(path.into()),
            _ => Dialogs::Native,
        }
    }

    /// Asks for a project file to open; None when cancelled.
    pub async fn open_project<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
    ) -> AppResult<Option<PathBuf>> {
        self.pick(window, Pick::Open).await
    }

    /// Asks where to save a project, suggesting `file_name`; None when cancelled.
    pub async fn save_project<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        file_name: &str,
    ) -> AppResult<Option<PathBuf>> {
        let picked = self.pick(window, Pick::Save(file_name.to_owned())).await?;
        // GTK does not add the filter's extension, and a project file without one would not
        // show in the open dialog's filter.
        Ok(picked.map(|p| {
            if p.extension().is_some() {
                p
            } else {
                p.with_extension("toml")
            }
        }))
    }

    /// Asks for the folder an export goes to; None when cancelled.
    pub async fn export_folder<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
    ) -> AppResult<Option<PathBuf>> {
        self.pick(window, Pick::Folder).await
    }

    /// Asks for a house style folder of clause templates; None when cancelled.
    pub async fn house_style_folder<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
    ) -> AppResult<Option<PathBuf>> {
        self.pick(window, Pick::Folder).await
    }

    async fn pick<R: Runtime>(
        &self,
        window: &WebviewWindow<R>,
        pick: Pick,
    ) -> AppResult<Option<PathBuf>> {
        match self {
            Dialogs::Scripted(answers) => {
                let answer = std::fs::read_to_string(answers)
                    .map_err(|e| AppError::io(&answers.display().to_string(), e))?;
                let answer = answer.trim();
                Ok((!answer.is_empty()).then(|| PathBuf::from(answer)))
            }
            Dialogs::Native => {
                let builder: FileDialogBuilder<R> = window.dialog().file().set_parent(window);
                let builder = match &pick {
                    Pick::Folder => builder,
                    Pick::Open | Pick::Save(_) => builder.add_filter("TOML", &["toml"]),
                };
                // The blocking calls wait for the main thread to show the dialog, so they must
                // not run on it (nor hold an async worker).
                let picked = tauri::async_runtime::spawn_blocking(move || match pick {
                    Pick::Open => builder.blocking_pick_file(),
                    Pick::Save(name) => builder.set_file_name(name).blocking_save_file(),
                    Pick::Folder => builder.blocking_pick_folder(),
                })
                .await
                .map_err(AppError::internal)?;
                picked
                    .map(|p| p.into_path().map_err(AppError::internal))
                    .transpose()
            }
        }
    }
}
