//! A project's own clause texts, as a reviewing lawyer uses them: overrides that survive a
//! changed default and are merged, broken texts located while the rest renders, custom clauses
//! in their place, coverage that follows what the texts declare, and clause text trusted no
//! more than answers.

use policywright::document::clauses::{self, EditError};
use policywright::document::render::{self, Renderer, Source};
use policywright::document::{sandbox, variables};
use policywright::export::{self, Format};
use policywright::project::{CustomClause, Text};
use policywright::{default_project, Lang, Project};
use std::path::Path;

fn house_style(dir: &Path, lang: Lang, clause: &str, text: &str) -> Renderer {
    std::fs::create_dir_all(dir.join(lang.code())).unwrap();
    std::fs::write(dir.join(lang.code()).join(format!("{clause}.md")), text).unwrap();
    Renderer::with_overrides(dir).unwrap()
}

fn set(r: &Renderer, p: &mut Project, clause: &str, lang: Lang, text: &str) {
    clauses::set_override(r, p, clause, lang, text, Lang::EN).unwrap();
}

const SECURITY_V1: &str =
    "# Security\n\nWe protect your data.\n\nWe train our staff.\n\nWe review access every year.\n";

#[test]
fn an_override_survives_a_changed_default_is_stale_and_merges() {
    let dir = tempfile::tempdir().unwrap();
    let old = house_style(dir.path(), Lang::EN, "security", SECURITY_V1);
    let mut p = default_project();
    // The lawyer rewrites the first paragraph.
    let lawyer = SECURITY_V1.replace("We protect your data.", "We protect your data with care.");
    set(&old, &mut p, "security", Lang::EN, &lawyer);
    assert!(!clauses::is_stale(&old, &p, "security", Lang::EN));
    assert!(clauses::check(&old, &p)
        .iter()
        .all(|d| d.code != "clause-stale"));

    // The house style changes the last paragraph: the override is kept, used and stale.
    let newer = SECURITY_V1.replace("every year", "every quarter");
    let new = house_style(dir.path(), Lang::EN, "security", &newer);
    let md = new.markdown(&p, Lang::EN).unwrap();
    assert!(
        md.contains("We protect your data with care."),
        "override still used"
    );
    assert!(md.contains("every year") && !md.contains("every quarter"));
    let stale: Vec<_> = clauses::check(&new, &p)
        .into_iter()
        .filter(|d| d.code == "clause-stale")
        .collect();
    assert_eq!(stale.len(), 1);
    let msg = stale[0].message(Lang::EN);
    assert!(
        msg.contains("“security” (en)") && msg.contains("house style"),
        "{msg}"
    );
    assert!(stale[0].message(Lang::SV).contains("”security” (en)"));

    // Nothing changes until the merge is accepted.
    let m = clauses::merge(&new, &p, "security", Lang::EN).unwrap();
    assert!(!m.conflicts);
    assert!(m.merged.contains("with care.") && m.merged.contains("every quarter"));
    assert_eq!(p.clauses.overrides[0].text, lawyer);
    clauses::accept_merge(&new, &mut p, "security", Lang::EN, &m.merged).unwrap();
    assert_eq!(p.clauses.overrides[0].base, newer);
    assert!(!clauses::is_stale(&new, &p, "security", Lang::EN));
    assert!(new
        .markdown(&p, Lang::EN)
        .unwrap()
        .contains("every quarter"));
}

#[test]
fn a_merge_where_both_changed_the_same_lines_marks_the_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let old = house_style(dir.path(), Lang::EN, "security", SECURITY_V1);
    let mut p = default_project();
    let lawyer = SECURITY_V1.replace("every year", "every month");
    set(&old, &mut p, "security", Lang::EN, &lawyer);
    let new = house_style(
        dir.path(),
        Lang::EN,
        "security",
        &SECURITY_V1.replace("every year", "every quarter"),
    );
    let m = clauses::merge(&new, &p, "security", Lang::EN).unwrap();
    assert!(m.conflicts);
    assert!(m.merged.contains("<<<<<<<") && m.merged.contains(">>>>>>>"));
    assert!(m.merged.contains("every month") && m.merged.contains("every quarter"));
    assert_eq!(m.old_default, SECURITY_V1);
    // Still the lawyer's text until a resolved merge is accepted.
    assert_eq!(p.clauses.overrides[0].text, lawyer);
}

