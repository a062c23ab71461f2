//! Issue 13, part D: controllers outside Sweden, and the checker that finds out-of-date
//! citations however they are written and wherever they are typed.

use policywright::document::render::{self, renderer};
use policywright::review::lint;
use policywright::{Lang, Project};

fn lint_of(p: &Project) -> lint::Lint {
    lint::lint_project(renderer().unwrap(), p).unwrap()
}

/// The (id, field path, cited reference) of each out-of-date citation found in the answers.
fn citations(l: &lint::Lint) -> Vec<(&'static str, String, String)> {
    l.findings
        .iter()
        .filter(|f| matches!(f.id, "repealed-reference" | "outdated-name"))
        .filter_map(|f| match &f.place {
            lint::Place::Field { path } => Some((
                f.id,
                path.clone(),
                f.args
                    .iter()
                    .find(|(k, _)| *k == "reference")
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn old_citations_are_found_in_swedish_spellings_and_with_spaces() {
    let mut p = policywright::default_project();
    p.security.description.sv =
        "Vi använder standardavtalsklausuler enligt beslut 2004/915/EG och 2010/ 87/EU.".into();
    p.security.description.en =
        "We rely on the EU–US Privacy-Shield and on Commission Decision (EU) 2016 / 1250.".into();
    let found = citations(&lint_of(&p));
    for (path, reference) in [
        ("security.description.sv", "2004/915/EC"),
        ("security.description.sv", "2010/87/EU"),
        ("security.description.en", "Privacy Shield"),
        ("security.description.en", "2016/1250"),
    ] {
        assert!(
            found
                .iter()
                .any(|(id, p, r)| *id == "repealed-reference" && p == path && r == reference),
            "{reference} at {path} not found: {found:?}"
        );
    }
    // A different act with the same digits inside is not a citation of the old one.
    let mut q = policywright::default_project();
    q.security.description.en = "Invoices 12010/870 and 2010/871 are kept.".into();
    assert!(citations(&lint_of(&q)).is_empty(), "{:?}", lint_of(&q));
}

#[test]
fn every_free_text_answer_is_read_in_both_languages() {
    let mut p = policywright::default_project();
    let recipient = p
        .recipients
        .first_mut()
        .expect("the starter has a recipient");
    recipient.name.en = "US hosting under the Privacy Shield".into();
    let activity = &mut p.activities[0];
    activity.identity_number_reason.sv =
        "Datainspektionen har godkänt att vi använder personnummer.".into();
    activity.retention.text.en = "Under the Safe Harbor principles.".into();
    p.organisation.legal_name = "Exempel AB".into();
    let found = citations(&lint_of(&p));
    for (id, path, reference) in [
        (
            "repealed-reference",
            "recipients[0].name.en",
            "Privacy Shield",
        ),
        (
            "outdated-name",
            "activities[0].identity_number_reason.sv",
            "Datainspektionen",
        ),
        (
            "repealed-reference",
            "activities[0].retention.text.en",
            "Safe Harbor",
        ),
    ] {
        assert!(
            found
                .iter()
                .any(|(i, p, r)| *i == id && p == path && r == reference),
            "{reference} at {path} not found: {found:?}"
        );
    }
    // The messages say what applies instead, in each language.
    let l = lint_of(&p);
    let dataskydd = l.findings.iter().find(|f| f.id == "outdated-name").unwrap();
    assert!(dataskydd
        .message(Lang::Sv)
        .contains("Integritetsskyddsmyndigheten"));
    assert!(dataskydd.message(Lang::En).contains("since 1 January 2021"));
}

#[test]
fn the_swedish_name_of_privacy_shield_is_found_too() {
    let mut p = policywright::default_project();
    p.security.description.sv =
        "Överföringen sker enligt skölden för skydd av privatlivet i EU och Förenta staterna."
            .into();
    let found = citations(&lint_of(&p));
    assert!(
        found
            .iter()
            .any(|(id, path, _)| *id == "repealed-reference" && path == "security.description.sv"),
        "{found:?}"
    );
    // The rendered text of the starter cites none of them.
    for lang in Lang::ALL {
        let md = render::markdown(&policywright::default_project(), lang).unwrap();
        assert!(!md.contains("2010/87") && !md.contains("Privacy Shield"));
    }
}
