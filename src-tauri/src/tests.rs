//! The commands through Tauri's IPC with the mock runtime: the real capabilities, the real
//! argument (de)serialisation, scripted dialogs and temporary settings directories.

use crate::dialogs::Dialogs;
use crate::{build_app, Dirs};
use policywright::Lang;
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
fn first_start_opens_no_project_and_offers_the_examples() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let info = h.ok("start_info", json!({}));
    assert!(info["recent"].as_array().unwrap().is_empty());
    assert!(info["recovery"].is_null());
    // No example company's answers are shown as if they were the user's own.
    assert!(info["lastProject"].is_null());
    assert_eq!(info["firstStart"], true);
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        info["legalChecked"],
        policywright::project::legal::facts().checked
    );
    let examples: Vec<(&str, &str)> = info["examples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_str().unwrap(), e["name"].as_str().unwrap()))
        .collect();
    let ids: Vec<&str> = examples.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, ["webshop", "consultancy", "association"]);
    assert!(examples.iter().all(|(_, name)| !name.trim().is_empty()));
    assert!(matches!(info["uiLang"].as_str(), Some("sv" | "en")));

    // Once anything was remembered it is no longer a first start.
    h.ok("set_ui_lang", json!({ "lang": "sv" }));
    let again = Harness::new(home.path()).ok("start_info", json!({}));
    assert_eq!(again["uiLang"], "sv");
    assert_eq!(again["firstStart"], false);
    assert!(again["lastProject"].is_null());
}

