//! Placing blocks: every block becomes a list of line boxes (a text line, a table row) with
//! their drawing commands relative to the box, ready for the paginator.

use super::fonts::{coverage, is_invisible, Coverage, FaceId, Family, Metrics};
use super::linebreak::{break_lines, StyledText};
use super::parse::{plain, Block, Inline, LinkTarget};
use super::PdfWarning;
use hyphenation::Standard;
use pulldown_cmark::Alignment;
use std::collections::{HashMap, HashSet};

/// A4 in points.
pub const PAGE_W: f32 = 210.0 * 72.0 / 25.4;
pub const PAGE_H: f32 = 297.0 * 72.0 / 25.4;
pub const MARGIN_L: f32 = 72.0;
pub const MARGIN_R: f32 = 72.0;
pub const MARGIN_T: f32 = 68.0;
/// The footer sits inside the bottom margin.
pub const MARGIN_B: f32 = 76.0;
pub const CONTENT_W: f32 = PAGE_W - MARGIN_L - MARGIN_R;
pub const BODY_H: f32 = PAGE_H - MARGIN_T - MARGIN_B;

pub const BODY_SIZE: f32 = 10.5;
pub const BODY_LEADING: f32 = 15.0;
const TABLE_SIZE: f32 = 8.5;
const TABLE_LEADING: f32 = 11.0;
const CELL_PAD: f32 = 4.0;
const LIST_INDENT: f32 = 18.0;
const TOC_NUMBER_W: f32 = 36.0;

pub type Rgb = [f32; 3];
pub const TEXT: Rgb = [0.1, 0.1, 0.1];
pub const HEADING: Rgb = [0.08, 0.2, 0.36];
pub const LINK: Rgb = [0.05, 0.3, 0.62];
pub const MUTED: Rgb = [0.35, 0.35, 0.35];

/// A drawing command; coordinates in points from the box's top-left corner, y downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    Text {
        x: f32,
        /// Baseline.
        y: f32,
        face: FaceId,
        size: f32,
        text: String,
        /// (characters of `text` before the offset, TJ offset in thousandths of an em).
        kerns: Vec<(usize, f32)>,
        color: Rgb,
        /// What the text is in the document's structure (the tagged PDF).
        tag: TextTag,
    },
    /// The page number of a heading, right-aligned at `x_right`: known only after pagination.
    PageNumber {
        x_right: f32,
        y: f32,
        face: FaceId,
        size: f32,
        anchor: String,
        color: Rgb,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        gray: f32,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: f32,
    },
}

/// What a text command is, for the structure tree of the tagged PDF (`tags.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextTag {
    /// Index into the document's link table: the text of that link.
    pub link: Option<usize>,
    /// The text ends with a hyphen added at the line break, not part of the words.
    pub hyphen: bool,
    /// The line broke at white space after this text: a reader needs a space here.
    pub space_after: bool,
    /// A list item's marker ("•", "2.").
    pub label: bool,
    /// A table cell: (row, column); row 0 is the header row.
    pub cell: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub target: LinkTarget,
    /// Index into the document's link table (`None` for a contents entry).
    pub link: Option<usize>,
}

/// The unit the paginator moves: never split across pages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBox {
    pub height: f32,
    pub draws: Vec<Draw>,
    pub links: Vec<LinkArea>,
    /// A heading id whose destination is the top of this box.
    pub anchor: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Lines of a paragraph or list item: split only with two lines or more on each side.
    Text,
    /// Kept on the same page as the start of the next block.
    Heading,
    /// `lines` are body rows; the header is repeated at the top of every continuation page.
    Table { header: LineBox },
    /// Start a new page (after the table of contents).
    PageBreak,
}

/// What a block is in the document's structure (the tagged PDF's structure tree).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Role {
    /// A paragraph; in a list (`depth` > 0) a paragraph of an item, with the marker when
    /// it starts one.
    #[default]
    Para,
    ListPara {
        depth: usize,
        marker: Option<String>,
    },
    /// H1 (the title) to H6.
    Heading(u8),
    /// A table of `rows` rows (the header row included) and `cols` columns; its text
    /// commands carry cell tags.
    Table { rows: usize, cols: usize },
    /// An entry of the table of contents for a heading of this level.
    TocEntry { level: u8 },
    /// Drawn only (a horizontal rule, a page break): no content.
    Decoration,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FlowBlock {
    pub space_before: f32,
    pub kind: Kind,
    pub lines: Vec<LineBox>,
    pub role: Role,
}

/// An entry of the outline and the table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingRef {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// Text style of a block.
#[derive(Clone, Copy)]
struct Style {
    family: Family,
    bold: bool,
    italic: bool,
    size: f32,
    leading: f32,
    color: Rgb,
}