#[test]
fn a_broken_override_is_located_while_the_rest_renders_and_export_refuses() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    p.clauses
        .overrides
        .push(policywright::project::ClauseOverride {
            clause: "security".into(),
            lang: Lang::SV,
            text: "# Säkerhet\n\nVi skyddar\n{{ org.nmae }} väl.\n".into(),
            base: r.default_template("security", Lang::SV).unwrap().0.into(),
            covers: vec![],
        });
    let out = r.render(&p, Lang::SV).unwrap();
    assert_eq!(out.failures.len(), 1);
    let f = &out.failures[0];
    assert_eq!((f.clause.as_str(), f.lang), ("security", Lang::SV));
    assert_eq!((f.problem.line, f.problem.column), (4, 4));
    assert_eq!(f.problem.code, "clause-unknown-variable");
    // Every other clause is there, and a marker stands where the broken one would.
    assert!(out.markdown.contains("{#retention}") && out.markdown.contains("{#rights}"));
    assert!(out
        .markdown
        .contains("Klausul ”security” kunde inte renderas"));
    // `check` reports it with clause, language, line and column, in both UI languages.
    let diags = clauses::check(r, &p);
    let d = diags
        .iter()
        .find(|d| d.code == "clause-unknown-variable")
        .unwrap();
    assert!(d.is_error());
    assert_eq!(d.path, "clauses.overrides[0].text");
    assert!(d
        .message(Lang::EN)
        .contains("“security” (sv), line 4, column 4"));
    assert!(d.message(Lang::SV).contains("rad 4, kolumn 4"));
    // Export refuses and names the clause; nothing is written.
    let dir = tempfile::tempdir().unwrap();
    let err = export::export(&p, dir.path(), &[Format::MD], &mut |_| {}).unwrap_err();
    let export::ExportError::Invalid(diags) = err else {
        panic!("{err}")
    };
    assert!(diags.iter().any(|d| d.is_error()
        && d.message(Lang::EN)
            .contains("“security” (sv), line 4, column 4")));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_broken_template_is_refused_with_its_place_and_the_project_is_unchanged() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    let before = p.clone();
    for (text, code, line, column) in [
        ("# T\n\n{% if x %}\n", "clause-unclosed", 3, 1),
        ("# T\n{{ m::nothing(n=1) }}\n", "clause-unknown-macro", 2, 4),
        (
            "# T\n\n  {{ org.name | replace(from=\"a\", to=\"b\") }}\n",
            "clause-unknown-filter",
            3,
            17,
        ),
        ("Text before the heading\n", "clause-heading-missing", 1, 1),
    ] {
        match clauses::set_override(r, &mut p, "intro", Lang::EN, text, Lang::EN) {
            Err(EditError::Template {
                code: c,
                line: l,
                column: col,
                ..
            }) => assert_eq!((c, l, col), (code, line, column), "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
    assert_eq!(p, before);
}

#[test]
fn clause_text_cannot_read_files_recurse_or_run_without_bound() {
    let r = render::renderer().unwrap();
    let p = default_project();
    let refused = |text: &str| r.check_template(&p, Lang::EN, text).unwrap_err().code;
    assert_eq!(
        refused("# T\n{% include \"en/intro.md\" %}\n"),
        "clause-forbidden-tag"
    );
    assert_eq!(
        refused("{% extends \"en/intro.md\" %}\n"),
        "clause-forbidden-tag"
    );
    assert_eq!(
        refused("{% import \"sv/macros.md\" as m %}\n# T\n"),
        "clause-forbidden-import"
    );
    assert_eq!(
        refused("# T\n{{ get_env(name=\"HOME\") }}\n"),
        "clause-forbidden-function"
    );
    assert_eq!(
        refused("# T\n{{ \"a\" ~ get_env(name=\"HOME\") }}\n"),
        "clause-forbidden-function"
    );
    assert_eq!(
        refused("# T\n{% for i in range(end=1000000000) %}x{% endfor %}\n"),
        "clause-forbidden-function"
    );
    // Recursion needs a macro of the clause's own: none may be defined.
    assert_eq!(
        refused("{% macro f(n) %}{{ self::f(n=n) }}{% endmacro f %}\n# T\n"),
        "clause-forbidden-tag"
    );
    // A loop over the whole list inside another: the square of the project.
    assert_eq!(
        refused(
            "# T\n{% for a in activities %}{% for b in activities %}x{% endfor %}{% endfor %}\n"
        ),
        "clause-nested-loop"
    );
    // Two lists of the same item nested: a product again.
    assert_eq!(
        refused("# T\n{% for a in activities %}{% for d in a.data %}{% for p in a.people %}x{% endfor %}{% endfor %}{% endfor %}\n"),
        "clause-nested-loop"
    );
    // A loop over the outer item's own list is bounded by the project: allowed.
    r.check_template(
        &p,
        Lang::EN,
        "# T\n{% for a in activities %}{% for d in a.data %}{{ d.name }}{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    // One expression reading an answer over and over would be computed whole in memory.
    let many = format!("# T\n{{{{ {} }}}}\n", vec!["org.name"; 40].join(" ~ "));
    assert_eq!(refused(&many), "clause-expression-too-large");
    // A whole list added at each step of a loop.
    assert_eq!(
        refused("# T\n{% set_global s = [] %}{% for a in activities %}{% set_global s = s | concat(with=activities) %}{% endfor %}\n"),
        "clause-set-in-loop"
    );
    // Doubling a text line by line.
    assert_eq!(
        refused("# T\n{% set s = org.name %}{% set s = s ~ s %}{{ s }}\n"),
        "clause-set-chain"
    );
    // Nesting deep enough to overflow a recursive parser's stack is refused before parsing.
    let deep = format!(
        "# T\n{{{{ {}1{} }}}}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    assert_eq!(
        r.check_template(&p, Lang::EN, &deep).unwrap_err().code,
        "clause-too-long"
    );
    let nested = format!(
        "# T\n{{{{ {}1{} }}}}\n",
        "(".repeat(5_000),
        ")".repeat(5_000)
    );
    assert_eq!(refused(&nested), "clause-too-nested");
    let blocks = format!(
        "# T\n{}{}\n",
        "{% if true %}".repeat(1000),
        "{% endif %}".repeat(1000)
    );
    assert_eq!(refused(&blocks), "clause-too-nested");
}

#[test]
fn a_clause_that_grows_past_the_bound_stops_with_a_clear_error() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    // One long answer, printed many times: more than a clause may produce.
    p.activities[0]
        .description
        .set(Lang::EN, &"x".repeat(900_000));
    p.policy.languages = vec![Lang::EN];
    let text = format!("# T\n{}\n", "{{ activities[0].description }}".repeat(6));
    p.clauses
        .overrides
        .push(policywright::project::ClauseOverride {
            clause: "intro".into(),
            lang: Lang::EN,
            text,
            base: String::new(),
            covers: vec![],
        });
    let out = r.render(&p, Lang::EN).unwrap();
    assert_eq!(out.failures[0].problem.code, "clause-output-too-large");
    assert!(out.markdown.len() < sandbox::MAX_OUTPUT_BYTES);
}

#[test]
fn raw_html_in_a_clause_is_literal_text_in_every_output() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    let evil = "# Intro\n\n<script>alert(1)</script>\n\nSee <img src=x onerror=alert(2)> and [this](javascript:alert(3)).\n";
    set(r, &mut p, "intro", Lang::EN, evil);
    let md = r.markdown(&p, Lang::EN).unwrap();
    let page = render::html_page_from_markdown(&p, Lang::EN, &md).unwrap();
    let fragment = render::html_fragment_from_markdown(Lang::EN, &md);
    for html in [&page, &fragment] {
        assert!(
            !html.contains("<script>alert") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assert!(!html.contains("javascript:"));
    }
    // The PDF shows the same characters as text.
    let pdf = export::pdf_document(&p, Lang::EN, &md).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args([path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("<img src=x onerror=alert(2)>"));
}

fn whistleblowing() -> CustomClause {
    CustomClause {
        id: "whistleblowing".into(),
        after: "security".into(),
        covers: vec![],
        texts: Text::new(
            "# Visselblåsning\n\nHos {{ org.name }} kan du slå larm.\n\n### Så gör du\n\nSkriv till oss.\n",
            "# Whistleblowing\n\nAt {{ org.name }} you can raise concerns.\n\n### How\n\nWrite to us.\n",
        ),
    }
}

#[test]
fn a_custom_clause_stands_in_its_place_in_both_languages_and_the_contents() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    clauses::add_custom(r, &mut p, whistleblowing(), Lang::EN).unwrap();
    let sv_ids = render::clause_ids(&p, Lang::SV).unwrap();
    let en_ids = render::clause_ids(&p, Lang::EN).unwrap();
    assert_eq!(sv_ids, en_ids);
    let at = sv_ids.iter().position(|i| i == "whistleblowing").unwrap();
    assert_eq!(sv_ids[at - 1], "security");
    let n = at + 1;
    let sv = r.markdown(&p, Lang::SV).unwrap();
    let en = r.markdown(&p, Lang::EN).unwrap();
    assert!(sv.contains(&format!("- [{n}. Visselblåsning](#whistleblowing)")));
    assert!(sv.contains(&format!("  - [{n}.1 Så gör du](#whistleblowing-1)")));
    assert!(sv.contains(&format!("## {n}. Visselblåsning {{#whistleblowing}}")));
    assert!(en.contains(&format!("## {n}. Whistleblowing {{#whistleblowing}}")));
    assert!(en.contains("At Nordljus Textil AB you can raise concerns."));
    // The clause after it is numbered one further.
    assert!(en.contains(&format!("## {}. ", n + 1)));
    assert_eq!(sv_ids[at + 1], "rights");
    // Removed, the document is as before.
    clauses::remove_custom(&mut p, "whistleblowing").unwrap();
    assert_eq!(
        r.markdown(&p, Lang::EN).unwrap(),
        r.markdown(&default_project(), Lang::EN).unwrap()
    );
}

#[test]
fn custom_clauses_and_overrides_are_validated() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    let mut c = whistleblowing();
    c.id = "rights".into();
    assert!(matches!(
        clauses::add_custom(r, &mut p, c, Lang::EN),
        Err(EditError::BadId(_))
    ));
    let mut c = whistleblowing();
    c.texts.set(Lang::EN, "");
    assert!(matches!(
        clauses::add_custom(r, &mut p, c, Lang::EN),
        Err(EditError::Template {
            code: "clause-language-missing",
            ..
        })
    ));
    let mut c = whistleblowing();
    c.covers = vec!["nonsense".into()];
    assert!(matches!(
        clauses::add_custom(r, &mut p, c, Lang::EN),
        Err(EditError::UnknownItem(_))
    ));
    let mut c = whistleblowing();
    c.after = "nowhere".into();
    assert!(matches!(
        clauses::add_custom(r, &mut p, c, Lang::EN),
        Err(EditError::UnknownClause(_))
    ));
    assert!(p.clauses.is_empty());

    // The same mistakes written into a file by hand are errors at their fields.
    let text = policywright::DEFAULT_EXAMPLE.to_owned()
        + r##"
[[clauses.overrides]]
clause = "nosuch"
lang = "en"
text = "# X\n"
base = ""
covers = ["retention", "made-up"]

[[clauses.custom]]
id = "intro"
after = "security"
sv = "# Hej\n"
"##;
    let (_, diags) = policywright::read_project(&text).unwrap();
    let codes: Vec<(&str, &str)> = diags.iter().map(|d| (d.code, d.path.as_str())).collect();
    for want in [
        ("clause-unknown", "clauses.overrides[0].clause"),
        ("coverage-item-unknown", "clauses.overrides[0].covers[1]"),
        ("clause-id-taken", "clauses.custom[0].id"),
        ("clause-language-missing", "clauses.custom[0].en"),
    ] {
        assert!(codes.contains(&want), "{want:?} in {codes:?}");
    }
    assert!(diags.iter().all(|d| d.location.is_some()));
}

#[test]
fn coverage_follows_what_overrides_and_custom_clauses_declare() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    // The lawyer rewrites the complaint clause and it no longer covers the complaint item.
    set(
        r,
        &mut p,
        "complaint",
        Lang::EN,
        "# Complaints\n\nWrite to us.\n",
    );
    p.clauses.overrides[0].covers.clear();
    let items = policywright::review::coverage::coverage(&p).unwrap();
    let complaint = items.iter().find(|c| c.item == "complaint").unwrap();
    assert!(complaint.is_missing());
    assert_eq!(
        complaint.clauses,
        vec![(Lang::SV, Some("complaint".into())), (Lang::EN, None)]
    );
    let warn: Vec<_> = clauses::check(r, &p)
        .into_iter()
        .filter(|d| d.code == "coverage-item-uncovered")
        .collect();
    assert_eq!(warn.len(), 1);
    assert!(!warn[0].is_error());
    assert!(warn[0]
        .message(Lang::EN)
        .contains("English policy covers complaint"));
    // A custom clause that declares the item covers it again.
    let mut c = whistleblowing();
    c.covers = vec!["complaint".into()];
    clauses::add_custom(r, &mut p, c, Lang::EN).unwrap();
    let items = policywright::review::coverage::coverage(&p).unwrap();
    let complaint = items.iter().find(|c| c.item == "complaint").unwrap();
    assert_eq!(
        complaint.clauses[1],
        (Lang::EN, Some("whistleblowing".into()))
    );
    assert!(clauses::check(r, &p)
        .iter()
        .all(|d| d.code != "coverage-item-uncovered"));
}

