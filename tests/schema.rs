//! The project format of schema version 2: own-words entries beside catalogue ids in list
//! answers, a legal basis that starts unchosen, and the migration that keeps every version-1
//! file loading.

use policywright::project::{Entry, OwnEntry, Project, SCHEMA_VERSION};
use policywright::render;
use policywright::{check, parse_project, Lang, Severity};
use std::path::Path;

fn fixture(dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn errors(p: &Project) -> Vec<(String, String)> {
    check(p)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code.to_owned(), d.path.clone()))
        .collect()
}

/// The default example with its first activity's lists replaced by the given TOML lines.
fn webshop_with(first_activity_lines: &str) -> String {
    let text = fixture("examples", "webshop.toml");
    let start = text.find("[[activities]]").expect("an activity");
    let insert = start + "[[activities]]\n".len();
    let body_end = text[insert..]
        .find("\n[")
        .map(|i| insert + i)
        .unwrap_or(text.len());
    let kept: Vec<&str> = text[insert..body_end]
        .lines()
        .filter(|l| {
            !l.starts_with("people")
                && !l.starts_with("data")
                && !l.starts_with("special_condition")
        })
        .collect();
    format!(
        "{}{}\n{}\n{}",
        &text[..insert],
        first_activity_lines.trim(),
        kept.join("\n"),
        &text[body_end..]
    )
}

#[test]
fn every_version_1_example_still_loads_and_renders_as_before() {
    for name in ["webshop.toml", "consultancy.toml", "association.toml"] {
        let old = parse_project(&fixture("tests/fixtures/v1", name))
            .unwrap_or_else(|d| panic!("{name} (version 1): {}", d[0]));
        assert!(fixture("tests/fixtures/v1", name).contains("schema_version = 1"));
        assert_eq!(old.schema_version, SCHEMA_VERSION, "{name}: migrated");
        assert!(errors(&old).is_empty(), "{name}: {:?}", errors(&old));
        let current = parse_project(&fixture("examples", name)).unwrap();
        assert_eq!(old, current, "{name}: the migration changes nothing else");
        for lang in Lang::ALL {
            assert_eq!(
                render::markdown(&old, lang).unwrap(),
                render::markdown(&current, lang).unwrap()
            );
        }
    }
}

#[test]
fn version_1_images_meant_photos_and_video() {
    let v1 = fixture("tests/fixtures/v1", "webshop.toml").replacen(
        "data = [",
        "data = [\"images\", ",
        1,
    );
    let p = parse_project(&v1).unwrap();
    let data = &p.activities[0].data;
    assert_eq!(
        data[0],
        Entry::from("images"),
        "the file's own items keep their places"
    );
    assert_eq!(data.last(), Some(&Entry::from("video")));
    let sv = render::markdown(&p, Lang::Sv).unwrap();
    assert!(sv.contains("bilder") && sv.contains("filmer"), "{sv}");

    // A version-2 file means what it says: images only.
    let v2 = fixture("examples", "webshop.toml").replacen("data = [", "data = [\"images\", ", 1);
    let p = parse_project(&v2).unwrap();
    assert!(!p.activities[0].data.contains(&Entry::from("video")));
}

#[test]
fn a_newer_schema_version_is_refused_with_a_message() {
    let text = fixture("examples", "webshop.toml").replace(
        &format!("schema_version = {SCHEMA_VERSION}"),
        "schema_version = 99",
    );
    let diags = parse_project(&text).unwrap_err();
    assert_eq!(diags[0].code, "schema-version");
    let msg = diags[0].message(Lang::En);
    assert!(
        msg.contains("99") && msg.contains(&SCHEMA_VERSION.to_string()),
        "{msg}"
    );
}