const BODY: Style = Style {
    family: Family::Serif,
    bold: false,
    italic: false,
    size: BODY_SIZE,
    leading: BODY_LEADING,
    color: TEXT,
};

/// Layout state shared by all blocks of one render.
pub struct Layouter<'a> {
    pub metrics: Metrics,
    pub hyph: Option<&'a Standard>,
    pub links: &'a [LinkTarget],
    pub warnings: Vec<PdfWarning>,
    /// The characters already warned about, per section: a text of many thousand missing
    /// characters must not search the warnings once per character.
    warned: HashMap<String, HashSet<char>>,
}

impl<'a> Layouter<'a> {
    pub fn new(metrics: Metrics, hyph: Option<&'a Standard>, links: &'a [LinkTarget]) -> Self {
        Layouter {
            metrics,
            hyph,
            links,
            warnings: Vec::new(),
            warned: HashMap::new(),
        }
    }

    /// Styled text for an inline run, with per-character faces after the coverage check;
    /// missing characters are reported once per (character, section).
    fn styled(&mut self, inline: &Inline, style: Style, section: &str) -> StyledText {
        let mut st = StyledText::default();
        let chars: Vec<(char, &super::parse::Span)> = inline
            .iter()
            .flat_map(|span| span.text.chars().map(move |c| (c, span)))
            .collect();
        for (i, &(ch, span)) in chars.iter().enumerate() {
            let family = if span.code {
                Family::Sans
            } else {
                style.family
            };
            let face = FaceId::of(family, style.bold || span.bold, style.italic || span.italic);
            {
                let ch = match ch {
                    // "6 §" must never be split at the line end, even if the text has an
                    // ordinary space there.
                    ' ' if chars.get(i + 1).is_some_and(|(n, _)| *n == '§') => '\u{a0}',
                    '\t' => ' ',
                    // A soft hyphen is a hint the dictionary already covers, and bidi
                    // isolates (Fluent adds them around placeables) have no glyphs.
                    c if is_invisible(c) => continue,
                    c if c.is_control() && c != '\n' => continue,
                    c => c,
                };
                if ch == '\n' {
                    st.push('\n', face, 0.0, None);
                    continue;
                }
                let (ch, face) = match coverage(&mut self.metrics, face, ch) {
                    Coverage::Native => (ch, face),
                    Coverage::Fallback(other) => {
                        self.warn(ch, section, "drawn with the other font family");
                        (ch, other)
                    }
                    Coverage::Missing => {
                        self.warn(ch, section, "not in the embedded fonts; drawn as '?'");
                        ('?', face)
                    }
                };
                let adv = self.metrics.advance_em(face, ch).unwrap_or(0.0) * style.size;
                if let Some(prev) = st.glyphs.last_mut() {
                    if prev.face == face && !prev.ch.is_whitespace() && !ch.is_whitespace() {
                        let k = self.metrics.kern_em(face, prev.ch, ch) * style.size;
                        prev.adv += k;
                        prev.kern = k;
                    }
                }
                st.push(ch, face, adv, span.link);
                if let Some(g) = st.glyphs.last_mut() {
                    g.strike = span.strike;
                }
            }
        }
        st
    }

    fn warn(&mut self, character: char, section: &str, what: &str) {
        if self
            .warned
            .get(section)
            .is_some_and(|seen| seen.contains(&character))
        {
            return;
        }
        self.warned
            .entry(section.to_string())
            .or_default()
            .insert(character);
        self.warnings.push(PdfWarning {
            character,
            section: section.to_string(),
            message: format!(
                "U+{:04X} {character:?} in section '{section}' {what}",
                character as u32
            ),
        });
    }