#[test]
fn an_example_opens_as_an_unsaved_copy() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("min-butik.toml");
    let h = Harness::new(home.path());
    let opened = h.ok("open_example", json!({ "id": "consultancy" }));
    assert!(opened["path"].is_null(), "an example is never its own file");
    let example = policywright::examples::example("consultancy").unwrap();
    assert_eq!(
        opened["project"],
        serde_json::to_value(&example.project).unwrap()
    );
    // Save asks where (a cancelled dialog saves nothing), then writes the copy there.
    h.answer(None);
    let project = opened["project"].clone();
    assert!(h
        .ok(
            "save_project",
            json!({ "project": project, "saveAs": false })
        )
        .is_null());
    h.answer(Some(&file));
    assert_eq!(
        h.ok(
            "save_project",
            json!({ "project": project, "saveAs": false })
        ),
        json!(file)
    );
    // Opening an example after a saved project does not save into that project's file.
    let again = h.ok("open_example", json!({ "id": "webshop" }));
    h.answer(None);
    assert!(h
        .ok(
            "save_project",
            json!({ "project": again["project"], "saveAs": false })
        )
        .is_null());
    let err = h
        .invoke("open_example", json!({ "id": "../secret" }))
        .expect_err("an unknown example");
    assert_eq!(err["kind"], "forbidden");
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
    // The cookie answers of version 4 go with it: a similar technology, who receives the data,
    // a lifetime under a day and a range, and the site's own cookie policy.
    h.answer(None);
    let mut changed = project.clone();
    changed["organisation"]["email"] = json!("hej@bageriet.se");
    // The answers of format 4's purposes: a title beside the explanation, two legal bases each
    // with its people, profiling with its logic, and an age limit.
    changed["activities"] = json!([{
        "purpose": "",
        "title": { "sv": "Beställningar", "en": "Orders" },
        "description": { "sv": "Vi bakar och levererar det du beställer.", "en": "We bake and deliver what you order." },
        "people": ["customers", { "sv": "kontaktpersoner", "en": "contact persons" }],
        "data": ["name", "contact"],
        "bases": [
            { "basis": "contract", "people": ["customers"] },
            {
                "basis": "legitimate-interests",
                "people": [{ "sv": "kontaktpersoner", "en": "contact persons" }],
                "legitimate_interest": { "sv": "Att kunna leverera.", "en": "Being able to deliver." }
            }
        ],
        "profiling": true,
        "profiling_logic": { "sv": "Vi föreslår bröd efter tidigare köp.", "en": "We suggest bread from earlier orders." },
        "retention": { "preset": "contract-term" }
    }]);
    changed["children"]["minimum_age"] = json!(18);
    changed["children"]["younger_found"] =
        json!({ "sv": "Vi raderar uppgifterna.", "en": "We delete the data." });
    // The recipient answers of version 4 go through the save and back unchanged: an activity
    // with its id, a joint controller with the essence and the contact, linked to the
    // activity, in Ireland and further countries each with its safeguard.
    changed["activities"][0]["id"] = json!("bageriets-nyhetsbrev");
    changed["recipients"] = json!([{
        "name": { "sv": "Meta Platforms Ireland Ltd", "en": "Meta Platforms Ireland Ltd" },
        "kind": "joint-controller",
        "purpose": { "sv": "Mäter våra annonser.", "en": "Measures our ads." },
        "country": "IE",
        "other_countries": [
            { "country": "US", "safeguard": "data-privacy-framework", "dpf_fallback": "standard-contractual-clauses",
              "safeguard_copy": { "sv": "Fråga oss.", "en": "Ask us." } },
            { "country": "varies", "safeguard": "binding-corporate-rules",
              "safeguard_copy": { "sv": "Fråga oss.", "en": "Ask us." } }
        ],
        "joint_essence": { "sv": "Vi ber om samtycket; Meta svarar för resten.", "en": "We ask for consent; Meta answers for the rest." },
        "joint_contact": { "sv": "Oss på hej@bageriet.se.", "en": "Us at hej@bageriet.se." },
        "activities": ["bageriets-nyhetsbrev"]
    }, {
        "name": { "sv": "Alla som läser våra omdömen", "en": "Everyone who reads our reviews" },
        "kind": "public",
        "purpose": { "sv": "Läser ditt omdöme.", "en": "Read your review." }
    }]);
    changed["cookies"] = json!({
        "policy_url": "https://bageriet.se/kakor",
        "consent": { "sv": "Via bannern.", "en": "Through the banner." },
        "withdrawal": { "sv": "Via länken Kakor.", "en": "Through the Cookies link." },
        "items": [
            {
                "name": "_gat", "provider": "Bageriet i Åre AB", "data_recipient": "Google",
                "purpose": { "sv": "Begränsar anropen.", "en": "Limits the requests." },
                "category": "statistics", "lifetime": "1 minute", "party": "first"
            },
            {
                "name": "Meta Pixel", "technology": "pixel", "provider": "Meta",
                "purpose": { "sv": "Mäter annonser.", "en": "Measures ads." },
                "category": "marketing", "lifetime": "none", "party": "third"
            },
            {
                "name": "bg_token", "technology": "local-storage", "provider": "Bageriet i Åre AB",
                "purpose": { "sv": "Håller dig inloggad.", "en": "Keeps you signed in." },
                "category": "necessary", "lifetime": "30 seconds to 1 year", "party": "first"
            }
        ]
    });
    assert_eq!(
        h.ok(
            "save_project",
            json!({ "project": changed, "saveAs": false })
        ),
        json!(file)
    );

    let on_disk = policywright::load_project(&file).expect("saved file loads");
    let a = &on_disk.activities[0];
    assert_eq!(a.title.get(Lang::EN), "Orders");
    assert_eq!(a.bases.len(), 2);
    assert_eq!(a.bases[1].people, vec![a.people[1].clone()]);
    assert!(a.profiling && a.profiling_logic.get(Lang::SV).starts_with("Vi föreslår"));
    assert_eq!(on_disk.children.minimum_age, Some(18));
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("bases") && text.contains("minimum_age = 18"),
        "{text}"
    );

    // Opening through the dialog, then by path from the recent list.
    h.answer(Some(&file));
    let opened = h.ok("open_project", json!({ "path": null }));
    assert_eq!(opened["path"], json!(file));
    assert_eq!(opened["project"], changed);
    let on_disk = std::fs::read_to_string(&file).unwrap();
    assert!(on_disk.contains("joint_essence") && on_disk.contains("country = \"varies\""));
    let text = std::fs::read_to_string(&file).unwrap();
    for line in [
        "policy_url = \"https://bageriet.se/kakor\"",
        "data_recipient = \"Google\"",
        "technology = \"pixel\"",
        "technology = \"local-storage\"",
        "lifetime = \"30 seconds to 1 year\"",
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
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
fn a_file_that_is_no_project_says_so_and_nothing_more() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let png = home.path().join("logo.png");
    fs::write(
        &png,
        [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00],
    )
    .unwrap();
    let txt = home.path().join("notes.txt");
    fs::write(&txt, "Att göra: ring revisorn.\n").unwrap();
    let other = home.path().join("Cargo.toml");
    fs::write(&other, "[package]\nname = \"x\"\nversion = \"0.1.0\"\n").unwrap();
    let folder = home.path().join("a folder");
    fs::create_dir(&folder).unwrap();
    for path in [&png, &txt, &other, &folder] {
        h.answer(Some(path));
        let err = h
            .invoke("open_project", json!({ "path": null }))
            .expect_err("must fail");
        assert_eq!(err["kind"], "not-a-project", "{path:?}: {err}");
        assert_eq!(err["file"], json!(path));
        // No parser's or the system's words for the UI to show.
        assert!(
            err["diagnostics"].as_array().is_none_or(|d| d.is_empty()),
            "{err}"
        );
    }
}