#[test]
fn own_words_beside_catalogue_ids_reach_every_output() {
    let text = webshop_with(
        r#"
people = ["customers", { sv = "patienter", en = "patients" }]
data = ["name", { sv = "röntgenbilder", en = "X-ray images", special = true }]
special_condition = "health-care"
"#,
    );
    let p = parse_project(&text).unwrap_or_else(|d| panic!("{}", d[0]));
    assert_eq!(
        p.activities[0].people[1],
        Entry::Own(OwnEntry {
            sv: "patienter".into(),
            en: "patients".into(),
            special: false
        })
    );
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));

    let sv = render::markdown(&p, Lang::Sv).unwrap();
    let en = render::markdown(&p, Lang::En).unwrap();
    assert!(sv.contains("kunder och patienter"), "{sv}");
    assert!(en.contains("customers and patients"), "{en}");
    // An own-words special category is named among the special categories, with its condition.
    let special_sv = &sv[sv.find("Känsliga").expect("special data clause")..];
    assert!(special_sv.contains("röntgenbilder"), "{special_sv}");
    assert!(en.contains("X-ray images"));
    for lang in Lang::ALL {
        let page = render::html_page(&p, lang).unwrap();
        let fragment = render::html_fragment(&p, lang).unwrap();
        let word = if lang == Lang::Sv {
            "patienter"
        } else {
            "patients"
        };
        assert!(page.contains(word) && fragment.contains(word));
    }

    // Saved and read again, the entries are the same.
    let saved = policywright::file::project_to_toml(&p);
    assert!(saved.contains(r#"sv = "patienter""#), "{saved}");
    assert_eq!(parse_project(&saved).unwrap(), p);
}

#[test]
fn own_words_need_every_published_language_and_special_ones_a_condition() {
    let text = webshop_with(
        r#"
people = ["customers", { sv = "patienter" }]
data = ["name", { sv = "röntgenbilder", en = "X-ray images", special = true }]
"#,
    );
    let p = parse_project(&text).unwrap();
    let errs = errors(&p);
    assert!(
        errs.contains(&(
            "translation-missing".into(),
            "activities[0].people[1].en".into()
        )),
        "{errs:?}"
    );
    assert!(
        errs.contains(&(
            "special-condition-missing".into(),
            "activities[0].special_condition".into()
        )),
        "{errs:?}"
    );
    // A blank own entry is a missing answer, not a silent gap.
    let blank = webshop_with(
        r#"people = [{ sv = "", en = "" }]
data = ["name"]"#,
    );
    let errs = errors(&parse_project(&blank).unwrap());
    assert!(
        errs.contains(&("required".into(), "activities[0].people[0]".into())),
        "{errs:?}"
    );
}

#[test]
fn a_misspelt_key_in_own_words_is_located() {
    let text = webshop_with(
        r#"people = ["customers", { sv = "patienter", eng = "patients" }]
data = ["name"]"#,
    );
    let diags = parse_project(&text).unwrap_err();
    let d = &diags[0];
    assert_eq!(d.code, "unknown-field", "{d}");
    let line = text.lines().position(|l| l.contains("eng = ")).unwrap() as u32 + 1;
    assert_eq!(d.location.map(|l| l.line), Some(line), "{d}");
    assert!(
        d.message(Lang::Sv).contains("eng"),
        "{}",
        d.message(Lang::Sv)
    );
}

#[test]
fn a_new_activity_has_no_legal_basis_until_one_is_chosen() {
    let blank = policywright::project::Activity::blank();
    assert_eq!(blank.legal_basis, None);
    let text = fixture("examples", "webshop.toml");
    let first_basis = text
        .lines()
        .find(|l| l.starts_with("legal_basis"))
        .unwrap()
        .to_owned();
    let p = parse_project(&text.replacen(&(first_basis + "\n"), "", 1)).unwrap();
    assert_eq!(p.activities[0].legal_basis, None);
    assert!(errors(&p).contains(&("required".into(), "activities[0].legal_basis".into())));
    // The draft still previews, without a legal-basis line for that purpose.
    let sv = render::markdown(&p, Lang::Sv).unwrap();
    assert!(
        sv.matches("Rättslig grund:").count() == p.activities.len() - 1,
        "{sv}"
    );
}
