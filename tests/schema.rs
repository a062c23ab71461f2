//! The project format of schema version 2: own-words entries beside catalogue ids in list
//! answers, a legal basis that starts unchosen, and the migration that keeps every version-1
//! file loading.

use policywright::document::render;
use policywright::project::{Entry, OwnEntry, Project, Requirement, Source, Text, SCHEMA_VERSION};
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

/// A project migrated from version 1 or 2: first what the migration made of the fields whose
/// answers the examples have changed since (what the old file means, stated here, so that a
/// migration that changed them would fail), then those fields given the answers version 3 asks
/// for and the examples now give. Everything else must be as the old file said: the caller
/// compares.
fn with_version_3_answers(name: &str, mut old: Project, current: &Project) -> Project {
    match name {
        "webshop.toml" => {
            // The English text said "e-mail"; the example now says "email".
            let identity_check = &mut old.rights.identity_check;
            assert_eq!(
                identity_check.get(Lang::EN),
                current
                    .rights
                    .identity_check
                    .get(Lang::EN)
                    .replace("email", "e-mail"),
                "{name}: the old wording kept"
            );
            identity_check.set(Lang::EN, current.rights.identity_check.get(Lang::EN));
        }
        "association.toml" => {
            // The guardian's consent was tied to the age of 13; the example no longer ties it
            // (the association offers no online service).
            let consent = &mut old.children.guardian_consent;
            assert!(
                consent
                    .get(Lang::SV)
                    .starts_with("För barn under 13 år lämnar en vårdnadshavare")
                    && consent
                        .get(Lang::EN)
                        .starts_with("For children under 13, a parent or guardian gives consent"),
                "{name}: the old wording kept: {consent:?}"
            );
            *consent = current.children.guardian_consent.clone();
        }
        "consultancy.toml" => {
            let first = &mut old.activities[0];
            // One `source` becomes a list of one, as it was written. With a source and no
            // requirement nothing was printed about a requirement: it stays unanswered, and
            // none of the data is said to come from the person. Direct marketing could not be
            // said before version 3.
            assert_eq!(
                first.sources,
                [Source {
                    description: Text::new(
                        "Professionella nätverkssajter som LinkedIn, företagens egna webbplatser och Bolagsverkets register.",
                        "Professional networking sites such as LinkedIn, the companies' own websites and the Swedish Companies Registration Office's register.",
                    ),
                    public: true,
                }],
                "{name}: the old source"
            );
            assert_eq!(first.requirement, None, "{name}: requirement");
            assert!(!first.from_person, "{name}: from_person");
            assert!(!first.direct_marketing, "{name}: direct_marketing");
            // B2B outreach is direct marketing; its sources are now listed one by one, and the
            // contacts also write to us themselves.
            first.direct_marketing = true;
            first.from_person = true;
            first.requirement = Some(Requirement::None);
            first.sources = current.activities[0].sources.clone();
            // The English text said "clients"; the example now says "customers" throughout.
            assert_eq!(
                first.description.get(Lang::EN),
                current.activities[0]
                    .description
                    .get(Lang::EN)
                    .replace("customers", "clients"),
                "{name}: the old wording kept"
            );
            first
                .description
                .set(Lang::EN, current.activities[0].description.get(Lang::EN));
            assert_eq!(
                old.security.description.get(Lang::EN),
                current
                    .security
                    .description
                    .get(Lang::EN)
                    .replace("customer register", "client register"),
                "{name}: the old wording kept"
            );
            old.security
                .description
                .set(Lang::EN, current.security.description.get(Lang::EN));
            // "E-mail" and "may be blacked out"; the example now says "Email" and "are".
            assert_eq!(
                old.recipients[0].safeguard_copy,
                Text::new(
                    "Skicka e-post till dataskydd@fjallvik.example. Affärsvillkor som inte rör dataskyddet kan vara överstrukna i kopian.",
                    "E-mail dataskydd@fjallvik.example. Commercial terms that do not concern data protection may be blacked out in the copy.",
                ),
                "{name}: the old wording kept"
            );
            old.recipients[0].safeguard_copy = current.recipients[0].safeguard_copy.clone();
        }
        other => panic!("no example {other}"),
    }
    old
}

