//! The layering rule of docs/ARCHITECTURE.md: the workspace's crates are the pipeline's stages,
//! and a crate depends only on the stages below it. Cargo already refuses a cycle between
//! crates; this test also refuses an upward edge that would not make a cycle yet (the document
//! stage reaching for the review stage), and a new crate that has no place in the order.

use serde_json::Value;
use std::collections::BTreeMap;
use std::process::Command;

/// Each crate of the workspace with the crates of the workspace it may depend on (in any
/// dependency kind: normal, build or dev).
const ALLOWED: &[(&str, &[&str])] = &[
    ("policywright-pdf", &[]),
    ("policywright-project", &[]),
    ("policywright-document", &["policywright-project"]),
    (
        "policywright-review",
        &["policywright-project", "policywright-document"],
    ),
    (
        "policywright-data",
        &["policywright-project", "policywright-document"],
    ),
    (
        "policywright-record",
        &[
            "policywright-project",
            "policywright-document",
            "policywright-data",
        ],
    ),
    (
        "policywright",
        &[
            "policywright-project",
            "policywright-document",
            "policywright-data",
            "policywright-record",
            "policywright-pdf",
            "policywright-review",
        ],
    ),
    ("policywright-app", &["policywright"]),
];

/// The workspace's crates, each with the workspace crates it depends on.
fn workspace_dependencies() -> BTreeMap<String, Vec<String>> {
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let packages = meta["packages"].as_array().expect("a list of packages");
    let names: Vec<&str> = packages
        .iter()
        .map(|p| p["name"].as_str().expect("a name"))
        .collect();
    packages
        .iter()
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .expect("a list of dependencies")
                .iter()
                .map(|d| d["name"].as_str().expect("a name"))
                .filter(|d| names.contains(d))
                .map(str::to_owned)
                .collect();
            (p["name"].as_str().unwrap().to_owned(), deps)
        })
        .collect()
}

#[test]
fn every_crate_depends_only_on_the_stages_below_it() {
    let actual = workspace_dependencies();
    let known: Vec<&str> = ALLOWED.iter().map(|(name, _)| *name).collect();
    let placed: Vec<&str> = actual.keys().map(String::as_str).collect();
    let mut sorted_known = known.clone();
    sorted_known.sort_unstable();
    assert_eq!(
        placed, sorted_known,
        "every crate of the workspace has its place in ALLOWED (and in docs/ARCHITECTURE.md)"
    );
    let mut upward = Vec::new();
    for (name, allowed) in ALLOWED {
        for dep in &actual[*name] {
            if !allowed.contains(&dep.as_str()) {
                upward.push(format!("{name} -> {dep}"));
            }
        }
    }
    assert!(
        upward.is_empty(),
        "dependencies against the layering: {upward:?}"
    );
}

#[test]
fn the_rule_sees_the_dependencies_that_exist() {
    // So that the test above cannot pass by reading nothing.
    let actual = workspace_dependencies();
    assert_eq!(
        actual["policywright-review"],
        ["policywright-document", "policywright-project"]
    );
    assert_eq!(actual["policywright-app"], ["policywright"]);
}