    /// Break an inline run into line boxes `width` wide, shifted right by `x`.
    fn lines(
        &mut self,
        inline: &Inline,
        style: Style,
        x: f32,
        width: f32,
        align: Alignment,
        section: &str,
    ) -> Vec<LineBox> {
        let st = self.styled(inline, style, section);
        if st.is_blank() {
            return Vec::new();
        }
        let base_face = FaceId::of(style.family, style.bold, style.italic);
        let hyphen_adv = self.metrics.advance_em(base_face, '-').unwrap_or(0.0) * style.size;
        let ranges = break_lines(&st, width, width, self.hyph, hyphen_adv);
        let baseline = baseline(style.size, style.leading);
        ranges
            .iter()
            .enumerate()
            .map(|(ri, r)| {
                let next_start = ranges.get(ri + 1).map_or(r.end, |n| n.start.max(r.end));
                let mut lb = LineBox {
                    height: style.leading,
                    ..Default::default()
                };
                let line_w: f32 = st.glyphs[r.start..r.end].iter().map(|g| g.adv).sum::<f32>()
                    + if r.hyphen { hyphen_adv } else { 0.0 };
                let mut cx = x + match align {
                    Alignment::Right => (width - line_w).max(0.0),
                    Alignment::Center => ((width - line_w) / 2.0).max(0.0),
                    _ => 0.0,
                };
                // Runs of one face, link and strike-through become one text command.
                let mut i = r.start;
                while i < r.end {
                    let g0 = &st.glyphs[i];
                    let mut j = i;
                    let mut text = String::new();
                    let mut kerns = Vec::new();
                    let mut w = 0.0;
                    while j < r.end
                        && st.glyphs[j].face == g0.face
                        && st.glyphs[j].link == g0.link
                        && st.glyphs[j].strike == g0.strike
                    {
                        text.push(st.glyphs[j].ch);
                        w += st.glyphs[j].adv;
                        // Kerning inside the run becomes a TJ offset (thousandths of an em,
                        // positive to the left); after the run's last glyph it is already in
                        // the next run's position.
                        let k = st.glyphs[j].kern;
                        if k != 0.0 && j + 1 < r.end {
                            kerns.push((j - i + 1, -k / style.size * 1000.0));
                        }
                        j += 1;
                    }
                    let last_run = j == r.end;
                    if last_run && r.hyphen {
                        text.push('-');
                        w += hyphen_adv;
                    }
                    let target = g0.link.and_then(|l| self.links.get(l)).cloned();
                    if g0.strike {
                        // Through the middle of the lower-case letters.
                        let y = baseline - style.size * 0.28;
                        lb.draws.push(Draw::Line {
                            x1: cx,
                            y1: y,
                            x2: cx + w,
                            y2: y,
                            width: style.size * 0.06,
                            gray: 0.2,
                        });
                    }
                    lb.draws.push(Draw::Text {
                        x: cx,
                        y: baseline,
                        face: g0.face,
                        size: style.size,
                        text,
                        kerns,
                        color: if target.is_some() { LINK } else { style.color },
                        tag: TextTag {
                            link: target.as_ref().and(g0.link),
                            hyphen: last_run && r.hyphen,
                            // White space dropped at the break: the words on either side
                            // are two words.
                            space_after: last_run
                                && st.glyphs[r.end..next_start]
                                    .iter()
                                    .any(|g| g.ch.is_whitespace()),
                            ..Default::default()
                        },
                    });
                    if let Some(target) = target {
                        lb.links.push(LinkArea {
                            x: cx,
                            y: 0.0,
                            w,
                            h: style.leading,
                            target,
                            link: g0.link,
                        });
                    }
                    cx += w;
                    i = j;
                }
                lb
            })
            .collect()
    }

