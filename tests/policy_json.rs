//! The policy as data (`render --format json`): every example and fixture organisation gives a
//! policy.json that the published JSON Schema (docs/policy.schema.json) accepts and that states
//! the same facts as the policy's text; the schema in docs/ is the one the types give.
//!
//! `UPDATE_SCHEMA=1 cargo test --test policy_json` rewrites docs/policy.schema.json.

use policywright::analysis::{Analysis, Templates};
use policywright::data;
use policywright::export::{self, Format};
use policywright::{Lang, Project};
use serde_json::Value;
use std::path::Path;

const SCHEMA: &str = "docs/policy.schema.json";

/// Every example and every fixture organisation that has no errors, by name.
fn projects() -> Vec<(String, Project)> {
    let mut out: Vec<(String, Project)> = policywright::examples::examples()
        .into_iter()
        .map(|e| (format!("example {}", e.id), e.project))
        .collect();
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/organisations")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let project = policywright::load_project(&path).expect("a fixture loads");
        out.push((path.display().to_string(), project));
    }
    out
}

fn document(project: &Project, lang: Lang) -> String {
    let templates = Templates::new(None);
    let analysis = Analysis::of_project(&templates, project.clone());
    analysis
        .document(lang)
        .unwrap()
        .expect("a published language")
        .markdown
        .clone()
}

#[test]
fn the_schema_in_docs_is_the_one_the_types_give() {
    let current = data::schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA, &current).unwrap();
    }
    let published = std::fs::read_to_string(SCHEMA).unwrap_or_default();
    assert!(
        published == current,
        "{SCHEMA} is not the schema of the policy data's types: run UPDATE_SCHEMA=1 cargo test --test policy_json"
    );
}

