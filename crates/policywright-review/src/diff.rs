//! Comparing two texts of the policy in one language: the notice an organisation sends when its
//! policy changes. Sections are matched by their id (the clause id, equal in every version), so
//! a section added, removed or moved shows as such; within a changed section lines are matched,
//! and within a changed line the words inserted and deleted are marked.

use crate::document::render::{html_escape, markdown_options};
use crate::document::sections::{heading_parts, sections, Section};
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use pulldown_cmark::{Event, Parser};
use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, ChangeTag, DiffTag, TextDiff};
use std::fmt::Write as _;

/// What happened to a section between the two texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unchanged,
    Changed,
    Added,
    Removed,
    /// In another place among the other sections; `changed` says whether its text changed too.
    Moved {
        changed: bool,
    },
}

/// How a line reads: the document's paragraphs, list items, table rows and subheadings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineKind {
    Heading,
    Item,
    Row,
    Paragraph,
}

/// A run of words: the same in both texts, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub tag: PieceTag,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PieceTag {
    Same,
    Inserted,
    Deleted,
}

/// One line of a compared section, as plain text in pieces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub kind: LineKind,
    pub pieces: Vec<Piece>,
}

impl Line {
    pub fn is_changed(&self) -> bool {
        self.pieces.iter().any(|p| p.tag != PieceTag::Same)
    }
}

/// One section of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionDiff {
    pub id: String,
    /// The heading in the newer text (the older one's for a removed section).
    pub title: String,
    /// The heading in the older text, when it was different.
    pub old_title: Option<String>,
    pub status: Status,
    pub lines: Vec<Line>,
}

/// A whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub lang: Lang,
    pub from: String,
    pub to: String,
    pub sections: Vec<SectionDiff>,
}

impl Comparison {
    /// The sections that differ in any way.
    pub fn changed(&self) -> impl Iterator<Item = &SectionDiff> {
        self.sections
            .iter()
            .filter(|s| s.status != Status::Unchanged)
    }
}

/// Compares two rendered texts of one language.
pub fn compare(old: &str, new: &str, lang: Lang, from: &str, to: &str) -> Comparison {
    let old_sections = sections(old);
    let new_sections = sections(new);
    let in_place = in_place(&old_sections, &new_sections);
    let gone = |r: &&Section| !new_sections.iter().any(|n| n.id == r.id);
    let removed = |r: &Section| whole(r.id, r.title, r.body, Status::Removed, PieceTag::Deleted);
    let mut out = Vec::new();
    let mut emitted_removed = 0;
    for s in &new_sections {
        let Some(i) = old_sections.iter().position(|o| o.id == s.id) else {
            out.push(whole(
                s.id,
                s.title,
                s.body,
                Status::Added,
                PieceTag::Inserted,
            ));
            continue;
        };
        // Removed sections that stood before this one in the old text come first.
        // (A section moved up has none: it stands before what was emitted already.)
        let before = old_sections.get(emitted_removed..i).unwrap_or_default();
        out.extend(before.iter().filter(gone).map(removed));
        emitted_removed = emitted_removed.max(i);
        out.push(matched(&old_sections[i], s, &in_place));
    }
    out.extend(
        old_sections[emitted_removed..]
            .iter()
            .filter(gone)
            .map(removed),
    );
    Comparison {
        lang,
        from: from.to_owned(),
        to: to.to_owned(),
        sections: out,
    }
}

/// The ids of the sections in both texts that kept their place: those on the longest common
/// order; the others moved.
fn in_place<'a>(old_sections: &[Section<'a>], new_sections: &[Section<'a>]) -> Vec<&'a str> {
    let old_common: Vec<&str> = old_sections
        .iter()
        .map(|s| s.id)
        .filter(|id| new_sections.iter().any(|n| n.id == *id))
        .collect();
    let new_common: Vec<&str> = new_sections
        .iter()
        .map(|s| s.id)
        .filter(|id| old_common.contains(id))
        .collect();
    let mut in_place = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_common, &new_common) {
        if op.tag() == DiffTag::Equal {
            in_place.extend(new_common[op.new_range()].iter().copied());
        }
    }
    in_place
}

/// A section in both texts: unchanged, changed, or moved (and perhaps changed).
fn matched(o: &Section, s: &Section, in_place: &[&str]) -> SectionDiff {
    let lines = compare_lines(&o.normalized_body(), &s.normalized_body());
    let changed = o.title != s.title || lines.iter().any(Line::is_changed);
    let status = match (in_place.contains(&s.id), changed) {
        (true, false) => Status::Unchanged,
        (true, true) => Status::Changed,
        (false, changed) => Status::Moved { changed },
    };
    SectionDiff {
        id: s.id.to_owned(),
        title: s.title.to_owned(),
        old_title: (o.title != s.title).then(|| o.title.to_owned()),
        status,
        lines,
    }
}