    /// The blocks of the document body.
    pub fn body(&mut self, blocks: &[Block]) -> Vec<FlowBlock> {
        let mut out = Vec::new();
        let mut prev_was_list = false;
        for block in blocks {
            match block {
                Block::Heading { level, id, inline } => {
                    let (size, leading, space) = match level {
                        1 | 2 => (14.0, 18.0, 18.0),
                        3 => (11.5, 15.0, 12.0),
                        _ => (10.5, 14.0, 10.0),
                    };
                    let style = Style {
                        family: Family::Sans,
                        bold: true,
                        italic: false,
                        size,
                        leading,
                        color: HEADING,
                    };
                    let mut lines = self.lines(inline, style, 0.0, CONTENT_W, Alignment::None, id);
                    if let Some(first) = lines.first_mut() {
                        first.anchor = Some(id.clone());
                    }
                    // A little air between the heading and its text.
                    if let Some(last) = lines.last_mut() {
                        last.height += 3.0;
                    }
                    out.push(FlowBlock {
                        space_before: space,
                        kind: Kind::Heading,
                        lines,
                        role: Role::Heading(*level),
                    });
                    prev_was_list = false;
                }
                Block::Para {
                    inline,
                    depth,
                    marker,
                    section,
                } => {
                    // Deep nesting stops indenting at a third of the width, so text keeps room.
                    let x = (LIST_INDENT * *depth as f32).min(CONTENT_W / 3.0);
                    let mut lines =
                        self.lines(inline, BODY, x, CONTENT_W - x, Alignment::None, section);
                    if let Some(m) = marker {
                        if lines.is_empty() {
                            lines.push(LineBox {
                                height: BODY_LEADING,
                                ..Default::default()
                            });
                        }
                        let w = self.metrics.width(FaceId::SerifRegular, BODY_SIZE, m);
                        lines[0].draws.insert(
                            0,
                            Draw::Text {
                                x: x - 5.0 - w,
                                y: baseline(BODY_SIZE, BODY_LEADING),
                                face: FaceId::SerifRegular,
                                size: BODY_SIZE,
                                text: m.clone(),
                                kerns: Vec::new(),
                                color: TEXT,
                                tag: TextTag {
                                    label: true,
                                    ..Default::default()
                                },
                            },
                        );
                    }
                    let in_list = *depth > 0;
                    out.push(FlowBlock {
                        // List items sit closer together than paragraphs.
                        space_before: if in_list && prev_was_list { 2.0 } else { 7.0 },
                        kind: Kind::Text,
                        lines,
                        role: if in_list {
                            Role::ListPara {
                                depth: *depth,
                                marker: marker.clone(),
                            }
                        } else {
                            Role::Para
                        },
                    });
                    prev_was_list = in_list;
                }
                Block::Table {
                    header,
                    rows,
                    align,
                    section,
                } => {
                    out.push(self.table(header, rows, align, section));
                    prev_was_list = false;
                }
                Block::Rule => {
                    out.push(FlowBlock {
                        space_before: 6.0,
                        kind: Kind::Text,
                        lines: vec![LineBox {
                            height: 8.0,
                            draws: vec![Draw::Line {
                                x1: 0.0,
                                y1: 4.0,
                                x2: CONTENT_W,
                                y2: 4.0,
                                width: 0.5,
                                gray: 0.6,
                            }],
                            ..Default::default()
                        }],
                        role: Role::Decoration,
                    });
                    prev_was_list = false;
                }
            }
        }
        out
    }

    /// Column widths: in proportion to each column's text, with a floor of its longest word
    /// up to 70 pt (longer words are hyphenated or broken), so one URL cannot starve the
    /// other columns and a short column still holds its words whole.
    fn column_widths(&mut self, all: &[&Vec<Inline>], ncols: usize, section: &str) -> Vec<f32> {
        let inner = |w: f32| w + 2.0 * CELL_PAD;
        let mut longest = vec![12.0f32; ncols];
        let mut max = vec![inner(12.0); ncols];
        let style = Style {
            size: TABLE_SIZE,
            leading: TABLE_LEADING,
            ..BODY
        };
        let header_style = Style {
            family: Family::Sans,
            bold: true,
            ..style
        };
        for (r, row) in all.iter().enumerate() {
            // The header row (first) is drawn in bold sans: measure it so.
            let style = if r == 0 { header_style } else { style };
            for (c, cell) in row.iter().enumerate().take(ncols) {
                let st = self.styled(cell, style, section);
                let total: f32 = st.glyphs.iter().map(|g| g.adv).sum();
                let mut word: f32 = 0.0;
                for g in &st.glyphs {
                    if g.ch.is_whitespace() && g.ch != '\u{a0}' {
                        word = 0.0;
                    } else {
                        word += g.adv;
                        longest[c] = longest[c].max(word);
                    }
                }
                max[c] = max[c].max(inner(total));
            }
        }
        let min: Vec<f32> = longest.iter().map(|l| inner(l.min(70.0))).collect();
        let smin: f32 = min.iter().sum();
        if smin >= CONTENT_W {
            return min.iter().map(|m| m * CONTENT_W / smin).collect();
        }
        // Widths in proportion to each column's text, but never below its floor; columns held
        // at their floor leave the rest to share the remaining width.
        let mut at_floor = vec![false; ncols];
        loop {
            let free_w = CONTENT_W
                - (0..ncols)
                    .filter(|&c| at_floor[c])
                    .map(|c| min[c])
                    .sum::<f32>();
            let free_max: f32 = (0..ncols).filter(|&c| !at_floor[c]).map(|c| max[c]).sum();
            let mut changed = false;
            for c in 0..ncols {
                if !at_floor[c] && free_w * max[c] / free_max < min[c] {
                    at_floor[c] = true;
                    changed = true;
                }
            }
            if !changed {
                return (0..ncols)
                    .map(|c| {
                        if at_floor[c] {
                            min[c]
                        } else {
                            free_w * max[c] / free_max
                        }
                    })
                    .collect();
            }
        }
    }