#[test]
fn listing_names_source_staleness_and_items_and_reset_restores_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let house = house_style(
        dir.path(),
        Lang::SV,
        "intro",
        "# Om oss\n\nHusets egen inledning.\n",
    );
    let mut p = default_project();
    set(
        &house,
        &mut p,
        "retention",
        Lang::EN,
        "# Keeping data\n\nNot long.\n",
    );
    let list = clauses::list(&house, &p).unwrap();
    let intro = list.iter().find(|c| c.id == "intro").unwrap();
    assert_eq!(intro.langs[0].source, Source::HouseStyle);
    assert_eq!(intro.langs[1].source, Source::BuiltIn);
    let retention = list.iter().find(|c| c.id == "retention").unwrap();
    assert_eq!(retention.langs[1].source, Source::Override);
    assert_eq!(retention.langs[1].covers[0].item, "retention");
    assert_eq!(retention.langs[1].covers[0].articles, "13(2)(a), 14(2)(a)");
    let removed = clauses::reset_override(&mut p, "retention", Lang::EN).unwrap();
    assert_eq!(removed.text, "# Keeping data\n\nNot long.\n");
    assert!(p.clauses.is_empty());
    assert!(matches!(
        clauses::reset_override(&mut p, "retention", Lang::EN),
        Err(EditError::NoOverride(..))
    ));
}