/// Version 5 asks what no older file answers: whether a balancing test was made (until then
/// the policy claims none, and `check` asks), the law behind a legal obligation (asked for
/// too; no law is guessed) and behind a disclosure, and, in a file from before version 4 that
/// addresses children, whether there is an online service for them (unanswered: `check` asks,
/// and no age rule is guessed). The examples answer them all.
fn with_version_5_answers(
    name: &str,
    version: u32,
    mut old: Project,
    current: &Project,
) -> Project {
    corrected_in_review(name, &mut old, current);
    for (a, now) in old.activities.iter_mut().zip(&current.activities) {
        assert!(!a.balancing_test, "{name}: no old file answers it");
        if now.balancing_test {
            let asked = errors_and_warnings(&old_with(a));
            assert!(
                asked.contains(&"balancing-test-missing".to_owned()),
                "{name}: {asked:?}"
            );
        }
        a.balancing_test = now.balancing_test;
        if !now.laws.is_empty() {
            assert!(a.laws.is_empty(), "{name}: no old file names a law");
            let asked = errors_and_warnings(&old_with(a));
            assert!(
                asked.contains(&"law-missing".to_owned()),
                "{name}: {asked:?}"
            );
        }
        a.laws = now.laws.clone();
        // What ends before the months are counted: no old file says it, and the general
        // "our relationship with you" stays its meaning.
        assert_eq!(a.retention.ends, None, "{name}: no old file says what ends");
        a.retention.ends = now.retention.ends;
    }
    for (r, now) in old.recipients.iter_mut().zip(&current.recipients) {
        r.laws = now.laws.clone();
    }
    // The example now calls the candidates it finds itself what they are (issue 22); an old
    // file keeps the categories it chose.
    if name == "consultancy.toml" {
        let sourcing = &mut old.activities[1];
        assert!(
            sourcing.people.iter().any(|p| p.is("job-applicants")),
            "{name}"
        );
        sourcing.people = current.activities[1].people.clone();
        sourcing.data = current.activities[1].data.clone();
    }
    if old.children.addressed && version < 3 {
        assert_eq!(old.children.online_service, None, "{name}: never asked");
        let asked = errors_and_warnings(&old);
        assert!(
            asked.contains(&"online-service-unanswered".to_owned()),
            "{name}: {asked:?}"
        );
        old.children.online_service = current.children.online_service;
    }
    old
}

/// What a lawyer's review of the examples corrected in their own answers (issue 22): an old
/// file keeps what it said, so the comparison takes the corrected answers from the example. Laws
/// and the balancing test are left to the version-5 questions that follow.
fn corrected_in_review(name: &str, old: &mut Project, current: &Project) {
    let like_old = |i: usize| {
        let mut a = current.activities[i].clone();
        a.laws.clear();
        a.balancing_test = false;
        a
    };
    match name {
        // Taking a payment performs the contract; the accounts are the legal obligation.
        "webshop.toml" => {
            assert_eq!(old.activities[1].purpose, "payments", "{name}");
            old.activities[1] = like_old(1);
            old.activities.insert(2, like_old(2));
        }
        // A membership number tells members apart: no reason for a personal identity number.
        "association.toml" => {
            old.activities[0].identity_number_reason =
                current.activities[0].identity_number_reason.clone();
        }
        // No consent that no purpose asks for; no payment details of a supplier's staff;
        // "maskade", not "överstrukna".
        "consultancy.toml" => {
            let recruitment = old
                .activities
                .iter()
                .position(|a| a.purpose == "recruitment");
            let i = recruitment.expect("consultancy.toml: recruitment");
            old.activities[i].retention = current.activities[i].retention.clone();
            let books = old
                .activities
                .iter()
                .position(|a| a.purpose == "bookkeeping");
            let j = books.expect("consultancy.toml: bookkeeping");
            old.activities[j].data = current.activities[j].data.clone();
            for (r, now) in old.recipients.iter_mut().zip(&current.recipients) {
                r.safeguard_copy = now.safeguard_copy.clone();
            }
        }
        _ => {}
    }
}

