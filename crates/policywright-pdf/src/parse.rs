//! From pulldown-cmark events to the blocks the PDF lays out.
//!
//! The library's Markdown starts with a title H1 and a version paragraph, then a `#contents`
//! section; the PDF draws its own title block and table of contents from `PdfMeta` and the
//! headings, so those three parts are dropped here.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    /// Index into [`Parsed::links`].
    pub link: Option<usize>,
}

pub type Inline = Vec<Span>;

/// Where a link goes.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkTarget {
    /// mailto:, https: and anything else a viewer opens.
    Uri(String),
    /// `#id`: a heading of this document.
    Anchor(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        id: String,
        inline: Inline,
    },
    /// A paragraph; inside a list, `depth` is the nesting level (1 = top list) and the first
    /// paragraph of an item carries the item's marker.
    Para {
        inline: Inline,
        depth: usize,
        marker: Option<String>,
        section: String,
    },
    Table {
        header: Vec<Inline>,
        rows: Vec<Vec<Inline>>,
        align: Vec<Alignment>,
        section: String,
    },
    Rule,
}

#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub blocks: Vec<Block>,
    pub links: Vec<LinkTarget>,
}

/// Plain text of an inline run (for the table of contents, bookmarks and tests).
pub fn plain(inline: &Inline) -> String {
    let s: String = inline.iter().map(|s| s.text.as_str()).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct ListState {
    next: Option<u64>,
}

#[derive(Default)]
struct TableState {
    align: Vec<Alignment>,
    header: Vec<Inline>,
    rows: Vec<Vec<Inline>>,
    row: Vec<Inline>,
}

pub fn parse(markdown: &str) -> Parsed {
    let opts =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    let mut out = Parsed::default();
    let mut inline: Inline = Vec::new();
    let mut bold = 0u32;
    let mut italic = 0u32;
    let mut strike = 0u32;
    let mut link: Option<usize> = None;
    let mut heading: Option<(u8, Option<String>)> = None;
    let mut lists: Vec<ListState> = Vec::new();
    let mut marker: Option<String> = None;
    let mut table: Option<TableState> = None;
    let mut section = String::from("title");
    let mut seen_title = false;
    let mut skip_version_para = false;
    let mut skipping_contents = false;
    let mut auto_id = 0usize;

    // A list item's text arrives without a Paragraph when the list is tight: flush it when a
    // nested list starts or the item ends.
    fn flush_para(
        out: &mut Parsed,
        inline: &mut Inline,
        marker: &mut Option<String>,
        depth: usize,
        section: &str,
    ) {
        if inline.is_empty() && marker.is_none() {
            return;
        }
        out.blocks.push(Block::Para {
            inline: std::mem::take(inline),
            depth,
            marker: marker.take(),
            section: section.to_string(),
        });
    }

    for ev in Parser::new_ext(markdown, opts) {
        if skipping_contents {
            match &ev {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H1 | HeadingLevel::H2,
                    ..
                }) => {
                    skipping_contents = false;
                }
                _ => continue,
            }
        }
        match ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                skip_version_para = false;
                inline.clear();
                heading = Some((level as u8, id.map(|s| s.to_string())));
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, id)) = heading.take() else {
                    continue;
                };
                let is_title = level == 1 && (!seen_title || id.as_deref() == Some("title"));
                if is_title && !seen_title {
                    seen_title = true;
                    skip_version_para = true;
                    inline.clear();
                    continue;
                }
                if id.as_deref() == Some("contents") {
                    skipping_contents = true;
                    inline.clear();
                    continue;
                }
                let id = id.unwrap_or_else(|| {
                    auto_id += 1;
                    format!("section-{auto_id}")
                });
                section = id.clone();
                out.blocks.push(Block::Heading {
                    level,
                    id,
                    inline: std::mem::take(&mut inline),
                });
            }
            // Loose list items: text before this paragraph belongs to the item's first one.
            Event::Start(Tag::Paragraph) if !lists.is_empty() && !inline.is_empty() => {
                flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
            }
            Event::End(TagEnd::Paragraph) => {
                if skip_version_para {
                    skip_version_para = false;
                    inline.clear();
                    continue;
                }
                flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
            }
            Event::Start(Tag::List(start)) => {
                skip_version_para = false;
                flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
                lists.push(ListState { next: start });
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                let m = match lists.last_mut() {
                    Some(ListState { next: Some(n) }) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    // Alternate bullet shapes by depth, as browsers do.
                    _ => if lists.len() % 2 == 1 { "•" } else { "–" }.to_string(),
                };
                marker = Some(m);
            }
            Event::End(TagEnd::Item) => {
                flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
            }
            Event::Start(Tag::Table(align)) => {
                skip_version_para = false;
                table = Some(TableState {
                    align,
                    ..Default::default()
                });
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(t) = table.as_mut() {
                    t.row.push(std::mem::take(&mut inline));
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let Some(t) = table.as_mut() {
                    t.header = std::mem::take(&mut t.row);
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    out.blocks.push(Block::Table {
                        header: t.header,
                        rows: t.rows,
                        align: t.align,
                        section: section.clone(),
                    });
                }
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => strike += 1,
            Event::End(TagEnd::Strikethrough) => strike = strike.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let target = match dest_url.strip_prefix('#') {
                    Some(anchor) => LinkTarget::Anchor(anchor.to_string()),
                    None => LinkTarget::Uri(dest_url.to_string()),
                };
                out.links.push(target);
                link = Some(out.links.len() - 1);
            }
            Event::End(TagEnd::Link) => link = None,
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => inline.push(Span {
                text: t.to_string(),
                bold: bold > 0,
                italic: italic > 0,
                code: false,
                strike: strike > 0,
                link,
            }),
            Event::Code(t) => inline.push(Span {
                text: t.to_string(),
                bold: bold > 0,
                italic: italic > 0,
                code: true,
                strike: strike > 0,
                link,
            }),
            Event::SoftBreak => inline.push(Span {
                text: " ".into(),
                bold: bold > 0,
                italic: italic > 0,
                code: false,
                strike: strike > 0,
                link,
            }),
            Event::HardBreak => inline.push(Span {
                text: "\n".into(),
                ..Default::default()
            }),
            Event::End(TagEnd::CodeBlock) => {
                // Code blocks are not part of the contract; keep their text, line by line.
                for s in inline.iter_mut() {
                    s.code = true;
                }
                if let Some(last) = inline.last_mut() {
                    let trimmed = last.text.trim_end_matches('\n').len();
                    last.text.truncate(trimmed);
                }
                flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
            }
            Event::Rule => out.blocks.push(Block::Rule),
            _ => {}
        }
    }
    flush_para(&mut out, &mut inline, &mut marker, lists.len(), &section);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Integritetspolicy för X AB {#title}\n\nVersion 1.0 · gäller från 1 januari 2026\n\n## Innehåll {#contents}\n\n- [1. Om oss](#about)\n  - [1.1 Kontakt](#about-1)\n\n## 1. Om oss {#about}\n\nVi är **X AB**, se [avsnitt 2](#rights) och *vår* [webb](https://x.se), ~~inte~~.\n\n### 1.1 Kontakt {#about-1}\n\n- ett\n- två\n  1. tre\n  2. fyra\n\n| A | B |\n|---|---|\n| a1 | b1 |\n";

    #[test]
    fn title_version_and_contents_are_dropped() {
        let p = parse(MD);
        match &p.blocks[0] {
            Block::Heading { level, id, inline } => {
                assert_eq!((*level, id.as_str()), (2, "about"));
                assert_eq!(plain(inline), "1. Om oss");
            }
            b => panic!("unexpected first block {b:?}"),
        }
        assert!(!format!("{:?}", p.blocks).contains("Version 1.0"));
        assert!(!format!("{:?}", p.blocks).contains("Innehåll"));
    }

    #[test]
    fn styles_links_lists_and_tables() {
        let p = parse(MD);
        let Block::Para {
            inline, section, ..
        } = &p.blocks[1]
        else {
            panic!("{:?}", p.blocks[1]);
        };
        assert_eq!(section, "about");
        assert!(inline.iter().any(|s| s.bold && s.text == "X AB"));
        assert!(inline.iter().any(|s| s.italic && s.text == "vår"));
        assert!(inline.iter().any(|s| s.strike && s.text == "inte"));
        assert_eq!(p.links[0], LinkTarget::Anchor("rights".into()));
        assert_eq!(p.links[1], LinkTarget::Uri("https://x.se".into()));
        let markers: Vec<(usize, Option<String>)> = p
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para { depth, marker, .. } if *depth > 0 => Some((*depth, marker.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            markers,
            [
                (1, Some("•".into())),
                (1, Some("•".into())),
                (2, Some("1.".into())),
                (2, Some("2.".into()))
            ]
        );
        let Some(Block::Table { header, rows, .. }) = p.blocks.last() else {
            panic!()
        };
        assert_eq!(plain(&header[1]), "B");
        assert_eq!(plain(&rows[0][0]), "a1");
    }
}
