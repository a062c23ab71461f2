//! The commands through Tauri's IPC with the mock runtime: the real capabilities, the real
//! argument (de)serialisation, scripted dialogs and temporary settings directories.

use crate::dialogs::Dialogs;
use crate::{build_app, Dirs};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Listener, Manager, WebviewWindow, WebviewWindowBuilder};

struct Harness {
    _app: App<MockRuntime>,
    app_handle: tauri::AppHandle<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    answers: PathBuf,
}

impl Harness {
    /// An app whose settings live in `home` (so a second Harness on it is a restart).
    fn new(home: &Path) -> Self {
        let answers = home.join("dialog-answer");
        fs::write(&answers, "").unwrap();
        let dirs = Dirs {
            config: Some(home.join("config")),
            data: Some(home.join("data")),
        };
        let app = build_app(mock_builder(), Dialogs::Scripted(answers.clone()), dirs)
            .expect("mock app builds");
        let webview = match app.get_webview_window("main") {
            Some(w) => w,
            None => WebviewWindowBuilder::new(&app, "main", Default::default())
                .build()
                .unwrap(),
        };
        Harness {
            app_handle: app.handle().clone(),
            _app: app,
            webview,
            answers,
        }
    }

    /// The next dialog returns `path` (None: the user cancels).
    fn answer(&self, path: Option<&Path>) {
        let text = path
            .map(|p| p.to_str().unwrap().to_owned())
            .unwrap_or_default();
        fs::write(&self.answers, text).unwrap();
    }

    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            &self.webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }
}

fn blank_with_name(h: &Harness, name: &str) -> Value {
    let mut project = h.ok("new_project", json!({}))["project"].clone();
    project["organisation"]["legal_name"] = json!(name);
    project
}

#[test]
fn first_start_offers_the_default_example_in_the_system_language() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let info = h.ok("start_info", json!({}));
    assert!(info["recent"].as_array().unwrap().is_empty());
    assert!(info["recovery"].is_null());
    assert!(info["lastProject"]["path"].is_null());
    let example = serde_json::to_value(policywright::default_project()).unwrap();
    assert_eq!(info["lastProject"]["project"], example);
    assert!(matches!(info["uiLang"].as_str(), Some("sv" | "en")));

    // Once anything was remembered it is no longer a first start.
    h.ok("set_ui_lang", json!({ "lang": "sv" }));
    let again = Harness::new(home.path()).ok("start_info", json!({}));
    assert_eq!(again["uiLang"], "sv");
    assert!(again["lastProject"].is_null());
}

#[test]
fn new_save_open_round_trip_and_restart() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("kund.toml");
    let h = Harness::new(home.path());
    let project = blank_with_name(&h, "Bageriet i Åre AB");

    // Save without a path asks where; the dialog's answer is where the file goes.
    h.answer(Some(&file));
    let saved = h.ok(
        "save_project",
        json!({ "project": project, "saveAs": false }),
    );
    assert_eq!(saved, json!(file));
    let on_disk = policywright::load_project(&file).expect("saved file loads");
    assert_eq!(serde_json::to_value(&on_disk).unwrap(), project);

    // A second save goes to the same file without asking (a cancelled dialog would say null).
    h.answer(None);
    let mut changed = project.clone();
    changed["organisation"]["email"] = json!("hej@bageriet.se");
    assert_eq!(
        h.ok(
            "save_project",
            json!({ "project": changed, "saveAs": false })
        ),
        json!(file)
    );

    // Opening through the dialog, then by path from the recent list.
    h.answer(Some(&file));
    let opened = h.ok("open_project", json!({ "path": null }));
    assert_eq!(opened["path"], json!(file));
    assert_eq!(opened["project"], changed);
    let by_path = h.ok("open_project", json!({ "path": file }));
    assert_eq!(by_path["project"], changed);

    // After a restart the start screen lists it and reopens it.
    let info = Harness::new(home.path()).ok("start_info", json!({}));
    assert_eq!(
        info["recent"],
        json!([{ "path": file, "title": "Bageriet i Åre AB" }])
    );
    assert_eq!(info["lastProject"]["project"], changed);
}

