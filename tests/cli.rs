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
    // At the tag left open, in words.
    assert!(
        err.contains("“intro” (en), line 3, column 1: this tag is never closed"),
        "{err}"
    );
    assert!(!dir.path().join("p").exists(), "nothing written");
}

/// A command reads only what it needs: the templates (here a broken house style) are parsed
/// when a document is rendered, so `history` and `new` work without them, and `check` still
/// finds the broken clause at its place.
#[test]
fn only_the_commands_that_render_read_the_templates() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("broken/en")).unwrap();
    std::fs::write(
        dir.path().join("broken/en/intro.md"),
        "# Broken\n\n{{ org.name }\n",
    )
    .unwrap();
    let new = policywright(dir.path(), &["--templates", "broken", "new", "p.toml"]);
    assert!(new.status.success(), "{}", stderr(&new));
    let history = policywright(dir.path(), &["--templates", "broken", "history", "p.toml"]);
    assert!(history.status.success(), "{}", stderr(&history));
    assert!(
        stdout(&history).contains("1.0        2025-01-15"),
        "{}",
        stdout(&history)
    );
    let check = policywright(dir.path(), &["--templates", "broken", "check", "p.toml"]);
    assert_eq!(check.status.code(), Some(2));
    let err = stderr(&check);
    // At the tag left open, in words.
    assert!(
        err.contains("“intro” (en), line 3, column 1: this tag is never closed"),
        "{err}"
    );
}

