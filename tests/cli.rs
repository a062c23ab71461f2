//! The command line as a new user meets it: new, check, render, and what goes wrong.

use std::path::Path;
use std::process::{Command, Output};

fn policywright(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run policywright")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn render_without_a_file_renders_the_default_example_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let out = policywright(dir.path(), &["render", "--out", "site"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in [
        "policy.sv.md",
        "policy.sv.html",
        "policy.sv.fragment.html",
        "policy.en.md",
        "policy.en.html",
        "policy.en.fragment.html",
    ] {
        let path = dir.path().join("site").join(name);
        assert!(
            stdout(&out).contains(&format!("wrote site/{name}")),
            "{}",
            stdout(&out)
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("Nordljus Textil AB"), "{name}");
    }
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("site"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn new_then_check_then_render_a_chosen_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = policywright(dir.path(), &["new", "mine.toml"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // `new` does not overwrite without --force.
    let again = policywright(dir.path(), &["new", "mine.toml"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"));

    let check = policywright(dir.path(), &["check", "mine.toml"]);
    assert!(check.status.success());
    assert!(stdout(&check).contains("mine.toml: 0 error(s)"));

    let out = policywright(
        dir.path(),
        &["render", "mine.toml", "--out", "o", "--format", "fragment"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let files: Vec<String> = std::fs::read_dir(dir.path().join("o"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|f| f.ends_with(".fragment.html")));
}

#[test]
fn a_project_published_only_in_english_gets_only_english_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = policywright::DEFAULT_EXAMPLE.replace(
        "languages = [\"sv\", \"en\"]\nprevailing_language = \"sv\"",
        "languages = [\"en\"]\nprevailing_language = \"en\"",
    );
    std::fs::write(dir.path().join("en.toml"), text).unwrap();
    let out = policywright(
        dir.path(),
        &["render", "en.toml", "--out", "o", "--format", "md"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.path().join("o/policy.en.md").exists());
    assert!(!dir.path().join("o/policy.sv.md").exists());
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = policywright(dir.path(), &["render", "--format", "docx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown format `docx`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("taken"), "a file, not a folder").unwrap();
    let out = policywright(dir.path(), &["render", "--out", "taken/site"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("taken/site"), "{}", stderr(&out));
}

#[test]
fn own_clause_templates_replace_the_defaults_and_broken_ones_are_located() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("mine/en")).unwrap();
    std::fs::write(
        dir.path().join("mine/en/intro.md"),
        "# A word from {{ org.name }}\n\nOur own introduction.\n",
    )
    .unwrap();
    let out = policywright(
        dir.path(),
        &[
            "render",
            "--templates",
            "mine",
            "--out",
            "o",
            "--format",
            "md",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let en = std::fs::read_to_string(dir.path().join("o/policy.en.md")).unwrap();
    assert!(en.contains("## 1. A word from Nordljus Textil AB {#intro}"));
    assert!(en.contains("Our own introduction."));
    let sv = std::fs::read_to_string(dir.path().join("o/policy.sv.md")).unwrap();
    assert!(
        sv.contains("## 1. Om den här policyn {#intro}"),
        "Swedish keeps the default"
    );

    std::fs::write(
        dir.path().join("mine/en/intro.md"),
        "# Broken\n\n{{ org.name }\n",
    )
    .unwrap();
    let out = policywright(dir.path(), &["render", "--templates", "mine", "--out", "p"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("clause `intro` (en)") && err.contains("3:13"),
        "{err}"
    );
    assert!(!dir.path().join("p").exists(), "nothing written");
}

#[test]
fn version_names_the_date_of_the_legal_data() {
    let dir = tempfile::tempdir().unwrap();
    let out = policywright(dir.path(), &["--version"]);
    assert!(out.status.success());
    let checked = &policywright::legal::facts().checked;
    assert_eq!(
        stdout(&out).trim(),
        format!(
            "policywright {} (legal data checked {checked})",
            env!("CARGO_PKG_VERSION")
        )
    );
}