    /// A table row as line boxes: normally one; a row taller than `max_lines` lines is cut
    /// into pieces between lines, so even a huge cell never runs past the bottom margin.
    /// `index` is the row's number in the table (0 for the header), for the cell tags.
    #[allow(clippy::too_many_arguments)]
    fn row(
        &mut self,
        index: u32,
        cells: &[Inline],
        widths: &[f32],
        align: &[Alignment],
        header: bool,
        max_lines: usize,
        section: &str,
    ) -> Vec<LineBox> {
        let style = Style {
            family: if header { Family::Sans } else { Family::Serif },
            bold: header,
            size: TABLE_SIZE,
            leading: TABLE_LEADING,
            ..BODY
        };
        let mut x = 0.0;
        let empty = Vec::new();
        let mut cell_lines = Vec::with_capacity(widths.len());
        for (c, w) in widths.iter().enumerate() {
            let cell = cells.get(c).unwrap_or(&empty);
            let a = align.get(c).copied().unwrap_or(Alignment::None);
            // Padding shrinks in very narrow columns so the text keeps some width.
            let pad = CELL_PAD.min(w / 4.0);
            cell_lines.push(self.lines(cell, style, x + pad, w - 2.0 * pad, a, section));
            x += w;
        }
        let n = cell_lines.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let per_piece = max_lines.max(1);
        let mut pieces = Vec::new();
        for first in (0..n).step_by(per_piece) {
            let last = (first + per_piece).min(n);
            let mut lb = LineBox {
                height: (last - first) as f32 * TABLE_LEADING + 2.0 * CELL_PAD,
                ..Default::default()
            };
            if header {
                lb.draws.push(Draw::Fill {
                    x: 0.0,
                    y: 0.0,
                    w: CONTENT_W,
                    h: lb.height,
                    gray: 0.92,
                });
            }
            for (c, lines) in cell_lines.iter().enumerate() {
                for (i, l) in lines.iter().enumerate().take(last).skip(first) {
                    let dy = CELL_PAD + (i - first) as f32 * TABLE_LEADING;
                    for d in &l.draws {
                        let mut d = d.clone();
                        if let Draw::Text { y, tag, .. } = &mut d {
                            *y += dy;
                            tag.cell = Some((index, c as u32));
                        }
                        lb.draws.push(d);
                    }
                    for a in &l.links {
                        let mut a = a.clone();
                        a.y += dy;
                        lb.links.push(a);
                    }
                }
            }
            lb.draws.push(Draw::Line {
                x1: 0.0,
                y1: lb.height,
                x2: CONTENT_W,
                y2: lb.height,
                width: if header { 0.8 } else { 0.4 },
                gray: if header { 0.35 } else { 0.7 },
            });
            pieces.push(lb);
        }
        pieces
    }

    fn table(
        &mut self,
        header: &[Inline],
        rows: &[Vec<Inline>],
        align: &[Alignment],
        section: &str,
    ) -> FlowBlock {
        let ncols = header
            .len()
            .max(rows.iter().map(|r| r.len()).max().unwrap_or(0))
            .max(1);
        let header_vec = header.to_vec();
        let all: Vec<&Vec<Inline>> = std::iter::once(&header_vec).chain(rows.iter()).collect();
        let widths = self.column_widths(&all, ncols, section);
        let header = self
            .row(0, header, &widths, align, true, usize::MAX, section)
            .swap_remove(0);
        // A row piece must fit on a page below the repeated header.
        let max_lines =
            ((BODY_H - header.height - 2.0 * CELL_PAD - 1.0) / TABLE_LEADING).floor() as usize;
        let lines = rows
            .iter()
            .enumerate()
            .flat_map(|(i, r)| self.row(i as u32 + 1, r, &widths, align, false, max_lines, section))
            .collect();
        FlowBlock {
            space_before: 10.0,
            kind: Kind::Table { header },
            lines,
            role: Role::Table {
                rows: rows.len() + 1,
                cols: ncols,
            },
        }
    }

    /// Title block and table of contents, followed by a page break.
    pub fn front(
        &mut self,
        organisation: &str,
        title: &str,
        version_line: &str,
        contents_label: &str,
        headings: &[HeadingRef],
    ) -> Vec<FlowBlock> {
        let mut out = self.title_block(organisation, title, version_line);
        // No sections, no contents: an empty "Contents" heading would look broken.
        if !headings.is_empty() {
            out.push(self.contents_heading(contents_label));
            for h in headings {
                out.push(self.contents_entry(h));
            }
        }
        out.push(FlowBlock {
            space_before: 0.0,
            kind: Kind::PageBreak,
            lines: Vec::new(),
            role: Role::Decoration,
        });
        out
    }

    /// One run of plain text in `style`, laid out across the page, in `section`.
    fn plain(&mut self, s: &str, style: Style, section: &str) -> Vec<LineBox> {
        let text = vec![super::parse::Span {
            text: s.to_string(),
            ..Default::default()
        }];
        self.lines(&text, style, 0.0, CONTENT_W, Alignment::None, section)
    }