fn whole(id: &str, title: &str, body: &str, status: Status, tag: PieceTag) -> SectionDiff {
    SectionDiff {
        id: id.to_owned(),
        title: title.to_owned(),
        old_title: None,
        status,
        lines: body
            .lines()
            .filter_map(readable)
            .map(|(kind, text)| Line {
                kind,
                pieces: vec![Piece { tag, text }],
            })
            .collect(),
    }
}

/// A Markdown line as a reader reads it, or None for blank lines and table rules.
fn readable(line: &str) -> Option<(LineKind, String)> {
    let t = line.trim();
    if t.is_empty() || (t.starts_with('|') && t.chars().all(|c| "|-: ".contains(c))) {
        return None;
    }
    if let Some(h) = t.strip_prefix("### ") {
        return Some((LineKind::Heading, heading_parts(h).0.to_owned()));
    }
    if t.starts_with('|') {
        let cells: Vec<String> = t
            .trim_matches('|')
            .split('|')
            .map(|c| inline_text(c.trim()))
            .collect();
        return Some((LineKind::Row, cells.join(" | ")));
    }
    if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
        return Some((LineKind::Item, inline_text(item)));
    }
    Some((LineKind::Paragraph, inline_text(t)))
}

/// The text of one line of inline Markdown: emphasis and link syntax gone, words kept.
fn inline_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for e in Parser::new_ext(md, markdown_options()) {
        match e {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Lines matched between two section bodies; a replaced line paired with its counterpart is
/// compared word by word.
fn compare_lines(old: &str, new: &str) -> Vec<Line> {
    let old: Vec<(LineKind, String)> = old.lines().filter_map(readable).collect();
    let new: Vec<(LineKind, String)> = new.lines().filter_map(readable).collect();
    let old_text: Vec<&str> = old.iter().map(|(_, t)| t.as_str()).collect();
    let new_text: Vec<&str> = new.iter().map(|(_, t)| t.as_str()).collect();
    let mut out = Vec::new();
    let one = |kind, tag, text: &str| Line {
        kind,
        pieces: vec![Piece {
            tag,
            text: text.to_owned(),
        }],
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_text, &new_text) {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for j in n {
                    out.push(one(new[j].0, PieceTag::Same, &new[j].1));
                }
            }
            DiffTag::Delete => {
                for i in o {
                    out.push(one(old[i].0, PieceTag::Deleted, &old[i].1));
                }
            }
            DiffTag::Insert => {
                for j in n {
                    out.push(one(new[j].0, PieceTag::Inserted, &new[j].1));
                }
            }
            DiffTag::Replace => {
                let (o, n) = (o.collect::<Vec<_>>(), n.collect::<Vec<_>>());
                for k in 0..o.len().max(n.len()) {
                    match (o.get(k), n.get(k)) {
                        (Some(&i), Some(&j)) => out.push(Line {
                            kind: new[j].0,
                            pieces: words(&old[i].1, &new[j].1),
                        }),
                        (Some(&i), None) => out.push(one(old[i].0, PieceTag::Deleted, &old[i].1)),
                        (None, Some(&j)) => out.push(one(new[j].0, PieceTag::Inserted, &new[j].1)),
                        (None, None) => {}
                    }
                }
            }
        }
    }
    out
}

/// The word-level changes from one line to another, runs of one kind joined.
fn words(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::from_words(old, new);
    let mut pieces: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let tag = match change.tag() {
            ChangeTag::Equal => PieceTag::Same,
            ChangeTag::Insert => PieceTag::Inserted,
            ChangeTag::Delete => PieceTag::Deleted,
        };
        let text = change.value();
        // Whitespace between two changed words belongs to the change, so a phrase reads as one.
        match pieces.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(text),
            _ => pieces.push(Piece {
                tag,
                text: text.to_owned(),
            }),
        }
    }
    phrases(pieces)
}