#[test]
fn an_invalid_project_file_reports_diagnostics_with_a_location() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let bad = home.path().join("bad.toml");
    fs::write(
        &bad,
        "schema_version = 1\n\n[organisation]\nnot_a_field = true\n",
    )
    .unwrap();
    h.ok("set_ui_lang", json!({ "lang": "sv" }));
    h.answer(Some(&bad));
    let err = h
        .invoke("open_project", json!({ "path": null }))
        .expect_err("must fail");
    assert_eq!(err["kind"], "invalid-project");
    let diags = err["diagnostics"].as_array().unwrap();
    assert!(!diags.is_empty());
    assert!(diags.iter().any(|d| d["line"].is_number()), "{diags:?}");
    // In the UI language, like `policywright check --lang sv`, and naming the file.
    assert_eq!(err["file"], json!(bad));
    let unknown = diags
        .iter()
        .find(|d| d["code"] == "unknown-field")
        .expect("the unknown field is reported");
    assert_eq!(unknown["line"], 4);
    assert!(
        unknown["message"]
            .as_str()
            .unwrap()
            .starts_with("Okänt fält ”not_a_field”"),
        "{unknown:?}"
    );
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

/// The fixture ui/test/labels.test.ts reads: every path the library reports a problem at, as a
/// pattern (`activities[].purpose`).
const DIAGNOSTIC_PATHS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../ui/test/diagnostic-paths.json"
);

/// Where the library reports problems, for a blank project (and one blank item of each list) and
/// for each example with one answer at a time emptied, given a wrong value, or switched: the UI
/// must name the question of every such path (ui/test/labels.test.ts). When the library starts
/// reporting at new places, rewrite the fixture with POLICYWRIGHT_UPDATE_FIXTURES=1 and make the
/// UI test pass.
#[test]
fn the_ui_fixture_lists_every_path_the_library_reports_at() {
    use std::collections::BTreeSet;
    let mut patterns = BTreeSet::new();
    let mut check = |value: &Value| {
        if let Ok(project) = serde_json::from_value::<policywright::Project>(value.clone()) {
            for d in policywright::check(&project) {
                patterns.insert(pattern(&d.path));
            }
        }
    };
    let catalog = serde_json::to_value(policywright::project::catalog::catalog(
        policywright::Lang::SV,
    ))
    .unwrap();
    let mut blank = serde_json::to_value(policywright::Project::blank()).unwrap();
    check(&blank);
    for (list, kind) in [
        ("/activities", "activity"),
        ("/recipients", "recipient"),
        ("/cookies/items", "cookie"),
    ] {
        if let Some(items) = blank.pointer_mut(list).and_then(Value::as_array_mut) {
            items.push(catalog["blank"][kind].clone());
        }
    }
    check(&blank);
    let mut variants = vec![blank];
    for example in policywright::examples::examples() {
        variants.push(serde_json::to_value(&example.project).unwrap());
    }
    for base in &variants {
        let mut leaves = Vec::new();
        pointers(base, String::new(), &mut leaves);
        for pointer in leaves {
            let original = base.pointer(&pointer).unwrap();
            let replacements: Vec<Value> = match original {
                Value::String(_) => vec![json!(""), json!("x"), json!("9999-99-99")],
                // A list answer also takes the user's own words: half-written ones too.
                Value::Array(items) => {
                    let mut own = vec![json!([])];
                    for entry in [
                        json!({ "sv": "", "en": "" }),
                        json!({ "sv": "x", "en": "" }),
                        json!({ "sv": "x", "en": "x", "special": true }),
                    ] {
                        let mut more = items.clone();
                        more.push(entry);
                        own.push(Value::Array(more));
                    }
                    own
                }
                Value::Bool(b) => vec![json!(!b)],
                Value::Number(_) => vec![json!(0), json!(1000)],
                Value::Object(_) => vec![Value::Null],
                Value::Null => vec![json!(true), json!("x"), json!({})],
            };
            for replacement in replacements {
                let mut changed = base.clone();
                *changed.pointer_mut(&pointer).unwrap() = replacement;
                check(&changed);
            }
        }
    }
    let fixture = serde_json::to_string_pretty(&patterns).unwrap() + "\n";
    if std::env::var_os("POLICYWRIGHT_UPDATE_FIXTURES").is_some() {
        fs::write(DIAGNOSTIC_PATHS, &fixture).unwrap();
    }
    let stored = fs::read_to_string(DIAGNOSTIC_PATHS).unwrap_or_default();
    assert_eq!(
        stored, fixture,
        "ui/test/diagnostic-paths.json is out of date: run this test with \
         POLICYWRIGHT_UPDATE_FIXTURES=1, then `npm test` in ui/"
    );
}

