//! The PDF writer: policy Markdown in, a print-ready A4 PDF out.
//!
//! A small pipeline of pure steps, each tested on its own (see docs/pdf.md):
//! `parse` (pulldown-cmark events to blocks) → `layout` (blocks to line boxes, with
//! `fonts` for metrics and `linebreak`/`hyphenate` for lines) → `paginate` (boxes to pages)
//! → `writer` (printpdf draws and subsets, lopdf adds metadata, outline and links), with
//! `tags` for the structure tree and `xmp` for the PDF/UA-1 and PDF/A-2a metadata.

mod fonts;
mod hyphenate;
mod layout;
mod linebreak;
mod paginate;
mod parse;
mod save;
mod tags;
mod writer;
mod xmp;

use layout::{FlowBlock, Layouter};

/// What the PDF says about itself and prints around the policy text.
pub struct PdfMeta<'a> {
    /// The language's code ("sv"): it makes the file's /ID, with the rest of the metadata.
    pub lang: &'a str,
    /// The language's BCP 47 tag ("sv-SE"), written to /Lang.
    pub tag: &'a str,
    /// The hyphenation dictionary ("sv", "en-gb"), or "" to break only at spaces and, for
    /// over-long words, anywhere.
    pub hyphenation: &'a str,
    /// "Integritetspolicy" / "Privacy policy": document title and title block.
    pub title: &'a str,
    /// Author metadata, title block and footer.
    pub organisation: &'a str,
    /// Metadata subject.
    pub subject: &'a str,
    /// e.g. "2.0": written to the document information as /PolicyVersion.
    pub version: &'a str,
    /// "YYYY-MM-DD": creation and modification date of the file (never the clock).
    pub effective_date: &'a str,
    /// Translated strings, filled by the caller from Fluent (locales/*/pdf.ftl).
    pub labels: PdfLabels,
}

/// Translated strings the PDF prints.
pub struct PdfLabels {
    /// "Innehåll" / "Contents".
    pub contents: String,
    /// Already formatted, e.g. "Version 2.0 · gäller från 15 januari 2026".
    pub version_line: String,
    /// (page, pages) -> "Sida 3 av 9" / "Page 3 of 9".
    pub page_of: Box<dyn Fn(usize, usize) -> String>,
}

pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub warnings: Vec<PdfWarning>,
}

