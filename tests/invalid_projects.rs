//! Every kind of bad input gives a clear message with file, line, column and field path.
//! Fixtures: tests/fixtures/invalid/<case>.toml with the expected `policywright check` output in
//! <case>.expected. Set UPDATE_EXPECT=1 to rewrite the expected files after a deliberate change.

use std::path::Path;
use std::process::Command;

fn check(dir: &Path, file: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(dir)
        .args(["check", file])
        .output()
        .expect("run policywright");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 output"),
    )
}

#[test]
fn each_invalid_fixture_reports_its_problems_with_locations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "fixtures missing");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for case in cases {
        let file = case.file_name().unwrap().to_str().unwrap().to_owned();
        let (code, stdout) = check(&dir, &file);
        assert_eq!(
            code, 1,
            "{file}: check must fail with exit code 1:\n{stdout}"
        );
        // Every problem line names FILE:LINE:COLUMN.
        for line in stdout.lines().filter(|l| l.contains(": error: ")) {
            let place = line.split(": error: ").next().unwrap();
            let parts: Vec<&str> = place.split(':').collect();
            assert_eq!(parts.len(), 3, "{file}: no line and column in `{line}`");
            assert!(parts[1].parse::<u32>().is_ok() && parts[2].parse::<u32>().is_ok());
        }
        let expected_path = case.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &stdout).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
        if expected != stdout {
            failures.push(format!(
                "{file}:\n--- expected\n{expected}--- got\n{stdout}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_come_in_swedish_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(&dir)
        .args(["--lang", "sv", "check", "legitimate-interest-missing.toml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("legitimate-interest-missing.toml:53:1: error: Den rättsliga grunden är berättigat intresse"),
        "{stdout}"
    );
}

#[test]
fn a_project_with_errors_is_not_rendered_and_nothing_is_written() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let out_dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(&dir)
        .args(["render", "org-number.toml", "--out"])
        .arg(out_dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("org-number.toml:7:14: error:"), "{stderr}");
    assert_eq!(std::fs::read_dir(out_dir.path()).unwrap().count(), 0);
}
