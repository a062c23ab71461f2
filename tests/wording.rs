//! Each clause's logic is written once (templates/<clause>.md) and its wording once per
//! language (locales/<lang>/wording/<clause>.ftl). These tests hold the two apart: the logic
//! says no words of its own, every language has exactly the messages the logic names, and a
//! language made from the messages alone (a pseudo-language) renders every output format of
//! every example, with a missing message said by name.

use policywright::analysis::{Analysis, Templates};
use policywright::document::render::{builtin_logic, language_templates};
use policywright::document::wording::{referenced_ids, Wording};
use policywright::export::export_analysis;
use policywright::formats::Format;
use policywright::{i18n, Lang};
use std::collections::BTreeSet;

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
    pseudo();
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
    pseudo();
    for (clause, logic) in builtin_logic() {
        let named: BTreeSet<String> = referenced_ids(logic, &clause)
            .unwrap()
            .into_iter()
            .collect();
        // Every language with wording files of its own (a pseudo-language is made from another's).
        for lang in Lang::all()
            .into_iter()
            .filter(|l| l.pseudo_base().is_none())
        {
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
    pseudo();
    for (clause, _) in builtin_logic() {
        let en = wording(Lang::EN, &clause);
        let sv = wording(Lang::SV, &clause);
        for id in en.ids() {
            let mut a = en.args(id);
            let mut b = sv.args(id);
            a.sort();
            b.sort();
            assert_eq!(a, b, "{clause}: message `{id}` has other placeables in sv");
        }
    }
}

/// The pseudo-language, made from the English messages (`lang::PSEUDO`): every letter
/// accented and every clause message bracketed, so that text not from the messages stands out.
/// Every test of this file asks for it first, so the program's languages include it.
fn pseudo() -> Lang {
    std::env::set_var("POLICYWRIGHT_PSEUDO_LANGUAGE", "1");
    Lang::from_code(policywright::lang::PSEUDO).expect("the pseudo-language is there")
}

#[test]
fn a_pseudo_language_renders_every_format_of_every_example() {
    let xa = pseudo();
    let templates = Templates::new(None);
    let formats: Vec<Format> = Format::all().collect();
    for example in policywright::examples::examples() {
        let mut project = example.project.clone();
        project.policy.languages = vec![xa];
        project.policy.prevailing_language = xa;
        let analysis = Analysis::of_project(&templates, project);
        let doc = analysis.document(xa).unwrap().expect("it is published");
        // Every clause heading comes from the messages.
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
        let pdf = std::fs::read(dir.path().join("policy.en-xa.pdf")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{}", example.id);
        let html = std::fs::read_to_string(dir.path().join("policy.en-xa.html")).unwrap();
        assert!(html.contains("lang=\"en-XA\""), "{}", example.id);
        assert!(
            html.contains("⟦Höw löng wé kéép ýöür dátá⟧"),
            "{}",
            example.id
        );
        assert!(written.len() >= 6, "{}: {written:?}", example.id);
    }
}

#[test]
fn the_pseudo_language_has_every_message_of_every_other_language() {
    let xa = pseudo();
    for lang in Lang::all() {
        assert!(
            i18n::problems(lang).is_empty(),
            "{lang}: {:?}",
            i18n::problems(lang)
        );
        for id in i18n::message_ids(Lang::EN) {
            assert!(i18n::has(lang, id), "{lang} lacks `{id}`");
        }
    }
    assert_eq!(xa.name_in(Lang::SV), "Pseudo");
}

/// Every language's templates, with one message of the pseudo-language's wording left out.
fn pseudo_templates_without(id: &str) -> Result<Vec<(String, String)>, String> {
    let xa = pseudo();
    language_templates(&builtin_logic(), |lang, clause| {
        let base = lang.pseudo_base().unwrap_or(lang);
        let file = format!("locales/{}/wording/{clause}.ftl", lang.code());
        let w = Wording::parse(i18n::clause_wording(base, clause)?, &file).ok()?;
        Some(if lang == xa { w.without(id) } else { w }.to_fluent())
    })
    .map_err(|e| e.to_string())
}

#[test]
fn a_missing_message_is_said_by_name_and_file() {
    let err = pseudo_templates_without("retention-keep").unwrap_err();
    assert!(
        err.contains("templates/retention.md, line")
            && err.contains("no message `retention-keep` in locales/en-xa/wording/retention.ftl"),
        "{err}"
    );
}