#[test]
fn every_built_in_clause_passes_the_rules_a_lawyer_s_text_must_pass() {
    // An override starts as the default text: the defaults must be valid overrides.
    let r = render::renderer().unwrap();
    for e in policywright::examples::examples() {
        for lang in Lang::all() {
            for c in render::CLAUSES {
                let (text, _) = r.default_template(c.id, lang).unwrap();
                r.check_template(&e.project, lang, text)
                    .unwrap_or_else(|p| panic!("{} {lang} {}: {p:?}", c.id, e.id));
            }
        }
    }
}

#[test]
fn every_variable_and_macro_has_a_description_in_both_languages() {
    let mut names = std::collections::BTreeSet::new();
    for e in policywright::examples::examples() {
        for lang in Lang::all() {
            names.extend(
                variables::paths(&e.project, lang)
                    .into_iter()
                    .map(|(p, _)| p),
            );
        }
    }
    assert!(names.contains("org.name") && names.contains("activities[].title"));
    for lang in Lang::all() {
        let listed = variables::catalogue(lang);
        for n in &names {
            let v = listed.iter().find(|v| &v.name == n);
            let v = v.unwrap_or_else(|| panic!("{n} not listed"));
            assert!(
                !v.description.trim().is_empty(),
                "{n} ({lang}) has no description"
            );
        }
        for (m, _) in variables::MACROS {
            let v = listed.iter().find(|v| v.name == format!("m::{m}")).unwrap();
            assert!(!v.description.is_empty(), "macro {m} ({lang})");
        }
        // Each description is one line in that language.
        assert!(listed.iter().all(|v| !v.description.contains('\n')));
    }
    let sv = variables::catalogue(Lang::SV);
    let en = variables::catalogue(Lang::EN);
    let org_sv = sv.iter().find(|v| v.name == "org.name").unwrap();
    let org_en = en.iter().find(|v| v.name == "org.name").unwrap();
    assert_ne!(org_sv.description, org_en.description);
    assert_eq!(org_en.insert, "{{ org.name }}");
    // What the editor inserts is itself a valid clause line.
    let r = render::renderer().unwrap();
    for v in &en {
        let text = format!("{{% import \"en/macros.md\" as m %}}\n# T\n{}\n", v.insert);
        if v.name.contains("[]") && v.name.matches("[]").count() > 1 {
            continue;
        }
        r.check_template(&default_project(), Lang::EN, &text)
            .unwrap_or_else(|p| panic!("{}: {p:?}", v.insert));
    }
}