/// Changes separated only by a space read as one phrase: "one month" → "21 days" is one
/// deletion and one insertion, not two of each around an unchanged space.
fn phrases(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(pieces.len());
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut Vec<Piece>, del: &mut String, ins: &mut String| {
        for (tag, text) in [(PieceTag::Deleted, del), (PieceTag::Inserted, ins)] {
            if !text.is_empty() {
                out.push(Piece {
                    tag,
                    text: std::mem::take(text),
                });
            }
        }
    };
    for (i, p) in pieces.iter().enumerate() {
        match p.tag {
            PieceTag::Deleted => del.push_str(&p.text),
            PieceTag::Inserted => ins.push_str(&p.text),
            PieceTag::Same => {
                let between_changes = p.text.trim().is_empty()
                    && !(del.is_empty() && ins.is_empty())
                    && pieces.get(i + 1).is_some_and(|n| n.tag != PieceTag::Same);
                if between_changes {
                    for text in [&mut del, &mut ins] {
                        if !text.is_empty() {
                            text.push_str(&p.text);
                        }
                    }
                } else {
                    flush(&mut out, &mut del, &mut ins);
                    out.push(p.clone());
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// Message in the comparison's language.
fn msg(lang: Lang, id: &str, args: &[(&str, &str)]) -> Result<String, I18nError> {
    i18n::message(lang, id, args)
}

/// What happened to a section, in words ("Changed.", "New section.").
pub fn status_text(lang: Lang, s: &SectionDiff) -> Result<String, I18nError> {
    let mut text = match s.status {
        Status::Unchanged => msg(lang, "diff-unchanged", &[])?,
        Status::Changed => msg(lang, "diff-changed", &[])?,
        Status::Added => msg(lang, "diff-added", &[])?,
        Status::Removed => msg(lang, "diff-removed", &[])?,
        Status::Moved { changed: false } => msg(lang, "diff-moved", &[])?,
        Status::Moved { changed: true } => msg(lang, "diff-moved-changed", &[])?,
    };
    if let Some(old) = &s.old_title {
        text.push(' ');
        text.push_str(&msg(lang, "diff-renamed", &[("old", old)])?);
    }
    Ok(text)
}

const DIFF_CSS: &str = "body{font-family:Georgia,'Noto Serif',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a;background:#fff}\
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-top:1px solid #888;padding-top:1rem}h3{font-size:1.05rem}\
.status{font-family:system-ui,sans-serif;font-size:.9rem;font-weight:bold}\
ins{text-decoration:underline;text-decoration-thickness:2px;background:#e6f4ea;color:#0b3d1a}\
del{text-decoration:line-through;background:#fde8e8;color:#5c0b0b}\
.cue{font-family:system-ui,sans-serif;font-size:.8em;font-weight:bold}\
.legend{font-family:system-ui,sans-serif;font-size:.9rem;border:1px solid #888;padding:.5rem 1rem}\
.row{font-family:system-ui,sans-serif;font-size:.95rem}\
@media print{h2{break-after:avoid}}";

/// The comparison as a standalone, accessible HTML page: one heading per section with its
/// status in words, changed words in `<ins>`/`<del>` with bracketed cues that do not depend on
/// colour, unchanged sections folded to their heading.
/// A changed section's lines as HTML: headings, paragraphs, table rows, and items gathered
/// into lists.
fn lines_html(body: &mut String, lines: &[Line]) {
    let mut in_list = false;
    for line in lines {
        let html = pieces_html(&line.pieces);
        if line.kind == LineKind::Item && !in_list {
            body.push_str("<ul>\n");
            in_list = true;
        } else if line.kind != LineKind::Item && in_list {
            body.push_str("</ul>\n");
            in_list = false;
        }
        let _ = match line.kind {
            LineKind::Heading => writeln!(body, "<h3>{html}</h3>"),
            LineKind::Item => writeln!(body, "<li>{html}</li>"),
            LineKind::Row => writeln!(body, "<p class=\"row\">{html}</p>"),
            LineKind::Paragraph => writeln!(body, "<p>{html}</p>"),
        };
    }
    if in_list {
        body.push_str("</ul>\n");
    }
}

pub fn to_html(cmp: &Comparison, org: &str) -> Result<String, I18nError> {
    let lang = cmp.lang;
    let title = msg(
        lang,
        "diff-title",
        &[("org", org), ("from", &cmp.from), ("to", &cmp.to)],
    )?;
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", html_escape(&title));
    let changed = cmp.changed().count() as u32;
    let _ = writeln!(
        body,
        "<p>{}</p>",
        html_escape(&i18n::message_with_number(
            lang,
            "diff-summary",
            "count",
            changed
        )?)
    );
    let _ = writeln!(
        body,
        "<p class=\"legend\">{}</p>",
        msg(
            lang,
            "diff-legend",
            &[
                (
                    "ins",
                    &format!(
                        "<ins><span class=\"cue\">[+</span>{}<span class=\"cue\">]</span></ins>",
                        html_escape(&msg(lang, "diff-legend-inserted", &[])?)
                    )
                ),
                (
                    "del",
                    &format!(
                        "<del><span class=\"cue\">[−</span>{}<span class=\"cue\">]</span></del>",
                        html_escape(&msg(lang, "diff-legend-deleted", &[])?)
                    )
                ),
            ],
        )?
    );
    for s in &cmp.sections {
        let _ = writeln!(
            body,
            "<section aria-labelledby=\"s-{id}\">\n<h2 id=\"s-{id}\">{title}</h2>\n<p class=\"status\">{status}</p>",
            id = html_escape(&s.id),
            title = html_escape(&s.title),
            status = html_escape(&status_text(lang, s)?),
        );
        if s.status != Status::Unchanged {
            lines_html(&mut body, &s.lines);
        }
        body.push_str("</section>\n");
    }
    Ok(format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"policywright\">\n<title>{title}</title>\n\
         <style>{DIFF_CSS}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        tag = lang.tag(),
        title = html_escape(&title),
    ))
}

fn pieces_html(pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        let text = html_escape(&p.text);
        match p.tag {
            PieceTag::Same => out.push_str(&text),
            PieceTag::Inserted => {
                let _ = write!(
                    out,
                    "<ins><span class=\"cue\">[+</span>{text}<span class=\"cue\">]</span></ins>"
                );
            }
            PieceTag::Deleted => {
                let _ = write!(
                    out,
                    "<del><span class=\"cue\">[−</span>{text}<span class=\"cue\">]</span></del>"
                );
            }
        }
    }
    out
}

/// The comparison as Markdown: the same structure, inserted words as `{+…+}` and deleted ones
/// as `[-…-]` (the wdiff convention, which reads in plain text too).
pub fn to_markdown(cmp: &Comparison, org: &str) -> Result<String, I18nError> {
    let lang = cmp.lang;
    let mut out = String::new();
    let title = msg(
        lang,
        "diff-title",
        &[("org", org), ("from", &cmp.from), ("to", &cmp.to)],
    )?;
    let changed = cmp.changed().count() as u32;
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(
        out,
        "{}\n",
        i18n::message_with_number(lang, "diff-summary", "count", changed)?
    );
    let _ = writeln!(
        out,
        "{}\n",
        msg(
            lang,
            "diff-legend",
            &[
                (
                    "ins",
                    &format!("{{+{}+}}", msg(lang, "diff-legend-inserted", &[])?)
                ),
                (
                    "del",
                    &format!("[-{}-]", msg(lang, "diff-legend-deleted", &[])?)
                ),
            ],
        )?
    );
    for s in &cmp.sections {
        let _ = writeln!(out, "## {}\n\n*{}*\n", s.title, status_text(lang, s)?);
        if s.status == Status::Unchanged {
            continue;
        }
        for line in &s.lines {
            let mut text = String::new();
            for p in &line.pieces {
                match p.tag {
                    PieceTag::Same => text.push_str(&p.text),
                    PieceTag::Inserted => {
                        let _ = write!(text, "{{+{}+}}", p.text);
                    }
                    PieceTag::Deleted => {
                        let _ = write!(text, "[-{}-]", p.text);
                    }
                }
            }
            let _ = match line.kind {
                LineKind::Heading => writeln!(out, "### {text}\n"),
                LineKind::Item => writeln!(out, "- {text}"),
                LineKind::Row | LineKind::Paragraph => writeln!(out, "{text}\n"),
            };
        }
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "# P {#title}\n\n## 1. Who {#controller}\n\nWe are Nordljus AB.\n\n## 2. Cookies {#cookies}\n\nWe use three cookies.\n\n## 3. Rights {#rights}\n\n- Access.\n- Erasure.\n";
    const NEW: &str = "# P {#title}\n\n## 1. Rights {#rights}\n\n- Access.\n- Erasure.\n\n## 2. Who {#controller}\n\nWe are Nordljus Textil AB.\n\n## 3. Security {#security}\n\nWe encrypt.\n";

    #[test]
    fn sections_added_removed_moved_and_changed_words() {
        let c = compare(OLD, NEW, Lang::EN, "1.0", "2.0");
        let by_id = |id: &str| c.sections.iter().find(|s| s.id == id).unwrap();
        assert_eq!(by_id("cookies").status, Status::Removed);
        assert_eq!(by_id("security").status, Status::Added);
        // Moving "rights" to the top or "controller" down: one of the two is the move.
        let moved: Vec<&str> = c
            .sections
            .iter()
            .filter(|s| matches!(s.status, Status::Moved { .. }))
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(moved.len(), 1, "{c:#?}");
        let who = by_id("controller");
        let inserted: Vec<&str> = who.lines[0]
            .pieces
            .iter()
            .filter(|p| p.tag == PieceTag::Inserted)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(inserted, ["Textil "]);
        let html = to_html(&c, "Nordljus").unwrap();
        assert!(
            html.contains(
                "<ins><span class=\"cue\">[+</span>Textil <span class=\"cue\">]</span></ins>"
            ),
            "{html}"
        );
        assert!(html.contains("<del><span class=\"cue\">[−</span>We use three cookies.<span class=\"cue\">]</span></del>"));
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">")
                || html.contains("<html lang=\"en")
        );
        let md = to_markdown(&c, "Nordljus").unwrap();
        assert!(md.contains("We are Nordljus {+Textil +}AB."), "{md}");
    }
}
