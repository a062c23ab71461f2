//! The Fluent files: they parse without junk, both languages have the same messages, and every
//! message the code asks for exists in both.

use policywright::i18n;
use policywright::project::catalog::{self, kind};
use policywright::Lang;
use std::collections::BTreeSet;

#[test]
fn every_ftl_file_parses_without_junk() {
    for lang in Lang::all() {
        assert_eq!(i18n::problems(lang), &[], "locales/{lang}");
        assert!(i18n::message_ids(lang).len() > 100);
    }
}

#[test]
fn both_languages_have_the_same_message_ids() {
    let sv: BTreeSet<_> = i18n::message_ids(Lang::SV).iter().collect();
    let en: BTreeSet<_> = i18n::message_ids(Lang::EN).iter().collect();
    let only_sv: Vec<_> = sv.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&sv).collect();
    assert!(
        only_sv.is_empty() && only_en.is_empty(),
        "only in sv: {only_sv:?}; only in en: {only_en:?}"
    );
    let sv_ui = i18n::ui_messages(Lang::SV);
    let en_ui = i18n::ui_messages(Lang::EN);
    let sv_keys: BTreeSet<_> = sv_ui.keys().collect();
    let en_keys: BTreeSet<_> = en_ui.keys().collect();
    assert_eq!(sv_keys, en_keys, "attributes differ between the languages");
}

#[test]
fn every_catalogue_entry_has_a_name_and_help_in_both_languages() {
    let facts = policywright::project::legal::facts();
    let basis: Vec<&str> = policywright::project::LegalBasis::ALL
        .iter()
        .map(|b| b.id())
        .collect();
    let special: Vec<&str> = catalog::SPECIAL_CONDITIONS
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let data: Vec<&str> = catalog::DATA.iter().map(|d| d.id).collect();
    let retention: Vec<&str> = catalog::RETENTION.iter().map(|r| r.id).collect();
    let countries: Vec<&str> = facts.countries().collect();
    let technologies = policywright::project::Technology::ALL.map(|t| t.id());
    let lists: Vec<(&str, &[&str])> = vec![
        (kind::PURPOSE, catalog::PURPOSES),
        (kind::PEOPLE, catalog::PEOPLE),
        (kind::DATA, &data),
        (kind::BASIS, &basis),
        (kind::SPECIAL, &special),
        (kind::REQUIREMENT, catalog::REQUIREMENTS),
        (kind::RETENTION, &retention),
        (kind::RECIPIENT_KIND, catalog::RECIPIENT_KINDS),
        (kind::COUNTRY, &countries),
        (kind::SAFEGUARD, catalog::SAFEGUARDS),
        (kind::COOKIE_CATEGORY, catalog::COOKIE_CATEGORIES),
        (kind::TECHNOLOGY, &technologies),
        (kind::PARTY, catalog::PARTIES),
        (kind::CHANGE_CHANNEL, catalog::CHANGE_CHANNELS),
        (kind::SECURITY, catalog::SECURITY),
    ];
    let mut missing = Vec::new();
    for lang in Lang::all() {
        for (k, ids) in &lists {
            for id in *ids {
                let msg = format!("{k}-{id}");
                if !i18n::has(lang, &msg) {
                    missing.push(format!("{lang}: {msg}"));
                }
                // Countries are self-explanatory; every other choice has help.
                if *k != kind::COUNTRY && !i18n::has(lang, &format!("{msg}.help")) {
                    missing.push(format!("{lang}: {msg}.help"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:#?}");
}

#[test]
fn every_lint_and_memo_item_has_a_message_in_both_languages() {
    for lang in Lang::all() {
        for id in policywright::review::lint::IDS {
            assert!(i18n::has(lang, &format!("lint-{id}")), "{lang}: lint-{id}");
            let title = format!("lint-title-{id}");
            assert!(i18n::has(lang, &title), "{lang}: {title}");
        }
        for c in policywright::review::coverage::coverage(&policywright::default_project()).unwrap()
        {
            assert!(
                i18n::has(lang, &format!("memo-item-{}", c.item)),
                "{lang}: memo-item-{}",
                c.item
            );
        }
    }
}

#[test]
fn every_diagnostic_has_a_message_in_both_languages() {
    for lang in Lang::all() {
        for code in policywright::project::diagnostics::CODES {
            assert!(
                i18n::has(lang, &format!("diag-{code}")),
                "{lang}: diag-{code}"
            );
        }
    }
}

#[test]
fn ui_messages_leave_variables_for_the_ui() {
    let m = i18n::ui_messages(Lang::EN);
    assert_eq!(m["doc-title"], "Privacy policy of { $org }");
    assert_eq!(
        i18n::long_date(Lang::SV, "2026-03-01").as_deref(),
        Some("1 mars 2026")
    );
}
