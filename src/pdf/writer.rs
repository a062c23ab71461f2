//! From placed boxes to PDF bytes: printpdf draws the pages and subsets the fonts; lopdf then
//! sets what printpdf cannot (document info from the project, /Lang, a nested outline in
//! document order, borderless link annotations, a deterministic file id).

use super::fonts::{FaceId, Metrics};
use super::layout::{self, Draw, HeadingRef, Rgb, MARGIN_B, MARGIN_L, MARGIN_T, PAGE_H, PAGE_W};
use super::paginate::Pages;
use super::parse::LinkTarget;
use super::{PdfError, PdfMeta};
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, WindingOrder,
};
use std::collections::BTreeSet;
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

fn text_ops(ops: &mut Vec<Op>, x: f32, y: f32, face: FaceId, size: f32, color: Rgb, text: &str) {
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor { col: rgb(color) });
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(FontId(face.pdf_id().into())),
        size: Pt(size),
    });
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::Text(text.to_string())],
    });
    ops.push(Op::EndTextSection);
}

/// A link annotation to add with lopdf once page object ids exist.
struct Annot {
    page: usize,
    rect: [f32; 4],
    target: LinkTarget,
}

pub struct Rendered {
    pub bytes: Vec<u8>,
}

/// Draw the pages and write the file.
pub fn write(
    pages: &Pages,
    headings: &[HeadingRef],
    meta: &PdfMeta,
    metrics: &mut Metrics,
    file_id: [u8; 16],
) -> Result<Rendered, PdfError> {
    let total = pages.pages.len();
    let page_label = |a: &str| pages.anchors.get(a).map(|(p, _)| (p + 1).to_string());
    let mut used: BTreeSet<FaceId> = BTreeSet::new();
    let mut pdf_pages = Vec::with_capacity(total);
    let mut annots = Vec::new();
    for (pi, page) in pages.pages.iter().enumerate() {
        let mut ops = Vec::new();
        for placed in page {
            let top = placed.y;
            for d in &placed.line.draws {
                match d {
                    Draw::Text {
                        x,
                        y,
                        face,
                        size,
                        text,
                        color,
                    } => {
                        used.insert(*face);
                        text_ops(
                            &mut ops,
                            MARGIN_L + x,
                            pdf_y(top, *y),
                            *face,
                            *size,
                            *color,
                            text,
                        );
                    }
                    Draw::PageNumber {
                        x_right,
                        y,
                        face,
                        size,
                        anchor,
                        color,
                    } => {
                        let label = page_label(anchor).ok_or_else(|| {
                            PdfError::Layout(format!(
                                "contents entry for unknown heading '{anchor}'"
                            ))
                        })?;
                        let w = metrics.width(*face, *size, &label);
                        used.insert(*face);
                        text_ops(
                            &mut ops,
                            MARGIN_L + x_right - w,
                            pdf_y(top, *y),
                            *face,
                            *size,
                            *color,
                            &label,
                        );
                    }
                    Draw::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                        gray: g,
                    } => {
                        ops.push(Op::SetOutlineColor { col: gray(*g) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: Point {
                                            x: Pt(MARGIN_L + x1),
                                            y: Pt(pdf_y(top, *y1)),
                                        },
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: Point {
                                            x: Pt(MARGIN_L + x2),
                                            y: Pt(pdf_y(top, *y2)),
                                        },
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                    Draw::Fill {
                        x,
                        y,
                        w,
                        h,
                        gray: g,
                    } => {
                        ops.push(Op::SetFillColor { col: gray(*g) });
                        ops.push(Op::DrawRectangle {
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
            for l in &placed.line.links {
                annots.push(Annot {
                    page: pi,
                    rect: [
                        MARGIN_L + l.x,
                        pdf_y(top, l.y + l.h),
                        MARGIN_L + l.x + l.w,
                        pdf_y(top, l.y),
                    ],
                    target: l.target.clone(),
                });
            }
        }
        footer(&mut ops, meta, pi + 1, total, metrics, &mut used);
        pdf_pages.push(PdfPage::new(Mm(210.0), Mm(297.0), ops));
    }

    let mut doc = PdfDocument::new(meta.title);
    for face in &used {
        let parsed = parsed_font(*face).ok_or(PdfError::Font(*face))?;
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
    let mut lo = printpdf::serialize::to_lopdf_doc(&doc, &opts, &mut warnings);
    finish(&mut lo, pages, headings, meta, annots, file_id)?;
    // /Lang and the viewer preferences are PDF 1.4 features; printpdf writes 1.3.
    lo.version = "1.7".to_string();
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(Rendered { bytes })
}

fn footer(
    ops: &mut Vec<Op>,
    meta: &PdfMeta,
    page: usize,
    total: usize,
    metrics: &mut Metrics,
    used: &mut BTreeSet<FaceId>,
) {
    let face = FaceId::SansRegular;
    used.insert(face);
    let y = MARGIN_B - 40.0;
    ops.push(Op::SetOutlineColor { col: gray(0.75) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
    ops.push(Op::DrawLine {
        line: Line {
            points: vec![
                LinePoint {
                    p: Point {
                        x: Pt(MARGIN_L),
                        y: Pt(y + 12.0),
                    },
                    bezier: false,
                },
                LinePoint {
                    p: Point {
                        x: Pt(PAGE_W - layout::MARGIN_R),
                        y: Pt(y + 12.0),
                    },
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    });
    let label = (meta.labels.page_of)(page, total);
    let w = metrics.width(face, FOOTER_SIZE, &label);
    // The organisation is truncated rather than allowed to run into the page number.
    let max_org = layout::CONTENT_W - w - 24.0;
    let mut org = String::new();
    let mut ow = 0.0;
    for ch in meta.organisation.chars() {
        let cw = metrics.width(face, FOOTER_SIZE, &ch.to_string());
        if ow + cw > max_org {
            org.push('…');
            break;
        }
        ow += cw;
        org.push(ch);
    }
    text_ops(ops, MARGIN_L, y, face, FOOTER_SIZE, layout::MUTED, &org);
    text_ops(
        ops,
        PAGE_W - layout::MARGIN_R - w,
        y,
        face,
        FOOTER_SIZE,
        layout::MUTED,
        &label,
    );
}

/// A text string for document info and outline titles: UTF-16BE with a byte order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
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

/// Post-processing on printpdf's document.
fn finish(
    lo: &mut lopdf::Document,
    pages: &Pages,
    headings: &[HeadingRef],
    meta: &PdfMeta,
    annots: Vec<Annot>,
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

    // Links: borderless, so the text's colour is the only mark, as on the web page.
    let mut per_page: Vec<Vec<Object>> = vec![Vec::new(); page_ids.len()];
    for a in annots {
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
        match &a.target {
            LinkTarget::Uri(uri) => {
                let mut action = Dictionary::new();
                action.set("S", Object::Name(b"URI".to_vec()));
                action.set("URI", literal(uri));
                d.set("A", Object::Dictionary(action));
            }
            LinkTarget::Anchor(id) => match anchor_dest(id) {
                Some(dst) => d.set("Dest", dst),
                // A link to a heading that is not in the document: the text stays, the
                // link is dropped rather than pointing nowhere.
                None => continue,
            },
        }
        per_page[a.page].push(Object::Dictionary(d));
    }
    for (pid, list) in page_ids.iter().zip(per_page) {
        let page = lo
            .get_dictionary_mut(*pid)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        if list.is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", Object::Array(list));
        }
    }

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
    // Parent of each item: the nearest earlier item of a lower level.
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(items.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, (level, ..)) in items.iter().enumerate() {
        while stack.last().is_some_and(|&s| items[s].0 >= *level) {
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(i);
    }
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
        // Top-level entries open; sub-entries shown under them (positive count = open).
        let count = Object::Integer(kids.len() as i64);
        match p {
            None => {
                root.set("First", first);
                root.set("Last", last);
                root.set("Count", Object::Integer(items.len() as i64));
            }
            Some(p) => {
                dicts[p].set("First", first);
                dicts[p].set("Last", last);
                dicts[p].set("Count", count);
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

    // Catalog.
    let lang = match meta.lang {
        "sv" => "sv-SE",
        _ => "en-GB",
    };
    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    catalog.set("Lang", literal(lang));
    if has_outline {
        catalog.set("Outlines", Object::Reference(outline_root));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    } else {
        catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
    }
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    // No PDF/A or PDF/X claim: printpdf cannot produce either.
    catalog.remove(b"OutputIntents");
    catalog.remove(b"Metadata");

    // Document information, dated from the policy, never the clock.
    let date = format!("D:{}000000Z", meta.effective_date.replace('-', ""));
    let mut info = Dictionary::new();
    info.set("Title", text_string(&full_title(meta)));
    info.set("Author", text_string(meta.organisation));
    info.set("Subject", text_string(meta.subject));
    info.set("Creator", literal("policywright"));
    info.set("Producer", literal("policywright (printpdf, lopdf)"));
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
