//! Helpers shared by the tests: reading the rendered policies of fixture projects as a reader
//! would (tests/legal_precision.rs, tests/express_*.rs), and one rule for checks that need a
//! tool from outside (tests/html_a11y.rs, tests/pdf.rs, tests/save_failures.rs).
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use policywright::document::render;
use policywright::{check, parse_project, Lang, Project, Severity};
use std::path::{Path, PathBuf};

/// Fixture projects of real kinds of organisation (issue 13).
pub const ORGANISATIONS: &str = "tests/fixtures/organisations";
/// Fixture projects of what the policies say in law (issue 12).
pub const LEGAL: &str = "tests/fixtures/legal";

/// A file of the repository, by its path from the root.
pub fn repo_path(dir: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name)
}

/// A project file in `dir`, parsed; a test fails with the file's first problem.
pub fn load(dir: &str, name: &str) -> Project {
    let text =
        std::fs::read_to_string(repo_path(dir, name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    parse_project(&text).unwrap_or_else(|d| panic!("{name}: {}", d[0]))
}

/// One of the examples in examples/.
pub fn example(name: &str) -> Project {
    load("examples", name)
}

pub fn md(p: &Project, lang: Lang) -> String {
    render::markdown(p, lang).unwrap()
}

/// Both documents: (Swedish, English).
pub fn both(p: &Project) -> (String, String) {
    (md(p, Lang::SV), md(p, Lang::EN))
}

/// The (code, path) of each diagnostic of one severity.
pub fn codes(p: &Project, severity: Severity) -> Vec<(String, String)> {
    check(p)
        .into_iter()
        .filter(|d| d.severity == severity)
        .map(|d| (d.code.to_owned(), d.path.clone()))
        .collect()
}

pub fn has(p: &Project, severity: Severity, code: &str, path: &str) -> bool {
    codes(p, severity).contains(&(code.to_owned(), path.to_owned()))
}

/// The section whose `## ` heading carries `{#id}`, from the heading to the next `## ` heading;
/// "" when the document has no such section.
pub fn section(md: &str, id: &str) -> String {
    let Some(start) = md
        .find(&format!("{{#{id}}}"))
        .and_then(|i| md[..i].rfind("\n## "))
    else {
        return String::new();
    };
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3);
    rest[..end].to_owned()
}

/// Whether checks that need a tool from outside (Chromium and node, the PDF validator, root)
/// must run: with `CI=true` a missing tool fails the test; elsewhere the check is skipped with
/// a message. The one rule for every such check, so they cannot disagree on it.
pub fn outside_tools_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A check that cannot run here: fails with `why` when outside tools are required, otherwise
/// says on stderr that `what` was skipped, and why, so the test passes visibly incomplete.
pub fn skip_unless_required(what: &str, why: &str) {
    assert!(
        !outside_tools_required(),
        "{what} must run with CI=true, but cannot: {why}"
    );
    eprintln!("skipping {what}: {why}");
}

/// What is missing to run a check in Debian's Chromium with axe-core and playwright-core from
/// ui/node_modules (tests/html_a11y.rs, tests/consent_banner.rs), if anything.
pub fn browser_tools_missing() -> Option<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules");
    let chromium = std::env::var_os("POLICYWRIGHT_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !chromium.is_file() {
        return Some(format!("no Chromium at {}", chromium.display()));
    }
    for pkg in ["axe-core/axe.min.js", "playwright-core/package.json"] {
        if !ui.join(pkg).is_file() {
            return Some(format!("ui/node_modules/{pkg} is missing (npm ci in ui/)"));
        }
    }
    if std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_err()
    {
        return Some("no node on PATH".into());
    }
    None
}

/// Every example (examples/) and fixture organisation, loaded, each with its file's path.
pub fn examples_and_organisations() -> Vec<(String, Project)> {
    let mut out = Vec::new();
    for dir in ["examples", ORGANISATIONS] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(repo_path(dir, ""))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let project = policywright::load_project(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((path.display().to_string(), project));
        }
    }
    out
}