/// `activities[2].data[0].en` -> `activities[].data[].en`.
fn pattern(path: &str) -> String {
    let mut out = String::new();
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[]");
            }
            ']' => in_index = false,
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

/// JSON pointers of every value below the root.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = format!("{at}/{k}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(v, p, out);
            }
        }
        _ => {}
    }
}

/// Versions of a project that differ in size as well as content, as the UI would send them.
fn autosave_versions(h: &Harness) -> Vec<Value> {
    (0..4)
        .map(|i| blank_with_name(h, &format!("Version {i} {}", "AB ".repeat(i * 500))))
        .collect()
}

/// The child of the test below: autosaves in a loop until it is killed.
#[test]
fn autosave_loop_child() {
    let Some(home) = std::env::var_os("POLICYWRIGHT_AUTOSAVE_LOOP") else {
        return; // Only runs as the child of the test below.
    };
    let h = Harness::new(Path::new(&home));
    let versions = autosave_versions(&h);
    // Tell the parent the loop has begun, so its kills land during autosaves.
    fs::write(Path::new(&home).join("child-ready"), "").unwrap();
    for i in 0.. {
        h.ok(
            "autosave",
            json!({ "project": versions[i % versions.len()] }),
        );
    }
}

/// SIGKILL at random moments of a process that autosaves in a loop, a thousand times: the
/// recovery file always parses and is one of the versions sent, and the next start offers it.
#[test]
fn the_recovery_file_survives_a_thousand_kills_during_autosaves() {
    use std::process::{Command, Stdio};
    use std::time::Duration;
    const KILLS: usize = 1000;
    let home = tempfile::tempdir().unwrap();
    let versions = autosave_versions(&Harness::new(home.path()));
    let recovery = home.path().join("data").join("recovery.toml");
    let me = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x5eed;
    let mut random = |bound: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % bound
    };
    let mut mid_write = 0;
    for kill in 0..KILLS {
        let ready = home.path().join("child-ready");
        let _ = fs::remove_file(&ready);
        let child_log = home.path().join("child-log");
        let mut child = Command::new(&me)
            .args(["tests::autosave_loop_child", "--exact", "--test-threads=1"])
            .env("POLICYWRIGHT_AUTOSAVE_LOOP", home.path())
            .stdout(Stdio::null())
            .stderr(fs::File::create(&child_log).unwrap())
            .spawn()
            .unwrap();
        while !ready.exists() {
            if child.try_wait().unwrap().is_some() {
                panic!(
                    "kill {kill}: the autosave loop ended before it began:\n{}",
                    fs::read_to_string(&child_log).unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_micros(random(8_000)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let text = fs::read_to_string(&recovery)
            .unwrap_or_else(|e| panic!("kill {kill}: no recovery file: {e}"));
        let project = policywright::parse_project(&text)
            .unwrap_or_else(|d| panic!("kill {kill}: the recovery file does not parse: {}", d[0]));
        let value = serde_json::to_value(project).unwrap();
        assert!(versions.contains(&value), "kill {kill}: not a version sent");
        for entry in fs::read_dir(recovery.parent().unwrap()).unwrap().flatten() {
            if entry.file_name().to_string_lossy().contains(".tmp-") {
                mid_write += 1;
                fs::remove_file(entry.path()).unwrap();
            }
        }
    }
    eprintln!("{mid_write} of {KILLS} kills landed during a write");
    assert!(
        mid_write > KILLS / 20,
        "only {mid_write} kills landed during a write"
    );
    // The next start offers the copy.
    let h = Harness::new(home.path());
    assert!(h.ok("start_info", json!({}))["recovery"].is_object());
    let recovered = h.ok("recover", json!({}));
    assert!(versions.contains(&recovered["project"]));
}

#[test]
fn saving_from_the_app_keeps_the_files_comments() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("kommenterad.toml");
    let text = format!(
        "# Kept by our lawyer: do not remove the notes.\n{}",
        policywright::examples::SOURCES[0].1.replacen(
            "[organisation]",
            "# Who we are.\n[organisation]",
            1
        )
    );
    std::fs::write(&file, &text).unwrap();
    let h = Harness::new(home.path());
    h.answer(Some(&file));
    let opened = h.ok("open_project", json!({ "path": null }));
    let mut changed = opened["project"].clone();
    changed["organisation"]["email"] = json!("ny@example.se");
    assert_eq!(
        h.ok(
            "save_project",
            json!({ "project": changed, "saveAs": false })
        ),
        json!(file)
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.starts_with("# Kept by our lawyer: do not remove the notes.\n"));
    assert!(saved.contains("# Who we are.\n[organisation]"));
    assert!(saved.contains("email = \"ny@example.se\""));
    let changed_lines = saved.lines().filter(|l| !text.contains(l)).count();
    assert_eq!(changed_lines, 1, "{saved}");
}

#[test]
fn an_organisation_abroad_gets_its_law_and_a_chosen_authority_in_the_app() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("danmark.toml");
    std::fs::write(&file, policywright::examples::SOURCES[0].1).unwrap();
    let h = Harness::new(home.path());
    h.answer(Some(&file));
    let opened = h.ok("open_project", json!({ "path": null }));
    let mut project = opened["project"].clone();
    project["organisation"]["address"]["country"] = json!("DK");
    project["organisation"]["address"]["postal_code"] = json!("8000");
    let preview = h.ok("preview", json!({ "project": project }));
    let en = preview["documents"][1]["html"].as_str().unwrap();
    assert!(en.contains("Danish Data Protection Act"), "{en}");
    assert!(en.contains("Datatilsynet") && !en.contains("IMY"), "{en}");

    // The authority chosen from the list the catalogue offers is saved by its country.
    let catalog = h.ok("catalog", json!({ "lang": "en" }));
    let offered: Vec<&str> = catalog["authorities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(
        offered.contains(&"FI") && offered.contains(&"SE"),
        "{offered:?}"
    );
    project["authority"] = json!({ "country": "FI" });
    let preview = h.ok("preview", json!({ "project": project }));
    let sv = preview["documents"][0]["html"].as_str().unwrap();
    assert!(
        sv.contains("Dataombudsmannens byrå") && sv.contains("Helsingfors"),
        "{sv}"
    );
    h.ok(
        "save_project",
        json!({ "project": project, "saveAs": false }),
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("[authority]\ncountry = \"FI\""), "{saved}");
    let reloaded = policywright::parse_project(&saved).unwrap();
    assert_eq!(reloaded.authority.unwrap().country, "FI");
}

#[test]
fn publish_compare_memo_and_the_other_version_guard() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let example = serde_json::to_value(policywright::default_project()).unwrap();

    // Publish 2.0, then change an answer and publish 2.1.
    let published = h.ok("publish_version", json!({ "project": example }));
    assert!(
        published["message"].as_str().unwrap().contains("2.0"),
        "{published}"
    );
    let mut project = published["project"].clone();
    assert_eq!(project["history"].as_array().unwrap().len(), 2);
    let err = h
        .invoke("publish_version", json!({ "project": project }))
        .expect_err("2.0 again");
    assert_eq!(err["kind"], "refused", "{err}");
    project["rights"]["response_days"] = json!(21);
    let next = h.ok(
        "publish_version",
        json!({ "project": project, "version": "2.1", "date": "2026-09-01" }),
    );
    let project = next["project"].clone();
    let history = h.ok("history", json!({ "project": project }));
    let versions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_str().unwrap())
        .collect();
    assert_eq!(versions, ["1.0", "2.0", "2.1"]);
    let html = h.ok(
        "version_html",
        json!({ "project": project, "version": "2.0", "lang": "en" }),
    );
    assert!(
        html.as_str().unwrap().contains("within one month"),
        "{html}"
    );

    let cmp = h.ok(
        "compare_versions",
        json!({ "project": project, "from": "2.0", "to": "2.1", "lang": "en" }),
    );
    let rights = cmp["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "rights")
        .unwrap();
    assert_eq!(rights["status"], "changed");
    let pieces = rights["lines"].to_string();
    // "within one month" became "within 21 days": the words, not the section, are marked.
    let marked = |tag: &str| {
        rights["lines"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|l| l["pieces"].as_array().cloned().unwrap_or_default())
            .filter(|p| p["tag"] == tag)
            .map(|p| p["text"].as_str().unwrap_or_default().to_owned())
            .collect::<String>()
    };
    assert!(marked("deleted").contains("month"), "{pieces}");
    assert!(marked("inserted").contains("21"), "{pieces}");

    // The memo, into a folder the user picks.
    let out = home.path().join("memo");
    h.answer(Some(&out));
    let memo = h.ok("export_memo", json!({ "project": project }));
    assert_eq!(memo["files"].as_array().unwrap().len(), 4, "{memo}");
    assert!(out.join("review-memo.sv.pdf").exists());

    // Export 2.1, then a 2.2 into the same folder: asked first, written when confirmed.
    let site = home.path().join("site");
    h.answer(Some(&site));
    h.ok(
        "export_policy",
        json!({ "project": project, "formats": ["md"] }),
    );
    let mut newer = project.clone();
    newer["policy"]["version"] = json!("2.2");
    let err = h
        .invoke(
            "export_policy",
            json!({ "project": newer, "formats": ["md"] }),
        )
        .expect_err("files of 2.1 there");
    assert_eq!(err["kind"], "other-version", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("policy.sv.md"),
        "{err}"
    );
    let before = fs::read_to_string(site.join("policy.sv.md")).unwrap();
    assert!(before.contains("Version 2.1"));
    h.answer(None);
    h.ok(
        "export_policy",
        json!({ "project": newer, "formats": ["md"], "overwrite": true }),
    );
    assert!(fs::read_to_string(site.join("policy.sv.md"))
        .unwrap()
        .contains("Version 2.2"));
    // Versioned names never collide.
    h.answer(Some(&site));
    let res = h.ok(
        "export_policy",
        json!({ "project": project, "formats": ["pdf"], "versioned": true }),
    );
    assert!(
        res["files"].to_string().contains("policy-2.1.sv.pdf"),
        "{res}"
    );
}