#[test]
fn every_example_and_fixture_gives_json_the_schema_accepts() {
    let schema: Value = serde_json::from_str(&data::schema_json()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    for (name, project) in projects() {
        let json: Value = serde_json::from_str(&data::policy_json(&project).unwrap())
            .unwrap_or_else(|e| panic!("{name}: policy.json is not JSON: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let langs: Vec<&str> = project.languages().iter().map(|l| l.code()).collect();
        assert_eq!(json["languages"], serde_json::json!(langs), "{name}");
    }
}

/// The facts a reader checks one by one: the controller, each purpose's title and bases, the
/// recipients and the cookies are in the policy's text, in every language.
#[test]
fn the_json_states_what_the_policy_states() {
    for (name, project) in projects() {
        let json: Value = serde_json::from_str(&data::policy_json(&project).unwrap()).unwrap();
        assert_eq!(
            json["purposes"].as_array().unwrap().len(),
            project.activities.len(),
            "{name}"
        );
        for lang in project.languages() {
            let text = document(&project, lang);
            let plain = text.replace('\\', "");
            let code = lang.code();
            let controller = json["controller"]["name"].as_str().unwrap();
            assert!(plain.contains(controller), "{name} ({code}): {controller}");
            for p in json["purposes"].as_array().unwrap() {
                let title = p["title"][code].as_str().unwrap();
                let first_words: String = title
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    plain.contains(&first_words),
                    "{name} ({code}): purpose «{title}»"
                );
                for b in p["legal_bases"].as_array().unwrap() {
                    // "6(1)(b)" is cited "6(1)(b)" in English and "6.1 b" in Swedish.
                    let article = b["article"].as_str().unwrap();
                    let cited = lang.cite_articles(article);
                    let basis = b["name"][code].as_str().unwrap();
                    assert!(
                        plain.contains(&cited)
                            && plain.to_lowercase().contains(&basis.to_lowercase()),
                        "{name} ({code}): basis {basis}, {cited} of «{title}»"
                    );
                }
            }
            for r in json["recipients"].as_array().unwrap() {
                let recipient = r["name"][code].as_str().unwrap();
                assert!(
                    plain.contains(recipient),
                    "{name} ({code}): recipient {recipient}"
                );
            }
            for c in json["cookies"].as_array().unwrap() {
                let cookie = c["name"].as_str().unwrap();
                let lifetime = c["lifetime"]["text"][code].as_str().unwrap();
                assert!(plain.contains(cookie), "{name} ({code}): cookie {cookie}");
                // The table starts a lifetime with a capital letter.
                assert!(
                    plain.to_lowercase().contains(&lifetime.to_lowercase()),
                    "{name} ({code}): lifetime «{lifetime}» of {cookie}"
                );
            }
            if let Some(authority) = json["authority"]["name"][code].as_str() {
                assert!(plain.contains(authority), "{name} ({code}): {authority}");
            }
        }
    }
}

#[test]
fn dpv_concepts_name_the_bases_rights_and_catalogue_entries() {
    let webshop = policywright::default_project();
    let json: Value = serde_json::from_str(&data::policy_json(&webshop).unwrap()).unwrap();
    let first = &json["purposes"][0];
    assert_eq!(
        first["legal_bases"][0]["dpv"],
        "https://w3id.org/dpv/legal/eu/gdpr#A6-1-b"
    );
    assert_eq!(first["legal_bases"][0]["article"], "6(1)(b)");
    assert_eq!(first["people"][0]["dpv"], "https://w3id.org/dpv#Customer");
    let rights: Vec<&str> = json["rights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["dpv"].as_str().unwrap())
        .collect();
    assert!(rights.contains(&"https://w3id.org/dpv/legal/eu/gdpr#A15"));
    assert!(rights.contains(&"https://w3id.org/dpv/legal/eu/gdpr#A77"));
}

#[test]
fn a_sole_traders_personal_identity_number_stays_out() {
    let text = std::fs::read_to_string("tests/fixtures/organisations/hair-salon.toml").unwrap();
    let mut project = policywright::project::source::parse_project(&text).unwrap();
    assert!(project.organisation.sole_trader);
    // A sole trader's organisation number is the owner's personal identity number.
    project.organisation.org_number = "19850612-4829".to_owned();
    let json = data::policy_json(&project).unwrap();
    let number = project.organisation.org_number.trim();
    assert!(
        !json.contains(number),
        "the owner's personal identity number is in policy.json"
    );
}

#[test]
fn render_writes_one_json_file_for_every_language_and_marks_a_changed_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut project = policywright::default_project();
    let written = export::export(
        &project,
        dir.path(),
        &[Format::JSON, Format::MD],
        &mut |_| {},
    )
    .unwrap();
    let names: Vec<String> = written
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["policy.sv.md", "policy.en.md", "policy.json"]);
    let json: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("policy.json")).unwrap()).unwrap();
    assert_eq!(json["version"], project.policy.version.trim());
    assert_eq!(
        export::file_version(&dir.path().join("policy.json")).as_deref(),
        Some(project.policy.version.trim())
    );

    // Published, then changed: the file is a draft with no version of its own.
    let templates = Templates::new(None);
    project = policywright::review::publish::publish(
        templates.renderer().unwrap(),
        &project,
        &policywright::review::publish::Publication {
            version: None,
            date: None,
            summary: None,
        },
    )
    .unwrap();
    project.organisation.email = "hej@annan.example".to_owned();
    export::export(&project, dir.path(), &[Format::JSON], &mut |_| {}).unwrap();
    let json: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("policy.json")).unwrap()).unwrap();
    assert!(json.get("version").is_none(), "{json}");
    assert_eq!(json["changed_since"], project.policy.version.trim());
    assert_eq!(
        export::file_version(&dir.path().join("policy.json")).as_deref(),
        Some(policywright::review::publish::DRAFT)
    );

    // A published version's JSON cannot be made from its recorded text.
    let version = project.policy.version.trim().to_owned();
    let err = export::export_published(
        &project,
        &version,
        dir.path(),
        &[Format::JSON],
        false,
        &mut |_| {},
    )
    .unwrap_err();
    assert!(err.to_string().contains("records only its text"), "{err}");
    assert!(Path::new(&dir.path().join("policy.json")).exists());
}