#[test]
fn a_file_with_clauses_reads_back_as_saved_and_an_older_file_has_none() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    set(
        r,
        &mut p,
        "intro",
        Lang::SV,
        "# Inledning\n\nEn \"egen\" text med ''' och \"\"\".\n",
    );
    clauses::add_custom(r, &mut p, whistleblowing(), Lang::EN).unwrap();
    let text = policywright::file::project_to_toml(&p);
    assert!(text.contains(&format!(
        "schema_version = {}",
        policywright::project::SCHEMA_VERSION
    )));
    assert_eq!(policywright::parse_project(&text).unwrap(), p);
    let v2 = policywright::DEFAULT_EXAMPLE.replace("schema_version = 5", "schema_version = 2");
    let old = policywright::parse_project(&v2).unwrap();
    assert!(old.clauses.is_empty());
    assert_eq!(old.schema_version, policywright::project::SCHEMA_VERSION);
}

#[test]
fn the_review_memo_lists_the_projects_own_clause_texts_with_their_status() {
    use policywright::review::memo;
    let dir = tempfile::tempdir().unwrap();
    let old = house_style(dir.path(), Lang::EN, "security", SECURITY_V1);
    let mut p = default_project();
    let lawyer = SECURITY_V1.replace("We protect your data.", "We protect your data with care.");
    set(&old, &mut p, "security", Lang::EN, &lawyer);
    p.clauses.custom.push(whistleblowing());
    // Built in only: the memo says so.
    let plain = memo::Review::of(render::renderer().unwrap(), &default_project()).unwrap();
    let md = memo::markdown(&default_project(), &plain, Lang::EN).unwrap();
    assert!(
        md.contains("Every clause uses the program's built-in text."),
        "{md}"
    );
    // A newer house style: the override is stale, the custom clause in use, in both languages.
    let newer = house_style(
        dir.path(),
        Lang::EN,
        "security",
        &SECURITY_V1.replace("every year", "every quarter"),
    );
    let review = memo::Review::of(&newer, &p).unwrap();
    let en = memo::markdown(&p, &review, Lang::EN).unwrap();
    let sv = memo::markdown(&p, &review, Lang::SV).unwrap();
    assert!(
        en.contains("Clause texts other than the built-in ones {#clauses}"),
        "{en}"
    );
    assert!(
        en.contains("| English | rewritten for this project | in use, but the default text has changed since this text was written: compare and merge |"),
        "{en}"
    );
    assert!(
        en.contains("| Swedish | this project's own clause | in use |"),
        "{en}"
    );
    assert!(sv.contains("| engelska | omskriven för det här projektet | används, men standardtexten har ändrats"), "{sv}");
    assert!(
        sv.contains("| svenska | projektets egen klausul | används |"),
        "{sv}"
    );
}