/// A character the embedded fonts lack; it was drawn with the other family or as '?'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfWarning {
    pub character: char,
    /// Id of the heading the character is under ("title" before the first heading).
    pub section: String,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the PDF's language tag '{0}' is not a BCP 47 tag such as \"sv-SE\"")]
    Language(String),
    #[error("effective date '{0}' is not a date of the form YYYY-MM-DD")]
    Date(String),
    /// The file name of the embedded font, e.g. "NotoSerif-Regular.ttf".
    #[error("embedded font {0} could not be parsed")]
    Font(&'static str),
    #[error("layout failed: {0}")]
    Layout(String),
    #[error("writing the PDF failed: {0}")]
    Write(String),
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| d.get(r).and_then(|s| s.parse::<u32>().ok());
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    ) && b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A stable file identifier: FNV-1a over everything that determines the output, so the
/// same input gives the same bytes and a different input a different /ID.
fn file_id(markdown: &str, meta: &PdfMeta) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (half, seed) in [0xcbf2_9ce4_8422_2325u64, 0x8422_2325_cbf2_9ce4]
        .iter()
        .enumerate()
    {
        let mut h = *seed;
        for part in [
            markdown,
            meta.lang,
            meta.title,
            meta.organisation,
            meta.subject,
            meta.version,
            meta.effective_date,
            &meta.labels.contents,
            &meta.labels.version_line,
        ] {
            for b in part.bytes().chain(std::iter::once(0xff)) {
                h ^= b as u64;
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        out[half * 8..half * 8 + 8].copy_from_slice(&h.to_be_bytes());
    }
    out
}

/// Render the policy Markdown (the library's Markdown contract) to a PDF.
pub fn render_pdf(markdown: &str, meta: &PdfMeta) -> Result<PdfOutput, PdfError> {
    let is_tag =
        |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !is_tag(meta.tag) {
        return Err(PdfError::Language(meta.tag.to_string()));
    }
    if !valid_date(meta.effective_date) {
        return Err(PdfError::Date(meta.effective_date.to_string()));
    }
    let parsed = parse::parse(markdown);
    let headings = layout::headings(&parsed.blocks);
    let metrics = fonts::Metrics::new().ok_or(PdfError::Font("one of assets/fonts/*.ttf"))?;
    let mut lay = Layouter::new(
        metrics,
        hyphenate::dictionary(meta.hyphenation),
        &parsed.links,
    );
    let mut flow: Vec<FlowBlock> = lay.front(
        meta.organisation,
        meta.title,
        &meta.labels.version_line,
        &meta.labels.contents,
        &headings,
    );
    flow.extend(lay.body(&parsed.blocks));
    let pages = paginate::paginate(&flow, layout::BODY_H);
    let structure = tags::Structure::build(&flow);
    let mut metrics = lay.metrics;
    let out = writer::write(
        &pages,
        &headings,
        &parsed.links,
        structure,
        meta,
        &mut metrics,
        file_id(markdown, meta),
    )?;
    Ok(PdfOutput {
        bytes: out.bytes,
        warnings: lay.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(lang: &'static str) -> PdfMeta<'static> {
        PdfMeta {
            lang,
            tag: if lang == "sv" { "sv-SE" } else { "en-GB" },
            hyphenation: if lang == "sv" { "sv" } else { "en-gb" },
            title: "Integritetspolicy",
            organisation: "Testbolaget AB",
            subject: "Integritetspolicy",
            version: "1.0",
            effective_date: "2026-01-15",
            labels: PdfLabels {
                contents: "Innehåll".into(),
                version_line: "Version 1.0".into(),
                page_of: Box::new(|p, n| format!("Sida {p} av {n}")),
            },
        }
    }

    #[test]
    fn dates_are_validated() {
        assert!(valid_date("2026-01-15"));
        for bad in [
            "2026-1-15",
            "2026-13-01",
            "20260115",
            "2026-01-1x",
            "2026–01–15",
        ] {
            assert!(!valid_date(bad), "{bad}");
        }
        let mut m = meta("sv");
        m.effective_date = "15 januari";
        assert!(matches!(render_pdf("", &m), Err(PdfError::Date(_))));
        let mut m = meta("sv");
        m.tag = "sv SE";
        assert!(matches!(render_pdf("", &m), Err(PdfError::Language(_))));
    }

    #[test]
    fn missing_character_is_a_warning_not_a_panic() {
        let md = "## 1. Om oss {#about}\n\nSe pilen → här.\n";
        let out = render_pdf(md, &meta("sv")).unwrap();
        assert_eq!(out.warnings.len(), 1);
        assert_eq!(out.warnings[0].character, '→');
        assert_eq!(out.warnings[0].section, "about");
        assert!(out.bytes.starts_with(b"%PDF-"));
    }

    #[test]
    fn fluent_isolation_marks_are_not_drawn() {
        // fluent-bundle wraps placeables in U+2068/U+2069 unless isolation is turned off.
        let mut m = meta("sv");
        m.labels.version_line = "Version \u{2068}1.0\u{2069}".into();
        m.labels.page_of =
            Box::new(|p, n| format!("Sida \u{2068}{p}\u{2069} av \u{2068}{n}\u{2069}"));
        let out = render_pdf("## A {#a}\n\nText.\n", &m).unwrap();
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    }

    #[test]
    fn empty_and_odd_input_renders() {
        for md in [
            "",
            "# Bara titel {#title}",
            "| a |\n|---|\n",
            "- \n- \n",
            "[x](#nowhere)",
        ] {
            let out = render_pdf(md, &meta("en")).unwrap();
            assert!(out.bytes.len() > 1000, "{md:?}");
        }
    }

    #[test]
    fn odd_links_survive_a_reparse() {
        let md = "## A {#a}\n\n[w](https://sv.wikipedia.org/wiki/Dataskydd_(EU)) och [Åsa](mailto:åsa@x.se) och [a](#a).\n";
        let out = render_pdf(md, &meta("sv")).unwrap();
        let doc = lopdf::Document::load_mem(&out.bytes).expect("lopdf reads the file back");
        let mut uris = Vec::new();
        for (_, pid) in doc.get_pages() {
            let page = doc.get_dictionary(pid).unwrap();
            let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
                continue;
            };
            for a in annots {
                let a = doc.get_dictionary(a.as_reference().unwrap()).unwrap();
                if let Ok(action) = a.get(b"A").and_then(|x| x.as_dict()) {
                    uris.push(action.get(b"URI").unwrap().as_str().unwrap().to_vec());
                }
            }
        }
        assert_eq!(
            uris,
            [
                b"https://sv.wikipedia.org/wiki/Dataskydd_(EU)".to_vec(),
                b"mailto:%C3%A5sa@x.se".to_vec()
            ]
        );
    }

    #[test]
    fn same_input_same_bytes() {
        let md = "## 1. Om oss {#about}\n\nText med å ä ö och 6\u{a0}§.\n";
        let a = render_pdf(md, &meta("sv")).unwrap().bytes;
        let b = render_pdf(md, &meta("sv")).unwrap().bytes;
        assert_eq!(a, b);
    }
}
