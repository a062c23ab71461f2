//! The comparison of two texts of the policy (review::diff) as the reader of a change notice
//! sees it: which sections were added, removed, moved, renamed or changed, which words are
//! marked inserted and deleted, and how the HTML page and the Markdown form show them.

use policywright::document::render;
use policywright::review::diff::{self, Comparison, LineKind, PieceTag, SectionDiff, Status};
use policywright::{default_project, Lang, Project};

fn md(p: &Project, lang: Lang) -> String {
    render::markdown(p, lang).unwrap()
}

fn section<'a>(c: &'a Comparison, id: &str) -> &'a SectionDiff {
    c.sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no section {id} in {:?}", ids(c)))
}

fn ids(c: &Comparison) -> Vec<&str> {
    c.sections.iter().map(|s| s.id.as_str()).collect()
}

/// The ids of the sections that differ, with what happened to each.
fn changes(c: &Comparison) -> Vec<(&str, Status)> {
    c.changed().map(|s| (s.id.as_str(), s.status)).collect()
}

/// The runs of a section's words marked with `tag`, in order.
fn marked(s: &SectionDiff, tag: PieceTag) -> Vec<&str> {
    s.lines
        .iter()
        .flat_map(|l| &l.pieces)
        .filter(|p| p.tag == tag)
        .map(|p| p.text.as_str())
        .collect()
}

/// A document of the engine's shape: numbered `## N. Title {#id}` sections.
fn doc(sections: &[(&str, &str, &str)]) -> String {
    let mut out = String::from("# Privacy policy {#title}\n\n## Contents {#contents}\n\n");
    for (n, (id, title, body)) in sections.iter().enumerate() {
        out.push_str(&format!("## {}. {title} {{#{id}}}\n\n{body}\n\n", n + 1));
    }
    out
}

#[test]
fn the_same_text_compares_unchanged_and_the_notice_says_so() {
    let p = default_project();
    for lang in Lang::all() {
        let text = md(&p, lang);
        let c = diff::compare(&text, &text, lang, "2.0", "2.0");
        assert!(c.sections.len() > 5, "{:?}", ids(&c));
        assert_eq!(changes(&c), [], "{lang}");
        let html = diff::to_html(&c, "Nordljus Textil AB").unwrap();
        // The legend's example is the only marked text; each section is its heading and status.
        assert_eq!(html.matches("<ins>").count(), 1, "{html}");
        assert_eq!(html.matches("<del>").count(), 1, "{html}");
        assert_eq!(html.matches("<section ").count(), c.sections.len());
        let (summary, unchanged) = match lang {
            Lang::SV => ("Inget avsnitt har ändrats.", "Oförändrat."),
            _ => ("No section changed.", "Unchanged."),
        };
        assert!(html.contains(&format!("<p>{summary}</p>")), "{html}");
        // The Markdown notice words its count as the page does ("0 sections changed" was wrong).
        let notice = diff::to_markdown(&c, "Nordljus Textil AB").unwrap();
        assert!(notice.contains(&format!("\n{summary}\n")), "{notice}");

        assert_eq!(
            html.matches(&format!("<p class=\"status\">{unchanged}</p>"))
                .count(),
            c.sections.len()
        );
    }
}

#[test]
fn a_changed_answer_marks_its_words_in_its_section_only() {
    let old = default_project();
    let mut new = old.clone();
    // A quicker reply than the law's month.
    new.rights.response_days = Some(21);
    let c = diff::compare(
        &md(&old, Lang::EN),
        &md(&new, Lang::EN),
        Lang::EN,
        "2.0",
        "2.1",
    );
    assert_eq!(changes(&c), [("rights", Status::Changed)]);
    let rights = section(&c, "rights");
    assert_eq!(rights.old_title, None);
    // The promise, and the notice of an extension that comes within it (issue 22).
    assert_eq!(
        marked(rights, PieceTag::Deleted),
        ["one month", "one month"]
    );
    assert_eq!(
        marked(rights, PieceTag::Inserted),
        [
            "21 days",
            "The law gives us one month, so this is a promise of a quicker reply. ",
            "21 days"
        ]
    );
    // One line changed; the rest of the section is there unmarked, for context.
    let changed: Vec<_> = rights.lines.iter().filter(|l| l.is_changed()).collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].kind, LineKind::Paragraph);
    assert!(rights.lines.len() > 1);

    let html = diff::to_html(&c, "Nordljus Textil AB").unwrap();
    assert!(html.contains("<p>One section changed.</p>"), "{html}");
    assert!(
        html.contains(
            "within <del><span class=\"cue\">[−</span>one month<span class=\"cue\">]</span></del>\
         <ins><span class=\"cue\">[+</span>21 days<span class=\"cue\">]</span></ins> of receiving"
        ),
        "{html}"
    );
    assert!(html.contains("<h2 id=\"s-rights\">"));
    let notice = diff::to_markdown(&c, "Nordljus Textil AB").unwrap();
    assert!(
        notice.contains("within [-one month-]{+21 days+} of receiving"),
        "{notice}"
    );
    assert!(notice.contains("\nOne section changed.\n"), "{notice}");

    // The Swedish text: the same section, its own words.
    let c = diff::compare(
        &md(&old, Lang::SV),
        &md(&new, Lang::SV),
        Lang::SV,
        "2.0",
        "2.1",
    );
    assert_eq!(changes(&c), [("rights", Status::Changed)]);
    let rights = section(&c, "rights");
    assert_eq!(marked(rights, PieceTag::Deleted), ["en månad", "en månad"]);
    assert_eq!(marked(rights, PieceTag::Inserted)[0], "21 dagar");
    let html = diff::to_html(&c, "Nordljus Textil AB").unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv-SE\">"));
    assert!(html.contains("<p>Ett avsnitt har ändrats.</p>"), "{html}");
    assert!(html.contains("<p class=\"status\">Ändrat.</p>"));
}

