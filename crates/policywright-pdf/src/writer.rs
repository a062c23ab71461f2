//! From placed boxes to PDF bytes: printpdf draws the pages, with marked content for the
//! structure tree (`tags.rs`), and subsets the fonts; lopdf then sets what printpdf cannot
//! (document info from the project, XMP metadata and the sRGB output intent (`xmp.rs`),
//! /Lang, the structure tree, a nested outline in document order, borderless link
//! annotations inside Link elements, a deterministic file id).

use super::fonts::{drawable, is_invisible, FaceId, Metrics};
use super::layout::{
    self, Draw, HeadingRef, Rgb, TextTag, MARGIN_B, MARGIN_L, MARGIN_T, PAGE_H, PAGE_W,
};
use super::paginate::{Pages, Placed};
use super::parse::LinkTarget;
use super::tags::{ElemId, Mark, Structure};
use super::{save, xmp, PdfError, PdfMeta};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

const FOOTER_SIZE: f32 = 8.0;

/// printpdf's parsed fonts, built once per process: parsing a 600 KB face is the most
/// expensive step of a render otherwise.
fn parsed_font(face: FaceId) -> Option<&'static ParsedFont> {
    static PARSED: OnceLock<Vec<Option<ParsedFont>>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            FaceId::ALL
                .iter()
                .map(|f| ParsedFont::from_bytes(f.bytes(), 0, &mut Vec::new()))
                .collect()
        })
        .get(face as usize)?
        .as_ref()
}

fn rgb(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c[0],
        g: c[1],
        b: c[2],
        icc_profile: None,
    })
}

fn gray(g: f32) -> Color {
    rgb([g, g, g])
}

/// PDF y of a point `y` below the top of the body area of a box placed at `top`.
fn pdf_y(top: f32, y: f32) -> f32 {
    PAGE_H - MARGIN_T - top - y
}

/// `/Artifact <</Type /T [/Subtype /S]>> BDC`.
fn artifact(kind: &str, subtype: Option<&str>) -> Op {
    let mut map = BTreeMap::new();
    map.insert("Type".to_string(), DictItem::Name(kind.as_bytes().to_vec()));
    if let Some(s) = subtype {
        map.insert("Subtype".to_string(), DictItem::Name(s.as_bytes().to_vec()));
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Artifact".into(),
        properties: DictItem::Dict { map },
    }
}

/// A page's content in layers: fills and rules (layout artifacts), the footer's rule
/// (a pagination artifact), then all text in one text object, each run inside the marked
/// content of its structure element or of an artifact. One BT/ET per page and no repeated
/// font or colour changes keep the content stream, and so the time spent compressing it,
/// small.
#[derive(Default)]
struct PageOps {
    fills: Vec<Op>,
    rules: Vec<Op>,
    footer_rules: Vec<Op>,
    text: Vec<Op>,
    font: Option<(FaceId, f32)>,
    color: Option<Rgb>,
    /// The marked-content sequence open in `text`.
    open: Option<Mark>,
}

impl PageOps {
    /// Continue the open marked-content sequence if it is `mark`'s, else close it and open
    /// one for `mark` (a new MCID of page `page` for an element).
    fn mark(&mut self, mark: Mark, st: &mut Structure, page: usize) {
        if self.open == Some(mark) {
            return;
        }
        if self.open.is_some() {
            self.text.push(Op::EndMarkedContent);
        }
        self.text.push(match mark {
            Mark::Elem(e) => {
                let mut map = BTreeMap::new();
                map.insert("MCID".to_string(), DictItem::Int(st.mcid(e, page)));
                Op::BeginMarkedContentWithProperties {
                    tag: st.tag_name(e).into(),
                    properties: DictItem::Dict { map },
                }
            }
            Mark::Footer => artifact("Pagination", Some("Footer")),
            Mark::Repeated => artifact("Pagination", None),
            Mark::Hyphen | Mark::Layout => artifact("Layout", None),
        });
        self.open = Some(mark);
    }

