//! Distributing line boxes over pages: headings stay with what follows them, a paragraph
//! leaves no single line alone at the top or bottom of a page, and a table that continues
//! on a new page repeats its header row there.

use super::layout::{FlowBlock, Kind, LineBox};
use std::collections::HashMap;

/// A box at a vertical position (from the top of the page's body area).
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub y: f32,
    pub line: LineBox,
    /// Index of the flow block the box belongs to.
    pub block: usize,
    /// A table's header row repeated at the top of a continuation page: drawn for the eye,
    /// not content (a reader hears it once).
    pub repeat: bool,
}

#[derive(Debug, Default)]
pub struct Pages {
    pub pages: Vec<Vec<Placed>>,
    /// Heading id -> (page index from 0, y of the heading's top).
    pub anchors: HashMap<String, (usize, f32)>,
}

/// The smallest height that must follow block `i` on its page (its "keep" requirement): for
/// a heading, itself plus the keep of the block after it; for text, two lines (or one, if
/// that is all); for a table, its header and first row.
fn keep_height(blocks: &[FlowBlock], i: usize, first_on_page: bool) -> f32 {
    let Some(b) = blocks.get(i) else {
        return 0.0;
    };
    let sb = if first_on_page { 0.0 } else { b.space_before };
    match &b.kind {
        Kind::Heading => {
            let own: f32 = b.lines.iter().map(|l| l.height).sum();
            sb + own + keep_height(blocks, i + 1, false)
        }
        Kind::Text => sb + b.lines.iter().take(2).map(|l| l.height).sum::<f32>(),
        Kind::Table { header } => {
            sb + header.height + b.lines.first().map(|l| l.height).unwrap_or(0.0)
        }
        Kind::PageBreak => 0.0,
    }
}

struct Cursor {
    pages: Vec<Vec<Placed>>,
    y: f32,
    body_h: f32,
}

impl Cursor {
    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.is_empty())
    }

    fn new_page(&mut self) {
        if !self.page_is_empty() {
            self.pages.push(Vec::new());
        }
        self.y = 0.0;
    }

    fn room(&self) -> f32 {
        self.body_h - self.y
    }

    fn place(&mut self, line: &LineBox, block: usize, repeat: bool) {
        let y = self.y;
        self.y += line.height;
        if let Some(p) = self.pages.last_mut() {
            p.push(Placed {
                y,
                line: line.clone(),
                block,
                repeat,
            });
        }
    }
}

/// Lay the blocks out on pages `body_h` high.
pub fn paginate(blocks: &[FlowBlock], body_h: f32) -> Pages {
    let mut c = Cursor {
        pages: vec![Vec::new()],
        y: 0.0,
        body_h,
    };
    // Small tolerance: sums of f32 heights must not push an exactly fitting line over.
    let eps = 0.01;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == Kind::PageBreak {
            c.new_page();
            continue;
        }
        if b.lines.is_empty() {
            continue;
        }
        let space = |c: &Cursor| {
            if c.page_is_empty() {
                0.0
            } else {
                b.space_before
            }
        };
        // Keep requirements: a heading and its follower, the first two lines of a paragraph,
        // a table's header and first row.
        let keep = keep_height(blocks, i, c.page_is_empty()).min(body_h);
        if !c.page_is_empty() && keep > c.room() + eps {
            c.new_page();
        }
        c.y += space(&c);
        match &b.kind {
            Kind::Heading => {
                for l in &b.lines {
                    c.place(l, i, false);
                }
            }
            Kind::Table { header } => place_table(&mut c, header, &b.lines, i, eps),
            Kind::Text => place_text(&mut c, &b.lines, i, eps),
            Kind::PageBreak => {}
        }
    }
    if c.pages.len() > 1 && c.page_is_empty() {
        c.pages.pop();
    }
    let mut anchors = HashMap::new();
    for (p, page) in c.pages.iter().enumerate() {
        for placed in page {
            if let Some(id) = &placed.line.anchor {
                anchors.entry(id.clone()).or_insert((p, placed.y));
            }
        }
    }
    Pages {
        pages: c.pages,
        anchors,
    }
}

/// A table's rows, its header again at the top of every page it continues on.
fn place_table(c: &mut Cursor, header: &LineBox, rows: &[LineBox], i: usize, eps: f32) {
    c.place(header, i, false);
    for row in rows {
        if row.height > c.room() + eps && !c.page_is_empty() {
            c.new_page();
            c.place(header, i, true);
        }
        c.place(row, i, false);
    }
}

