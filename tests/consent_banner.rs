//! The cookie banner (`render --format consent`): it says what the policy says, cookie by
//! cookie, for every example and fixture organisation with cookies; its revision follows the
//! published versions' cookie sections; the library in it is the pinned npm release; and in
//! Debian's Chromium a visitor meets it in the page's language, "necessary only" refuses every
//! other category, the preferences list the cookies, and axe finds no WCAG 2.2 AA violation
//! (ui/a11y/consent-banner.mjs).

mod common;

use policywright::analysis::{Analysis, Templates};
use policywright::data::banner::{self, SETTINGS_END, SETTINGS_START};
use policywright::document::sections::sections;
use policywright::export::{self, Format};
use policywright::{Lang, Project};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every example and fixture organisation whose policy lists cookies of a website.
fn projects_with_cookies() -> Vec<(String, Project)> {
    let out: Vec<(String, Project)> = common::examples_and_organisations()
        .into_iter()
        .filter(|(_, p)| p.cookies.items.iter().any(|c| c.technology.id() != "sdk"))
        .collect();
    assert!(out.len() >= 6, "{}", out.len());
    out
}

fn documents(project: &Project) -> Vec<(Lang, String)> {
    let templates = Templates::new(None);
    let analysis = Analysis::of_project(&templates, project.clone());
    analysis
        .documents()
        .unwrap()
        .iter()
        .map(|(l, d)| (*l, d.markdown.clone()))
        .collect()
}

