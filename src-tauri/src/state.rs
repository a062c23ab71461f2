//! What the app remembers between starts: the current project path, the recent list, the
//! last export folder and the UI language. Kept behind `State<Mutex<AppState>>` and written
//! to `settings.json` in the app config directory after every change.

use crate::dialogs::Dialogs;
use policywright::Lang;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// How many projects the start screen lists.
pub const RECENT_MAX: usize = 10;

const SETTINGS_FILE: &str = "settings.json";
const RECOVERY_FILE: &str = "recovery.toml";

/// A project the user opened or saved through a dialog. Only these paths may be opened by
/// path from the UI: the webview never names a file the user did not pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    pub path: PathBuf,
    pub title: String,
}

/// The persisted part of the state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// None until the user picks one: then the system locale decides.
    pub ui_lang: Option<Lang>,
    /// Most recent first.
    pub recent: Vec<Recent>,
    /// The file the open project is saved to; None for a project never saved.
    pub current: Option<PathBuf>,
    pub last_export_dir: Option<PathBuf>,
    /// The file the recovery copy belongs to, so a restored project saves back to it.
    pub recovery_origin: Option<PathBuf>,
    /// The house style: a folder of clause templates replacing the built-in ones.
    pub house_style: Option<PathBuf>,
}

pub struct AppState {
    pub settings: Settings,
    /// The templates in effect: built-in, or the house style of the settings.
    pub renderer: std::sync::Arc<policywright::document::render::Renderer>,
    /// Why the remembered house style could not be loaded (the built-in texts are used).
    pub house_style_error: Option<String>,
    /// True when no settings file existed: the start screen greets a new user (no project opens).
    pub first_start: bool,
    pub dialogs: Dialogs,
    /// The folder chosen for an export that was stopped to ask about overwriting files of
    /// another version: the confirmed export writes there without asking for a folder again.
    pub pending_export_dir: Option<PathBuf>,
    settings_file: PathBuf,
    recovery_file: PathBuf,
}

impl AppState {
    /// Reads the settings. A missing file is a first start; a damaged one is reported and
    /// replaced by defaults, because a broken settings file must not keep the app from starting.
    pub fn load(config_dir: &Path, data_dir: &Path, dialogs: Dialogs) -> Self {
        let settings_file = config_dir.join(SETTINGS_FILE);
        let (settings, first_start) = match fs::read(&settings_file) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(settings) => (settings, false),
                Err(err) => {
                    eprintln!(
                        "policywright: ignoring damaged {}: {err}",
                        settings_file.display()
                    );
                    (Settings::default(), false)
                }
            },
            Err(err) if err.kind() == io::ErrorKind::NotFound => (Settings::default(), true),
            Err(err) => {
                eprintln!(
                    "policywright: cannot read {}: {err}",
                    settings_file.display()
                );
                (Settings::default(), false)
            }
        };
        let (renderer, house_style_error) = load_renderer(settings.house_style.as_deref());
        AppState {
            renderer,
            house_style_error,
            settings,
            first_start,
            dialogs,
            pending_export_dir: None,
            settings_file,
            recovery_file: data_dir.join(RECOVERY_FILE),
        }
    }

    /// Writes the settings atomically (temporary file, fsync, rename) so that a crash never
    /// leaves half a file.
    pub fn persist(&mut self) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(&self.settings).map_err(io::Error::other)?;
        write_atomic(&self.settings_file, &json)?;
        self.first_start = false;
        Ok(())
    }

    pub fn ui_lang(&self) -> Lang {
        self.settings.ui_lang.unwrap_or_else(system_lang)
    }

    pub fn recovery_file(&self) -> &Path {
        &self.recovery_file
    }

    /// Creates the app data directory the recovery file lives in (absent on a first start).
    pub fn ensure_data_dir(&self) -> io::Result<()> {
        match self.recovery_file.parent() {
            Some(dir) => fs::create_dir_all(dir),
            None => Ok(()),
        }
    }

    /// Makes `path` the current project and puts it first in the recent list.
    pub fn remember(&mut self, path: &Path, title: &str) {
        self.settings.current = Some(path.to_path_buf());
        self.settings.recent.retain(|r| r.path != path);
        self.settings.recent.insert(
            0,
            Recent {
                path: path.to_path_buf(),
                title: title.to_owned(),
            },
        );
        self.settings.recent.truncate(RECENT_MAX);
    }

    /// Whether the user chose `path` in a dialog earlier (it is in the recent list).
    pub fn is_known(&self, path: &Path) -> bool {
        self.settings.recent.iter().any(|r| r.path == path)
    }
}

/// The templates of a house style, or the built-in ones (with the reason) when it cannot be
/// loaded: a moved or broken folder must not keep the app from starting.
pub fn load_renderer(
    dir: Option<&Path>,
) -> (
    std::sync::Arc<policywright::document::render::Renderer>,
    Option<String>,
) {
    use policywright::document::render::{self, Renderer};
    match dir.map(Renderer::with_overrides) {
        Some(Ok(r)) => (std::sync::Arc::new(r), None),
        Some(Err(e)) => (
            std::sync::Arc::new(render::renderer().expect("embedded templates").clone()),
            Some(e.to_string()),
        ),
        None => (
            std::sync::Arc::new(render::renderer().expect("embedded templates").clone()),
            None,
        ),
    }
}

/// The language of the system locale when the program has it ("sv_SE.UTF-8": Swedish),
/// English otherwise.
fn system_lang() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let code = locale.split(['_', '.', '@']).next().unwrap_or_default();
    Lang::from_code(code).unwrap_or(Lang::EN)
}

/// The library's atomic write (temporary file, fsync, rename), into a folder made if missing.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
    policywright::file::write_atomic(path, bytes).map_err(|e| e.source)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_is_most_recent_first_without_repeats_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = AppState::load(dir.path(), dir.path(), Dialogs::Native);
        assert!(state.first_start);
        for i in 0..RECENT_MAX + 3 {
            state.remember(Path::new(&format!("/p/{i}.toml")), &format!("P{i}"));
        }
        state.remember(Path::new("/p/5.toml"), "Five");
        assert_eq!(state.settings.recent.len(), RECENT_MAX);
        assert_eq!(state.settings.recent[0].title, "Five");
        assert_eq!(
            state
                .settings
                .recent
                .iter()
                .filter(|r| r.path == Path::new("/p/5.toml"))
                .count(),
            1
        );
        assert!(state.is_known(Path::new("/p/5.toml")));
        assert!(!state.is_known(Path::new("/p/0.toml")), "oldest dropped");
    }

    #[test]
    fn settings_survive_a_restart_and_damage_falls_back_to_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = AppState::load(dir.path(), dir.path(), Dialogs::Native);
        state.settings.ui_lang = Some(Lang::SV);
        state.remember(Path::new("/p/a.toml"), "A");
        state.persist().unwrap();

        let again = AppState::load(dir.path(), dir.path(), Dialogs::Native);
        assert!(!again.first_start);
        assert_eq!(again.settings, state.settings);

        fs::write(dir.path().join(SETTINGS_FILE), b"{ not json").unwrap();
        let damaged = AppState::load(dir.path(), dir.path(), Dialogs::Native);
        assert_eq!(damaged.settings, Settings::default());
        assert!(!damaged.first_start, "a damaged file is not a first start");
    }
}