#[test]
fn cancelled_dialogs_return_null_and_change_nothing() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let project = blank_with_name(&h, "Avbrutet AB");
    h.answer(None);
    assert!(h
        .ok(
            "save_project",
            json!({ "project": project, "saveAs": true })
        )
        .is_null());
    assert!(h.ok("open_project", json!({ "path": null })).is_null());
    assert!(h
        .ok(
            "export_policy",
            json!({ "project": project, "formats": ["md"] })
        )
        .is_null());
    assert!(h.ok("start_info", json!({}))["recent"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_path_not_chosen_in_a_dialog_is_forbidden() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    // A perfectly valid project file that the user never picked.
    let other = home.path().join("other.toml");
    policywright::save_project(&other, &policywright::default_project()).unwrap();
    let err = h
        .invoke("open_project", json!({ "path": other }))
        .expect_err("must be refused");
    assert_eq!(err["kind"], "forbidden");
    assert!(err.get("project").is_none());
}

#[test]
fn an_invalid_project_file_reports_diagnostics_with_a_location() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let bad = home.path().join("bad.toml");
    fs::write(&bad, "schema_version = 1\nnot_a_field = true\n").unwrap();
    h.answer(Some(&bad));
    let err = h
        .invoke("open_project", json!({ "path": null }))
        .expect_err("must fail");
    assert_eq!(err["kind"], "invalid-project");
    let diags = err["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    assert!(diags.iter().any(|d| d["line"].is_number()), "{diags:?}");
    // A file that failed to open is not remembered.
    assert!(h.ok("start_info", json!({}))["recent"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn preview_returns_both_languages_and_diagnostics() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let example = serde_json::to_value(policywright::default_project()).unwrap();
    let name = example["organisation"]["legal_name"]
        .as_str()
        .unwrap()
        .to_owned();
    let preview = h.ok("preview", json!({ "project": example }));
    let docs = preview["documents"].as_array().unwrap();
    let langs: Vec<&str> = docs.iter().map(|d| d["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["sv", "en"]);
    for doc in docs {
        let html = doc["html"].as_str().unwrap();
        assert!(html.contains("class=\"policywright\""), "{html}");
        assert!(
            html.contains(&name),
            "the organisation is named in {}",
            doc["lang"]
        );
    }
    assert!(
        preview["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["severity"] != "error"),
        "the default example is valid: {}",
        preview["diagnostics"]
    );

    // A blank project renders too, and the diagnostics say what is missing, by path.
    let blank = h.ok("new_project", json!({}))["project"].clone();
    let preview = h.ok("preview", json!({ "project": blank }));
    assert_eq!(preview["documents"].as_array().unwrap().len(), 2);
    let diags = preview["diagnostics"].as_array().unwrap();
    assert!(diags
        .iter()
        .any(|d| d["severity"] == "error" && d["path"] == "organisation.legal_name"));
}

#[test]
fn autosave_is_offered_for_recovery_until_saved_or_discarded() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("p.toml");
    let h = Harness::new(home.path());
    let project = blank_with_name(&h, "Återställt AB");
    h.answer(Some(&file));
    h.ok(
        "save_project",
        json!({ "project": project, "saveAs": false }),
    );

    let mut edited = project.clone();
    edited["organisation"]["email"] = json!("info@example.se");
    h.ok("autosave", json!({ "project": edited }));

    // A crash here: the next start offers the copy, which belongs to the same file.
    let h2 = Harness::new(home.path());
    let info = h2.ok("start_info", json!({}));
    let saved_at = info["recovery"]["savedAt"]
        .as_str()
        .expect("recovery offered");
    assert!(
        saved_at.ends_with('Z') && saved_at.contains('T'),
        "{saved_at}"
    );
    let recovered = h2.ok("recover", json!({}));
    assert_eq!(recovered["project"], edited);
    assert_eq!(recovered["path"], json!(file));

    // Saving clears the copy.
    h2.ok(
        "save_project",
        json!({ "project": edited, "saveAs": false }),
    );
    assert!(h2.ok("start_info", json!({}))["recovery"].is_null());

    // Discarding clears it too.
    h2.ok("autosave", json!({ "project": edited }));
    assert!(h2.ok("start_info", json!({}))["recovery"].is_object());
    h2.ok("discard_recovery", json!({}));
    assert!(h2.ok("start_info", json!({}))["recovery"].is_null());
    assert!(h2.invoke("recover", json!({})).is_err());
}

#[test]
fn export_writes_files_to_the_chosen_folder_with_progress() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("out");
    fs::create_dir(&out).unwrap();
    let h = Harness::new(home.path());
    let events = Arc::new(Mutex::new(Vec::<Value>::new()));
    let sink = events.clone();
    h.app_handle.listen_any("export-progress", move |e| {
        sink.lock()
            .unwrap()
            .push(serde_json::from_str(e.payload()).unwrap());
    });

    let example = serde_json::to_value(policywright::default_project()).unwrap();
    let name = example["organisation"]["legal_name"]
        .as_str()
        .unwrap()
        .to_owned();
    h.answer(Some(&out));
    let res = h.ok(
        "export_policy",
        json!({ "project": example, "formats": ["md", "html"] }),
    );
    assert_eq!(res["dir"], json!(out));
    let files = res["files"].as_array().unwrap();
    assert_eq!(files.len(), 4, "two formats in two languages: {files:?}");
    for f in files {
        let path = Path::new(f.as_str().unwrap());
        assert!(path.starts_with(&out));
        assert!(
            fs::read_to_string(path).unwrap().contains(&name),
            "{path:?}"
        );
    }
    let events = events.lock().unwrap();
    let last = events.last().expect("progress events");
    assert_eq!(last["done"], last["total"], "{events:?}");
    for f in files {
        let name = Path::new(f.as_str().unwrap()).file_name().unwrap();
        assert!(
            events.iter().any(|e| e["file"] == name.to_str().unwrap()),
            "no progress for {name:?}: {events:?}"
        );
    }

    // Unknown formats are rejected before anything is written.
    let err = h
        .invoke(
            "export_policy",
            json!({ "project": example, "formats": ["docx"] }),
        )
        .expect_err("unknown format");
    assert!(err.as_str().unwrap().contains("docx"), "{err}");
    assert_eq!(fs::read_dir(&out).unwrap().count(), files.len());
}

#[test]
fn the_webview_cannot_call_what_the_capability_does_not_grant() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    // Dialogs and the opener run in Rust only; reading the clipboard is never needed.
    for cmd in [
        "plugin:dialog|open",
        "plugin:opener|open_path",
        "plugin:clipboard-manager|read_text",
        "plugin:fs|read_file",
    ] {
        let err = h.invoke(cmd, json!({})).expect_err(cmd);
        assert!(
            err.as_str().unwrap().contains("not allowed"),
            "{cmd}: {err}"
        );
    }
    // Copying the fragment is granted (without a display it may still fail in the plugin).
    let copy = h.invoke(
        "plugin:clipboard-manager|write_text",
        json!({ "text": "x" }),
    );
    assert!(
        copy.as_ref()
            .err()
            .is_none_or(|e| !e.to_string().contains("not allowed")),
        "{copy:?}"
    );
}