    /// More text right after the last, in the same font and colour.
    fn show_more(&mut self, text: &str) {
        self.text.push(Op::ShowText {
            items: vec![TextItem::Text(text.to_string())],
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f32,
        y: f32,
        face: FaceId,
        size: f32,
        color: Rgb,
        text: &str,
        kerns: &[(usize, f32)],
    ) {
        if self.font != Some((face, size)) {
            self.text.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(face.pdf_id().into())),
                size: Pt(size),
            });
            self.font = Some((face, size));
        }
        if self.color != Some(color) {
            self.text.push(Op::SetFillColor { col: rgb(color) });
            self.color = Some(color);
        }
        // Tm, not Td: absolute positions, since all text shares one text object.
        self.text.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(y)),
        });
        self.text.push(Op::ShowText {
            items: kerned_items(text, kerns),
        });
    }

    fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, g: f32) {
        self.rules.push(Op::SetOutlineColor { col: gray(g) });
        self.rules.push(Op::SetOutlineThickness { pt: Pt(width) });
        let point = |x: f32, y: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.rules.push(Op::DrawLine {
            line: Line {
                points: vec![point(x1, y1), point(x2, y2)],
                is_closed: false,
            },
        });
    }

    fn finish(self) -> Vec<Op> {
        let mut ops = Vec::new();
        if !self.fills.is_empty() || !self.rules.is_empty() {
            ops.push(artifact("Layout", None));
            ops.extend(self.fills);
            ops.extend(self.rules);
            ops.push(Op::EndMarkedContent);
        }
        if !self.footer_rules.is_empty() {
            ops.push(artifact("Pagination", Some("Footer")));
            ops.extend(self.footer_rules);
            ops.push(Op::EndMarkedContent);
        }
        if !self.text.is_empty() {
            ops.push(Op::StartTextSection);
            ops.extend(self.text);
            if self.open.is_some() {
                ops.push(Op::EndMarkedContent);
            }
            ops.push(Op::EndTextSection);
        }
        ops
    }
}

/// Text split at the kerning positions, with TJ offsets between the pieces.
fn kerned_items(text: &str, kerns: &[(usize, f32)]) -> Vec<TextItem> {
    let mut items = Vec::with_capacity(1 + 2 * kerns.len());
    let mut starts = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let (mut from, mut seen) = (0usize, 0usize);
    for &(at, offset) in kerns {
        // Byte offset of the `at`-th character; positions are increasing.
        let Some(to) = at.checked_sub(seen).and_then(|n| starts.nth(n)) else {
            break;
        };
        seen = at + 1;
        items.push(TextItem::Text(text[from..to].to_string()));
        items.push(TextItem::Offset(offset));
        from = to;
    }
    items.push(TextItem::Text(text[from..].to_string()));
    items
}

/// A link annotation to add with lopdf once page object ids exist.
struct Annot {
    page: usize,
    rect: [f32; 4],
    target: LinkTarget,
    /// Its Link element.
    elem: Option<ElemId>,
}

pub struct Rendered {
    pub bytes: Vec<u8>,
}

/// Draw the pages and write the file. `links` is the document's link table (what a text
/// command's link index refers to); `st` the structure tree's skeleton for the same flow.
pub fn write(
    pages: &Pages,
    headings: &[HeadingRef],
    links: &[LinkTarget],
    st: Structure,
    meta: &PdfMeta,
    metrics: &mut Metrics,
    file_id: [u8; 16],
) -> Result<Rendered, PdfError> {
    let org_chars = footer_org(metrics, meta.organisation);
    let mut w = PageWriter {
        pages,
        links,
        st,
        metrics,
        used: BTreeSet::new(),
        annots: Vec::new(),
    };
    let total = pages.pages.len();
    let mut pdf_pages = Vec::with_capacity(total);
    for (pi, page) in pages.pages.iter().enumerate() {
        let mut ops = PageOps::default();
        for placed in page {
            w.placed(&mut ops, pi, placed)?;
        }
        ops.mark(Mark::Footer, &mut w.st, pi);
        footer(
            &mut ops,
            meta,
            pi + 1,
            total,
            &org_chars,
            w.metrics,
            &mut w.used,
        );
        pdf_pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops.finish()));
    }
    let mut lo = to_lopdf(pdf_pages, &w.used, meta)?;
    finish(&mut lo, pages, headings, meta, w.annots, &w.st, file_id)?;
    // /Lang and the viewer preferences are PDF 1.4 features; printpdf writes 1.3.
    lo.version = "1.7".to_string();
    compress(&mut lo);
    Ok(Rendered {
        bytes: save::save(lo)?,
    })
}