    /// Three blocks (organisation, title, version line), one after the other at the top of the
    /// first page, so the structure tree can tell the title from the rest; a rule under them.
    fn title_block(
        &mut self,
        organisation: &str,
        title: &str,
        version_line: &str,
    ) -> Vec<FlowBlock> {
        let org_style = Style {
            family: Family::Sans,
            size: 11.0,
            leading: 16.0,
            color: MUTED,
            ..BODY
        };
        let title_style = Style {
            family: Family::Sans,
            bold: true,
            size: 24.0,
            leading: 30.0,
            color: HEADING,
            ..BODY
        };
        let version_style = Style {
            italic: true,
            ..BODY
        };
        let org_lines = self.plain(organisation, org_style, "title");
        let mut title_lines = self.plain(title, title_style, "title");
        if let Some(first) = title_lines.first_mut() {
            first.anchor = Some("title".into());
        }
        let version_lines = self.plain(version_line, version_style, "title");
        let mut out: Vec<FlowBlock> = [
            (org_lines, Role::Para),
            (title_lines, Role::Heading(1)),
            (version_lines, Role::Para),
        ]
        .into_iter()
        .filter(|(lines, _)| !lines.is_empty())
        .map(|(lines, role)| FlowBlock {
            space_before: 0.0,
            kind: Kind::Text,
            lines,
            role,
        })
        .collect();
        if let Some(last) = out.last_mut().and_then(|b| b.lines.last_mut()) {
            last.height += 14.0;
            let y = last.height - 6.0;
            last.draws.push(Draw::Line {
                x1: 0.0,
                y1: y,
                x2: CONTENT_W,
                y2: y,
                width: 0.8,
                gray: 0.5,
            });
        }
        out
    }

    /// The "Contents" heading.
    fn contents_heading(&mut self, contents_label: &str) -> FlowBlock {
        let contents_style = Style {
            family: Family::Sans,
            bold: true,
            size: 14.0,
            leading: 18.0,
            color: HEADING,
            ..BODY
        };
        let mut lines = self.plain(contents_label, contents_style, "contents");
        if let Some(first) = lines.first_mut() {
            first.anchor = Some("contents".into());
        }
        if let Some(last) = lines.last_mut() {
            last.height += 4.0;
        }
        FlowBlock {
            space_before: 14.0,
            kind: Kind::Heading,
            lines,
            role: Role::Heading(2),
        }
    }

    /// One entry of the contents: the heading's text, all of it a link, and its page number.
    fn contents_entry(&mut self, h: &HeadingRef) -> FlowBlock {
        let indent = if h.level <= 2 { 0.0 } else { 16.0 };
        let style = Style {
            bold: h.level <= 2,
            size: if h.level <= 2 { 10.5 } else { 10.0 },
            leading: if h.level <= 2 { 15.0 } else { 14.0 },
            ..BODY
        };
        let face = FaceId::of(Family::Serif, style.bold, false);
        let text = vec![super::parse::Span {
            text: h.text.clone(),
            ..Default::default()
        }];
        let width = CONTENT_W - indent - TOC_NUMBER_W;
        let mut lines = self.lines(&text, style, indent, width, Alignment::None, &h.id);
        let n = lines.len();
        for (i, l) in lines.iter_mut().enumerate() {
            // The whole entry is the link, not just its text.
            l.links = vec![LinkArea {
                x: indent,
                y: 0.0,
                w: CONTENT_W - indent,
                h: l.height,
                target: LinkTarget::Anchor(h.id.clone()),
                link: None,
            }];
            if i + 1 == n {
                // The entry's text and its page number are two words.
                if let Some(Draw::Text { tag, .. }) = l.draws.last_mut() {
                    tag.space_after = true;
                }
                l.draws.push(Draw::PageNumber {
                    x_right: CONTENT_W,
                    y: baseline(style.size, style.leading),
                    face,
                    size: style.size,
                    anchor: h.id.clone(),
                    color: TEXT,
                });
            }
        }
        FlowBlock {
            space_before: if h.level <= 2 { 4.0 } else { 0.0 },
            kind: Kind::Text,
            lines,
            role: Role::TocEntry { level: h.level },
        }
    }
}

/// The baseline of a line of `size` in a box of height `leading`: text optically centred.
pub fn baseline(size: f32, leading: f32) -> f32 {
    (leading - size) / 2.0 + size * 0.8
}

