//! Placing blocks: every block becomes a list of line boxes (a text line, a table row) with
//! their drawing commands relative to the box, ready for the paginator.

use super::fonts::{coverage, Coverage, FaceId, Family, Metrics};
use super::linebreak::{break_lines, StyledText};
use super::parse::{plain, Block, Inline, LinkTarget};
use super::PdfWarning;
use hyphenation::Standard;
use pulldown_cmark::Alignment;

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
        color: Rgb,
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

#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub target: LinkTarget,
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

#[derive(Debug, Clone, PartialEq)]
pub struct FlowBlock {
    pub space_before: f32,
    pub kind: Kind,
    pub lines: Vec<LineBox>,
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
}

impl Layouter<'_> {
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
                    // A soft hyphen is a hint for the breaker that the dictionary already
                    // covers; drawn, it would show as a stray hyphen.
                    '\u{ad}' => continue,
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
                st.push(ch, face, adv, span.link);
            }
        }
        st
    }

    fn warn(&mut self, character: char, section: &str, what: &str) {
        if self
            .warnings
            .iter()
            .any(|w| w.character == character && w.section == section)
        {
            return;
        }
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
            .map(|r| {
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
                // Runs of one face and one link become one text command.
                let mut i = r.start;
                while i < r.end {
                    let g0 = &st.glyphs[i];
                    let mut j = i;
                    let mut text = String::new();
                    let mut w = 0.0;
                    while j < r.end && st.glyphs[j].face == g0.face && st.glyphs[j].link == g0.link
                    {
                        text.push(st.glyphs[j].ch);
                        w += st.glyphs[j].adv;
                        j += 1;
                    }
                    if j == r.end && r.hyphen {
                        text.push('-');
                        w += hyphen_adv;
                    }
                    let target = g0.link.and_then(|l| self.links.get(l)).cloned();
                    lb.draws.push(Draw::Text {
                        x: cx,
                        y: baseline,
                        face: g0.face,
                        size: style.size,
                        text,
                        color: if target.is_some() { LINK } else { style.color },
                    });
                    if let Some(target) = target {
                        lb.links.push(LinkArea {
                            x: cx,
                            y: 0.0,
                            w,
                            h: style.leading,
                            target,
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
                    });
                    prev_was_list = false;
                }
                Block::Para {
                    inline,
                    depth,
                    marker,
                    section,
                } => {
                    let x = LIST_INDENT * *depth as f32;
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
                                color: TEXT,
                            },
                        );
                    }
                    let in_list = *depth > 0;
                    out.push(FlowBlock {
                        // List items sit closer together than paragraphs.
                        space_before: if in_list && prev_was_list { 2.0 } else { 7.0 },
                        kind: Kind::Text,
                        lines,
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
                    });
                    prev_was_list = false;
                }
            }
        }
        out
    }

    /// Column widths. Each column first gets its longest word up to 60 pt (longer words are
    /// hyphenated), then, if there is room, up to 90 pt, so that compounds stay whole; what
    /// is left goes to the columns with the most text. One URL cannot starve the others.
    fn column_widths(&mut self, all: &[&Vec<Inline>], ncols: usize, section: &str) -> Vec<f32> {
        let inner = |w: f32| w + 2.0 * CELL_PAD;
        let mut longest = vec![12.0f32; ncols];
        let mut max = vec![inner(12.0); ncols];
        let style = Style {
            size: TABLE_SIZE,
            leading: TABLE_LEADING,
            ..BODY
        };
        for row in all {
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
        let base: Vec<f32> = longest.iter().map(|l| inner(l.min(60.0))).collect();
        let want: Vec<f32> = longest.iter().map(|l| inner(l.min(90.0))).collect();
        let sum = |v: &[f32]| v.iter().sum::<f32>();
        let (sbase, swant, smax) = (sum(&base), sum(&want), sum(&max));
        if smax <= CONTENT_W {
            // Everything fits on one line: share the slack in proportion to the content.
            return max.iter().map(|m| m * CONTENT_W / smax).collect();
        }
        if sbase >= CONTENT_W {
            return base.iter().map(|m| m * CONTENT_W / sbase).collect();
        }
        if swant >= CONTENT_W {
            let f = (CONTENT_W - sbase) / (swant - sbase);
            return base
                .iter()
                .zip(&want)
                .map(|(b, w)| b + (w - b) * f)
                .collect();
        }
        let extra = CONTENT_W - swant;
        let spread: f32 = max.iter().zip(&want).map(|(m, w)| (m - w).max(0.0)).sum();
        want.iter()
            .zip(&max)
            .map(|(lo, hi)| lo + extra * (hi - lo).max(0.0) / spread)
            .collect()
    }

    fn row(
        &mut self,
        cells: &[Inline],
        widths: &[f32],
        align: &[Alignment],
        header: bool,
        section: &str,
    ) -> LineBox {
        let style = Style {
            family: if header { Family::Sans } else { Family::Serif },
            bold: header,
            size: TABLE_SIZE,
            leading: TABLE_LEADING,
            ..BODY
        };
        let mut lb = LineBox::default();
        let mut x = 0.0;
        let mut lines_max = 1usize;
        let empty = Vec::new();
        for (c, w) in widths.iter().enumerate() {
            let cell = cells.get(c).unwrap_or(&empty);
            let a = align.get(c).copied().unwrap_or(Alignment::None);
            let lines = self.lines(cell, style, x + CELL_PAD, w - 2.0 * CELL_PAD, a, section);
            lines_max = lines_max.max(lines.len());
            for (i, l) in lines.into_iter().enumerate() {
                let dy = CELL_PAD + i as f32 * TABLE_LEADING;
                for mut d in l.draws {
                    if let Draw::Text { y, .. } = &mut d {
                        *y += dy;
                    }
                    lb.draws.push(d);
                }
                for mut a in l.links {
                    a.y += dy;
                    lb.links.push(a);
                }
            }
            x += w;
        }
        lb.height = lines_max as f32 * TABLE_LEADING + 2.0 * CELL_PAD;
        if header {
            lb.draws.insert(
                0,
                Draw::Fill {
                    x: 0.0,
                    y: 0.0,
                    w: CONTENT_W,
                    h: lb.height,
                    gray: 0.92,
                },
            );
        }
        lb.draws.push(Draw::Line {
            x1: 0.0,
            y1: lb.height,
            x2: CONTENT_W,
            y2: lb.height,
            width: if header { 0.8 } else { 0.4 },
            gray: if header { 0.35 } else { 0.7 },
        });
        lb
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
        let header = self.row(header, &widths, align, true, section);
        let lines = rows
            .iter()
            .map(|r| self.row(r, &widths, align, false, section))
            .collect();
        FlowBlock {
            space_before: 10.0,
            kind: Kind::Table { header },
            lines,
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
        let text = |s: &str| -> Inline {
            vec![super::parse::Span {
                text: s.to_string(),
                ..Default::default()
            }]
        };
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
        let mut title_lines = self.lines(
            &text(organisation),
            org_style,
            0.0,
            CONTENT_W,
            Alignment::None,
            "title",
        );
        let mut t = self.lines(
            &text(title),
            title_style,
            0.0,
            CONTENT_W,
            Alignment::None,
            "title",
        );
        if let Some(first) = t.first_mut() {
            first.anchor = Some("title".into());
        }
        title_lines.extend(t);
        title_lines.extend(self.lines(
            &text(version_line),
            version_style,
            0.0,
            CONTENT_W,
            Alignment::None,
            "title",
        ));
        if let Some(last) = title_lines.last_mut() {
            // Rule under the title block.
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
        let mut out = vec![FlowBlock {
            space_before: 0.0,
            kind: Kind::Text,
            lines: title_lines,
        }];
        let contents_style = Style {
            family: Family::Sans,
            bold: true,
            size: 14.0,
            leading: 18.0,
            color: HEADING,
            ..BODY
        };
        let mut lines = self.lines(
            &text(contents_label),
            contents_style,
            0.0,
            CONTENT_W,
            Alignment::None,
            "contents",
        );
        if let Some(first) = lines.first_mut() {
            first.anchor = Some("contents".into());
        }
        if let Some(last) = lines.last_mut() {
            last.height += 4.0;
        }
        out.push(FlowBlock {
            space_before: 14.0,
            kind: Kind::Heading,
            lines,
        });
        for h in headings {
            let indent = if h.level <= 2 { 0.0 } else { 16.0 };
            let style = Style {
                bold: h.level <= 2,
                size: if h.level <= 2 { 10.5 } else { 10.0 },
                leading: if h.level <= 2 { 15.0 } else { 14.0 },
                ..BODY
            };
            let face = FaceId::of(Family::Serif, style.bold, false);
            let mut lines = self.lines(
                &text(&h.text),
                style,
                indent,
                CONTENT_W - indent - TOC_NUMBER_W,
                Alignment::None,
                &h.id,
            );
            let n = lines.len();
            for (i, l) in lines.iter_mut().enumerate() {
                // The whole entry is the link, not just its text.
                l.links = vec![LinkArea {
                    x: indent,
                    y: 0.0,
                    w: CONTENT_W - indent,
                    h: l.height,
                    target: LinkTarget::Anchor(h.id.clone()),
                }];
                if i + 1 == n {
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
            out.push(FlowBlock {
                space_before: if h.level <= 2 { 4.0 } else { 0.0 },
                kind: Kind::Text,
                lines,
            });
        }
        out.push(FlowBlock {
            space_before: 0.0,
            kind: Kind::PageBreak,
            lines: Vec::new(),
        });
        out
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