/// printpdf's document of the drawn pages with the fonts used, as a lopdf document.
fn to_lopdf(
    pdf_pages: Vec<PdfPage>,
    used: &BTreeSet<FaceId>,
    meta: &PdfMeta,
) -> Result<lopdf::Document, PdfError> {
    let mut doc = PdfDocument::new(meta.title);
    for face in used {
        let parsed = parsed_font(*face).ok_or(PdfError::Font(face.file_name()))?;
        doc.resources
            .fonts
            .map
            .insert(FontId(face.pdf_id().into()), PdfFont::new(parsed.clone()));
    }
    doc.pages = pdf_pages;
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    Ok(printpdf::serialize::to_lopdf_doc(
        &doc,
        &opts,
        &mut warnings,
    ))
}

/// What drawing the pages builds up: the structure tree's content, the fonts used, the links.
struct PageWriter<'a> {
    pages: &'a Pages,
    links: &'a [LinkTarget],
    st: Structure,
    metrics: &'a mut Metrics,
    used: BTreeSet<FaceId>,
    annots: Vec<Annot>,
}

/// A link to a heading that is not in the document is dropped (its text stays, as text).
fn goes_somewhere(pages: &Pages, t: &LinkTarget) -> bool {
    match t {
        LinkTarget::Uri(_) => true,
        LinkTarget::Anchor(id) => pages.anchors.contains_key(id),
    }
}