/// The settings consent.js hands to cookieconsent.
fn banner_of(project: &Project) -> (Value, banner::Banner) {
    let docs = documents(project);
    let refs: Vec<(Lang, &str)> = docs.iter().map(|(l, m)| (*l, m.as_str())).collect();
    let made = banner::consent_banner(project, &refs).unwrap();
    let js = String::from_utf8(made.files[0].1.clone()).unwrap();
    assert_eq!(made.files[0].0, "consent.js");
    let start = js.find(SETTINGS_START).unwrap() + SETTINGS_START.len();
    let end = js.find(SETTINGS_END).unwrap();
    (serde_json::from_str(&js[start..end]).unwrap(), made)
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The policy's cookie table in one language: (name, provider, category, lifetime) per row.
fn policy_rows(markdown: &str) -> Vec<[String; 4]> {
    let all = sections(markdown);
    let cookies = all
        .iter()
        .find(|s| s.id == "cookies")
        .expect("a cookie section");
    let lines: Vec<&str> = cookies
        .body
        .lines()
        .filter(|l| l.starts_with('|'))
        .collect();
    let cells = |line: &str| -> Vec<String> {
        line.trim_matches('|')
            .split(" | ")
            .map(|c| c.trim().replace('\\', ""))
            .collect()
    };
    let header = cells(lines[0]);
    let col = |names: [&str; 2]| {
        header
            .iter()
            .position(|h| names.contains(&h.as_str()))
            .unwrap_or_else(|| panic!("no column {names:?} in {header:?}"))
    };
    let (name, provider) = (col(["Namn", "Name"]), col(["Leverantör", "Provider"]));
    let (category, lifetime) = (
        col(["Kategori", "Category"]),
        col(["Lagringstid", "Lifetime"]),
    );
    lines[2..]
        .iter()
        .map(|l| {
            let c = cells(l);
            [
                c[name].clone(),
                c[provider].clone(),
                c[category].clone(),
                c[lifetime].clone(),
            ]
        })
        .collect()
}

#[test]
fn the_banner_lists_the_policys_cookies_one_by_one() {
    for (name, project) in projects_with_cookies() {
        let (settings, _) = banner_of(&project);
        for (lang, markdown) in documents(&project) {
            let code = lang.code();
            let sections = settings["translations"][code]["preferencesModal"]["sections"]
                .as_array()
                .unwrap();
            let mut banner_rows = Vec::new();
            for s in sections.iter().filter(|s| s.get("cookieTable").is_some()) {
                let category = unescape_html(s["title"].as_str().unwrap());
                for row in s["cookieTable"]["body"].as_array().unwrap() {
                    let cell = |k: &str| unescape_html(row[k].as_str().unwrap());
                    banner_rows.push([
                        cell("name"),
                        cell("provider"),
                        category.clone(),
                        cell("lifetime"),
                    ]);
                }
            }
            let mut policy = policy_rows(&markdown);
            // App SDKs are not on the website: the banner leaves them out.
            policy.retain(|row| {
                !project
                    .cookies
                    .items
                    .iter()
                    .any(|c| c.technology.id() == "sdk" && c.name.trim() == row[0])
            });
            banner_rows.sort();
            policy.sort();
            assert_eq!(banner_rows, policy, "{name} ({code})");
        }
    }
}

#[test]
fn refusing_a_category_clears_its_cookies_by_pattern() {
    assert_eq!(banner::name_pattern("_ga_<container-id>"), "^_ga_.+$");
    assert_eq!(
        banner::name_pattern("_hjSession_<site-id>.x"),
        "^_hjSession_.+\\.x$"
    );
    assert_eq!(banner::name_pattern("_fbp"), "^_fbp$");
    let salon = common::load(common::ORGANISATIONS, "hair-salon.toml");
    let (settings, made) = banner_of(&salon);
    let statistics = &settings["categories"]["statistics"];
    assert_eq!(statistics["enabled"], false);
    assert!(statistics["clear"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["pattern"] == "^_ga_.+$"));
    assert_eq!(settings["categories"]["necessary"]["readOnly"], true);
    // Google Analytics on the site: Consent Mode v2 denied before any tag loads.
    let head = String::from_utf8(made.files[1].1.clone()).unwrap();
    assert!(head.contains("gtag(\"consent\", \"default\""), "{head}");
    for key in [
        "ad_storage",
        "ad_user_data",
        "ad_personalization",
        "analytics_storage",
    ] {
        assert!(head.contains(&format!("{key}: \"denied\"")), "{key}");
    }
    assert!(
        head.find("consent\", \"default\"").unwrap() < head.find("cookieconsent.umd.js").unwrap()
    );
    // No Google service, no Consent Mode.
    let webshop = policywright::default_project();
    let (_, made) = banner_of(&webshop);
    let head = String::from_utf8(made.files[1].1.clone()).unwrap();
    assert!(!head.contains("gtag"), "{head}");
}

#[test]
fn the_revision_changes_with_a_published_version_that_changes_the_cookies() {
    let templates = Templates::new(None);
    let renderer = templates.renderer().unwrap();
    let publish = |p: &Project, version: &str| {
        policywright::review::publish::publish(
            renderer,
            p,
            &policywright::review::publish::Publication {
                version: Some(version),
                date: Some("2026-06-01"),
                summary: None,
            },
        )
        .unwrap()
    };
    let revision = |p: &Project| banner_of(p).0["revision"].as_u64().unwrap();
    let mut project = policywright::default_project();
    project.history.clear();
    assert_eq!(revision(&project), 1);
    project = publish(&project, "3.0");
    assert_eq!(revision(&project), 1);
    // A version that changes nothing about cookies keeps the revision.
    project.rights.response_days = Some(21);
    project = publish(&project, "3.1");
    assert_eq!(revision(&project), 1);
    // A changed lifetime asks visitors again, in the draft and once published.
    project.cookies.items[0].lifetime = "2 hours".to_owned();
    assert_eq!(revision(&project), 2);
    project = publish(&project, "3.2");
    assert_eq!(revision(&project), 2);
}

#[test]
fn render_writes_the_banner_folder_and_refuses_it_for_a_recorded_version() {
    let dir = tempfile::tempdir().unwrap();
    let project = policywright::default_project();
    let written = export::export(&project, dir.path(), &[Format::CONSENT], &mut |_| {}).unwrap();
    let mut names: Vec<String> = written
        .iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "consent/LICENSE.cookieconsent",
            "consent/README.md",
            "consent/consent.css",
            "consent/consent.js",
            "consent/cookieconsent.css",
            "consent/cookieconsent.umd.js",
            "consent/head.html",
        ]
    );
    let readme = std::fs::read_to_string(dir.path().join("consent/README.md")).unwrap();
    assert!(
        readme.contains("# Kakbanner för Nordljus Textil AB"),
        "{readme}"
    );
    assert!(
        readme.contains("# Cookie banner for Nordljus Textil AB"),
        "{readme}"
    );
    let templates = Templates::new(None);
    let renderer = templates.renderer().unwrap();
    let published = policywright::review::publish::publish(
        renderer,
        &project,
        &policywright::review::publish::Publication {
            version: Some("3.0"),
            date: None,
            summary: None,
        },
    )
    .unwrap();
    let err = export::export_published(
        &published,
        "3.0",
        dir.path(),
        &[Format::CONSENT],
        false,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("records only its text"), "{err}");
}