/// A project of one activity, to see what `check` asks of it.
fn old_with(a: &policywright::project::Activity) -> Project {
    let mut p = policywright::default_project();
    p.activities = vec![a.clone()];
    p
}

fn errors_and_warnings(p: &Project) -> Vec<String> {
    policywright::check(p)
        .into_iter()
        .map(|d| d.code.to_owned())
        .collect()
}

/// A project migrated from version 3 or older: first what the migration made of the fields
/// version 4 adds (their defaults: what an old file means), then those fields given the answers
/// the examples now give. Everything else must be as the old file said: the caller compares.
fn with_version_4_answers(name: &str, mut old: Project, current: &Project) -> Project {
    // No old file links a recipient to activities: each recipient is for all of them.
    for r in &old.recipients {
        assert!(
            r.activities.is_empty(),
            "{name}: recipient {:?} linked to {:?}",
            r.name,
            r.activities
        );
    }
    match name {
        "webshop.toml" | "association.toml" => {}
        "consultancy.toml" => {
            // The purpose in own words had no title and no id: its description was the heading,
            // and it stays the description (what the example now gives as the title).
            let second = &mut old.activities[1];
            assert!(second.title.is_blank(), "{name}: {:?}", second.title);
            assert_eq!(second.id, "", "{name}: no id");
            assert_eq!(
                second.description, current.activities[1].title,
                "{name}: the old heading is the description"
            );
            // The purpose in own words gets a short title; its description becomes the
            // explanation under it.
            second.title = current.activities[1].title.clone();
            second.description = current.activities[1].description.clone();
            // Recipients linked to the activities they receive data for; the purpose in own
            // words gets the id they link it by.
            second.id = "candidate-sourcing".into();
            let links: [&[&str]; 5] = [
                &["business-contacts", "candidate-sourcing", "recruitment"],
                &["recruitment"],
                &["website-operation"],
                &["bookkeeping"],
                &["bookkeeping"],
            ];
            for (r, ids) in old.recipients.iter_mut().zip(links) {
                r.activities = ids.iter().map(|id| (*id).to_owned()).collect();
            }
        }
        other => panic!("no example {other}"),
    }
    old
}

fn old_examples_load_validate_and_mean_the_same(dir: &str, version: u32) {
    for name in ["webshop.toml", "consultancy.toml", "association.toml"] {
        let text = fixture(dir, name);
        assert!(text.contains(&format!("schema_version = {version}")));
        let old =
            parse_project(&text).unwrap_or_else(|d| panic!("{name} (version {version}): {}", d[0]));
        assert_eq!(old.schema_version, SCHEMA_VERSION, "{name}: migrated");
        assert!(errors(&old).is_empty(), "{name}: {:?}", errors(&old));
        let current = parse_project(&fixture("examples", name)).unwrap();
        let old = if version < 3 {
            with_version_3_answers(name, old, &current)
        } else {
            old
        };
        let old = with_version_4_answers(name, old, &current);
        let old = with_version_5_answers(name, version, old, &current);
        assert_eq!(old, current, "{name}: the migration changes nothing else");
        for lang in Lang::all() {
            assert_eq!(
                render::markdown(&old, lang).unwrap(),
                render::markdown(&current, lang).unwrap()
            );
        }
    }
}

#[test]
fn every_version_1_example_still_loads_and_renders_as_before() {
    old_examples_load_validate_and_mean_the_same("tests/fixtures/v1", 1);
}

#[test]
fn every_version_2_example_still_loads_and_renders_as_before() {
    old_examples_load_validate_and_mean_the_same("tests/fixtures/v2", 2);
}