#[test]
fn version_names_the_date_of_the_legal_data() {
    let dir = tempfile::tempdir().unwrap();
    let out = policywright(dir.path(), &["--version"]);
    assert!(out.status.success());
    let checked = &policywright::project::legal::facts().checked;
    let services = &policywright::project::services::catalogue().checked;
    assert_eq!(
        stdout(&out).trim(),
        format!(
            "policywright {} (legal data checked {checked}, services catalogue checked {services})",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn an_over_long_answer_and_an_over_large_file_are_located_errors() {
    let dir = tempfile::tempdir().unwrap();
    let example = policywright::DEFAULT_EXAMPLE;
    // An organisation name of a million and one characters, without a space.
    let name = "x".repeat(1_000_001);
    let long = example.replace(
        "legal_name = \"Nordljus Textil AB\"",
        &format!("legal_name = \"{name}\""),
    );
    std::fs::write(dir.path().join("long.toml"), &long).unwrap();
    let out = policywright(dir.path(), &["check", "long.toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().next().unwrap(),
        "long.toml:6:14: error: This answer has 1\u{a0}000\u{a0}001 characters; an answer may \
         have at most 1\u{a0}000\u{a0}000. [organisation.legal_name]"
    );
    // Rendering refuses it, with the same message, and writes nothing.
    let out = policywright(dir.path(), &["render", "long.toml", "--out", "site"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("long.toml:6:14: error: "),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("site").exists());

    // A file over 3 MB: one error at its start, in the language asked for; the file is not
    // parsed, however it goes on.
    let huge = format!("{example}\n# {}\n", "å".repeat(2_500_000));
    std::fs::write(dir.path().join("huge.toml"), &huge).unwrap();
    let out = policywright(dir.path(), &["--lang", "sv", "check", "huge.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "huge.toml:1:1: error: Filen är större än 3\u{a0}000\u{a0}000 byte och läses inte: ett \
         projekt får ta högst 1\u{a0}500\u{a0}000 byte.\nhuge.toml: 1 error(s), 0 warning(s)\n"
    );

    // Between the two: read, and the project's size is the error, at the file's start.
    let big = example.replace(
        "purpose = { sv = \"Skickar vårt nyhetsbrev.\", en = \"Sends our newsletter.\" }",
        &format!(
            "purpose = {{ sv = \"{0}\", en = \"{0}\" }}",
            "y ".repeat(499_500)
        ),
    );
    assert!(big.len() < 3_000_000);
    std::fs::write(dir.path().join("big.toml"), &big).unwrap();
    let out = policywright(dir.path(), &["check", "big.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let printed = stdout(&out);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with("big.toml:1:1: error: Saved, this project takes 2\u{a0}00")
            && lines[0].ends_with("Shorten the longest answers."),
        "{}",
        lines[0]
    );
}

#[test]
fn the_built_in_text_passes_its_own_lint_for_every_example() {
    // Readability, vague wording and the rest judge the user's own words and clauses; the
    // default texts must not be what a user is warned about.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["webshop", "consultancy", "association"] {
        let file = root.join("examples").join(format!("{name}.toml"));
        let check = policywright(root, &["check", file.to_str().unwrap()]);
        assert!(
            stdout(&check).ends_with(": 0 error(s), 0 warning(s)\n"),
            "{name}: {}",
            stdout(&check)
        );
    }
}

#[test]
fn clause_commands_edit_a_project_keeping_its_comments_and_refuse_broken_templates() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(policywright(d, &["new", "p.toml"]).status.success());
    let original = std::fs::read_to_string(d.join("p.toml")).unwrap();
    let commented = format!("# Reviewed by A. Advokat, 2026-11-30.\n{original}")
        .replace("[organisation]", "[organisation] # who is responsible");
    std::fs::write(d.join("p.toml"), &commented).unwrap();

    // A broken template: refused with clause, language, line and column; the file unchanged.
    std::fs::write(d.join("bad.md"), "# Lagring\n\nVi sparar {{ org.nmae }}.\n").unwrap();
    let out = policywright(
        d,
        &[
            "clause",
            "set",
            "p.toml",
            "retention",
            "--lang",
            "sv",
            "--from",
            "bad.md",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("”retention” (sv), rad 3, kolumn 14"), "{err}");
    assert_eq!(
        std::fs::read(d.join("p.toml")).unwrap(),
        commented.as_bytes()
    );

    std::fs::write(
        d.join("ok.md"),
        "# Lagring\n\nVi sparar uppgifterna hos {{ org.name }} kort.\n",
    )
    .unwrap();
    let out = policywright(
        d,
        &[
            "clause",
            "set",
            "p.toml",
            "retention",
            "--lang",
            "sv",
            "--from",
            "ok.md",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let saved = std::fs::read_to_string(d.join("p.toml")).unwrap();
    assert!(
        saved.starts_with("# Reviewed by A. Advokat, 2026-11-30.\n"),
        "{saved}"
    );
    assert!(saved.contains("[organisation] # who is responsible"));
    assert!(saved.contains("[[clauses.overrides]]"));

    let out = policywright(
        d,
        &[
            "clause",
            "show",
            "p.toml",
            "retention",
            "--lang",
            "sv",
            "--rendered",
        ],
    );
    assert!(stdout(&out).contains("Vi sparar uppgifterna hos Nordljus Textil AB kort."));
    let out = policywright(
        d,
        &["clause", "show", "p.toml", "retention", "--lang", "en"],
    );
    assert!(
        stdout(&out).contains("# How long we keep your data"),
        "{}",
        stdout(&out)
    );
    let list = stdout(&policywright(d, &["clause", "list", "p.toml"]));
    assert!(
        list.lines()
            .any(|l| l.starts_with("retention") && l.contains(" sv ") && l.contains("override")),
        "{list}"
    );

    std::fs::write(d.join("a.md"), "# Visselblåsning\n\nSå slår du larm.\n").unwrap();
    std::fs::write(
        d.join("b.md"),
        "# Whistleblowing\n\nHow to raise a concern.\n",
    )
    .unwrap();
    let out = policywright(
        d,
        &[
            "clause",
            "add",
            "p.toml",
            "whistleblowing",
            "--after",
            "security",
            "--sv",
            "a.md",
            "--en",
            "b.md",
            "--covers",
            "rights",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let list = stdout(&policywright(d, &["clause", "list", "p.toml"]));
    let ids: Vec<&str> = list
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    let at = ids.iter().position(|i| *i == "whistleblowing").unwrap();
    assert_eq!(ids[at - 1], "security");
    assert!(
        policywright(d, &["clause", "remove", "p.toml", "whistleblowing"])
            .status
            .success()
    );
    assert!(policywright(
        d,
        &["clause", "reset", "p.toml", "retention", "--lang", "sv"]
    )
    .status
    .success());
    let saved = std::fs::read_to_string(d.join("p.toml")).unwrap();
    assert!(saved.starts_with("# Reviewed by A. Advokat"));
    assert!(!saved.contains("clauses"), "{saved}");
}

#[test]
fn check_with_another_house_style_reports_the_override_as_stale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(policywright(d, &["new", "p.toml"]).status.success());
    std::fs::create_dir_all(d.join("old/en")).unwrap();
    std::fs::create_dir_all(d.join("new/en")).unwrap();
    std::fs::write(
        d.join("old/en/security.md"),
        "# Security\n\nWe lock the doors.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("new/en/security.md"),
        "# Security\n\nWe lock the doors and the windows.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("mine.md"),
        "# Security\n\nWe lock the doors at night.\n",
    )
    .unwrap();
    let out = policywright(
        d,
        &[
            "--templates",
            "old",
            "clause",
            "set",
            "p.toml",
            "security",
            "--lang",
            "en",
            "--from",
            "mine.md",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = policywright(d, &["check", "p.toml", "--templates", "old"]);
    assert!(!stdout(&out).contains("has changed"), "{}", stdout(&out));
    let out = policywright(d, &["check", "p.toml", "--templates", "new"]);
    let text = stdout(&out);
    assert!(out.status.success(), "a warning only: {text}");
    assert!(
        text.contains("warning: The default text of clause “security” (en) has changed"),
        "{text}"
    );
    let out = policywright(
        d,
        &[
            "clause",
            "merge",
            "p.toml",
            "security",
            "--lang",
            "en",
            "--templates",
            "new",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "both changed the same line: a conflict"
    );
    assert!(stdout(&out).contains("<<<<<<<"));
}

/// Issue 21, point 6, from the command line: a picture, a text file, another program's TOML or
/// a folder is "not a Policywright project", in the language asked, with no parser's or
/// system's words; a broken project still lists its problems.
#[test]
fn a_file_that_is_no_project_is_called_that() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("salong.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(d.join("notes.txt"), "Ring leverantören om avtalet.\n").unwrap();
    std::fs::write(d.join("Cargo.toml"), "[package]\nname = \"x\"\n").unwrap();
    std::fs::create_dir(d.join("folder")).unwrap();
    for (file, command) in [
        ("salong.png", "check"),
        ("notes.txt", "check"),
        ("Cargo.toml", "coverage"),
        ("folder", "history"),
        ("Cargo.toml", "render"),
    ] {
        let out = policywright(d, &["--lang", "sv", command, file]);
        assert_eq!(out.status.code(), Some(2), "{command} {file}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{file} är inte ett Policywright-projekt")),
            "{command} {file}: {err}"
        );
        for raw in [
            "utf-8",
            "key with no value",
            "Is a directory",
            "Okänt fält",
            "saknas",
        ] {
            assert!(!err.contains(raw), "{command} {file}: {err}");
        }
    }
    // A project with a mistake is still a project: its problem is listed at its line.
    std::fs::write(
        d.join("p.toml"),
        "schema_version = 5\n[organisation]\nfax = 1\n",
    )
    .unwrap();
    let out = policywright(d, &["check", "p.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("p.toml:3:1"), "{}", stdout(&out));
}

#[test]
fn publish_records_the_summary_given_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("shop.toml"), policywright::DEFAULT_EXAMPLE).unwrap();
    let before = policywright::load_project(&d.join("shop.toml")).unwrap();
    let out = policywright(
        d,
        &[
            "publish",
            "shop.toml",
            "--version",
            "9.0",
            "--date",
            "2030-01-01",
            "--summary-sv",
            "Vi har ny adress.",
            "--summary-en",
            "We have moved.",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let p = policywright::load_project(&d.join("shop.toml")).unwrap();
    let last = p.history.last().unwrap();
    assert_eq!(last.version, "9.0");
    assert_eq!(
        last.summary.get(policywright::Lang::SV),
        "Vi har ny adress."
    );
    assert_eq!(last.summary.get(policywright::Lang::EN), "We have moved.");
    assert_eq!(p.history.len(), before.history.len() + 1);
    let history = policywright(d, &["history", "shop.toml"]);
    assert!(
        stdout(&history).contains("We have moved."),
        "{}",
        stdout(&history)
    );
}