impl PageWriter<'_> {
    /// One placed line of page `pi`: its drawings, then its links.
    fn placed(&mut self, ops: &mut PageOps, pi: usize, placed: &Placed) -> Result<(), PdfError> {
        let top = placed.y;
        for d in &placed.line.draws {
            match d {
                Draw::Text { .. } => self.text(ops, pi, placed, d),
                Draw::PageNumber { .. } => self.page_number(ops, pi, placed, d)?,
                Draw::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    gray: g,
                } => ops.rule(
                    MARGIN_L + x1,
                    pdf_y(top, *y1),
                    MARGIN_L + x2,
                    pdf_y(top, *y2),
                    *width,
                    *g,
                ),
                Draw::Fill {
                    x,
                    y,
                    w,
                    h,
                    gray: g,
                } => {
                    ops.fills.push(Op::SetFillColor { col: gray(*g) });
                    ops.fills.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(MARGIN_L + x),
                            y: Pt(pdf_y(top, y + h)),
                            width: Pt(*w),
                            height: Pt(*h),
                            mode: Some(PaintMode::Fill),
                            winding_order: Some(WindingOrder::NonZero),
                        },
                    });
                }
            }
        }
        self.line_links(pi, placed);
        Ok(())
    }

    /// The structure mark of a drawing: which element its content belongs to.
    fn mark(&mut self, placed: &Placed, tag: &TextTag) -> Mark {
        let (pages, links) = (self.pages, self.links);
        let link_ok = |k: usize| links.get(k).is_some_and(|t| goes_somewhere(pages, t));
        self.st.content(placed.block, placed.repeat, tag, link_ok)
    }

    fn text(&mut self, ops: &mut PageOps, pi: usize, placed: &Placed, d: &Draw) {
        let Draw::Text {
            x,
            y,
            face,
            size,
            text,
            kerns,
            color,
            tag,
        } = d
        else {
            return;
        };
        self.used.insert(*face);
        let mark = self.mark(placed, tag);
        ops.mark(mark, &mut self.st, pi);
        // A hyphen added at the break is drawn as an artifact, so the word reads whole; a break
        // at white space keeps a space, so two words stay two.
        let (words, hyphen) = match text.strip_suffix('-') {
            Some(w) if tag.hyphen => (w, true),
            _ => (text.as_str(), false),
        };
        let shown = if tag.space_after {
            format!("{words} ")
        } else {
            words.to_string()
        };
        if let Mark::Elem(e) = mark {
            self.st.note_text(e, &shown);
        }
        let (x, y) = (MARGIN_L + x, pdf_y(placed.y, *y));
        ops.text(x, y, *face, *size, *color, &shown, kerns);
        if hyphen {
            ops.mark(Mark::Hyphen, &mut self.st, pi);
            ops.show_more("-");
        }
    }

    /// A page number in the contents, right-aligned, of the page its heading is on.
    fn page_number(
        &mut self,
        ops: &mut PageOps,
        pi: usize,
        placed: &Placed,
        d: &Draw,
    ) -> Result<(), PdfError> {
        let Draw::PageNumber {
            x_right,
            y,
            face,
            size,
            anchor,
            color,
        } = d
        else {
            return Ok(());
        };
        let label = self
            .pages
            .anchors
            .get(anchor)
            .map(|(p, _)| (p + 1).to_string())
            .ok_or_else(|| {
                PdfError::Layout(format!("contents entry for unknown heading '{anchor}'"))
            })?;
        let w = self.metrics.width(*face, *size, &label);
        self.used.insert(*face);
        let mark = self.mark(placed, &TextTag::default());
        ops.mark(mark, &mut self.st, pi);
        if let Mark::Elem(e) = mark {
            self.st.note_text(e, &label);
        }
        let (x, y) = (MARGIN_L + x_right - w, pdf_y(placed.y, *y));
        ops.text(x, y, *face, *size, *color, &label, &[]);
        Ok(())
    }

    /// The links on a placed line, each an annotation to add.
    fn line_links(&mut self, pi: usize, placed: &Placed) {
        let top = placed.y;
        for l in &placed.line.links {
            // A repeated header row is an artifact: its links stay in the first one.
            if placed.repeat || !goes_somewhere(self.pages, &l.target) {
                continue;
            }
            let elem = self.st.link_elem(placed.block, l.link);
            if let Some(e) = elem {
                self.st.annot(e, pi, self.annots.len());
            }
            self.annots.push(Annot {
                page: pi,
                rect: [
                    MARGIN_L + l.x,
                    pdf_y(top, l.y + l.h),
                    MARGIN_L + l.x + l.w,
                    pdf_y(top, l.y),
                ],
                target: l.target.clone(),
                elem,
            });
        }
    }
}

/// Deflate every stream at the fastest level: lopdf's `compress` uses the best level, which took
/// a third of the render time to save a few kilobytes. Data that would end with CR is deflated
/// at the next level instead (see [`save::deflate`]), and so is a stream printpdf deflated that
/// ends so.
fn compress(lo: &mut lopdf::Document) {
    for obj in lo.objects.values_mut() {
        let Object::Stream(stream) = obj else {
            continue;
        };
        let packed = if !stream.dict.has(b"Filter") {
            if !stream.allows_compression {
                continue;
            }
            match save::deflate(&stream.content) {
                Some(p) if p.len() < stream.content.len() => p,
                _ => continue,
            }
        } else if stream.content.last() == Some(&b'\r')
            && stream
                .filters()
                .is_ok_and(|f| f.len() == 1 && f[0] == b"FlateDecode")
        {
            match stream
                .decompressed_content()
                .ok()
                .and_then(|d| save::deflate(&d))
            {
                Some(p) => p,
                None => continue,
            }
        } else {
            continue;
        };
        stream
            .dict
            .set("Filter", Object::Name(b"FlateDecode".to_vec()));
        stream.set_content(packed);
    }
}

