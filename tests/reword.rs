//! A lawyer rewords one sentence of a built-in clause (`policywright clause wording|reword|
//! reset`): the words are the lawyer's, the clause's logic stays the program's.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn policywright(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run policywright")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A copy of the default example in a new folder.
fn project() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.toml");
    std::fs::write(&path, policywright::DEFAULT_EXAMPLE).unwrap();
    (dir, path)
}

/// `policywright clause reword shop.toml MESSAGE --lang LANG --text TEXT` in `dir`.
fn reword(dir: &Path, message: &str, lang: &str, text: &str) -> Output {
    policywright(
        dir,
        &[
            "clause",
            "reword",
            "shop.toml",
            message,
            "--lang",
            lang,
            "--text",
            text,
        ],
    )
}

fn retention(dir: &Path, lang: &str) -> String {
    let out = policywright(
        dir,
        &[
            "clause",
            "show",
            "shop.toml",
            "retention",
            "--lang",
            lang,
            "--rendered",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_sentence_reworded_in_one_language_is_used_for_every_activity_and_the_other_stays() {
    let (dir, path) = project();
    let d = dir.path();
    let listed = policywright(
        d,
        &[
            "clause",
            "wording",
            "shop.toml",
            "retention",
            "--lang",
            "en",
        ],
    );
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    assert!(
        text(&listed.stdout).contains("retention-keep\n    We keep the data { $period }\n"),
        "{}",
        text(&listed.stdout)
    );
    let sv_before = retention(d, "sv");
    let out = reword(
        d,
        "retention-keep",
        "en",
        "We hold on to your data { $period }",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("[[clauses.wording]]") && saved.contains("retention-keep"),
        "{saved}"
    );
    let en = retention(d, "en");
    let activities = en.matches("- **").count();
    assert!(activities >= 3, "{en}");
    assert_eq!(
        en.matches("We hold on to your data ").count(),
        activities,
        "{en}"
    );
    assert!(!en.contains("We keep the data"), "{en}");
    assert_eq!(retention(d, "sv"), sv_before);
    let listed = policywright(
        d,
        &[
            "clause",
            "wording",
            "shop.toml",
            "retention",
            "--lang",
            "en",
        ],
    );
    assert!(
        text(&listed.stdout).contains("retention-keep  (reworded)\n"),
        "{}",
        text(&listed.stdout)
    );
    let check = policywright(d, &["check", "shop.toml"]);
    assert!(
        check.status.success(),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );
}

#[test]
fn the_reworded_sentence_follows_the_answers_because_the_logic_is_still_the_programs() {
    let (dir, path) = project();
    let d = dir.path();
    let out = reword(
        d,
        "retention-keep",
        "en",
        "Our rule is to keep it { $period }",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = retention(d, "en");
    // Change an answer: the first activity's retention becomes 30 months after collection.
    let mut p = policywright::load_project(&path).unwrap();
    p.activities[0].retention.preset = "after-collection".into();
    p.activities[0].retention.months = Some(30);
    policywright::save_project(&path, &p).unwrap();
    let after = retention(d, "en");
    assert_ne!(before, after);
    assert!(
        after.contains("Our rule is to keep it for 30 months from when we received it."),
        "{after}"
    );
}

#[test]
fn words_that_do_not_fit_are_refused_with_the_reason_and_the_file_is_unchanged() {
    let (dir, path) = project();
    let d = dir.path();
    let before = std::fs::read_to_string(&path).unwrap();
    let out = reword(d, "retention-keep", "en", "We keep it { $duration }");
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("{ $duration }") && err.contains("$period"),
        "{err}"
    );
    let out = reword(d, "retention-gone", "en", "x");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("“retention-gone”"),
        "{}",
        text(&out.stderr)
    );
    let out = reword(d, "retention-keep", "en", "{{ org.name }}");
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn leaving_out_an_answer_is_a_warning_and_a_reset_brings_the_programs_words_back() {
    let (dir, _) = project();
    let d = dir.path();
    let out = policywright(
        d,
        &[
            "clause",
            "reword",
            "shop.toml",
            "retention-keep",
            "--sv",
            "--text",
            "x",
        ],
    );
    assert!(!out.status.success(), "an unknown flag is refused");
    let out = reword(
        d,
        "retention-keep",
        "sv",
        "Vi sparar uppgifterna enligt vår gallringsplan.",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("{ $period }"),
        "{}",
        text(&out.stderr)
    );
    assert!(retention(d, "sv").contains("Vi sparar uppgifterna enligt vår gallringsplan."));
    let out = policywright(
        d,
        &[
            "clause",
            "reset",
            "shop.toml",
            "retention-keep",
            "--lang",
            "sv",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("reset to the program's words"),
        "{}",
        text(&out.stdout)
    );
    assert!(!retention(d, "sv").contains("gallringsplan"));
}

#[test]
fn a_rewording_written_against_other_words_is_flagged() {
    let (dir, path) = project();
    let d = dir.path();
    let out = reword(
        d,
        "retention-keep",
        "en",
        "We hold on to your data { $period }",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    // As if the program's words had changed since: the recorded base is not today's.
    let mut p = policywright::load_project(&path).unwrap();
    p.clauses.wording[0].base = "We retain the data { $period }".into();
    p.clauses.wording.push(policywright::project::Reworded {
        message: "retention-nothing".into(),
        lang: policywright::Lang::EN,
        text: "x".into(),
        base: "x".into(),
    });
    policywright::save_project(&path, &p).unwrap();
    let check = policywright(d, &["check", "shop.toml"]);
    let said = text(&check.stdout) + &text(&check.stderr);
    assert!(
        said.contains("wording[0].base") && said.contains("have changed since"),
        "{said}"
    );
    assert!(
        said.contains("wording[1].message") && said.contains("retention-nothing"),
        "{said}"
    );
    assert!(!check.status.success());
}
