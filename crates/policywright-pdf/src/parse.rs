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
    let mut state = State {
        section: String::from("title"),
        ..State::default()
    };
    for ev in Parser::new_ext(markdown, opts) {
        if state.skipping_contents {
            match &ev {
                Event::Start(Tag::Heading {
                    level: HeadingLevel::H1 | HeadingLevel::H2,
                    ..
                }) => state.skipping_contents = false,
                _ => continue,
            }
        }
        state.event(ev);
    }
    state.flush_para();
    state.out
}

/// Where the parse is: the blocks so far, the text of the block being read and its styles.
#[derive(Default)]
struct State {
    out: Parsed,
    inline: Inline,
    bold: u32,
    italic: u32,
    strike: u32,
    link: Option<usize>,
    heading: Option<(u8, Option<String>)>,
    lists: Vec<ListState>,
    marker: Option<String>,
    table: Option<TableState>,
    section: String,
    seen_title: bool,
    skip_version_para: bool,
    skipping_contents: bool,
    auto_id: usize,
}

impl State {
    fn event(&mut self, ev: Event) {
        match ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                self.skip_version_para = false;
                self.inline.clear();
                self.heading = Some((level as u8, id.map(|s| s.to_string())));
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(),
            // Loose list items: text before this paragraph belongs to the item's first one.
            Event::Start(Tag::Paragraph) if !self.lists.is_empty() && !self.inline.is_empty() => {
                self.flush_para();
            }
            Event::End(TagEnd::Paragraph) => {
                if self.skip_version_para {
                    self.skip_version_para = false;
                    self.inline.clear();
                } else {
                    self.flush_para();
                }
            }
            Event::Start(Tag::List(start)) => {
                self.skip_version_para = false;
                self.flush_para();
                self.lists.push(ListState { next: start });
            }
            Event::End(TagEnd::List(_)) => {
                self.lists.pop();
            }
            Event::Start(Tag::Item) => self.start_item(),
            Event::End(TagEnd::Item) => self.flush_para(),
            Event::Start(Tag::Table(_))
            | Event::End(
                TagEnd::TableCell | TagEnd::TableHead | TagEnd::TableRow | TagEnd::Table,
            ) => self.table_event(ev),
            Event::End(TagEnd::CodeBlock) => self.end_code_block(),
            Event::Rule => self.out.blocks.push(Block::Rule),
            ev => self.inline_event(ev),
        }
    }

    /// Styles, links and text within a block.
    fn inline_event(&mut self, ev: Event) {
        match ev {
            Event::Start(Tag::Strong) => self.bold += 1,
            Event::End(TagEnd::Strong) => self.bold = self.bold.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => self.strike += 1,
            Event::End(TagEnd::Strikethrough) => self.strike = self.strike.saturating_sub(1),
            Event::Start(Tag::Emphasis) => self.italic += 1,
            Event::End(TagEnd::Emphasis) => self.italic = self.italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let target = match dest_url.strip_prefix('#') {
                    Some(anchor) => LinkTarget::Anchor(anchor.to_string()),
                    None => LinkTarget::Uri(dest_url.to_string()),
                };
                self.out.links.push(target);
                self.link = Some(self.out.links.len() - 1);
            }
            Event::End(TagEnd::Link) => self.link = None,
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                self.span(t.to_string(), false)
            }
            Event::Code(t) => self.span(t.to_string(), true),
            Event::SoftBreak => self.span(" ".into(), false),
            Event::HardBreak => self.inline.push(Span {
                text: "\n".into(),
                ..Default::default()
            }),
            _ => {}
        }
    }

    /// A run of text in the current styles.
    fn span(&mut self, text: String, code: bool) {
        self.inline.push(Span {
            text,
            bold: self.bold > 0,
            italic: self.italic > 0,
            code,
            strike: self.strike > 0,
            link: self.link,
        });
    }

    /// The end of a heading: the title and the contents are the engine's and left out; any
    /// other heading starts a section.
    fn end_heading(&mut self) {
        let Some((level, id)) = self.heading.take() else {
            return;
        };
        let is_title = level == 1 && (!self.seen_title || id.as_deref() == Some("title"));
        if is_title && !self.seen_title {
            self.seen_title = true;
            self.skip_version_para = true;
            self.inline.clear();
            return;
        }
        if id.as_deref() == Some("contents") {
            self.skipping_contents = true;
            self.inline.clear();
            return;
        }
        let id = id.unwrap_or_else(|| {
            self.auto_id += 1;
            format!("section-{}", self.auto_id)
        });
        self.section = id.clone();
        self.out.blocks.push(Block::Heading {
            level,
            id,
            inline: std::mem::take(&mut self.inline),
        });
    }

    fn start_item(&mut self) {
        let m = match self.lists.last_mut() {
            Some(ListState { next: Some(n) }) => {
                let m = format!("{n}.");
                *n += 1;
                m
            }
            // Alternate bullet shapes by depth, as browsers do.
            _ => if self.lists.len() % 2 == 1 {
                "•"
            } else {
                "–"
            }
            .to_string(),
        };
        self.marker = Some(m);
    }

    fn table_event(&mut self, ev: Event) {
        if let Event::Start(Tag::Table(align)) = ev {
            self.skip_version_para = false;
            self.table = Some(TableState {
                align,
                ..Default::default()
            });
            return;
        }
        let Some(t) = self.table.as_mut() else {
            return;
        };
        match ev {
            Event::End(TagEnd::TableCell) => t.row.push(std::mem::take(&mut self.inline)),
            Event::End(TagEnd::TableHead) => t.header = std::mem::take(&mut t.row),
            Event::End(TagEnd::TableRow) => {
                let row = std::mem::take(&mut t.row);
                t.rows.push(row);
            }
            Event::End(TagEnd::Table) => {
                let t = self.table.take().expect("a table is open");
                self.out.blocks.push(Block::Table {
                    header: t.header,
                    rows: t.rows,
                    align: t.align,
                    section: self.section.clone(),
                });
            }
            _ => {}
        }
    }

    /// Code blocks are not part of the contract; keep their text, line by line.
    fn end_code_block(&mut self) {
        for s in self.inline.iter_mut() {
            s.code = true;
        }
        if let Some(last) = self.inline.last_mut() {
            let trimmed = last.text.trim_end_matches('\n').len();
            last.text.truncate(trimmed);
        }
        self.flush_para();
    }

    /// A list item's text arrives without a Paragraph when the list is tight: flush it when a
    /// nested list starts or the item ends.
    fn flush_para(&mut self) {
        if self.inline.is_empty() && self.marker.is_none() {
            return;
        }
        self.out.blocks.push(Block::Para {
            inline: std::mem::take(&mut self.inline),
            depth: self.lists.len(),
            marker: self.marker.take(),
            section: self.section.clone(),
        });
    }
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