#[test]
fn every_version_3_example_still_loads_and_renders_as_before() {
    old_examples_load_validate_and_mean_the_same("tests/fixtures/v3", 3);
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
    let sv = render::markdown(&p, Lang::SV).unwrap();
    assert!(sv.contains("bilder") && sv.contains("filmer"), "{sv}");

    // A version-2 file means what it says: images only.
    let v2 = fixture("tests/fixtures/v2", "webshop.toml").replacen(
        "data = [",
        "data = [\"images\", ",
        1,
    );
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
    let msg = diags[0].message(Lang::EN);
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

    let sv = render::markdown(&p, Lang::SV).unwrap();
    let en = render::markdown(&p, Lang::EN).unwrap();
    assert!(sv.contains("kunder och patienter"), "{sv}");
    assert!(en.contains("customers and patients"), "{en}");
    // An own-words special category is named among the special categories, with its condition.
    let special_sv = &sv[sv.find("Känsliga").expect("special data clause")..];
    assert!(special_sv.contains("röntgenbilder"), "{special_sv}");
    assert!(en.contains("X-ray images"));
    for lang in Lang::all() {
        let page = render::html_page(&p, lang).unwrap();
        let fragment = render::html_fragment(&p, lang).unwrap();
        let word = if lang == Lang::SV {
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
        d.message(Lang::SV).contains("eng"),
        "{}",
        d.message(Lang::SV)
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
    let sv = render::markdown(&p, Lang::SV).unwrap();
    assert!(
        sv.matches("Rättslig grund:").count() == p.activities.len() - 1,
        "{sv}"
    );
}

fn codes_at(text: &str) -> Vec<(String, String)> {
    check(&parse_project(text).unwrap())
        .into_iter()
        .map(|d| (d.code.to_owned(), d.path.clone()))
        .collect()
}

#[test]
fn answers_are_checked_as_a_person_would_read_them() {
    let text = fixture("examples", "webshop.toml");
    // A date written right that names no day is "no such date", not a format error.
    let bad_day = text.replacen(
        "effective_date = \"2026-03-01\"",
        "effective_date = \"2026-02-30\"",
        1,
    );
    let codes = codes_at(&bad_day);
    assert!(codes.contains(&("date-nonexistent".into(), "policy.effective_date".into())));
    let msg = check(&parse_project(&bad_day).unwrap())
        .into_iter()
        .find(|d| d.code == "date-nonexistent")
        .unwrap()
        .message(Lang::SV);
    assert!(
        msg.contains("2026-02-30") && msg.contains("finns inte"),
        "{msg}"
    );

    // A Swedish postcode is five digits.
    let postcode = text
        .lines()
        .find(|l| l.starts_with("postal_code"))
        .unwrap()
        .to_owned();
    for (value, ok) in [
        ("11134X", false),
        ("1113", false),
        ("111 34", true),
        ("11134", true),
    ] {
        let t = text.replacen(&postcode, &format!("postal_code = \"{value}\""), 1);
        let has = codes_at(&t).contains(&(
            "postal-code-invalid".into(),
            "organisation.address.postal_code".into(),
        ));
        assert_eq!(has, !ok, "{value}");
    }

    // An empty organisation number for a Swedish address is a warning, as the help says.
    let number = text
        .lines()
        .find(|l| l.starts_with("org_number"))
        .unwrap()
        .to_owned();
    let p = parse_project(&text.replacen(&number, "org_number = \"\"", 1)).unwrap();
    let d = check(&p)
        .into_iter()
        .find(|d| d.path == "organisation.org_number")
        .expect("a diagnostic");
    assert_eq!(
        (d.code, d.severity),
        ("org-number-missing", Severity::Warning)
    );
}

#[test]
fn a_history_version_is_numbered_once_and_dated() {
    let text = fixture("examples", "webshop.toml");
    assert!(codes_at(&text)
        .iter()
        .all(|(c, _)| !c.starts_with("history")));
    let t = format!("{text}\n[[history]]\nversion = \"1.0\"\ndate = \"2025-13-01\"\n");
    let codes = codes_at(&t);
    assert!(
        codes.contains(&(
            "history-version-repeated".into(),
            "history[1].version".into()
        )),
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|(c, p)| c.starts_with("date") && p == "history[1].date"),
        "{codes:?}"
    );
}

#[test]
fn the_change_log_becomes_the_history_and_the_drafts_summary() {
    let p = parse_project(&fixture("tests/fixtures/v2", "association.toml")).unwrap();
    // 1.1 is the current version: its entry is the draft's summary, published with it.
    assert!(p
        .policy
        .change_summary
        .get(Lang::SV)
        .starts_with("Vi frågar om allergier"));
    assert_eq!(p.history.len(), 1);
    assert_eq!(
        (p.history[0].version.as_str(), p.history[0].date.as_str()),
        ("1.0", "2025-09-01")
    );
    assert_eq!(p.history[0].summary.get(Lang::EN), "First version.");
    assert!(
        p.history[0].markdown.is_blank(),
        "the old format never kept the text"
    );
    assert!(p.policy.changelog.is_empty());
    // Nothing lost: every summary of the old log is in the rendered changes part.
    let sv = render::markdown(&p, Lang::SV).unwrap();
    assert!(
        sv.contains("Första versionen.") && sv.contains("Vi frågar om allergier"),
        "{sv}"
    );
    // The saved file is the current version and has no change log.
    let saved = policywright::file::project_to_toml(&p);
    assert!(
        saved.contains(&format!("schema_version = {SCHEMA_VERSION}"))
            && !saved.contains("changelog"),
        "{saved}"
    );
    assert!(saved.contains("[[history]]") && saved.contains("change_summary"));
}

#[test]
fn no_message_carries_markdown_backticks() {
    for lang in ["sv", "en"] {
        for file in ["diagnostics.ftl", "ui.ftl", "catalog.ftl", "document.ftl"] {
            let path = format!("locales/{lang}/{file}");
            let text = fixture(".", &path);
            for (i, line) in text.lines().enumerate() {
                if !line.trim_start().starts_with('#') {
                    assert!(!line.contains('`'), "{path}:{}: {line}", i + 1);
                }
            }
        }
    }
    let text = fixture("examples", "webshop.toml").replacen(
        "[organisation]",
        "[organisation]\nfax = 1",
        1,
    );
    let d = &parse_project(&text).unwrap_err()[0];
    for lang in Lang::all() {
        assert!(!d.message(lang).contains('`'), "{}", d.message(lang));
    }
}

#[test]
fn the_dpf_can_name_the_safeguard_that_takes_over() {
    let text = fixture("examples", "webshop.toml");
    assert!(text.contains("safeguard = \"data-privacy-framework\""));
    let t = text.replacen(
        "safeguard = \"data-privacy-framework\"",
        "safeguard = \"data-privacy-framework\"\ndpf_fallback = \"standard-contractual-clauses\"\nsafeguard_copy = { sv = \"Skriv till oss.\", en = \"Write to us.\" }",
        1,
    );
    let p = parse_project(&t).unwrap();
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
    let sv = render::markdown(&p, Lang::SV).unwrap();
    let en = render::markdown(&p, Lang::EN).unwrap();
    assert!(
        sv.contains("Om ramverket slutar att gälla") && sv.contains("(EU) 2021/914"),
        "{sv}"
    );
    assert!(en.contains("If the framework ceases to apply") && en.contains("Write to us."));
    // Without a copy route the fallback's clauses cannot be asked for: an error.
    let no_copy = text.replacen(
        "safeguard = \"data-privacy-framework\"",
        "safeguard = \"data-privacy-framework\"\ndpf_fallback = \"binding-corporate-rules\"",
        1,
    );
    assert!(errors(&parse_project(&no_copy).unwrap())
        .iter()
        .any(|(c, _)| c == "safeguard-copy-missing"));
    // Only SCCs and BCRs can take over.
    let wrong = text.replacen(
        "safeguard = \"data-privacy-framework\"",
        "safeguard = \"data-privacy-framework\"\ndpf_fallback = \"derogation\"",
        1,
    );
    assert!(errors(&parse_project(&wrong).unwrap())
        .iter()
        .any(|(c, _)| c == "dpf-fallback-invalid"));
}

#[test]
fn adequacy_for_brazil_and_the_renewed_uk_decision_are_cited() {
    let text = fixture("examples", "webshop.toml");
    let start = text.find("[[recipients]]").unwrap();
    let recipient = |country: &str| {
        format!(
            "[[recipients]]\nname = {{ sv = \"Leverantör\", en = \"Supplier\" }}\nkind = \"processor\"\npurpose = {{ sv = \"Drift.\", en = \"Hosting.\" }}\ncountry = \"{country}\"\nsafeguard = \"adequacy\"\n\n"
        )
    };
    let t = format!(
        "{}{}{}{}",
        &text[..start],
        recipient("BR"),
        recipient("GB"),
        &text[start..]
    );
    let p = parse_project(&t).unwrap();
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
    let sv = render::markdown(&p, Lang::SV).unwrap();
    let en = render::markdown(&p, Lang::EN).unwrap();
    assert!(sv.contains("(EU) 2026/179") && en.contains("(EU) 2026/179"));
    assert!(
        sv.contains("förnyat den 19 december 2025; det gäller till och med den 27 december 2031"),
        "{sv}"
    );
    assert!(en.contains("renewed on 19 December 2025 and valid until 27 December 2031"));
}

#[test]
fn swedish_lists_never_read_och_twice() {
    let text = webshop_with(
        r#"people = ["customers"]
data = ["name", { sv = "bilder och filmer", en = "photos and video" }]"#,
    );
    let p = parse_project(&text).unwrap();
    let sv = render::markdown(&p, Lang::SV).unwrap();
    assert!(sv.contains("namn samt bilder och filmer"), "{sv}");
    assert!(!sv.contains("namn och bilder och filmer"));
    let en = render::markdown(&p, Lang::EN).unwrap();
    assert!(en.contains("name as well as photos and video"), "{en}");
}

#[test]
fn a_purpose_in_own_words_makes_a_clean_heading() {
    let text = fixture("examples", "webshop.toml").replacen(
        "purpose = \"order-fulfilment\"",
        "description = { sv = \"Vi påminner om besök.\", en = \"We send reminders of visits.\" }",
        1,
    );
    let p = parse_project(&text).unwrap();
    for (lang, title) in [
        (Lang::SV, "Vi påminner om besök"),
        (Lang::EN, "We send reminders of visits"),
    ] {
        let md = render::markdown(&p, lang).unwrap();
        assert!(
            md.contains(&format!("### 3.1 {title} {{#purposes-1}}")),
            "{md}"
        );
        assert!(md.contains(&format!("- **{title}:**")), "{md}");
        assert!(!md.contains(&format!("{title}.")), "{md}");
    }
}

#[test]
fn an_unknown_section_is_named_with_the_sections_there_are() {
    let text = fixture("examples", "webshop.toml").replacen(
        "schema_version",
        "paragraphs = 1\nschema_version",
        1,
    );
    let d = &parse_project(&text).unwrap_err()[0];
    assert_eq!(d.code, "unknown-field");
    let sv = d.message(Lang::SV);
    assert!(
        sv.starts_with("Okänt fält ”paragraphs”. Tillåtna fält: \"schema_version\""),
        "{sv}"
    );
    assert!(d
        .message(Lang::EN)
        .contains("\"authority\", \"history\", \"silenced\", \"clauses\""));
}

#[test]
fn a_version_2_file_saved_becomes_version_3_and_keeps_its_comments() {
    let text = fixture("tests/fixtures/v2", "consultancy.toml");
    let p = parse_project(&text).unwrap();
    let saved = policywright::project::update::update_text(&text, &p);
    assert!(
        saved.contains(&format!("schema_version = {SCHEMA_VERSION}")),
        "{saved}"
    );
    assert!(
        saved.contains("# Fjällvik Management AB"),
        "the comments stay: {saved}"
    );
    assert!(!saved.contains("\nsource = "), "{saved}");
    assert_eq!(parse_project(&saved).unwrap(), p);
}

#[test]
fn a_problem_in_a_version_2_source_points_at_its_line() {
    let text = fixture("tests/fixtures/v2", "consultancy.toml");
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1;
    let want = line_of("source = { description = { sv = \"Fakturor");
    let bad = text.replacen(
        "source = { description = { sv = \"Fakturor, avtal och andra underlag från det företag där du arbetar.\"",
        "source = { description = { sv = \"\"",
        1,
    );
    let (_, diags) = policywright::file::read_project(&bad).unwrap();
    let d = diags
        .iter()
        .find(|d| d.path == "activities[3].sources[0].description.sv")
        .unwrap_or_else(|| panic!("{diags:?}"));
    assert_eq!(d.location.map(|l| l.line), Some(want), "{d}");
}