#[test]
fn a_section_that_stops_applying_is_removed_in_its_place_and_the_rest_is_not_renumbered() {
    let old = default_project();
    let mut new = old.clone();
    new.cookies.items.clear();
    let (old_md, new_md) = (md(&old, Lang::EN), md(&new, Lang::EN));
    let c = diff::compare(&old_md, &new_md, Lang::EN, "2.0", "2.1");
    let cookies = section(&c, "cookies");
    assert_eq!(cookies.status, Status::Removed);
    assert_eq!(changes(&c), [("cookies", Status::Removed)]);
    // Every line of it is deleted, none kept or inserted.
    assert!(!cookies.lines.is_empty());
    assert!(cookies
        .lines
        .iter()
        .all(|l| l.pieces.len() == 1 && l.pieces[0].tag == PieceTag::Deleted));
    // It stands where it stood, between the same neighbours.
    let before: Vec<&str> = policywright::document::sections::sections(&old_md)
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids(&c), before);
    let html = diff::to_html(&c, "X").unwrap();
    assert!(html.contains("<h2 id=\"s-cookies\">"));
    assert!(html.contains("<p class=\"status\">Section removed.</p>"));

    // The other way round it is new, every line inserted.
    let c = diff::compare(&new_md, &old_md, Lang::EN, "2.1", "2.2");
    assert_eq!(changes(&c), [("cookies", Status::Added)]);
    let cookies = section(&c, "cookies");
    assert!(cookies
        .lines
        .iter()
        .all(|l| l.pieces.len() == 1 && l.pieces[0].tag == PieceTag::Inserted));
    assert_eq!(
        diff::status_text(Lang::SV, cookies).unwrap(),
        "Nytt avsnitt."
    );
}

#[test]
fn a_section_in_another_place_is_moved_with_or_without_changes() {
    let a = ("controller", "Who we are", "We are Nordljus AB.");
    let b = ("purposes", "Why", "To deliver orders.");
    let c = ("rights", "Your rights", "- Access.\n- Erasure.");
    let d = ("security", "Security", "We encrypt.");
    let old = doc(&[a, b, c, d]);

    // The first section moved to the end, its text the same: only it is moved.
    let cmp = diff::compare(&old, &doc(&[b, c, d, a]), Lang::EN, "1", "2");
    assert_eq!(ids(&cmp), ["purposes", "rights", "security", "controller"]);
    assert_eq!(
        changes(&cmp),
        [("controller", Status::Moved { changed: false })]
    );
    let moved = section(&cmp, "controller");
    assert!(moved.lines.iter().all(|l| !l.is_changed()));
    assert_eq!(
        diff::status_text(Lang::EN, moved).unwrap(),
        "Moved; the text is unchanged."
    );

    // Moved and changed: its words are marked too.
    let a2 = ("controller", "Who we are", "We are Nordljus Textil AB.");
    let cmp = diff::compare(&old, &doc(&[b, c, d, a2]), Lang::EN, "1", "2");
    assert_eq!(
        changes(&cmp),
        [("controller", Status::Moved { changed: true })]
    );
    let moved = section(&cmp, "controller");
    assert_eq!(marked(moved, PieceTag::Inserted), ["Textil "]);
    assert_eq!(
        diff::status_text(Lang::SV, moved).unwrap(),
        "Flyttat och ändrat."
    );
    let notice = diff::to_markdown(&cmp, "Nordljus").unwrap();
    assert!(
        notice.contains("## Who we are\n\n*Moved and changed.*\n\nWe are Nordljus {+Textil +}AB."),
        "{notice}"
    );
}

#[test]
fn a_renamed_heading_is_a_change_that_names_the_old_title() {
    let old = doc(&[("rights", "Your rights", "You may ask.")]);
    let new = doc(&[("rights", "What you can ask of us", "You may ask.")]);
    let c = diff::compare(&old, &new, Lang::EN, "1", "2");
    let s = section(&c, "rights");
    assert_eq!(s.status, Status::Changed);
    assert_eq!(s.title, "What you can ask of us");
    assert_eq!(s.old_title.as_deref(), Some("Your rights"));
    assert_eq!(
        diff::status_text(Lang::EN, s).unwrap(),
        "Changed. (Previously “Your rights”.)"
    );
    assert_eq!(
        diff::status_text(Lang::SV, s).unwrap(),
        "Ändrat. (Hette tidigare ”Your rights”.)"
    );
}