#[test]
fn a_custom_clause_takes_its_id_from_its_heading() {
    let mut p = policywright::default_project();
    let id = |h: &str, p: &policywright::Project| clauses::id_from_heading(h, p);
    assert_eq!(id("Visselblåsning", &p).unwrap(), "visselblasning");
    assert_eq!(
        id("  Kameraövervakning & larm ", &p).unwrap(),
        "kameraovervakning-larm"
    );
    // A built-in clause's id is not taken: the next free one is.
    assert_eq!(id("Retention", &p).unwrap(), "retention-own");
    // No Latin letters: an id of its own, the same every time.
    let greek = id("Καταγγελίες", &p).unwrap();
    assert!(greek.starts_with("clause-") && greek.len() > 8, "{greek}");
    assert_eq!(id("Καταγγελίες", &p).unwrap(), greek);
    assert_eq!(
        id("2026 års nyheter", &p).unwrap(),
        "clause-2026-ars-nyheter"
    );
    assert_eq!(id("  ", &p), Err(clauses::HeadingError::Empty));
    assert_eq!(
        id(&"x".repeat(121), &p),
        Err(clauses::HeadingError::TooLong)
    );
    let renderer = Renderer::embedded().unwrap();
    clauses::add_custom(&renderer, &mut p, whistleblowing(), Lang::EN).unwrap();
    assert_eq!(
        id("visselblåsning", &p),
        Err(clauses::HeadingError::Taken("visselblåsning".into()))
    );
    assert_eq!(
        clauses::HeadingError::Taken("Visselblåsning".into()).message(Lang::SV),
        "Projektet har redan en klausul med rubriken ”Visselblåsning”."
    );
    assert_eq!(id("Whistle blowing", &p).unwrap(), "whistle-blowing");
}