/// The library in the folder is the release pinned in ui/package-lock.json.
#[test]
fn the_library_is_the_pinned_npm_release() {
    let lock: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("ui/package-lock.json")).unwrap(),
    )
    .unwrap();
    let pinned = lock["packages"]["node_modules/vanilla-cookieconsent"]["version"]
        .as_str()
        .expect("vanilla-cookieconsent in ui/package-lock.json");
    assert_eq!(pinned, banner::LIBRARY_VERSION);
    let package = repo().join("ui/node_modules/vanilla-cookieconsent");
    if !package.is_dir() {
        common::skip_unless_required(
            "comparing the banner's library with npm's",
            "run npm ci in ui/",
        );
        return;
    }
    for (vendored, published) in [
        (
            "cookieconsent/cookieconsent.umd.js",
            "dist/cookieconsent.umd.js",
        ),
        ("cookieconsent/cookieconsent.css", "dist/cookieconsent.css"),
        ("cookieconsent/LICENSE", "LICENSE"),
    ] {
        assert!(
            std::fs::read(repo().join("assets").join(vendored)).unwrap()
                == std::fs::read(package.join(published)).unwrap(),
            "assets/{vendored} is not npm's {published} of {pinned}"
        );
    }
}

#[test]
fn a_visitor_meets_the_banner_in_the_pages_language_and_can_refuse() {
    if let Some(why) = common::browser_tools_missing() {
        common::skip_unless_required("the cookie banner in Chromium", &why);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let salon = common::load(common::ORGANISATIONS, "hair-salon.toml");
    export::export(&salon, dir.path(), &[Format::CONSENT], &mut |_| {}).unwrap();
    let out = Command::new("node")
        .arg("a11y/consent-banner.mjs")
        .arg(dir.path().join("consent"))
        .current_dir(repo().join("ui"))
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let visits: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<String> = salon.cookies.items.iter().map(|c| c.name.clone()).collect();
    for (visit, title) in visits
        .iter()
        .zip(["Kakor på den här webbplatsen", "Cookies on this website"])
    {
        assert_eq!(visit["title"], title, "{visit}");
        assert_eq!(
            visit["accepted"],
            serde_json::json!(["necessary"]),
            "{visit}"
        );
        assert_eq!(
            visit["refused"],
            serde_json::json!(["statistics"]),
            "{visit}"
        );
        let mut listed: Vec<String> = visit["tableNames"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_owned())
            .collect();
        listed.sort();
        let mut expected = names.clone();
        expected.sort();
        assert_eq!(listed, expected, "{visit}");
        assert_eq!(visit["violations"], serde_json::json!([]), "{visit}");
    }
    assert_eq!(visits.len(), 2);
    assert!(Path::new(&dir.path().join("consent/consent.js")).is_file());
}
