//! Each clause's logic is written once (templates/<clause>.md) and its wording once per
//! language (locales/<lang>/wording/<clause>.ftl). These tests hold the two apart: the logic
//! says no words of its own, every language has exactly the messages the logic names, and a
//! language made from the messages alone (a pseudo-language) renders every output format of
//! every example, with a missing message said by name.

use policywright::analysis::{Analysis, Templates};
use policywright::document::render::{builtin_logic, language_templates, Renderer};
use policywright::document::wording::{referenced_ids, Wording};
use policywright::export::export_analysis;
use policywright::formats::Format;
use policywright::{i18n, Lang};
use std::collections::BTreeSet;
use std::sync::Arc;

/// The logic with every Tera tag, comment and message reference taken out.
fn words_left_in(logic: &str) -> String {
    let mut out = String::new();
    let mut rest = logic;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let close = match &tail[..2.min(tail.len())] {
            "{{" => "}}",
            "{%" => "%}",
            "{#" => "#}",
            _ => {
                out.push('{');
                rest = &tail[1..];
                continue;
            }
        };
        let end = tail.find(close).expect("every tag is closed");
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_clause_logic_says_no_words_of_its_own() {
    for (clause, logic) in builtin_logic() {
        let left = words_left_in(logic);
        let letters: String = left.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            letters.is_empty(),
            "templates/{clause}.md has words outside messages: {:?}",
            left.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect::<Vec<_>>()
        );
    }
}

fn wording(lang: Lang, clause: &str) -> Wording {
    let file = format!("locales/{}/wording/{clause}.ftl", lang.code());
    let source = i18n::clause_wording(lang, clause).unwrap_or_else(|| panic!("{file} is missing"));
    Wording::parse(source, &file).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_language_has_exactly_the_messages_the_logic_names() {
    for (clause, logic) in builtin_logic() {
        let named: BTreeSet<String> = referenced_ids(logic, &clause)
            .unwrap()
            .into_iter()
            .collect();
        for lang in Lang::ALL {
            let w = wording(lang, &clause);
            let have: BTreeSet<String> = w.ids().map(str::to_owned).collect();
            let missing: Vec<_> = named.difference(&have).collect();
            let unused: Vec<_> = have.difference(&named).collect();
            assert!(
                missing.is_empty() && unused.is_empty(),
                "{clause} ({lang}): missing {missing:?}, unused {unused:?}"
            );
        }
    }
}

#[test]
fn a_message_says_the_same_placeables_in_every_language() {
    for (clause, _) in builtin_logic() {
        let en = wording(Lang::En, &clause);
        let sv = wording(Lang::Sv, &clause);
        for id in en.ids() {
            let mut a = en.args(id);
            let mut b = sv.args(id);
            a.sort();
            b.sort();
            assert_eq!(a, b, "{clause}: message `{id}` has other placeables in sv");
        }
    }
}

/// Pseudo-localisation: every letter accented and every message bracketed, so that text the
/// messages did not give stands out, and any text the layout cannot take shows.
fn pseudo(text: &str) -> String {
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'y' => 'ý',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            c => c,
        })
        .collect();
    format!("⟦{accented}⟧")
}

/// Every language's templates, with the pseudo-language's wording in place of English.
fn pseudo_templates(drop: Option<&str>) -> Result<Vec<(String, String)>, String> {
    language_templates(&builtin_logic(), |lang, clause| {
        let source = i18n::clause_wording(lang, clause)?;
        if lang == Lang::Sv {
            return Some(source.to_owned());
        }
        let file = format!("pseudo/{clause}.ftl");
        let mut w = Wording::parse(source, &file).ok()?.map_text(pseudo);
        if let Some(id) = drop {
            w = w.without(id);
        }
        Some(w.to_fluent())
    })
    .map_err(|e| e.to_string())
}

#[test]
fn a_pseudo_language_renders_every_format_of_every_example() {
    let renderer = Renderer::from_files(pseudo_templates(None).unwrap()).unwrap();
    let templates = Templates::from_renderer(Arc::new(renderer));
    let formats: Vec<Format> = Format::all().collect();
    for example in policywright::examples::examples() {
        let analysis = Analysis::of_project(&templates, example.project.clone());
        let (_, doc) = analysis
            .documents()
            .unwrap()
            .iter()
            .find(|(l, _)| *l == Lang::En)
            .expect("every example publishes English");
        // Every clause heading and every paragraph's first words come from the messages.
        let numbered =
            |l: &&str| l.starts_with("## ") && l[3..].starts_with(|c: char| c.is_ascii_digit());
        for line in doc.markdown.lines().filter(numbered) {
            assert!(
                line.contains('⟦'),
                "{}: heading not from the wording: {line}",
                example.id
            );
        }
        assert!(!doc.markdown.contains("We keep the data"), "{}", example.id);
        let dir = tempfile::tempdir().unwrap();
        let written = export_analysis(&analysis, dir.path(), &formats, false, &mut |_| {})
            .unwrap_or_else(|e| panic!("{}: {e}", example.id));
        let pdf = std::fs::read(dir.path().join("policy.en.pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{}", example.id);
        let html = std::fs::read_to_string(dir.path().join("policy.en.html")).unwrap();
        assert!(
            html.contains("⟦Höw löng wé kéép ýöür dátá⟧"),
            "{}",
            example.id
        );
        assert!(written.len() >= 2 * 4 + 2, "{}: {written:?}", example.id);
    }
}

#[test]
fn a_missing_message_is_said_by_name_and_file() {
    let err = pseudo_templates(Some("retention-keep")).unwrap_err();
    assert!(
        err.contains("templates/retention.md, line")
            && err.contains("no message `retention-keep` in locales/en/wording/retention.ftl"),
        "{err}"
    );
}
