//! The rendered documents: snapshots of every example in both languages, the same structure in
//! both languages, byte-identical output, and hostile answers that stay plain text.

use policywright::document::render::{self, markdown_options};
use policywright::project::{Project, Text};
use policywright::{parse_project, Lang};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::path::{Path, PathBuf};

fn examples() -> Vec<(String, Project)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let project = parse_project(&text).unwrap_or_else(|d| panic!("{name}: {}", d[0]));
            (name, project)
        })
        .collect()
}

/// (level, id, text) of every heading.
fn headings(md: &str) -> Vec<(HeadingLevel, String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(HeadingLevel, String, String)> = None;
    for ev in Parser::new_ext(md, markdown_options()) {
        match ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                current = Some((
                    level,
                    id.map(|i| i.to_string()).unwrap_or_default(),
                    String::new(),
                ))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = current.as_mut() {
                    c.2.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.push(current.take().unwrap()),
            _ => {}
        }
    }
    out
}

#[test]
fn there_are_three_examples_that_validate_cleanly() {
    let ex = examples();
    assert!(ex.len() >= 3, "at least three examples");
    for (name, p) in &ex {
        let errors: Vec<_> = policywright::check(p)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn markdown_snapshots_of_every_example() {
    for (name, p) in examples() {
        for lang in p.languages() {
            let md = render::markdown(&p, lang).unwrap();
            insta::assert_snapshot!(format!("{name}.{lang}"), md);
        }
    }
}

#[test]
fn both_languages_have_the_same_clauses_and_headings_in_the_same_order() {
    for (name, p) in examples() {
        let sv = headings(&render::markdown(&p, Lang::SV).unwrap());
        let en = headings(&render::markdown(&p, Lang::EN).unwrap());
        let ids = |h: &[(HeadingLevel, String, String)]| {
            h.iter()
                .map(|(l, id, _)| (*l, id.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&sv), ids(&en), "{name}: heading ids differ");
        assert_eq!(
            render::clause_ids(&p, Lang::SV).unwrap(),
            render::clause_ids(&p, Lang::EN).unwrap()
        );
        // Numbered: "N. Title" for clauses, "N.M Title" for sub-sections.
        let mut n = 0;
        for (level, id, text) in &sv {
            match level {
                HeadingLevel::H2 if id != "contents" => {
                    n += 1;
                    assert!(text.starts_with(&format!("{n}. ")), "{name}: `{text}`");
                }
                HeadingLevel::H3 => {
                    assert!(text.starts_with(&format!("{n}.")), "{name}: `{text}`")
                }
                _ => {}
            }
            assert!(!id.is_empty(), "{name}: heading `{text}` has no id");
        }
    }
}

#[test]
fn the_table_of_contents_links_every_section() {
    for (name, p) in examples() {
        let md = render::markdown(&p, Lang::EN).unwrap();
        for (level, id, _) in headings(&md) {
            if level == HeadingLevel::H2 && id != "contents" {
                assert!(
                    md.contains(&format!("](#{id})")),
                    "{name}: no link to #{id}"
                );
            }
        }
    }
}

#[test]
fn rendering_is_deterministic() {
    for (_, p) in examples() {
        for lang in p.languages() {
            assert_eq!(
                render::html_page(&p, lang).unwrap(),
                render::html_page(&p, lang).unwrap()
            );
        }
    }
}

#[test]
fn html_page_and_fragment_have_what_a_website_needs() {
    let p = policywright::default_project();
    let page = render::html_page(&p, Lang::SV).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv-SE\">"));
    assert!(page.contains("<title>Integritetspolicy för Nordljus Textil AB</title>"));
    assert!(page.contains("@media print"));
    assert!(page.contains("<h2 id=\"controller\">"));
    assert!(page.contains("Version 2.0"));
    assert!(page.contains("1 mars 2026"));
    let fragment = render::html_fragment(&p, Lang::EN).unwrap();
    assert!(fragment.starts_with("<div class=\"policywright\" lang=\"en-GB\">"));
    for tag in ["<html", "<head", "<body"] {
        assert!(!fragment.contains(tag), "fragment contains {tag}");
    }
    // Every style rule is scoped under the fragment's class.
    let css = fragment
        .split("<style>")
        .nth(1)
        .unwrap()
        .split("</style>")
        .next()
        .unwrap();
    // Drop comments before reading selectors.
    let css: String = css
        .split("/*")
        .map(|part| part.split_once("*/").map_or(part, |(_, rest)| rest))
        .collect();
    for rule in css.split('}').filter(|r| r.contains('{')) {
        let selector = rule.rsplit('{').nth(1).unwrap().trim();
        let selector = selector.rsplit('{').next().unwrap().trim();
        if selector.starts_with('@') || selector.is_empty() {
            continue;
        }
        for s in selector.split(',') {
            assert!(
                s.trim().starts_with(".policywright"),
                "unscoped selector `{s}`"
            );
        }
    }
}

const HOSTILE: &str = "<script>alert(1)</script> {{ org.name }} {% if true %}x{% endif %} **bold** [link](javascript:alert(1)) | pipe |\n\n# heading\n- item `code` &amp; <b>";

fn hostile_project() -> Project {
    let mut p = policywright::default_project();
    let t = Text::new(HOSTILE, HOSTILE);
    p.organisation.legal_name = HOSTILE.replace('\n', " ");
    p.activities[2].legitimate_interest = t.clone();
    p.activities[0].description = t.clone();
    p.recipients[0].name = t.clone();
    p.recipients[0].purpose = t.clone();
    p.cookies.items[0].purpose = t.clone();
    p.cookies.items[0].name = HOSTILE.to_owned();
    p.security.description = t.clone();
    p
}

#[test]
fn hostile_answers_come_out_as_literal_text() {
    let p = hostile_project();
    for lang in [Lang::SV, Lang::EN] {
        let md = render::markdown(&p, lang).unwrap();
        let html = render::html_page(&p, lang).unwrap();
        assert!(!html.contains("<script>"), "raw script tag in {lang}");
        assert!(!html.contains("<b>"), "raw HTML in {lang}");
        assert!(
            !html.contains("href=\"javascript:"),
            "a javascript: link in {lang}"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(
            html.contains("{{ org.name }}"),
            "template syntax not kept literally"
        );
        assert!(html.contains("{% if true %}x{% endif %}"));
        assert!(!html.contains("<strong>bold</strong>"));
        // No heading or list was created by the answer: the structure is the same as before.
        let clean = policywright::default_project();
        let shape = |md: &str| {
            headings(md)
                .into_iter()
                .map(|(l, id, _)| (l, id))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&md), shape(&render::markdown(&clean, lang).unwrap()));
        // Tables keep their columns: every row has as many cells as the table's header.
        let mut tables = 0;
        let (mut header, mut cells) = (0, 0);
        for ev in Parser::new_ext(&md, markdown_options()) {
            match ev {
                Event::Start(Tag::Table(aligns)) => {
                    tables += 1;
                    header = aligns.len();
                }
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => cells = 0,
                Event::Start(Tag::TableCell) => cells += 1,
                Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                    assert_eq!(
                        cells, header,
                        "a row with the wrong number of cells in {lang}"
                    )
                }
                _ => {}
            }
        }
        assert!(tables >= 2, "the recipients and cookie tables are there");
    }
}

#[test]
fn a_blank_project_still_previews() {
    // The app previews while the user types: an empty project must render, not fail.
    let p = Project::blank();
    for lang in [Lang::SV, Lang::EN] {
        let md = render::markdown(&p, lang).unwrap();
        assert!(md.contains("{#controller}"));
    }
}

#[test]
fn every_art_13_14_item_that_applies_is_covered_in_both_languages() {
    for (name, p) in examples() {
        let items = policywright::review::coverage::coverage(&p).unwrap();
        let missing: Vec<_> = items.iter().filter(|c| c.is_missing()).collect();
        assert!(missing.is_empty(), "{name}: {missing:?}");
        // The covering clause really says it: spot checks on the rendered text.
        for lang in p.languages() {
            let md = render::markdown(&p, lang).unwrap();
            if let Some(dpo) = &p.organisation.dpo {
                assert!(md.contains(&dpo.email), "{name} {lang}: DPO e-mail");
            }
            for r in &p.recipients {
                let who = r.name.get(lang);
                let first_word = who.split_whitespace().next().unwrap();
                assert!(md.contains(first_word), "{name} {lang}: recipient {who}");
            }
            assert!(
                md.contains("imy.se"),
                "{name} {lang}: the complaint authority"
            );
        }
    }
}
