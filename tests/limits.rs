//! The size limits on a project that came from the app rather than a file: the library
//! reports them at the answer's field, export refuses, and a project too large to save is an
//! error that its saved file still shows when opened.

use policywright::export::{self, ExportError, Format};
use policywright::file::{project_to_toml, read_project};
use policywright::limits::{MAX_FILE_BYTES, MAX_PROJECT_BYTES, MAX_TEXT_CHARS};
use policywright::project::Text;

fn codes_at(diags: &[policywright::Diagnostic]) -> Vec<(&'static str, String)> {
    diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code, d.path.clone()))
        .collect()
}

#[test]
fn an_over_long_answer_from_the_app_is_an_error_at_its_field() {
    let mut project = policywright::default_project();
    // Exactly at the limit is allowed; one character more is not. Characters count, not
    // bytes: 600 000 of "å" are 1.2 MB but well inside the limit.
    project.activities[1].consequence = Text::new(&"a".repeat(MAX_TEXT_CHARS), "ok");
    assert_eq!(codes_at(&policywright::check(&project)), vec![]);
    project.activities[1].consequence = Text::new(&"å".repeat(600_000), "ok");
    assert_eq!(codes_at(&policywright::check(&project)), vec![]);
    project.activities[1].consequence = Text::new(&"a".repeat(MAX_TEXT_CHARS + 1), "ok");
    let diags = policywright::check(&project);
    assert_eq!(
        codes_at(&diags),
        vec![("text-too-long", "activities[1].consequence.sv".to_string())]
    );
    assert_eq!(
        diags[0].message(policywright::Lang::EN),
        "This answer has 1\u{a0}000\u{a0}001 characters; an answer may have at most \
         1\u{a0}000\u{a0}000."
    );
    // Such a project is not exported.
    let dir = tempfile::tempdir().unwrap();
    let err = export::export(&project, dir.path(), &[Format::MD], &mut |_| {}).unwrap_err();
    assert!(matches!(err, ExportError::Invalid(_)), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_project_too_large_to_save_is_an_error_and_its_file_one_at_the_start() {
    let mut project = policywright::default_project();
    // Three answers each within the limit, together more than a project may take.
    let text = "Vi behandlar personuppgifter. ".repeat(MAX_PROJECT_BYTES / 2 / 30);
    for a in project.activities.iter_mut().take(3) {
        a.description = Text::new(&text, "-");
    }
    let diags = policywright::check(&project);
    assert_eq!(codes_at(&diags), vec![("project-too-large", String::new())]);
    assert!(diags[0].location.is_none());
    let toml = project_to_toml(&project);
    assert!(toml.len() > MAX_PROJECT_BYTES && toml.len() < MAX_FILE_BYTES);
    assert_eq!(
        diags[0].message(policywright::Lang::EN),
        format!(
            "Saved, this project takes {} bytes; a project may take at most 1\u{a0}500\u{a0}000. \
             Shorten the longest answers.",
            grouped(toml.len())
        )
    );
    // The file the app would save can be opened again, to be shortened: the same error,
    // at the start of the file.
    let (_, read) = read_project(&toml).unwrap();
    assert_eq!(codes_at(&read), vec![("project-too-large", String::new())]);
    let at = read[0].location.unwrap();
    assert_eq!((at.line, at.column), (1, 1));
}

/// 2345678 as "2 345 678", with no-break spaces.
fn grouped(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}
