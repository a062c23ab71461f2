//! End-to-end test of the desktop app: a person's session, from a new project to exported
//! files, in the real binary under Xvfb, driven over WebDriver. Elements are found only by the
//! test ids of docs/app.md. Also takes the README screenshots and measures start-up time,
//! keystroke-to-preview latency and memory (printed, and written to target/e2e-figures.json).
//!
//! Needs Xvfb, WebKitWebDriver, tauri-driver and xdotool (real key presses for undo); scripts/setup.sh
//! installs them.

mod a11y;
mod harness;
mod salon;

use harness::{app_processes, app_started_epoch_ms, median, memory_kib, path, testid, App, Env};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const NAME: &str = "Surdegsbageriet Åkesson AB";
const ORG_NUMBER_BAD: &str = "556677-8890";
const ORG_NUMBER_OK: &str = "556677-8899";
const ACTIVITY_SV: &str = "Vi svarar på frågor om beställda surdegsbröd.";
const ACTIVITY_EN: &str = "We answer questions about sourdough bread orders.";
const OWN_PEOPLE_SV: &str = "stamkunder i bageriet";
const OWN_PEOPLE_EN: &str = "regulars at the bakery";
const OWN_DATA_SV: &str = "favoritbröd";
const OWN_DATA_EN: &str = "favourite loaves";
const RECIPIENT_SV: &str = "Redovisningsbyrån Kula";
const RECIPIENT_EN: &str = "Kula Accounting";
const COPY_SV: &str = "Skriv till oss så skickar vi klausulerna.";
const COPY_EN: &str = "Write to us and we will send you the clauses.";
const EFFECTIVE_DATE: &str = "2026-12-01";
/// An internal answer of the record: in the record, never in the policy.
const RECORD_OWNER: &str = "Bageriets kontor";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// The largest example project: the one the latency and memory figures are taken with.
fn largest_example() -> PathBuf {
    std::fs::read_dir(repo_root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("an example project in examples/")
}

async fn visible(app: &App, css: &str) {
    let deadline = Instant::now() + harness::STEP;
    loop {
        if let Ok(el) = app.client.find(fantoccini::Locator::Css(css)).await {
            if el.is_displayed().await.unwrap_or(false) {
                return;
            }
        }
        assert!(
            Instant::now() < deadline,
            "e2e: `{css}` never became visible"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn hidden(app: &App, css: &str) {
    let deadline = Instant::now() + harness::STEP;
    loop {
        let shown = match app.client.find(fantoccini::Locator::Css(css)).await {
            Ok(el) => el.is_displayed().await.unwrap_or(false),
            Err(_) => false,
        };
        if !shown {
            return;
        }
        if Instant::now() >= deadline {
            app.dump("failure").await;
            panic!("e2e: `{css}` stayed visible");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Waits until the editor and its preview are on screen and returns the page's clock then,
/// in milliseconds since the Unix epoch (polled in the page, every 10 ms).
async fn ready_epoch_ms(app: &App) -> f64 {
    page_ready_epoch_ms(
        app,
        r#"
        const editor = document.querySelector('[data-testid="editor"]');
        const doc = document.querySelector('[data-testid="preview-doc"]');
        return editor && !editor.hidden && doc && doc.textContent.trim() !== "";
        "#,
    )
    .await
}

/// Like `ready_epoch_ms`, for the start screen with its buttons.
async fn start_screen_epoch_ms(app: &App) -> f64 {
    page_ready_epoch_ms(
        app,
        r#"
        const start = document.querySelector('[data-testid="start-screen"]');
        return start && start.offsetParent !== null && !!start.querySelector('[data-testid="start-example"]');
        "#,
    )
    .await
}

async fn page_ready_epoch_ms(app: &App, ready_body: &str) -> f64 {
    let script = format!(
        r#"
        const done = arguments[arguments.length - 1];
        const ready = () => {{ {ready_body} }};
        const poll = () => (ready() ? done(Date.now()) : setTimeout(poll, 10));
        poll();
        "#
    );
    let at = app
        .client
        .execute_async(&script, vec![])
        .await
        .expect("the page became ready");
    at.as_f64().unwrap()
}

/// How many elements match and are shown.
async fn shown_count(app: &App, css: &str) -> usize {
    let mut n = 0;
    for el in app
        .client
        .find_all(fantoccini::Locator::Css(css))
        .await
        .unwrap()
    {
        if el.is_displayed().await.unwrap_or(false) {
            n += 1;
        }
    }
    n
}

async fn text(app: &App, css: &str) -> String {
    app.wait(css).await.text().await.unwrap()
}

fn preview(lang: &str) -> String {
    format!("{}[data-lang='{lang}']", testid("preview-doc"))
}

async fn section(app: &App, id: &str) {
    app.click(&testid(&format!("section-link-{id}"))).await;
    visible(app, &testid(&format!("section-{id}"))).await;
}

/// Opens a list item's body unless it is open already.
async fn expand(app: &App, item_path: &str) {
    let css = format!("{}{}", testid("item-toggle"), path(item_path));
    let toggle = app.wait(&css).await;
    if toggle.attr("aria-expanded").await.unwrap().as_deref() != Some("true") {
        app.click(&css).await;
    }
}

async fn check(app: &App, list_path: &str, option: &str) {
    let css = format!("{}[data-option='{option}']", path(list_path));
    if app.wait(&css).await.is_selected().await.unwrap() {
        return;
    }
    // Through the harness's click, which first scrolls the box to the middle: a box at the top
    // edge would otherwise be under the sticky toolbar, and the click would land there.
    app.click(&css).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    // The form may redraw the box after the click (the answer changed): a stale element is
    // read again from the page on the next turn.
    while !app.wait(&css).await.is_selected().await.unwrap_or(false) {
        assert!(
            Instant::now() < deadline,
            "e2e: `{css}` did not become checked"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Keystroke to updated preview, measured in the page: from the keydown of a real WebDriver
/// keystroke to the moment both preview documents contain the new text.
async fn keystroke_to_preview_ms(app: &App, field: &str, key: &str) -> f64 {
    let expected = format!("{}{key}", app.value(field).await);
    app.js(
        r#"
        const [field, expected] = arguments;
        const input = document.querySelector(field);
        window.__e2eLatency = new Promise((resolve) => {
          let t0 = null;
          input.addEventListener("keydown", () => { t0 = performance.now(); }, { once: true });
          const done = () => [...document.querySelectorAll('[data-testid="preview-doc"]')]
            .every((d) => d.textContent.includes(expected));
          const obs = new MutationObserver(() => {
            if (t0 !== null && done()) { obs.disconnect(); resolve(performance.now() - t0); }
          });
          obs.observe(document.querySelector('[data-testid="preview"]'),
            { subtree: true, childList: true, characterData: true });
        });
        "#,
        vec![json!(field), json!(expected)],
    )
    .await;
    app.wait(field).await.send_keys(key).await.unwrap();
    let ms = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__e2eLatency.then(done);",
            vec![],
        )
        .await
        .expect("preview updated after the keystroke");
    ms.as_f64().unwrap()
}

/// The preview command alone (IPC round trip, validation and rendering of both languages),
/// with the project the UI holds, called the way the UI calls it.
async fn preview_command_ms(app: &App) -> f64 {
    let ms = app
        .client
        .execute_async(
            r#"
            const done = arguments[arguments.length - 1];
            (async () => {
              const invoke = window.__TAURI_INTERNALS__.invoke;
              const info = await invoke("start_info");
              const project = info.lastProject.project;
              const times = [];
              for (let i = 0; i < 15; i++) {
                const t0 = performance.now();
                await invoke("preview", { project });
                times.push(performance.now() - t0);
              }
              times.sort((a, b) => a - b);
              done(times[Math.floor(times.length / 2)]);
            })().catch((e) => done(-1));
            "#,
            vec![],
        )
        .await
        .unwrap();
    ms.as_f64().unwrap()
}

/// Issue 21, point 2: Ctrl+Z and Ctrl+Shift+Z undo and redo typing in a field, pressed as a
/// person presses them, and the preview follows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undo_and_redo_with_real_key_presses() {
    let _one = ONE_AT_A_TIME.lock().await;
    let env = Env::start();
    tokio::time::timeout(Duration::from_secs(240), undo_redo(&env))
        .await
        .expect("e2e: undo and redo took more than 4 minutes");
}

async fn undo_redo(env: &Env) {
    let app = env.launch().await;
    app.click(&format!(
        "{}[data-example='association']",
        testid("start-example")
    ))
    .await;
    visible(&app, &testid("editor")).await;
    section(&app, "organisation").await;
    let phone = path("organisation.phone");
    let before = app.value(&phone).await;
    // WebDriver focuses the field with the caret at the end, and types.
    app.wait(&phone).await.send_keys(" 99").await.unwrap();
    let typed = format!("{before} 99");
    assert_eq!(app.value(&phone).await, typed);
    app.real_keys("ctrl+z").await;
    wait_value(&app, &phone, &before).await;
    app.real_keys("ctrl+shift+z").await;
    wait_value(&app, &phone, &typed).await;
    app.real_keys("ctrl+z").await;
    wait_value(&app, &phone, &before).await;
    // The answer followed the field: the preview no longer shows what was undone.
    app.select(&testid("preview-mode"), "sv").await;
    app.wait_text(&preview("sv"), &before).await;
    let shown = text(&app, &preview("sv")).await;
    assert!(
        !shown.contains(&typed),
        "the undone text is still in the preview"
    );
}

/// Waits until a field holds `expected` (an undo lands through the webview's event loop).
async fn wait_value(app: &App, css: &str, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let value = app.value(css).await;
        if value == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "e2e: `{css}` holds {value:?}, not {expected:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The tests each run the app under their own X server: one at a time on two cores.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_from_new_project_to_exported_files() {
    let _one = ONE_AT_A_TIME.lock().await;
    let env = Env::start();
    // A WebDriver call that never answers must fail the test, not hang CI; dropping `env`
    // then stops the driver, the app and X.
    tokio::time::timeout(Duration::from_secs(420), scenario(&env))
        .await
        .expect("e2e: the scenario took more than 7 minutes");
}

async fn scenario(env: &Env) {
    let work = env.dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let project_file = work.join("bageriet.toml");
    let out = work.join("export");
    let mut figures = serde_json::Map::new();

    // ---- first start: the start screen, not an example company's answers in the editor ----
    let app = env.launch().await;
    let ready = start_screen_epoch_ms(&app).await;
    figures.insert(
        "cold_start_to_start_screen_ms".into(),
        json!((ready - app_started_epoch_ms()).round()),
    );
    hidden(&app, &testid("editor")).await;
    // Commands that need a project are off until there is one.
    for id in [
        "action-save",
        "action-export",
        "action-clauses",
        "action-publish",
    ] {
        let enabled = app.wait(&testid(id)).await.is_enabled().await.unwrap();
        assert!(!enabled, "{id} is enabled on the start screen");
    }
    // The date the legal facts were checked, written out in Swedish ("20 november 2026").
    let checked = &policywright::project::legal::facts().checked;
    let about = text(&app, &testid("legal-checked")).await;
    assert!(
        about.contains(&checked[..4]) && !about.contains(checked.as_str()),
        "{about:?}"
    );
    app.screenshot("first-start").await;

    // A file that is not a valid project: its problems in the UI language (Swedish here, from
    // LANG), with their lines, and nothing opened.
    let broken = work.join("trasig.toml");
    let example = std::fs::read_to_string(repo_root().join("examples/association.toml")).unwrap();
    let mut lines: Vec<&str> = example.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("legal_name"))
        .expect("the example names its organisation")
        + 1;
    lines.insert(at, "fax = \"08-1\"");
    std::fs::write(&broken, lines.join("\n")).unwrap();
    env.answer(Some(&broken));
    app.click(&testid("start-open")).await;
    visible(&app, &testid("error-dialog")).await;
    let problem = text(&app, &testid("app-error-item")).await;
    assert!(
        problem.starts_with(&format!("Rad {}, kolumn 1:", at + 1))
            && problem.contains("Okänt fält")
            && problem.contains("fax"),
        "{problem:?}"
    );
    let dialog = text(&app, &testid("error-dialog")).await;
    assert!(dialog.contains("trasig.toml"), "{dialog:?}");
    assert!(!dialog.contains("not a valid project"), "{dialog:?}");
    app.click(&testid("error-close")).await;
    hidden(&app, &testid("error-dialog")).await;
    visible(&app, &testid("start-screen")).await;

    // An example opens as a copy titled as the example.
    app.click(&format!(
        "{}[data-example='association']",
        testid("start-example")
    ))
    .await;
    visible(&app, &testid("editor")).await;
    let title = text(&app, &testid("doc-title")).await;
    assert!(
        title.contains("Fjällugglan") && title.contains("exempel"),
        "{title:?}"
    );
    // The bundled example renders in the preview (also what the package test checks of the
    // installed app).
    app.wait_text(&preview("sv"), "Friluftsföreningen Fjällugglan")
        .await;

    // ---- a new project: nothing marked before anything is answered ----
    app.click(&testid("action-new")).await;
    app.select(&testid("preview-mode"), "both").await;
    section(&app, "organisation").await;
    let name_diag = format!(
        "{}{}",
        testid("field-diagnostic"),
        path("organisation.legal_name")
    );
    app.wait(&path("organisation.legal_name")).await;
    // Give the first diagnostics time to arrive before checking that none is shown.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(shown_count(&app, &testid("field-diagnostic")).await, 0);
    // Leaving a required question unanswered marks it; answering clears it.
    app.click(&path("organisation.legal_name")).await;
    app.click(&path("organisation.org_number")).await;
    visible(&app, &name_diag).await;
    app.type_into(&path("organisation.legal_name"), NAME).await;
    hidden(&app, &name_diag).await;
    app.wait_text(&preview("sv"), NAME).await;
    app.wait_text(&preview("en"), NAME).await;

    // A wrong organisation number is reported at its field, and goes away when corrected.
    let org_diag = format!(
        "{}{}",
        testid("field-diagnostic"),
        path("organisation.org_number")
    );
    app.type_into(&path("organisation.org_number"), ORG_NUMBER_BAD)
        .await;
    visible(&app, &org_diag).await;
    app.type_into(&path("organisation.org_number"), ORG_NUMBER_OK)
        .await;
    hidden(&app, &org_diag).await;
    app.type_into(&path("organisation.email"), "hej@surdeg.example")
        .await;
    app.type_into(&path("organisation.address.street"), "Storgatan 1")
        .await;
    app.type_into(&path("organisation.address.postal_code"), "123 45")
        .await;
    app.type_into(&path("organisation.address.city"), "Åre")
        .await;

    // ---- a processing activity ----
    section(&app, "activities").await;
    app.click(&format!("{}{}", testid("list-add"), path("activities")))
        .await;
    app.select(&path("activities[0].purpose"), "customer-service")
        .await;
    app.type_into(&path("activities[0].description.sv"), ACTIVITY_SV)
        .await;
    app.type_into(&path("activities[0].description.en"), ACTIVITY_EN)
        .await;
    check(&app, "activities[0].people", "customers").await;
    check(&app, "activities[0].data", "name").await;
    check(&app, "activities[0].data", "contact").await;
    // Whose data and which data in the organisation's own words, in both languages.
    app.click(&format!(
        "{}{}",
        testid("own-add"),
        path("activities[0].people")
    ))
    .await;
    app.type_into(&path("activities[0].people[1].sv"), OWN_PEOPLE_SV)
        .await;
    app.type_into(&path("activities[0].people[1].en"), OWN_PEOPLE_EN)
        .await;
    app.click(&format!(
        "{}{}",
        testid("own-add"),
        path("activities[0].data")
    ))
    .await;
    app.type_into(&path("activities[0].data[2].sv"), OWN_DATA_SV)
        .await;
    app.type_into(&path("activities[0].data[2].en"), OWN_DATA_EN)
        .await;
    app.screenshot("own-words").await;
    // No legal basis is chosen for the user: the choice starts empty.
    assert_eq!(app.value(&path("activities[0].legal_basis")).await, "");
    app.select(&path("activities[0].legal_basis"), "contract")
        .await;
    // Whether the person must give the data is asked too (Art. 13(2)(e)): never assumed.
    assert_eq!(app.value(&path("activities[0].requirement")).await, "");
    app.select(&path("activities[0].requirement"), "none").await;
    app.select(&path("activities[0].retention.preset"), "contract-term")
        .await;
    app.wait_text(&preview("sv"), ACTIVITY_SV).await;
    app.wait_text(&preview("en"), ACTIVITY_EN).await;
    app.wait_text(&preview("sv"), OWN_PEOPLE_SV).await;
    app.wait_text(&preview("en"), OWN_PEOPLE_EN).await;
    app.wait_text(&preview("sv"), OWN_DATA_SV).await;
    app.wait_text(&preview("en"), OWN_DATA_EN).await;

    // ---- a recipient ----
    section(&app, "sharing").await;
    app.click(&format!("{}{}", testid("list-add"), path("recipients")))
        .await;
    app.type_into(&path("recipients[0].name.sv"), RECIPIENT_SV)
        .await;
    app.type_into(&path("recipients[0].name.en"), RECIPIENT_EN)
        .await;
    app.select(&path("recipients[0].kind"), "processor").await;
    app.type_into(&path("recipients[0].purpose.sv"), "Bokföring")
        .await;
    app.type_into(&path("recipients[0].purpose.en"), "Bookkeeping")
        .await;
    app.wait_text(&preview("sv"), RECIPIENT_SV).await;
    app.wait_text(&preview("en"), RECIPIENT_EN).await;

    // ---- a service from the catalogue: one tick adds its recipient and its transfer, says
    // where each fact comes from, and leaves the owner only what no source says ----
    app.type_into(&testid("service-search"), "mailchimp").await;
    check(&app, "services", "mailchimp").await;
    app.wait_text(&preview("en"), "The Rocket Science Group LLC (Mailchimp)")
        .await;
    app.wait_text(&preview("sv"), "Data Privacy Framework")
        .await;
    expand(&app, "recipients[1]").await;
    let facts = text(&app, &testid("service-facts")).await;
    assert!(
        facts.contains("Mailchimp") && facts.contains("kontrollerad"),
        "{facts:?}"
    );
    app.screenshot("services").await;
    section(&app, "transfers").await;
    app.type_into(&path("recipients[1].safeguard_copy.sv"), COPY_SV)
        .await;
    app.type_into(&path("recipients[1].safeguard_copy.en"), COPY_EN)
        .await;
    app.wait_text(&preview("en"), COPY_EN).await;
    app.screenshot("questionnaire").await;

    // ---- the last required answers; then the review lists no errors ----
    section(&app, "security").await;
    check(&app, "security.measures", "access-control").await;
    check(&app, "security.measures", "backups").await;
    section(&app, "review").await;
    app.type_into(&path("policy.effective_date"), EFFECTIVE_DATE)
        .await;
    assert_eq!(
        app.value(&path("policy.effective_date")).await,
        EFFECTIVE_DATE
    );
    visible(&app, &testid("diagnostics-none")).await;

    // ---- save; the file holds what was typed ----
    visible(&app, &testid("dirty-indicator")).await;
    env.answer(Some(&project_file));
    app.click(&testid("action-save")).await;
    hidden(&app, &testid("dirty-indicator")).await;
    let saved = std::fs::read_to_string(&project_file).expect("project saved");
    for text in [
        NAME,
        ORG_NUMBER_OK,
        ACTIVITY_SV,
        RECIPIENT_EN,
        OWN_PEOPLE_EN,
        "service = \"mailchimp\"",
        COPY_EN,
    ] {
        assert!(saved.contains(text), "{text:?} not in the saved file");
    }
    // The file keeps the reference, not the catalogue's facts: a newer catalogue updates them.
    assert!(!saved.contains("Rocket Science"), "{saved}");

    // ---- close, start again: the project comes back ----
    app.quit().await;
    let app = env.launch().await;
    let ready = ready_epoch_ms(&app).await;
    figures.insert(
        "second_start_to_interactive_ms".into(),
        json!((ready - app_started_epoch_ms()).round()),
    );
    app.select(&testid("preview-mode"), "both").await;
    app.wait_text(&preview("sv"), RECIPIENT_SV).await;
    app.click(&testid("action-start")).await;
    visible(&app, &testid("start-screen")).await;
    let recent = format!(
        "{}[data-path='{}']",
        testid("recent-item"),
        project_file.display()
    );
    visible(&app, &recent).await;
    app.screenshot("start").await;
    app.click(&recent).await;
    visible(&app, &testid("editor")).await;
    section(&app, "organisation").await;
    assert_eq!(app.value(&path("organisation.legal_name")).await, NAME);
    assert_eq!(
        app.value(&path("organisation.org_number")).await,
        ORG_NUMBER_OK
    );
    section(&app, "activities").await;
    expand(&app, "activities[0]").await;
    assert_eq!(
        app.value(&path("activities[0].description.en")).await,
        ACTIVITY_EN
    );
    section(&app, "sharing").await;
    expand(&app, "recipients[0]").await;
    assert_eq!(
        app.value(&path("recipients[0].name.sv")).await,
        RECIPIENT_SV
    );

    // ---- export ----
    app.click(&testid("action-export")).await;
    visible(&app, &testid("export-dialog")).await;
    for format in ["md", "html", "fragment", "pdf", "json", "consent"] {
        let css = format!("{}[value='{format}']", testid("export-format"));
        let el = app.wait(&css).await;
        if !el.is_selected().await.unwrap() {
            el.click().await.unwrap();
        }
    }
    app.screenshot("export").await;
    std::fs::create_dir_all(&out).unwrap();
    env.answer(Some(&out));
    app.click(&testid("export-run")).await;
    visible(&app, &testid("export-done")).await;
    let listed = app
        .client
        .find_all(fantoccini::Locator::Css(&testid("export-file")))
        .await
        .unwrap();
    // Four formats in two languages, policy.json, and the cookie banner's seven files.
    assert_eq!(listed.len(), 8 + 1 + 7);
    let banner = std::fs::read_to_string(out.join("consent/consent.js")).unwrap();
    assert!(banner.contains("Kakor på den här webbplatsen"), "{banner}");
    assert!(banner.contains("Cookies on this website"), "{banner}");
    let data: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("policy.json")).unwrap()).unwrap();
    assert_eq!(data["controller"]["name"], NAME);
    let mut written: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    written.sort();
    assert_eq!(written.len(), 9, "{written:?}");
    for file in &written {
        let bytes = std::fs::read(file).unwrap();
        if file.extension().is_some_and(|x| x == "pdf") {
            // PDF text is compressed; the library's own tests read it back.
            assert!(bytes.starts_with(b"%PDF-"), "{} is no PDF", file.display());
            continue;
        }
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains(NAME), "{} lacks the name", file.display());
    }
    app.click(&testid("export-close")).await;
    hidden(&app, &testid("export-dialog")).await;

    // ---- an unsaved edit survives a crash: the next start offers to restore it ----
    section(&app, "organisation").await;
    app.type_into(&path("organisation.phone"), "08-123 45 67")
        .await;
    visible(&app, &testid("dirty-indicator")).await;
    // The UI autosaves 2 s after the last change.
    let recovery = env
        .dir
        .path()
        .join("data/se.policywright.desktop/recovery.toml");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&recovery).is_ok_and(|t| t.contains("08-123 45 67")) {
        assert!(
            Instant::now() < deadline,
            "no recovery file at {recovery:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Ending the session kills the app without any close handling, like a crash.
    app.quit().await;
    let app = env.launch().await;
    visible(&app, &testid("recovery-offer")).await;
    app.click(&testid("recovery-restore")).await;
    visible(&app, &testid("editor")).await;
    section(&app, "organisation").await;
    assert_eq!(app.value(&path("organisation.phone")).await, "08-123 45 67");
    visible(&app, &testid("dirty-indicator")).await;
    // Saving writes it back to the project file it came from.
    app.click(&testid("action-save")).await;
    hidden(&app, &testid("dirty-indicator")).await;
    assert!(std::fs::read_to_string(&project_file)
        .unwrap()
        .contains("08-123 45 67"));

    // ---- publish a version, change an answer, publish the next, compare, write the memo ----
    app.click(&testid("action-publish")).await;
    visible(&app, &testid("publish-dialog")).await;
    let first = app.value(&testid("publish-version")).await;
    let date = app.value(&testid("publish-date")).await;
    app.click(&testid("publish-run")).await;
    hidden(&app, &testid("publish-dialog")).await;
    visible(&app, &testid("dirty-indicator")).await;
    // Publishing the same number again is refused in the dialog, the project unchanged.
    app.click(&testid("action-publish")).await;
    app.click(&testid("publish-run")).await;
    app.wait_text(&testid("publish-refused"), &first).await;
    app.click(&testid("publish-close")).await;
    hidden(&app, &testid("publish-dialog")).await;
    section(&app, "rights").await;
    app.type_into(&path("rights.response_days"), "21").await;
    app.click(&testid("action-publish")).await;
    visible(&app, &testid("publish-dialog")).await;
    app.type_into(&testid("publish-version"), "9.1").await;
    app.type_into(&testid("publish-date"), &date).await;
    app.click(&testid("publish-run")).await;
    hidden(&app, &testid("publish-dialog")).await;
    app.click(&testid("action-history")).await;
    visible(&app, &testid("history-dialog")).await;
    assert_eq!(shown_count(&app, &testid("history-item")).await, 2);
    app.select(&testid("compare-from"), &first).await;
    app.select(&testid("compare-to"), "9.1").await;
    app.select(&testid("compare-lang"), "sv").await;
    app.click(&testid("compare-run")).await;
    // "inom en månad" became "inom 21 dagar": the words are marked, not the section.
    let rights = "[data-testid='comparison-section'][data-section='rights']";
    app.wait_text(
        &format!("{rights} [data-testid='comparison-old'] del"),
        "en",
    )
    .await;
    app.wait_text(
        &format!("{rights} [data-testid='comparison-new'] ins"),
        "21",
    )
    .await;
    app.screenshot("comparison").await;
    app.click(&testid("history-close")).await;
    hidden(&app, &testid("history-dialog")).await;
    let memo = work.join("memo");
    env.answer(Some(&memo));
    app.click(&testid("action-memo")).await;
    app.click(&testid("memo-run")).await;
    visible(&app, &testid("memo-done")).await;
    for name in ["review-memo.sv.html", "review-memo.sv.pdf"] {
        assert!(memo.join(name).exists(), "{name} not written");
    }
    app.click(&testid("memo-close")).await;
    hidden(&app, &testid("memo-dialog")).await;

    // ---- the record of processing: its own questions in their step, then its files ----
    section(&app, "record").await;
    app.type_into(&path("record.employees"), "3").await;
    app.wait_text(&testid("record-need-note"), "250").await;
    app.type_into(&path("activities[0].record.owner"), RECORD_OWNER)
        .await;
    let record = work.join("record");
    env.answer(Some(&record));
    app.click(&testid("action-record")).await;
    app.click(&testid("record-run")).await;
    visible(&app, &testid("record-done")).await;
    for name in [
        "record.sv.xlsx",
        "record.sv.html",
        "record.sv.pdf",
        "record.en.pdf",
    ] {
        assert!(record.join(name).exists(), "{name} not written");
    }
    let page = std::fs::read_to_string(record.join("record.sv.html")).unwrap();
    assert!(page.contains(RECORD_OWNER), "the record lacks its owner");
    app.click(&testid("record-close")).await;
    hidden(&app, &testid("record-dialog")).await;
    app.click(&testid("action-save")).await;
    hidden(&app, &testid("dirty-indicator")).await;
    let saved = std::fs::read_to_string(&project_file).unwrap();
    assert_eq!(saved.matches("[[history]]").count(), 2, "{saved}");
    assert!(saved.contains("version = \"9.1\""), "{saved}");

    // ---- figures with the largest example ----
    let example = largest_example();
    env.answer(Some(&example));
    app.click(&testid("action-open")).await;
    visible(&app, &testid("editor")).await;
    section(&app, "organisation").await;
    let field = path("organisation.legal_name");
    app.wait(&field).await;
    app.select(&testid("preview-mode"), "both").await;
    // Let the first preview settle before timing keystrokes.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut samples = Vec::new();
    for key in ["x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "p"] {
        samples.push(keystroke_to_preview_ms(&app, &field, key).await);
    }
    figures.insert(
        "keystroke_to_preview_ms_median".into(),
        json!(median(samples.clone()).round()),
    );
    figures.insert("keystroke_to_preview_ms_samples".into(), json!(samples));
    figures.insert(
        "preview_command_ms_median".into(),
        json!((preview_command_ms(&app).await * 10.0).round() / 10.0),
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let procs = app_processes();
    assert!(procs.len() >= 2, "the app and its web process: {procs:?}");
    let mut rss_total = 0;
    let mut pss_total = 0;
    let mut per_process = Vec::new();
    for (pid, name) in &procs {
        let (rss, pss) = memory_kib(*pid);
        rss_total += rss;
        pss_total += pss;
        per_process.push(format!(
            "{name}: VmRSS {} MiB, Pss {} MiB",
            rss / 1024,
            pss / 1024
        ));
    }
    figures.insert("vmrss_sum_mib".into(), json!(rss_total / 1024));
    figures.insert("pss_sum_mib".into(), json!(pss_total / 1024));
    figures.insert("memory_per_process".into(), json!(per_process));
    figures.insert(
        "example".into(),
        json!(example.file_name().unwrap().to_string_lossy()),
    );
    app.quit().await;

    let figures = Value::Object(figures);
    eprintln!("e2e figures: {figures:#}");
    let target = repo_root().join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(
        target.join("e2e-figures.json"),
        serde_json::to_string_pretty(&figures).unwrap(),
    )
    .unwrap();
}

/// The steps of the questionnaire, in order (docs/app.md: section-link-<id>).
const SECTIONS: [&str; 10] = [
    "organisation",
    "activities",
    "sharing",
    "transfers",
    "rights",
    "cookies",
    "children",
    "security",
    "record",
    "review",
];

/// The scrolling panes whose colour contrast axe checks a window at a time.
const FORM: &str = "[data-testid='form-pane']";
const DIALOG_BODY: &str = "dialog[open] .modal-body";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_passes_axe_and_fits_small_windows() {
    let _one = ONE_AT_A_TIME.lock().await;
    let env = Env::start();
    tokio::time::timeout(Duration::from_secs(300), accessibility(&env))
        .await
        .expect("e2e: the accessibility checks took more than 5 minutes");
}

/// Opens every list item of the shown section, so its fields are checked too.
async fn expand_all(app: &App) {
    app.js(
        r#"document.querySelectorAll('[data-testid="item-toggle"][aria-expanded="false"]')
             .forEach((b) => b.click());"#,
        vec![],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
}

/// Switches the UI language and waits until the rebuilt window is there (the old toolbar,
/// editor and preview elements are replaced).
async fn switch_ui_lang(app: &App, lang: &str) {
    let same = app
        .js(
            "window.__e2eOldToolbar = document.querySelector('.toolbar'); return document.documentElement.lang === arguments[0];",
            vec![json!(lang)],
        )
        .await;
    if same == json!(true) {
        return;
    }
    app.select(&testid("ui-lang"), lang).await;
    app.client
        .execute_async(
            r#"
            const [lang, done] = arguments;
            const ready = () => document.documentElement.lang === lang
              && document.querySelector('.toolbar') !== window.__e2eOldToolbar
              && document.querySelector('[data-testid="preview-mode"]')
              && !document.querySelector('[data-testid="editor"]').hidden;
            const poll = () => (ready() ? done(true) : setTimeout(poll, 20));
            poll();
            "#,
            vec![json!(lang)],
        )
        .await
        .expect("the window rebuilt in the new language");
}

async fn fits(app: &App, size: &str) {
    // The toolbar keeps to one row: its commands and the language switch side by side.
    let spread = app
        .js(
            r#"const tops = [...document.querySelectorAll('.toolbar .commands > *, .toolbar .lang-switch')]
                .filter((e) => e.offsetParent !== null)
                .map((e) => e.getBoundingClientRect().top);
            return Math.max(...tops) - Math.min(...tops);"#,
            vec![],
        )
        .await;
    assert!(
        spread.as_f64().unwrap_or(f64::MAX) < 8.0,
        "e2e: at {size}, the toolbar takes more than one row ({spread})"
    );
    let problems = a11y::unreadable_text(
        app,
        ".toolbar, .start-pane, [data-testid='progress'], [data-testid='form-pane'], [data-testid='preview'], dialog[open]",
    )
    .await;
    if !problems.is_empty() {
        app.dump(&format!("layout-{size}")).await;
        panic!(
            "e2e: at {size}, text that cannot be read in full:\n  {}",
            problems.join("\n  ")
        );
    }
}

async fn accessibility(env: &Env) {
    let app = env.launch().await;
    a11y::window_size(&app, 1280, 800).await;

    // ---- the start screen: axe, and every control reached by Tab with its focus shown ----
    visible(
        &app,
        &format!("{}[data-example='webshop']", testid("start-example")),
    )
    .await;
    a11y::axe(&app, "the start screen", ".start-pane").await;
    a11y::tab_to_all(
        &app,
        "start screen",
        &[
            "menu-file",
            "ui-lang",
            "start-new",
            "start-open",
            "start-example",
        ],
        40,
    )
    .await;
    // The File menu by keyboard: ArrowDown opens it on its first command, Escape closes it
    // and returns to its button.
    app.js(
        "document.querySelector('[data-testid=\"menu-file\"]').focus();",
        vec![],
    )
    .await;
    a11y::press(&app, a11y::ARROW_DOWN).await;
    assert_eq!(a11y::focused(&app).await.0, "action-start");
    a11y::press(&app, a11y::ESCAPE).await;
    assert_eq!(a11y::focused(&app).await.0, "menu-file");
    // Operable by keyboard: Enter on the focused "New" opens the editor.
    app.wait(&testid("start-new")).await;
    app.js(
        "document.querySelector('[data-testid=\"start-new\"]').focus();",
        vec![],
    )
    .await;
    a11y::press(&app, a11y::ENTER).await;
    visible(&app, &testid("editor")).await;

    // ---- a blank project's review lists every problem ----
    section(&app, "review").await;
    visible(&app, &testid("diagnostic")).await;
    a11y::axe(&app, "the review list of a blank project", FORM).await;

    // ---- every step of the questionnaire, with an example's answers (lists opened) ----
    app.click(&testid("action-start")).await;
    visible(&app, &testid("start-screen")).await;
    app.click(&format!(
        "{}[data-example='webshop']",
        testid("start-example")
    ))
    .await;
    visible(&app, &testid("editor")).await;
    app.select(&testid("preview-mode"), "both").await;
    app.wait_text(&preview("en"), "Nordljus").await;
    for id in SECTIONS {
        section(&app, id).await;
        expand_all(&app).await;
        // The preview is the same in every step: its contrast is swept once.
        let sweep = if id == SECTIONS[0] {
            format!("{FORM}, {}", testid("preview-doc"))
        } else {
            FORM.to_owned()
        };
        a11y::axe(&app, &format!("the questionnaire step {id}"), &sweep).await;
    }

    // ---- the keyboard in the questionnaire: toolbar, steps, fields, next ----
    section(&app, "organisation").await;
    a11y::tab_to_all(
        &app,
        "questionnaire",
        &[
            "action-save",
            "action-export",
            "ui-lang",
            "section-link-organisation",
            "section-link-review",
            "organisation.legal_name",
            "organisation.org_number",
            "preview-mode",
        ],
        80,
    )
    .await;
    // Enter on a step in the progress list shows it.
    app.js(
        "document.querySelector('[data-testid=\"section-link-activities\"]').focus();",
        vec![],
    )
    .await;
    a11y::press(&app, a11y::ENTER).await;
    visible(&app, &testid("section-activities")).await;

    // ---- the export dialog: axe; Escape closes it ----
    app.click(&testid("action-export")).await;
    visible(&app, &testid("export-dialog")).await;
    a11y::axe(&app, "the export dialog", DIALOG_BODY).await;
    a11y::press(&app, a11y::ESCAPE).await;
    hidden(&app, &testid("export-dialog")).await;

    // ---- publish, the history with a comparison, the memo: axe; Escape closes each ----
    app.click(&testid("action-publish")).await;
    visible(&app, &testid("publish-dialog")).await;
    a11y::axe(&app, "the publish dialog", DIALOG_BODY).await;
    app.click(&testid("publish-run")).await;
    hidden(&app, &testid("publish-dialog")).await;
    // A real change to compare, so that axe sees marked words (<del>, <ins>), not only headings.
    section(&app, "rights").await;
    app.type_into(&path("rights.response_days"), "21").await;
    app.wait_text(&preview("sv"), "inom 21 dagar").await;
    app.click(&testid("action-history")).await;
    visible(&app, &testid("history-dialog")).await;
    app.select(&testid("compare-to"), "draft").await;
    app.click(&testid("compare-run")).await;
    visible(&app, &testid("comparison")).await;
    let rights = "[data-testid='comparison-section'][data-section='rights']";
    visible(
        &app,
        &format!("{rights} [data-testid='comparison-old'] del"),
    )
    .await;
    app.wait_text(
        &format!("{rights} [data-testid='comparison-new'] ins"),
        "21",
    )
    .await;
    a11y::axe(&app, "the history and a comparison", DIALOG_BODY).await;
    a11y::press(&app, a11y::ESCAPE).await;
    hidden(&app, &testid("history-dialog")).await;
    app.click(&testid("action-memo")).await;
    visible(&app, &testid("memo-dialog")).await;
    a11y::axe(&app, "the review memo dialog", DIALOG_BODY).await;
    a11y::press(&app, a11y::ESCAPE).await;
    hidden(&app, &testid("memo-dialog")).await;
    app.click(&testid("action-record")).await;
    visible(&app, &testid("record-dialog")).await;
    app.wait_text(&testid("record-need"), "250").await;
    a11y::axe(&app, "the record of processing dialog", DIALOG_BODY).await;
    a11y::press(&app, a11y::ESCAPE).await;
    hidden(&app, &testid("record-dialog")).await;

    // ---- small windows: nothing clipped or cut mid-word; the export buttons in view ----
    // Answers longer than a field is wide must still be read in full: they wrap.
    section(&app, "organisation").await;
    app.type_into(
        &path("organisation.address.street"),
        "Storgatan 12, ingång från gården, andra våningen, c/o Nordljus ekonomiska förening",
    )
    .await;
    section(&app, "activities").await;
    expand_all(&app).await;
    app.type_into(
        &path("activities[0].title.sv"),
        "Bokningar, påminnelser och kundkortet där personalen antecknar vad varje kund har önskat",
    )
    .await;
    app.type_into(
        &path("activities[0].title.en"),
        "Bookings, reminders and the customer card on which the staff note what each customer asked for",
    )
    .await;
    for (w, h) in [(1024, 700), (1280, 800)] {
        let size = format!("{w}x{h}");
        a11y::window_size(&app, w, h).await;
        // Swedish last: the screenshots show the Swedish window.
        for lang in ["en", "sv"] {
            switch_ui_lang(&app, lang).await;
            app.click(&testid("action-start")).await;
            visible(&app, &testid("start-screen")).await;
            fits(&app, &format!("{size} ({lang}, start screen)")).await;
            app.click(&testid("start-continue")).await;
            visible(&app, &testid("editor")).await;
            app.select(&testid("preview-mode"), "both").await;
            app.wait_text(&preview("sv"), "Nordljus").await;
            for id in ["organisation", "activities", "cookies", "record", "review"] {
                section(&app, id).await;
                expand_all(&app).await;
                // The end of the preview holds the version history table.
                app.js(
                    "document.querySelectorAll('[data-testid=\"preview-doc\"]').forEach((d) => { d.scrollTop = d.scrollHeight; });",
                    vec![],
                )
                .await;
                fits(&app, &format!("{size} ({lang}, step {id})")).await;
            }
        }
        section(&app, "activities").await;
        app.js(
            "document.querySelectorAll('[data-testid=\"preview-doc\"]').forEach((d) => { d.scrollTop = 0; });",
            vec![],
        )
        .await;
        app.screenshot(&format!("app-{size}")).await;

        app.click(&testid("action-export")).await;
        visible(&app, &testid("export-dialog")).await;
        for format in ["md", "html", "fragment", "pdf"] {
            let css = format!("{}[value='{format}']", testid("export-format"));
            let el = app.wait(&css).await;
            if !el.is_selected().await.unwrap() {
                el.click().await.unwrap();
            }
        }
        let buttons = a11y::inside_window(
            &app,
            &format!(
                "{} .modal-buttons button, {}",
                testid("export-dialog"),
                testid("export-run")
            ),
        )
        .await;
        let buttons = buttons.as_array().unwrap();
        assert!(
            buttons.len() >= 2,
            "e2e: export dialog buttons: {buttons:?}"
        );
        assert!(
            buttons.iter().all(|b| b["inside"] == json!(true)),
            "e2e: at {size} the export dialog's buttons are not all in the window: {buttons:?}"
        );
        fits(&app, &format!("{size} (export dialog)")).await;
        app.screenshot(&format!("app-export-{size}")).await;
        if h == 700 {
            // Finished, the dialog lists eight files and offers more buttons: still all in view.
            let out = env.dir.path().join(format!("export-{size}"));
            std::fs::create_dir_all(&out).unwrap();
            env.answer(Some(&out));
            app.click(&testid("export-run")).await;
            visible(&app, &testid("export-done")).await;
            let buttons =
                a11y::inside_window(&app, &format!("{} button", testid("export-dialog"))).await;
            let buttons = buttons.as_array().unwrap();
            assert!(
                buttons.iter().any(|b| b["id"] == json!("export-close"))
                    && buttons.iter().all(|b| b["inside"] == json!(true)),
                "e2e: at {size} the finished export dialog's buttons are not all in the window: {buttons:?}"
            );
            fits(&app, &format!("{size} (export done)")).await;
            a11y::axe(&app, "the finished export dialog", DIALOG_BODY).await;
            app.screenshot(&format!("app-export-done-{size}")).await;
        }
        app.click(&testid("export-close")).await;
        hidden(&app, &testid("export-dialog")).await;
    }
    app.quit().await;
}

const LAWYER_SV: &str = "Granskad av advokat Berg";
const LAWYER_EN: &str = "Reviewed by counsel Berg";

fn clause_edit(clause: &str, lang: &str) -> String {
    format!(
        "{}[data-clause='{clause}'][data-lang='{lang}']",
        testid("clause-edit")
    )
}

/// Waits until the element's text no longer contains `needle`.
async fn wait_text_gone(app: &App, css: &str, needle: &str) {
    let deadline = Instant::now() + harness::STEP;
    while text(app, css).await.contains(needle) {
        if Instant::now() >= deadline {
            app.dump("failure").await;
            panic!("e2e: `{css}` still shows {needle:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A text as WebDriver keystrokes: a line break is the Enter key (a "\n" is not typed).
fn keys(text: &str) -> String {
    text.replace('\n', "\u{E007}")
}

const TAB: &str = "\u{E004}";

fn wording_field(lang: &str) -> String {
    format!(
        "{}[data-message='retention-keep'][data-lang='{lang}']",
        testid("wording-text")
    )
}

/// Opens the retention clause's wording from the Clauses view and rewords the sentence that
/// says how long each purpose's data is kept; leaving the field stores it.
async fn reword(app: &App, lang: &str, words: &str) {
    if shown_count(app, &testid("wording-panel")).await == 0 {
        app.click(&format!(
            "{}[data-clause='retention']",
            testid("clause-wording")
        ))
        .await;
        visible(app, &testid("wording-panel")).await;
    }
    let field = wording_field(lang);
    app.type_into(&field, &format!("{words}{TAB}")).await;
    visible(
        app,
        &format!(
            "{}[data-lang='{lang}'][data-reworded='true']",
            testid("wording-cell")
        ),
    )
    .await;
    wait_value(app, &field, words).await;
}

/// Opens the editor of a clause in a language from the Clauses view and types a new text.
async fn rewrite_clause(app: &App, clause: &str, lang: &str, text: &str) {
    app.click(&clause_edit(clause, lang)).await;
    let editor = format!(
        "{}[data-clause='{clause}'][data-lang='{lang}']",
        testid("clause-editor")
    );
    visible(app, &editor).await;
    app.type_into(&testid("clause-editor-text"), &keys(text))
        .await;
    assert_eq!(app.value(&testid("clause-editor-text")).await, text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lawyer_rewrites_a_clause_in_both_languages() {
    let _one = ONE_AT_A_TIME.lock().await;
    let env = Env::start();
    tokio::time::timeout(Duration::from_secs(300), lawyer(&env))
        .await
        .expect("e2e: the clause scenario took more than 5 minutes");
}

async fn lawyer(env: &Env) {
    let work = env.dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let project_file = work.join("shop.toml");
    let example = std::fs::read_to_string(repo_root().join("examples/webshop.toml")).unwrap();
    let comment = "# Client file: reviewed by counsel Berg, keep this note.\n";
    std::fs::write(&project_file, format!("{comment}{example}")).unwrap();
    let out = work.join("export");

    // ---- open the client's project, open the Clauses view ----
    let app = env.launch().await;
    env.answer(Some(&project_file));
    app.click(&testid("action-open")).await;
    visible(&app, &testid("editor")).await;
    app.select(&testid("preview-mode"), "both").await;
    app.click(&testid("action-clauses")).await;
    visible(&app, &testid("clauses-view")).await;
    visible(&app, &clause_edit("intro", "sv")).await;

    // ---- rewrite the introduction in Swedish, then in English: both previews follow ----
    rewrite_clause(
        &app,
        "intro",
        "sv",
        &format!("# Om policyn\n\n{LAWYER_SV} för {{{{ org.name }}}}.\n"),
    )
    .await;
    app.wait_text(
        &preview("sv"),
        &format!("{LAWYER_SV} för Nordljus Textil AB."),
    )
    .await;
    app.wait_text(&testid("clause-editor-rendered"), LAWYER_SV)
        .await;
    app.click(&testid("clause-editor-close")).await;
    // Closing refreshes the table: wait for it, so the next click finds the new one.
    hidden(&app, &testid("clause-editor")).await;
    rewrite_clause(
        &app,
        "intro",
        "en",
        "# About this policy\n\n{{ org.nmae }}\n",
    )
    .await;
    // A broken text: its line and column in the editor, a marker in the preview, the rest renders.
    // (While the text is typed, earlier states have problems of their own: wait for the last.)
    visible(
        &app,
        &format!(
            "{}[data-line='3'][data-column='4']",
            testid("clause-editor-problem-go")
        ),
    )
    .await;
    app.wait_text(&preview("en"), "could not be rendered").await;
    app.wait_text(&preview("en"), "How long we keep your data")
        .await;
    app.type_into(
        &testid("clause-editor-text"),
        &keys(&format!(
            "# About this policy\n\n{LAWYER_EN} for {{{{ org.name }}}}.\n"
        )),
    )
    .await;
    app.wait_text(
        &preview("en"),
        &format!("{LAWYER_EN} for Nordljus Textil AB."),
    )
    .await;
    hidden(&app, &testid("clause-editor-problem")).await;
    app.wait_text(&preview("sv"), LAWYER_SV).await;
    app.click(&testid("clause-editor-close")).await;
    hidden(&app, &testid("clause-editor")).await;

    // ---- reword one sentence of the retention clause in place, in both languages ----
    reword(&app, "sv", "Vi behåller uppgifterna { $period }").await;
    app.wait_text(&preview("sv"), "Vi behåller uppgifterna i")
        .await;
    reword(&app, "en", "We hold on to your data { $period }").await;
    app.wait_text(&preview("en"), "We hold on to your data for")
        .await;
    wait_text_gone(&app, &preview("en"), "We keep the data").await;
    // Words that show an answer the sentence cannot show are refused, in the UI language.
    let field = wording_field("en");
    app.type_into(&field, &format!("We keep it {{ $duration }}{TAB}"))
        .await;
    let error = format!(
        "{}[data-message='retention-keep'] {}[data-lang='en'] {}",
        testid("wording-row"),
        testid("wording-cell"),
        testid("wording-error")
    );
    app.wait_text(&error, "$duration").await;
    app.wait_text(&preview("en"), "We hold on to your data for")
        .await;
    app.click(&testid("wording-close")).await;
    hidden(&app, &testid("wording-panel")).await;

    // ---- a clause of the client's own, added by its heading: no id to invent ----
    let heading = |lang: &str| format!("{}[data-lang='{lang}']", testid("clause-new-heading"));
    app.type_into(&heading("sv"), "Visselblåsning").await;
    app.type_into(&heading("en"), "Whistleblowing").await;
    app.select(&testid("clause-new-after"), "security").await;
    app.click(&testid("clause-add")).await;
    visible(
        &app,
        &format!(
            "{}[data-clause='visselblasning'][data-lang='sv']",
            testid("clause-editor")
        ),
    )
    .await;
    app.wait_text(&preview("sv"), "Visselblåsning").await;
    app.wait_text(&preview("en"), "Whistleblowing").await;
    app.click(&testid("clause-editor-close")).await;
    hidden(&app, &testid("clause-editor")).await;
    // The same heading again is said as such, in the UI language.
    app.type_into(&heading("sv"), "Visselblåsning").await;
    app.type_into(&heading("en"), "Whistleblowing").await;
    app.click(&testid("clause-add")).await;
    app.wait_text(&testid("clause-add-error"), "Visselblåsning")
        .await;

    // ---- save: the override is in the file, the client's comment too ----
    app.click(&testid("action-save")).await;
    hidden(&app, &testid("dirty-indicator")).await;
    let saved = std::fs::read_to_string(&project_file).unwrap();
    assert!(saved.starts_with(comment), "comment kept: {saved}");
    assert!(saved.contains("[[clauses.overrides]]"));
    assert!(saved.contains("[[clauses.wording]]") && saved.contains("Vi behåller uppgifterna"));
    assert!(saved.contains("id = \"visselblasning\""), "{saved}");
    assert!(saved.contains(LAWYER_SV) && saved.contains(LAWYER_EN));

    // ---- restart: the project reopens, the override is found ----
    app.quit().await;
    let app = env.launch().await;
    ready_epoch_ms(&app).await;
    app.select(&testid("preview-mode"), "both").await;
    app.wait_text(&preview("sv"), LAWYER_SV).await;
    app.wait_text(&preview("sv"), "Vi behåller uppgifterna i")
        .await;
    app.click(&testid("action-clauses")).await;
    let cell = |lang: &str| {
        format!(
            "{}[data-clause='intro'][data-lang='{lang}'][data-source='override']",
            testid("clause-cell")
        )
    };
    visible(&app, &cell("sv")).await;
    visible(&app, &cell("en")).await;

    // ---- reset the Swedish text to the default (undo is offered), then export ----
    app.click(&clause_edit("intro", "sv")).await;
    visible(&app, &testid("clause-reset")).await;
    app.click(&testid("clause-reset")).await;
    visible(&app, &testid("clause-reset-undo")).await;
    wait_text_gone(&app, &preview("sv"), LAWYER_SV).await;
    app.wait_text(&preview("sv"), "Om den här policyn").await;
    app.wait_text(&preview("en"), LAWYER_EN).await;

    app.click(&testid("action-export")).await;
    visible(&app, &testid("export-dialog")).await;
    for format in ["md", "html", "fragment", "pdf"] {
        let css = format!("{}[value='{format}']", testid("export-format"));
        let el = app.wait(&css).await;
        let want = format == "md";
        if el.is_selected().await.unwrap() != want {
            el.click().await.unwrap();
        }
    }
    std::fs::create_dir_all(&out).unwrap();
    env.answer(Some(&out));
    app.click(&testid("export-run")).await;
    visible(&app, &testid("export-done")).await;
    let sv = std::fs::read_to_string(out.join("policy.sv.md")).unwrap();
    let en = std::fs::read_to_string(out.join("policy.en.md")).unwrap();
    assert!(!sv.contains(LAWYER_SV) && sv.contains("Om den här policyn"));
    assert!(en.contains(&format!("{LAWYER_EN} for Nordljus Textil AB.")));
    app.click(&testid("export-close")).await;

    // ---- publish 2.0: the dialog shows what changed since 1.0 and asks the summary ----
    app.click(&testid("action-publish")).await;
    visible(&app, &testid("publish-dialog")).await;
    visible(&app, &testid("publish-changed-section")).await;
    let summary = |lang: &str| format!("{}[data-lang='{lang}']", testid("publish-summary"));
    app.type_into(&summary("sv"), "Ny regel om visselblåsning.")
        .await;
    app.type_into(&summary("en"), "A new rule on whistleblowing.")
        .await;
    app.type_into(&testid("publish-version"), "2.0").await;
    app.click(&testid("publish-run")).await;
    hidden(&app, &testid("publish-dialog")).await;
    app.click(&testid("action-save")).await;
    hidden(&app, &testid("dirty-indicator")).await;
    let saved = policywright::load_project(&project_file).unwrap();
    let last = saved.history.last().unwrap();
    assert_eq!(last.version, "2.0");
    assert_eq!(
        last.summary.get(policywright::Lang::EN),
        "A new rule on whistleblowing."
    );
    assert_eq!(
        last.summary.get(policywright::Lang::SV),
        "Ny regel om visselblåsning."
    );
    app.quit().await;
}