/// The organisation's characters as the footer draws them, each with its width, up to the
/// first one that no longer fits the content width: the footer cuts the name on every page,
/// and a name of a megabyte must not be measured again on each of them.
fn footer_org(metrics: &mut Metrics, organisation: &str) -> Vec<(char, f32)> {
    let face = FaceId::SansRegular;
    let mut out = Vec::new();
    let mut width = 0.0;
    for ch in organisation.chars().filter(|c| !is_invisible(*c)) {
        let ch = if metrics.has_glyph(face, ch) { ch } else { '?' };
        let cw = metrics.width(face, FOOTER_SIZE, &ch.to_string());
        out.push((ch, cw));
        width += cw;
        if width > layout::CONTENT_W {
            break;
        }
    }
    out
}

fn footer(
    ops: &mut PageOps,
    meta: &PdfMeta,
    page: usize,
    total: usize,
    org_chars: &[(char, f32)],
    metrics: &mut Metrics,
    used: &mut BTreeSet<FaceId>,
) {
    let face = FaceId::SansRegular;
    used.insert(face);
    let y = MARGIN_B - 40.0;
    let before = ops.rules.len();
    ops.rule(
        MARGIN_L,
        y + 12.0,
        PAGE_W - layout::MARGIN_R,
        y + 12.0,
        0.4,
        0.75,
    );
    let rule = ops.rules.split_off(before);
    ops.footer_rules.extend(rule);
    let label = drawable(metrics, face, &(meta.labels.page_of)(page, total));
    let w = metrics.width(face, FOOTER_SIZE, &label);
    // The organisation is truncated rather than allowed to run into the page number.
    let max_org = layout::CONTENT_W - w - 24.0;
    let mut org = String::new();
    let mut ow = 0.0;
    for &(ch, cw) in org_chars {
        if ow + cw > max_org {
            org.push('…');
            break;
        }
        ow += cw;
        org.push(ch);
    }
    ops.text(MARGIN_L, y, face, FOOTER_SIZE, layout::MUTED, &org, &[]);
    ops.text(
        PAGE_W - layout::MARGIN_R - w,
        y,
        face,
        FOOTER_SIZE,
        layout::MUTED,
        &label,
        &[],
    );
}

/// The longest text, in characters, of the document information and of an outline entry:
/// a viewer shows a line of it. Longer text (an organisation name of a megabyte, given three
/// times over as title, author and subject) is cut there and ends with "…".
const MAX_TEXT_STRING: usize = 1000;