/// Headings of the body in document order, for the outline and the table of contents.
pub fn headings(blocks: &[Block]) -> Vec<HeadingRef> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, id, inline } => Some(HeadingRef {
                level: *level,
                id: id.clone(),
                text: plain(inline),
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, Span};

    fn layouter(links: &[LinkTarget]) -> Layouter<'_> {
        Layouter::new(
            Metrics::new().unwrap(),
            crate::hyphenate::dictionary("sv"),
            links,
        )
    }

    fn inline(s: &str) -> Inline {
        vec![Span {
            text: s.into(),
            ..Default::default()
        }]
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_between_lines() {
        let mut lay = layouter(&[]);
        let long = "Mycket lång text om personuppgifter i en tabellcell. ".repeat(300);
        let block = lay.table(
            &[inline("A"), inline("B")],
            &[vec![inline("kort"), inline(&long)]],
            &[],
            "s",
        );
        let Kind::Table { header } = &block.kind else {
            panic!()
        };
        assert!(block.lines.len() >= 2, "{}", block.lines.len());
        for piece in &block.lines {
            assert!(piece.height + header.height <= BODY_H, "{}", piece.height);
        }
        // The paginator then places every piece inside a page.
        let pages = crate::paginate::paginate(&[block], BODY_H);
        for page in &pages.pages {
            for p in page {
                assert!(p.y + p.line.height <= BODY_H + 0.01);
            }
        }
    }

    #[test]
    fn kerning_is_measured_and_passed_to_the_writer() {
        let parsed = parse("AVTAL To");
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        let Draw::Text {
            text,
            kerns,
            face,
            size,
            ..
        } = &flow[0].lines[0].draws[0]
        else {
            panic!()
        };
        assert_eq!(text, "AVTAL To");
        // A-V, V-T?, T-A, T-o: at least AV, TA and To are kerned.
        assert!(kerns.len() >= 3, "{kerns:?}");
        assert!(
            kerns.iter().all(|(_, k)| *k > 0.0),
            "tightening is a positive TJ offset"
        );
        let plain = Metrics::new().unwrap().width(*face, *size, text);
        let tightened: f32 = kerns.iter().map(|(_, k)| k / 1000.0 * size).sum();
        assert!(
            tightened > 0.5 && tightened < plain * 0.2,
            "{tightened} of {plain}"
        );
    }

    #[test]
    fn strikethrough_draws_a_line_over_its_words_only() {
        let parsed = parse("Gäller ~~inte~~ längre.");
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        let draws = &flow[0].lines[0].draws;
        let struck: Vec<&Draw> = draws
            .iter()
            .filter(|d| matches!(d, Draw::Line { .. }))
            .collect();
        assert_eq!(struck.len(), 1);
        let Some(Draw::Text { x, text, .. }) = draws
            .iter()
            .find(|d| matches!(d, Draw::Text { text, .. } if text == "inte"))
        else {
            panic!("{draws:?}")
        };
        let Draw::Line { x1, .. } = struck[0] else {
            unreachable!()
        };
        assert_eq!((x1, text.as_str()), (x, "inte"));
    }

    /// Every text command ends inside the content width.
    fn assert_inside(flow: &[FlowBlock]) {
        let mut m = Metrics::new().unwrap();
        for b in flow {
            let header = match &b.kind {
                Kind::Table { header } => Some(header),
                _ => None,
            };
            for l in b.lines.iter().chain(header) {
                for d in &l.draws {
                    if let Draw::Text {
                        x,
                        text,
                        face,
                        size,
                        ..
                    } = d
                    {
                        let w = m.width(*face, *size, text);
                        assert!(*x >= -30.0 && x + w <= CONTENT_W + 0.01, "{x} {w} {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn pathological_input_stays_inside_the_margins() {
        let mut md = String::new();
        for d in 0..25 {
            md.push_str(&"  ".repeat(d));
            md.push_str("- djupt nästlad punkt med lite text\n");
        }
        md.push_str("\n## ");
        md.push_str(&"Mycket lång rubrik ".repeat(20));
        md.push_str("{#long}\n\n");
        md.push_str(&"x".repeat(3000));
        md.push_str("\n\n|");
        md.push_str(&" k |".repeat(40));
        md.push_str("\n|");
        md.push_str(&"---|".repeat(40));
        md.push_str("\n|");
        md.push_str(&" personuppgiftsansvarig |".repeat(40));
        md.push('\n');
        let parsed = parse(&md);
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        assert!(flow.len() > 25);
        assert_inside(&flow);
    }

    /// (text, tag) of every text command of the flow, in order.
    fn texts(flow: &[FlowBlock]) -> Vec<(String, TextTag)> {
        let mut out = Vec::new();
        for b in flow {
            let header = match &b.kind {
                Kind::Table { header } => Some(header),
                _ => None,
            };
            for l in header.into_iter().chain(&b.lines) {
                for d in &l.draws {
                    if let Draw::Text { text, tag, .. } = d {
                        out.push((text.clone(), *tag));
                    }
                }
            }
        }
        out
    }

    /// The text of every text command of the flow, in order, without white space.
    fn drawn_text(flow: &[FlowBlock]) -> String {
        texts(flow)
            .into_iter()
            .flat_map(|(t, _)| t.chars().filter(|c| !c.is_whitespace()).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn text_commands_say_what_they_are_for_the_structure_tree() {
        let md = "- punkt med [länk](https://x.se)\n\n| A | B |\n|---|---|\n| a1 | b1 |\n";
        let parsed = parse(md);
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        assert_eq!(
            flow[0].role,
            Role::ListPara {
                depth: 1,
                marker: Some("•".into())
            }
        );
        assert_eq!(flow[1].role, Role::Table { rows: 2, cols: 2 });
        let t = texts(&flow);
        assert_eq!(t[0].0, "•");
        assert!(t[0].1.label);
        let link = t.iter().find(|(s, _)| s == "länk").unwrap();
        assert_eq!(link.1.link, Some(0));
        let cells: Vec<(&str, Option<(u32, u32)>)> = t
            .iter()
            .filter(|(_, tag)| tag.cell.is_some())
            .map(|(s, tag)| (s.as_str(), tag.cell))
            .collect();
        assert_eq!(
            cells,
            [
                ("A", Some((0, 0))),
                ("B", Some((0, 1))),
                ("a1", Some((1, 0))),
                ("b1", Some((1, 1)))
            ]
        );
    }

    #[test]
    fn line_ends_say_whether_a_space_or_a_hyphen_was_there() {
        let md = "Klagomål lämnas till Integritetsskyddsmyndigheten. ".repeat(40);
        let parsed = parse(&md);
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        let ends: Vec<(String, TextTag)> = flow[0]
            .lines
            .iter()
            .filter_map(|l| match l.draws.last() {
                Some(Draw::Text { text, tag, .. }) => Some((text.clone(), *tag)),
                _ => None,
            })
            .collect();
        let (last, rest) = ends.split_last().unwrap();
        assert!(!last.1.space_after && !last.1.hyphen, "{last:?}");
        for (text, tag) in rest {
            // Every line but the last ends either at a space or with an added hyphen.
            assert!(tag.space_after != tag.hyphen, "{text:?} {tag:?}");
            assert_eq!(tag.hyphen, text.ends_with('-'), "{text:?}");
        }
        assert!(rest.iter().any(|(_, t)| t.hyphen), "no word was hyphenated");
    }

    #[test]
    fn a_long_unbroken_word_in_a_heading_a_paragraph_and_a_cell_stays_inside_the_margins() {
        // 30 000 letters: the breaker that hyphenated the whole rest of the word for every
        // line took minutes for this; it is now cut line by line.
        let word = "personuppgiftsansvarig".repeat(1400)[..30_000].to_string();
        let md = format!("## {word} {{#long}}\n\n{word}\n\n| Namn |\n|---|\n| {word} |\n");
        let parsed = parse(&md);
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        assert_inside(&flow);
        // Heading, paragraph and cell each hold the whole word, nothing lost or added.
        assert_eq!(drawn_text(&flow), format!("{word}{word}Namn{word}"));
        // Many lines, none of them empty.
        let lines: usize = flow.iter().map(|b| b.lines.len()).sum();
        assert!(lines > 30_000 * 2 / 100, "{lines}");
    }

    #[test]
    fn table_columns_fill_the_width_and_cells_wrap() {
        let md = "| Mottagare | Ändamål |\n|---|---|\n| Webbhotell Norden AB | Drift av webbutiken och kunddatabasen, säkerhetskopior och övervakning dygnet runt |\n";
        let parsed = parse(md);
        let mut lay = layouter(&parsed.links);
        let flow = lay.body(&parsed.blocks);
        let Kind::Table { header } = &flow[0].kind else {
            panic!("{:?}", flow[0].kind)
        };
        // Text stays inside the content width.
        for d in header
            .draws
            .iter()
            .chain(flow[0].lines.iter().flat_map(|l| l.draws.iter()))
        {
            if let Draw::Text {
                x,
                text,
                face,
                size,
                ..
            } = d
            {
                let w = Metrics::new().unwrap().width(*face, *size, text);
                assert!(x + w <= CONTENT_W + 0.01, "{text}");
            }
        }
    }
}