#[test]
fn a_clause_rewritten_in_the_app_is_saved_with_the_comments_and_a_house_style_is_remembered() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("klient.toml");
    let text = format!(
        "# Our notes on this client.\n{}",
        policywright::examples::SOURCES[0].1
    );
    fs::write(&file, &text).unwrap();
    let h = Harness::new(home.path());
    h.answer(Some(&file));
    let opened = h.ok("open_project", json!({ "path": null }));
    let mut project = opened["project"].clone();

    // The editor opens with the default and the library's override shape; the UI sets the text.
    let tpl = h.ok(
        "clause_template",
        json!({ "project": project, "clause": "intro", "lang": "sv" }),
    );
    assert_eq!(tpl["source"], json!("built-in"));
    let mut o = tpl["newOverride"].clone();
    assert_eq!(o["base"], tpl["default"]);
    o["text"] = json!("# Om oss\n\nSkrivet av vår jurist för {{ org.name }}.\n");
    project["clauses"] = json!({ "overrides": [o] });
    let preview = h.ok("preview", json!({ "project": project }));
    let sv = preview["documents"][0]["html"].as_str().unwrap();
    assert!(sv.contains("Skrivet av vår jurist för"), "{sv}");
    assert_eq!(preview["clauseProblems"], json!([]));

    // A broken text: located inside the clause, the rest of the document still there.
    let mut broken = project.clone();
    broken["clauses"]["overrides"][0]["text"] = json!("# Om oss\n\n{{ org.nmae }}\n");
    let preview = h.ok("preview", json!({ "project": broken }));
    let p = &preview["clauseProblems"][0];
    assert_eq!(
        (p["clause"].clone(), p["line"].clone(), p["column"].clone()),
        (json!("intro"), json!(3), json!(4))
    );
    assert!(preview["documents"][0]["html"]
        .as_str()
        .unwrap()
        .contains("id=\"retention\""));

    let list = h.ok("clause_list", json!({ "project": project }));
    let intro = &list["clauses"][0];
    assert_eq!(intro["langs"][0]["source"], json!("override"));
    assert_eq!(intro["langs"][1]["source"], json!("built-in"));

    h.ok(
        "save_project",
        json!({ "project": project, "saveAs": false }),
    );
    let saved = fs::read_to_string(&file).unwrap();
    assert!(
        saved.starts_with("# Our notes on this client.\n"),
        "{saved}"
    );
    assert!(saved.contains("Skrivet av vår jurist"));

    // A house style chosen in the app is remembered and makes the override stale.
    let style = home.path().join("style");
    fs::create_dir_all(style.join("sv")).unwrap();
    fs::write(
        style.join("sv/intro.md"),
        "# Inledning\n\nByråns egen inledning.\n",
    )
    .unwrap();
    h.answer(Some(&style));
    assert_eq!(h.ok("choose_house_style", json!({})), json!(style));
    drop(h);
    let h = Harness::new(home.path());
    let info = h.ok("start_info", json!({}));
    assert_eq!(info["houseStyle"]["path"], json!(style));
    let project = info["lastProject"]["project"].clone();
    let preview = h.ok("preview", json!({ "project": project }));
    let stale: Vec<&Value> = preview["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == json!("clause-stale"))
        .collect();
    assert_eq!(stale.len(), 1, "{preview}");
    let tpl = h.ok(
        "clause_template",
        json!({ "project": project, "clause": "intro", "lang": "sv" }),
    );
    assert_eq!(tpl["stale"], json!(true));
    assert!(tpl["merge"]["new_default"]
        .as_str()
        .unwrap()
        .contains("Byråns egen inledning"));
    // Without the house style the English clause is built-in again, and it is remembered.
    h.ok("clear_house_style", json!({}));
    let info = Harness::new(home.path()).ok("start_info", json!({}));
    assert_eq!(info["houseStyle"]["path"], json!(null));
}

