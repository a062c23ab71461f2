//! What an owner without legal training would miss (issue 21): data in their own words that is
//! a special category, and an advertiser's pixel beside data concerning health. Each test reads
//! the diagnostics the user sees, in both languages.

use policywright::project::{CookieCategory, Entry, OwnEntry, Project};
use policywright::{check, Lang, Severity};

mod common;
use common::{example, has};

/// The webshop's first purpose with allergies in the owner's own words, marked special or not.
fn with_own_allergies(special: bool) -> Project {
    let mut p = example("webshop.toml");
    p.activities[0].data.push(Entry::Own(OwnEntry {
        sv: "allergier mot hårfärg".into(),
        en: "allergies to hair dye".into(),
        special,
    }));
    p
}

#[test]
fn allergies_in_own_words_are_asked_about_in_both_languages() {
    let p = with_own_allergies(false);
    let path = format!("activities[0].data[{}]", p.activities[0].data.len() - 1);
    assert!(has(&p, Severity::Warning, "special-data-unmarked", &path));
    let d = check(&p)
        .into_iter()
        .find(|d| d.code == "special-data-unmarked")
        .unwrap();
    let sv = d.message(Lang::SV);
    let en = d.message(Lang::EN);
    assert!(
        sv.contains("”allergier” låter som uppgifter om hälsa") && sv.contains("artikel 9.2"),
        "{sv}"
    );
    assert!(
        en.contains("“allergies” sounds like data concerning health")
            && en.contains("Article 9(2)"),
        "{en}"
    );
    // Marked special, it is asked no more: the Art. 9(2) condition is asked instead.
    let marked = with_own_allergies(true);
    assert!(check(&marked)
        .iter()
        .all(|d| d.code != "special-data-unmarked"));
    assert!(check(&marked)
        .iter()
        .any(|d| d.code == "special-condition-missing"));
}

#[test]
fn ordinary_own_words_are_not_asked_about() {
    let mut p = example("webshop.toml");
    p.activities[0].data.push(Entry::Own(OwnEntry {
        sv: "storlek och favoritfärg".into(),
        en: "size and favourite colour".into(),
        special: false,
    }));
    assert!(check(&p).iter().all(|d| d.code != "special-data-unmarked"));
}

#[test]
fn an_advertisers_pixel_beside_health_data_is_warned_about() {
    let mut p = with_own_allergies(true);
    let mut pixel = p.cookies.items[0].clone();
    pixel.name = "_fbp".into();
    pixel.provider = "Meta Platforms Ireland Ltd".into();
    pixel.category = CookieCategory::Marketing;
    p.cookies.items.push(pixel);
    let i = p.cookies.items.len() - 1;
    assert!(has(
        &p,
        Severity::Warning,
        "pixel-with-health-data",
        &format!("cookies.items[{i}]")
    ));
    let d = check(&p)
        .into_iter()
        .find(|d| d.code == "pixel-with-health-data")
        .unwrap();
    assert!(d
        .message(Lang::EN)
        .contains("SEK 37 million and SEK 8 million"));
    assert!(d.message(Lang::SV).contains("37 och 8 miljoner kronor"));
    // The same pixel on a shop that uses no health data is the cookie table's business only.
    let mut shop = example("webshop.toml");
    shop.cookies.items.push(p.cookies.items[i].clone());
    assert!(check(&shop)
        .iter()
        .all(|d| d.code != "pixel-with-health-data"));
}

#[test]
fn a_swedish_address_names_sweden_in_english_and_its_postcode_as_swedes_write_it() {
    let mut p = example("webshop.toml");
    p.organisation.address.postal_code = "90326".into();
    p.organisation.address.city = "Umeå".into();
    let (sv, en) = common::both(&p);
    let (sv, en) = (
        common::section(&sv, "controller"),
        common::section(&en, "controller"),
    );
    assert!(en.contains("Kvarngatan 14, 903 26 Umeå, Sweden"), "{en}");
    assert!(sv.contains("Kvarngatan 14, 903 26 Umeå\n"), "{sv}");
}

#[test]
fn a_name_of_5000_characters_is_pointed_out() {
    let mut p = example("webshop.toml");
    p.organisation.legal_name = "Salong Klippet ".repeat(334);
    assert!(has(
        &p,
        Severity::Warning,
        "name-long",
        "organisation.legal_name"
    ));
    let d = check(&p)
        .into_iter()
        .find(|d| d.code == "name-long")
        .unwrap();
    assert!(
        d.message(Lang::SV).contains("Namnet har 5009 tecken"),
        "{}",
        d.message(Lang::SV)
    );
    // An ordinary long name is not.
    p.organisation.legal_name =
        "Föreningen för friluftsliv och naturvård i Västerbottens inland".into();
    assert!(check(&p).iter().all(|d| d.code != "name-long"));
}

#[test]
fn opening_something_that_is_no_project_says_only_that() {
    use policywright::{load_project, LoadError};
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("logo.png");
    std::fs::write(&png, [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0xff]).unwrap();
    let txt = dir.path().join("notes.txt");
    std::fs::write(&txt, "Att göra: ring revisorn.\n").unwrap();
    let other = dir.path().join("Cargo.toml");
    std::fs::write(&other, "[package]\nname = \"x\"\n").unwrap();
    for path in [png, txt, other, dir.path().to_owned()] {
        let err = load_project(&path).unwrap_err();
        assert!(
            matches!(err, LoadError::NotAProject { .. }),
            "{path:?}: {err}"
        );
        assert!(err.diagnostics().is_empty());
    }
    // A project with a mistake is still a project: its problems are listed where they are.
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        "schema_version = 5\n\n[organisation]\nfax = \"1\"\n",
    )
    .unwrap();
    let err = load_project(&broken).unwrap_err();
    assert!(matches!(err, LoadError::Invalid { .. }), "{err}");
    assert!(!err.diagnostics().is_empty());
}

/// Point 4: a sole trader (enskild firma) is asked for no number, and its owner's personal
/// identity number never reaches the policy.
#[test]
fn a_sole_traders_number_is_neither_asked_for_nor_published() {
    let mut p = example("webshop.toml");
    p.organisation.org_number = "811218-9876".into();
    // Typed as an organisation number, it is recognised as a personal one.
    assert!(has(
        &p,
        Severity::Warning,
        "org-number-personal",
        "organisation.org_number"
    ));
    let d = check(&p)
        .into_iter()
        .find(|d| d.code == "org-number-personal")
        .unwrap();
    assert!(
        d.message(Lang::SV).contains("enskild firma"),
        "{}",
        d.message(Lang::SV)
    );
    p.organisation.sole_trader = true;
    assert!(check(&p).iter().all(|d| !d.code.starts_with("org-number")));
    let (sv, en) = common::both(&p);
    assert!(!sv.contains("811218") && !en.contains("811218"));
    // Without any number, nothing is asked either.
    p.organisation.org_number.clear();
    assert!(check(&p).iter().all(|d| !d.code.starts_with("org-number")));
}