/// A paragraph's lines over as many pages as they need, with no widow or orphan line.
fn place_text(c: &mut Cursor, lines: &[LineBox], i: usize, eps: f32) {
    let mut rest: &[LineBox] = lines;
    while !rest.is_empty() {
        let mut fit = 0;
        let mut h = 0.0;
        while fit < rest.len() && h + rest[fit].height <= c.room() + eps {
            h += rest[fit].height;
            fit += 1;
        }
        if fit >= rest.len() {
            rest.iter().for_each(|l| c.place(l, i, false));
            break;
        }
        let n = rest.len();
        let mut k = fit;
        // Widow: at least two lines go to the next page.
        if n - k < 2 {
            k = n.saturating_sub(2);
        }
        // Orphan: at least two lines stay on this page, or none do.
        if k < 2 {
            k = 0;
        }
        if k == 0 && c.page_is_empty() {
            // A page cannot hold two lines of it: place what fits, at least one.
            k = fit.max(1);
        }
        rest[..k].iter().for_each(|l| c.place(l, i, false));
        rest = &rest[k..];
        c.new_page();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FaceId;
    use crate::layout::{Draw, FlowBlock, Kind, LineBox, Role};

    fn line(tag: &str, h: f32) -> LineBox {
        LineBox {
            height: h,
            draws: vec![Draw::Text {
                x: 0.0,
                y: 0.0,
                face: FaceId::SerifRegular,
                size: 10.0,
                text: tag.to_string(),
                kerns: Vec::new(),
                color: [0.0; 3],
                tag: Default::default(),
            }],
            ..Default::default()
        }
    }

    fn text(tag: &str, n: usize) -> FlowBlock {
        FlowBlock {
            space_before: 0.0,
            kind: Kind::Text,
            lines: (0..n).map(|i| line(&format!("{tag}{i}"), 10.0)).collect(),
            role: Role::Para,
        }
    }

    fn heading(id: &str) -> FlowBlock {
        let mut l = line(id, 10.0);
        l.anchor = Some(id.into());
        FlowBlock {
            space_before: 0.0,
            kind: Kind::Heading,
            lines: vec![l],
            role: Role::Heading(2),
        }
    }

    fn tags(p: &[Placed]) -> Vec<String> {
        p.iter()
            .filter_map(|pl| match pl.line.draws.first() {
                Some(Draw::Text { text, .. }) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn heading_at_the_bottom_moves_to_the_next_page() {
        // 10 lines per page; 9 lines of text leave room for the heading but not its text.
        let blocks = vec![text("a", 9), heading("h"), text("b", 3)];
        let pages = paginate(&blocks, 100.0);
        assert_eq!(pages.pages.len(), 2);
        assert_eq!(tags(&pages.pages[0]).len(), 9);
        assert_eq!(tags(&pages.pages[1])[0], "h");
        assert_eq!(pages.anchors["h"], (1, 0.0));
    }

    #[test]
    fn no_orphans_and_no_widows() {
        // 9 lines used: one line of a 4-line paragraph would be an orphan.
        let pages = paginate(&[text("a", 9), text("b", 4)], 100.0);
        assert_eq!(tags(&pages.pages[1]), ["b0", "b1", "b2", "b3"]);
        // 7 lines used: 3 of 4 would fit, leaving a widow; 2 and 2 it is.
        let pages = paginate(&[text("a", 7), text("b", 4)], 100.0);
        assert_eq!(&tags(&pages.pages[0])[7..], ["b0", "b1"]);
        assert_eq!(tags(&pages.pages[1]), ["b2", "b3"]);
    }

    #[test]
    fn list_item_spanning_pages_is_split_between_lines() {
        let mut item = text("item", 6);
        item.space_before = 2.0;
        let pages = paginate(&[text("a", 6), item], 100.0);
        // 6 lines + 2 pt used: 3 lines of the item fit, 3 move.
        assert_eq!(&tags(&pages.pages[0])[6..], ["item0", "item1", "item2"]);
        assert_eq!(tags(&pages.pages[1]), ["item3", "item4", "item5"]);
    }

    #[test]
    fn table_crossing_a_page_repeats_its_header() {
        let table = FlowBlock {
            space_before: 0.0,
            kind: Kind::Table {
                header: line("H", 10.0),
            },
            lines: (0..15).map(|i| line(&format!("r{i}"), 10.0)).collect(),
            role: Role::Table { rows: 16, cols: 1 },
        };
        let pages = paginate(&[text("a", 3), table], 100.0);
        assert_eq!(pages.pages.len(), 2);
        let p0 = tags(&pages.pages[0]);
        let p1 = tags(&pages.pages[1]);
        assert_eq!(p0[3], "H");
        assert_eq!(p0.last().unwrap(), "r5");
        assert_eq!(p1[0], "H");
        assert_eq!(p1[1], "r6");
        // Only the repeat is marked as one (it becomes an artifact); all belong to block 1.
        assert!(!pages.pages[0][3].repeat && pages.pages[1][0].repeat);
        assert_eq!(pages.pages[1].iter().filter(|p| p.repeat).count(), 1);
        assert!(pages.pages[1].iter().all(|p| p.block == 1));
        assert_eq!(p1.last().unwrap(), "r14");
    }

    #[test]
    fn table_header_is_not_left_alone_at_the_bottom() {
        let table = FlowBlock {
            space_before: 0.0,
            kind: Kind::Table {
                header: line("H", 10.0),
            },
            lines: vec![line("r0", 20.0)],
            role: Role::Table { rows: 2, cols: 1 },
        };
        let pages = paginate(&[text("a", 8), table], 100.0);
        assert_eq!(tags(&pages.pages[1]), ["H", "r0"]);
    }

    #[test]
    fn page_break_and_oversized_paragraph_terminate() {
        let pages = paginate(
            &[
                text("a", 1),
                FlowBlock {
                    space_before: 0.0,
                    kind: Kind::PageBreak,
                    lines: vec![],
                    role: Role::Decoration,
                },
                text("b", 25),
            ],
            100.0,
        );
        assert_eq!(pages.pages.len(), 4);
        assert_eq!(tags(&pages.pages[0]), ["a0"]);
        let total: usize = pages.pages.iter().map(|p| p.len()).sum();
        assert_eq!(total, 26);
    }
}