/// A text string for document info and outline titles: UTF-16BE with a byte order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    let mut chars = s.chars();
    let mut buf = [0u16; 2];
    for c in chars.by_ref().take(MAX_TEXT_STRING) {
        for u in c.encode_utf16(&mut buf) {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
    }
    if chars.next().is_some() {
        bytes.extend_from_slice(&u16::to_be_bytes('…' as u16));
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A URI action's string is 7-bit ASCII (ISO 32000-1, 12.6.4.7): percent-encode the rest,
/// e.g. a domain or mailbox with å ä ö.
fn uri_ascii(uri: &str) -> String {
    let mut out = String::with_capacity(uri.len());
    for b in uri.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn literal(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

fn dest(page: ObjectId, top: f32) -> Object {
    Object::Array(vec![
        Object::Reference(page),
        Object::Name(b"XYZ".to_vec()),
        Object::Real(0.0),
        Object::Real(top),
        Object::Null,
    ])
}

/// Post-processing on printpdf's document: links, the structure tree, the outline, the
/// catalog and the metadata, added in this order (object numbers follow it).
fn finish(
    lo: &mut lopdf::Document,
    pages: &Pages,
    headings: &[HeadingRef],
    meta: &PdfMeta,
    annots: Vec<Annot>,
    st: &Structure,
    file_id: [u8; 16],
) -> Result<(), PdfError> {
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    if page_ids.len() != pages.pages.len() {
        return Err(PdfError::Write(format!(
            "printpdf wrote {} pages, expected {}",
            page_ids.len(),
            pages.pages.len()
        )));
    }
    let anchor_dest = |id: &str| -> Option<Object> {
        let (p, y) = pages.anchors.get(id)?;
        // A little above the heading, so it is not glued to the window's edge.
        Some(dest(page_ids[*p], (pdf_y(*y, 0.0) + 8.0).min(PAGE_H)))
    };
    let annot_ids = add_links(lo, &page_ids, annots, st, &anchor_dest)?;
    let struct_root = st.write(lo, &page_ids, &annot_ids);
    let outline_root = add_outline(lo, headings, &anchor_dest);
    set_catalog(lo, meta.tag, outline_root, struct_root)?;
    set_metadata(lo, meta, meta.tag, file_id)
}

/// Where a link to a heading goes: a destination, or None for a heading not in the document.
type AnchorDest<'a> = dyn Fn(&str) -> Option<Object> + 'a;

/// Each link an annotation on its page; the annotation of each link in order (None for a link
/// dropped because its heading is not in the document).
fn add_links(
    lo: &mut lopdf::Document,
    page_ids: &[ObjectId],
    annots: Vec<Annot>,
    st: &Structure,
    anchor_dest: &AnchorDest,
) -> Result<Vec<Option<ObjectId>>, PdfError> {
    // Links: borderless, so the text's colour is the only mark, as on the web page. Each is
    // an object of its own, the OBJR of its Link element, printed (/F 4) and described
    // (/Contents: the link's text) for PDF/UA and PDF/A.
    let mut per_page: Vec<Vec<Object>> = vec![Vec::new(); page_ids.len()];
    let mut annot_ids: Vec<Option<ObjectId>> = Vec::with_capacity(annots.len());
    for a in annots {
        annot_ids.push(None);
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"Annot".to_vec()));
        d.set("Subtype", Object::Name(b"Link".to_vec()));
        d.set(
            "Rect",
            Object::Array(a.rect.iter().map(|v| Object::Real(*v)).collect()),
        );
        d.set(
            "Border",
            Object::Array(vec![
                Object::Integer(0),
                Object::Integer(0),
                Object::Integer(0),
            ]),
        );
        d.set("F", Object::Integer(4));
        let text = a.elem.map(|e| st.link_text(e)).unwrap_or_default();
        match &a.target {
            LinkTarget::Uri(uri) => {
                let mut action = Dictionary::new();
                action.set("S", Object::Name(b"URI".to_vec()));
                action.set("URI", literal(&uri_ascii(uri)));
                d.set("A", Object::Dictionary(action));
                let what = uri
                    .strip_prefix("mailto:")
                    .or_else(|| uri.split_once("://").map(|(_, rest)| rest))
                    .unwrap_or(uri);
                d.set(
                    "Contents",
                    text_string(if text.is_empty() { what } else { &text }),
                );
            }
            LinkTarget::Anchor(id) => match anchor_dest(id) {
                Some(dst) => {
                    d.set("Dest", dst);
                    d.set(
                        "Contents",
                        text_string(if text.is_empty() { id } else { &text }),
                    );
                }
                // A link to a heading that is not in the document: the text stays, the
                // link is dropped rather than pointing nowhere.
                None => continue,
            },
        }
        let id = lo.add_object(Object::Dictionary(d));
        if let Some(last) = annot_ids.last_mut() {
            *last = Some(id);
        }
        per_page[a.page].push(Object::Reference(id));
    }
    for (pid, list) in page_ids.iter().zip(per_page) {
        let page = lo
            .get_dictionary_mut(*pid)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        if list.is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", Object::Array(list));
            // Tab order follows the structure tree.
            page.set("Tabs", Object::Name(b"S".to_vec()));
        }
    }
    Ok(annot_ids)
}

/// The outline (bookmarks), nested by heading level, in document order: its root, or None
/// when there are no headings.
fn add_outline(
    lo: &mut lopdf::Document,
    headings: &[HeadingRef],
    anchor_dest: &AnchorDest,
) -> Option<ObjectId> {
    // Outline, nested by heading level, in document order.
    let outline_root = lo.new_object_id();
    let items: Vec<(u8, String, Object, ObjectId)> = headings
        .iter()
        .filter_map(|h| {
            Some((
                h.level,
                h.text.clone(),
                anchor_dest(&h.id)?,
                lo.new_object_id(),
            ))
        })
        .collect();
    let mut dicts: Vec<Dictionary> = items
        .iter()
        .map(|(_, title, dst, _)| {
            let mut d = Dictionary::new();
            d.set("Title", text_string(title));
            d.set("Dest", dst.clone());
            d
        })
        .collect();
    let levels: Vec<u8> = items.iter().map(|(level, ..)| *level).collect();
    let (parent, descendants) = outline_tree(&levels);
    let children =
        |p: Option<usize>| -> Vec<usize> { (0..items.len()).filter(|&i| parent[i] == p).collect() };
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    for p in std::iter::once(None).chain((0..items.len()).map(Some)) {
        let kids = children(p);
        if kids.is_empty() {
            continue;
        }
        for (k, &i) in kids.iter().enumerate() {
            let parent_ref = p.map(|p| items[p].3).unwrap_or(outline_root);
            dicts[i].set("Parent", Object::Reference(parent_ref));
            if k > 0 {
                dicts[i].set("Prev", Object::Reference(items[kids[k - 1]].3));
            }
            if let Some(&n) = kids.get(k + 1) {
                dicts[i].set("Next", Object::Reference(items[n].3));
            }
        }
        let first = Object::Reference(items[kids[0]].3);
        let last = Object::Reference(items[kids[kids.len() - 1]].3);
        match p {
            None => {
                root.set("First", first);
                root.set("Last", last);
                root.set("Count", Object::Integer(items.len() as i64));
            }
            Some(p) => {
                dicts[p].set("First", first);
                dicts[p].set("Last", last);
                dicts[p].set("Count", Object::Integer(descendants[p]));
            }
        }
    }
    for ((.., id), d) in items.iter().zip(dicts) {
        lo.objects.insert(*id, Object::Dictionary(d));
    }
    let has_outline = !items.is_empty();
    if has_outline {
        lo.objects.insert(outline_root, Object::Dictionary(root));
    }
    has_outline.then_some(outline_root)
}

/// The outline's tree from the headings' levels in document order: each item's parent (the
/// nearest earlier item of a lower level) and its number of descendants (the /Count of an
/// open item, ISO 32000-1, 12.3.3).
fn outline_tree(levels: &[u8]) -> (Vec<Option<usize>>, Vec<i64>) {
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(levels.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, level) in levels.iter().enumerate() {
        while stack.last().is_some_and(|&s| levels[s] >= *level) {
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(i);
    }
    let mut descendants = vec![0i64; levels.len()];
    for i in (0..levels.len()).rev() {
        if let Some(p) = parent[i] {
            descendants[p] += 1 + descendants[i];
        }
    }
    (parent, descendants)
}

/// The catalog: language, outline, viewer preferences, and the tagging.
fn set_catalog(
    lo: &mut lopdf::Document,
    lang: &str,
    outline_root: Option<ObjectId>,
    struct_root: ObjectId,
) -> Result<(), PdfError> {
    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    catalog.set("Lang", literal(lang));
    if let Some(outline_root) = outline_root {
        catalog.set("Outlines", Object::Reference(outline_root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    } else {
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
    }
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    // Tagged: PDF/UA-1 and PDF/A-2a, claimed in the XMP below.
    catalog.set("StructTreeRoot", Object::Reference(struct_root));
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    Ok(())
}

/// The document information and the XMP metadata with the output intent, dated from the
/// policy, never the clock; the file identifier.
fn set_metadata(
    lo: &mut lopdf::Document,
    meta: &PdfMeta,
    lang: &str,
    file_id: [u8; 16],
) -> Result<(), PdfError> {
    // Document information, dated from the policy, never the clock; the XMP says the same.
    const CREATOR: &str = "policywright";
    const PRODUCER: &str = "policywright (printpdf, lopdf)";
    let title = full_title(meta);
    let xmp_info = xmp::Info {
        title: &title,
        author: meta.organisation,
        subject: meta.subject,
        lang,
        creator: CREATOR,
        producer: PRODUCER,
        date: meta.effective_date,
    };
    let metadata = lo.add_object(Object::Stream(xmp::metadata_stream(&xmp_info)));
    let icc = lo.add_object(Object::Stream(xmp::icc_stream()));
    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    catalog.set("Metadata", Object::Reference(metadata));
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(xmp::output_intent(icc))]),
    );
    let date = format!("D:{}000000Z", meta.effective_date.replace('-', ""));
    let mut info = Dictionary::new();
    info.set("Title", text_string(&title));
    info.set("Author", text_string(meta.organisation));
    info.set("Subject", text_string(meta.subject));
    info.set("Creator", literal(CREATOR));
    info.set("Producer", literal(PRODUCER));
    // The policy's own version, so a file can be matched to its change log entry.
    info.set("PolicyVersion", text_string(meta.version));
    info.set("CreationDate", literal(&date));
    info.set("ModDate", literal(&date));
    let info_id = match lo.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => id,
        Err(_) => lo.new_object_id(),
    };
    lo.objects.insert(info_id, Object::Dictionary(info));
    lo.trailer.set("Info", Object::Reference(info_id));
    let id = Object::String(file_id.to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

/// "Integritetspolicy – Nordlys Handel AB": what a viewer shows in its title bar.
pub fn full_title(meta: &PdfMeta) -> String {
    if meta.organisation.is_empty() {
        meta.title.to_string()
    } else {
        format!("{} – {}", meta.title, meta.organisation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kerning_becomes_tj_offsets_between_characters() {
        let items = kerned_items("ÅVÄ", &[(1, 50.0), (2, 60.0)]);
        assert_eq!(
            items,
            [
                TextItem::Text("Å".into()),
                TextItem::Offset(50.0),
                TextItem::Text("V".into()),
                TextItem::Offset(60.0),
                TextItem::Text("Ä".into()),
            ]
        );
        assert_eq!(kerned_items("ab", &[]), [TextItem::Text("ab".into())]);
    }

    #[test]
    fn uris_are_written_as_ascii() {
        assert_eq!(
            uri_ascii("https://x.se/a?b=1&c=2"),
            "https://x.se/a?b=1&c=2"
        );
        assert_eq!(uri_ascii("mailto:åsa@x.se"), "mailto:%C3%A5sa@x.se");
        assert_eq!(uri_ascii("https://x.se/a b"), "https://x.se/a%20b");
    }

    #[test]
    fn document_information_is_cut_after_a_thousand_characters() {
        let decode = |o: Object| {
            let Object::String(b, _) = o else {
                panic!("{o:?}")
            };
            assert_eq!(&b[..2], &[0xFE, 0xFF]);
            let units: Vec<u16> = b[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        };
        assert_eq!(
            decode(text_string("Nordlys Handel AB")),
            "Nordlys Handel AB"
        );
        // At the limit nothing is cut, characters outside the BMP included.
        let full = "😀".repeat(MAX_TEXT_STRING);
        assert_eq!(decode(text_string(&full)), full);
        let cut = decode(text_string(&"å".repeat(1_000_000)));
        assert_eq!(cut, format!("{}…", "å".repeat(MAX_TEXT_STRING)));
    }
}
