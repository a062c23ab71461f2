//! What a clause template may use, each with a one-line description in both UI languages
//! (Fluent messages `clause-var-*` and `clause-macro-*` in locales/*/clauses.ftl): the list
//! the app's clause editor shows and inserts from, and docs/clauses.md explains.

use crate::context::Context;
use crate::i18n;
use crate::lang::Lang;
use crate::project::Project;
use serde::Serialize;

/// The built-in macros, as a clause calls them after `{% import "<lang>/macros.md" as m %}`.
pub const MACROS: &[(&str, &str)] = &[
    ("months", "{{ m::months(n=12) }}"),
    (
        "retention",
        "{% for a in activities %}{{ m::retention(r=a.retention, act=acts.bookkeeping_act) }}{% endfor %}",
    ),
];

/// One thing a clause can use, as the editor lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Variable {
    /// The path ("org.name"; "activities[].title" for a field of each item of a list).
    pub name: String,
    /// What the editor inserts.
    pub insert: String,
    /// One line in the UI language.
    pub description: String,
    /// "variable", "group" (has fields), "list", "condition" or "macro".
    pub kind: &'static str,
}

/// The Fluent id of a variable's description: "org.dpo.name" -> "clause-var-org-dpo-name",
/// "activities[].title" -> "clause-var-activities-title".
pub fn message_id(path: &str) -> String {
    // A transfer is a recipient outside the EU/EEA: its fields mean what a recipient's do.
    let path = match path.strip_prefix("transfers[].") {
        Some(field) => format!("recipients.{field}"),
        None => path.to_owned(),
    };
    format!(
        "clause-var-{}",
        path.replace("[]", "").replace(['.', '_'], "-")
    )
}

/// Every variable path the render context of a project has: objects are walked, a list's
/// items are described once as `list[]`.
pub fn paths(project: &Project, lang: Lang) -> Vec<(String, &'static str)> {
    let Ok(ctx) = Context::build(project, lang) else {
        return Vec::new();
    };
    let json = serde_json::to_value(&ctx).unwrap_or_default();
    let mut out = Vec::new();
    walk(&json, "", &mut out);
    out
}

fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<(String, &'static str)>) {
    match v {
        serde_json::Value::Object(map) => {
            if !path.is_empty() {
                out.push((path.to_owned(), "group"));
            }
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, &p, out);
            }
        }
        serde_json::Value::Array(items) => {
            out.push((path.to_owned(), "list"));
            if let Some(first) = items.first() {
                if first.is_object() {
                    walk(first, &format!("{path}[]"), out);
                    // The list entry itself is not a variable: only its fields are.
                    out.retain(|(p, _)| p != &format!("{path}[]"));
                }
            }
        }
        serde_json::Value::Bool(_) => out.push((path.to_owned(), "condition")),
        _ => out.push((path.to_owned(), "variable")),
    }
}

/// The variables and macros a clause may use, described in the UI language: the variables
/// of the union of the embedded examples' contexts (so lists have items to describe), in
/// the order of the context, then the macros.
pub fn catalogue(ui: Lang) -> Vec<Variable> {
    let mut seen: Vec<(String, &'static str)> = Vec::new();
    for e in crate::project::examples::examples() {
        for p in paths(&e.project, Lang::SV) {
            if !seen.iter().any(|(s, _)| *s == p.0) {
                seen.push(p);
            }
        }
    }
    let mut out: Vec<Variable> = seen
        .into_iter()
        .map(|(name, kind)| Variable {
            insert: insert_text(&name, kind),
            description: i18n::message(ui, &message_id(&name), &[]).unwrap_or_default(),
            name,
            kind,
        })
        .collect();
    for (name, call) in MACROS {
        out.push(Variable {
            name: format!("m::{name}"),
            insert: (*call).to_owned(),
            description: i18n::message(ui, &format!("clause-macro-{name}"), &[])
                .unwrap_or_default(),
            kind: "macro",
        });
    }
    out
}

/// What the editor inserts for a variable: a value, a condition or a loop.
fn insert_text(path: &str, kind: &str) -> String {
    if let Some((list, field)) = path.split_once("[].") {
        let item = list
            .rsplit('.')
            .next()
            .and_then(|l| l.chars().next())
            .unwrap_or('x');
        return format!("{{% for {item} in {list} %}}{{{{ {item}.{field} }}}}{{% endfor %}}");
    }
    match kind {
        "condition" | "group" => format!("{{% if {path} %}}\n{{% endif %}}"),
        "list" => format!("{{% for x in {path} %}}{{{{ x }}}}{{% endfor %}}"),
        _ => format!("{{{{ {path} }}}}"),
    }
}