#[test]
fn a_custom_clause_is_added_by_its_heading_after_its_clause_and_removed() {
    let home = tempfile::tempdir().unwrap();
    let h = Harness::new(home.path());
    let project = h.ok("open_example", json!({ "id": "webshop" }))["project"].clone();
    let headings = json!({ "sv": "Visselblåsning", "en": "Whistleblowing" });
    let added = h.ok(
        "clause_add",
        json!({ "project": project, "headings": headings, "after": "security" }),
    );
    let list = h.ok("clause_list", json!({ "project": added }));
    let ids: Vec<&str> = list["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let at = ids.iter().position(|i| *i == "visselblasning").unwrap();
    assert_eq!(ids[at - 1], "security");
    assert_eq!(list["clauses"][at]["langs"][0]["source"], json!("custom"));
    assert_eq!(
        list["clauses"][at]["langs"][0]["heading"],
        json!("Visselblåsning")
    );
    assert_eq!(
        list["clauses"][at]["langs"][1]["heading"],
        json!("Whistleblowing")
    );
    assert!(list["items"].as_array().unwrap().len() >= 15);
    let preview = h.ok("preview", json!({ "project": added }));
    let sv = preview["documents"][0]["html"].as_str().unwrap();
    let en = preview["documents"][1]["html"].as_str().unwrap();
    assert!(sv.contains("id=\"visselblasning\"") && sv.contains("Visselblåsning"));
    assert!(en.contains("id=\"visselblasning\"") && en.contains("Whistleblowing"));
    // The same heading again, or none, is refused and said in the UI language.
    for headings in [headings.clone(), json!({ "sv": " ", "en": "x" })] {
        let err = h
            .invoke(
                "clause_add",
                json!({ "project": added, "headings": headings, "after": "security" }),
            )
            .unwrap_err();
        assert_eq!(err["kind"], json!("refused"), "{err}");
    }
    let removed = h.ok(
        "clause_remove",
        json!({ "project": added, "id": "visselblasning" }),
    );
    assert_eq!(removed, project);
}