#[test]
fn lines_read_as_text_by_kind_and_numbering_alone_is_no_change() {
    let body = |cell: &str, sub: &str| {
        format!(
            "Read **this** [page](https://example.se).\n\n### {sub} Cookies {{#rights-1}}\n\n\
             - Access to *your* data.\n- Erasure.\n\n| Name | Lifetime |\n|---|---:|\n| sid | {cell} |"
        )
    };
    let old = doc(&[("rights", "Rights", &body("1 day", "1.1"))]);
    // The same subsection numbered 2.1 after a section was added before it.
    let new = doc(&[
        ("intro", "Intro", "Hello."),
        ("rights", "Rights", &body("2 days", "2.1")),
    ]);
    let c = diff::compare(&old, &new, Lang::EN, "1", "2");
    assert_eq!(
        changes(&c),
        [("intro", Status::Added), ("rights", Status::Changed)]
    );
    let rights = section(&c, "rights");
    let lines: Vec<(LineKind, String)> = rights
        .lines
        .iter()
        .map(|l| (l.kind, l.pieces.iter().map(|p| p.text.as_str()).collect()))
        .collect();
    // Markup gone, the table's rule line left out, a row's cells joined; the lines in order.
    assert_eq!(
        lines,
        [
            (LineKind::Paragraph, "Read this page.".to_owned()),
            (LineKind::Heading, "Cookies".to_owned()),
            (LineKind::Item, "Access to your data.".to_owned()),
            (LineKind::Item, "Erasure.".to_owned()),
            (LineKind::Row, "Name | Lifetime".to_owned()),
            (LineKind::Row, "sid | 1 day2 days".to_owned()),
        ]
    );
    assert_eq!(
        rights.lines.iter().filter(|l| l.is_changed()).count(),
        1,
        "only the row whose cell changed: {rights:#?}"
    );
    assert_eq!(marked(rights, PieceTag::Deleted), ["1 day"]);
    assert_eq!(marked(rights, PieceTag::Inserted), ["2 days"]);
    let html = diff::to_html(&c, "X").unwrap();
    assert!(html.contains("<h3>Cookies</h3>\n<ul>\n<li>Access to your data.</li>\n<li>Erasure.</li>\n</ul>\n<p class=\"row\">Name | Lifetime</p>"), "{html}");
}

#[test]
fn a_line_added_or_taken_out_is_marked_whole() {
    let old = doc(&[("security", "Security", "We encrypt.\n\nWe train our staff.")]);
    let new = doc(&[(
        "security",
        "Security",
        "We encrypt.\n\nWe review access every year.\n\nWe log every access.",
    )]);
    let c = diff::compare(&old, &new, Lang::EN, "1", "2");
    let s = section(&c, "security");
    assert_eq!(s.status, Status::Changed);
    let tags: Vec<Vec<PieceTag>> = s
        .lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.tag).collect())
        .collect();
    assert_eq!(tags[0], [PieceTag::Same], "{s:#?}");
    // The replaced line is compared word by word, the extra one inserted whole.
    assert_eq!(
        s.lines.last().unwrap().pieces,
        [diff::Piece {
            tag: PieceTag::Inserted,
            text: "We log every access.".into()
        }]
    );
    let old = doc(&[("security", "Security", "We encrypt.\n\nWe train our staff.")]);
    let new = doc(&[("security", "Security", "We encrypt.")]);
    let c = diff::compare(&old, &new, Lang::EN, "1", "2");
    let s = section(&c, "security");
    assert_eq!(marked(s, PieceTag::Deleted), ["We train our staff."]);
    assert_eq!(marked(s, PieceTag::Inserted), Vec::<&str>::new());
}

#[test]
fn text_from_answers_is_escaped_in_the_notice() {
    // The renderer escapes an answer's markup for Markdown; the notice shows it as text.
    let old = doc(&[("controller", "Who we are", "We are Lindqvist & Berg.")]);
    let new = doc(&[(
        "controller",
        "Who we are",
        "We are Lindqvist & Berg \\<script\\>alert(1)\\</script\\>.",
    )]);
    let c = diff::compare(&old, &new, Lang::EN, "1", "2");
    let html = diff::to_html(&c, "Lindqvist & Berg <AB>").unwrap();
    assert!(!html.contains("<script>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("Lindqvist &amp; Berg &lt;AB&gt;"));
    // Words keep their punctuation: "Berg." became "Berg <script>…</script>.".
    assert!(
        html.contains(
            "<p>We are Lindqvist &amp; <del><span class=\"cue\">[−</span>Berg.<span class=\"cue\">]</span></del>\
             <ins><span class=\"cue\">[+</span>Berg &lt;script&gt;alert(1)&lt;/script&gt;.<span class=\"cue\">]</span></ins></p>"
        ),
        "{html}"
    );
}
