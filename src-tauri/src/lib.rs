//! The policywright desktop shell: a Tauri 2 window over the `policywright` library.
//!
//! `commands` holds the IPC surface, `state` what the app remembers, `dialogs` the native
//! dialogs (and their test seam), `error` the error the UI branches on.

pub mod commands;
pub mod dialogs;
pub mod error;
pub mod state;

#[cfg(test)]
mod tests;

use dialogs::Dialogs;
use state::AppState;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{App, Builder, Manager, Runtime};

/// Where the app keeps its settings and the recovery file. None: the platform's app config and
/// app data directories (on Linux under $XDG_CONFIG_HOME and $XDG_DATA_HOME).
#[derive(Debug, Clone, Default)]
pub struct Dirs {
    pub config: Option<PathBuf>,
    pub data: Option<PathBuf>,
}

/// Starts the app. Called by main.rs and nothing else.
pub fn run() {
    // WebKitGTK without a GPU composites in software, and its web process then holds about
    // twice the memory (measured here: 301 against 174 MiB resident); a form and a document
    // need no accelerated compositing. Read when the web process starts, so set before any
    // thread exists; a value the user set wins.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    build_app(
        tauri::Builder::default(),
        Dialogs::from_env(),
        Dirs::default(),
    )
    .expect("policywright could not start")
    .run(|_, _| {});
}

/// The app with every plugin, its state and the commands; shared with the unit tests, which
/// pass the mock runtime, scripted dialogs and temporary directories. The state is managed
/// right after building, before the event loop runs and the UI can call a command.
pub(crate) fn build_app<R: Runtime>(
    builder: Builder<R>,
    dialogs: Dialogs,
    dirs: Dirs,
) -> tauri::Result<App<R>> {
    let app = builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(tauri::generate_handler![
            commands::start_info,
            commands::new_project,
            commands::open_project,
            commands::open_example,
            commands::save_project,
            commands::autosave,
            commands::recover,
            commands::discard_recovery,
            commands::preview,
            commands::export_policy,
            commands::fragment_html,
            commands::reveal_export,
            commands::ui_messages,
            commands::catalog,
            commands::set_ui_lang,
            commands::publish_version,
            commands::publish_changes,
            commands::history,
            commands::version_html,
            commands::compare_versions,
            commands::export_memo,
            commands::export_record,
            commands::record_need,
            commands::record_html,
            commands::clause_list,
            commands::clause_template,
            commands::clause_variables,
            commands::clause_wording,
            commands::clause_reword,
            commands::clause_reword_reset,
            commands::clause_add,
            commands::clause_remove,
            commands::services,
            commands::service_add,
            commands::service_remove,
            commands::choose_house_style,
            commands::clear_house_style,
        ])
        .build(context())?;
    let config = match dirs.config {
        Some(dir) => dir,
        None => app.path().app_config_dir()?,
    };
    let data = match dirs.data {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    app.manage(Mutex::new(AppState::load(&config, &data, dialogs)));
    Ok(app)
}

/// The context generated from tauri.conf.json, capabilities and the embedded ui/dist.
pub(crate) fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}
