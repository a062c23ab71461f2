//! Font data and metrics: the embedded Noto faces and advance widths read with ttf-parser.
//!
//! Widths are measured without kerning on purpose: printpdf's `ShowText` draws glyphs at
//! their plain advances, so measuring with kerning would make lines wider or narrower on
//! paper than the line breaker believed.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One of the embedded faces. Serif is the body family, sans the heading family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaceId {
    SerifRegular,
    SerifBold,
    SerifItalic,
    SansRegular,
    SansBold,
    SansItalic,
}

/// The two families, so a style can be asked for in either.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Serif,
    Sans,
}

impl FaceId {
    pub const ALL: [FaceId; 6] = [
        FaceId::SerifRegular,
        FaceId::SerifBold,
        FaceId::SerifItalic,
        FaceId::SansRegular,
        FaceId::SansBold,
        FaceId::SansItalic,
    ];

    /// The face for a family and style. No bold-italic face is shipped: bold wins, because
    /// in a policy bold marks defined terms and must stay visible.
    pub fn of(family: Family, bold: bool, italic: bool) -> FaceId {
        match (family, bold, italic) {
            (Family::Serif, true, _) => FaceId::SerifBold,
            (Family::Serif, false, true) => FaceId::SerifItalic,
            (Family::Serif, false, false) => FaceId::SerifRegular,
            (Family::Sans, true, _) => FaceId::SansBold,
            (Family::Sans, false, true) => FaceId::SansItalic,
            (Family::Sans, false, false) => FaceId::SansRegular,
        }
    }

    /// The same style in the other family: the first fallback for a missing glyph.
    pub fn other_family(self) -> FaceId {
        match self {
            FaceId::SerifRegular => FaceId::SansRegular,
            FaceId::SerifBold => FaceId::SansBold,
            FaceId::SerifItalic => FaceId::SansItalic,
            FaceId::SansRegular => FaceId::SerifRegular,
            FaceId::SansBold => FaceId::SerifBold,
            FaceId::SansItalic => FaceId::SerifItalic,
        }
    }

    /// Fixed PDF resource names. printpdf uses the font id both as the resource name and,
    /// cut to six letters, as the subset tag: fixed upper-case ids keep the output
    /// deterministic and the tags valid (six capitals, ISO 32000-1 9.6.4).
    pub fn pdf_id(self) -> &'static str {
        match self {
            FaceId::SerifRegular => "PWSERA",
            FaceId::SerifBold => "PWSERB",
            FaceId::SerifItalic => "PWSERC",
            FaceId::SansRegular => "PWSANA",
            FaceId::SansBold => "PWSANB",
            FaceId::SansItalic => "PWSANC",
        }
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            FaceId::SerifRegular => include_bytes!("../../assets/fonts/NotoSerif-Regular.ttf"),
            FaceId::SerifBold => include_bytes!("../../assets/fonts/NotoSerif-Bold.ttf"),
            FaceId::SerifItalic => include_bytes!("../../assets/fonts/NotoSerif-Italic.ttf"),
            FaceId::SansRegular => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            FaceId::SansBold => include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
            FaceId::SansItalic => include_bytes!("../../assets/fonts/NotoSans-Italic.ttf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Parsed faces, shared by all renders (parsing is cheap but not free, and the data is
/// static).
fn faces() -> Option<&'static [ttf_parser::Face<'static>]> {
    static FACES: OnceLock<Option<Vec<ttf_parser::Face<'static>>>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            FaceId::ALL
                .iter()
                .map(|f| ttf_parser::Face::parse(f.bytes(), 0).ok())
                .collect()
        })
        .as_deref()
}

/// Advance widths in em, cached per render (a policy uses a few hundred distinct glyphs).
pub struct Metrics {
    faces: &'static [ttf_parser::Face<'static>],
    cache: HashMap<(FaceId, char), Option<f32>>,
}

impl Metrics {
    /// None only if an embedded font fails to parse, which a test guards against.
    pub fn new() -> Option<Metrics> {
        Some(Metrics {
            faces: faces()?,
            cache: HashMap::new(),
        })
    }

    /// The advance of `ch` in `face`, in em; None if the face has no glyph for it.
    pub fn advance_em(&mut self, face: FaceId, ch: char) -> Option<f32> {
        let faces = self.faces;
        *self.cache.entry((face, ch)).or_insert_with(|| {
            let f = &faces[face.index()];
            let gid = f.glyph_index(ch)?;
            let adv = f.glyph_hor_advance(gid)?;
            Some(adv as f32 / f.units_per_em() as f32)
        })
    }

    pub fn has_glyph(&mut self, face: FaceId, ch: char) -> bool {
        self.advance_em(face, ch).is_some()
    }

    /// Width of a string in points, for text known to be covered (labels, markers).
    /// Missing glyphs count as zero width; callers resolve coverage first.
    pub fn width(&mut self, face: FaceId, size: f32, text: &str) -> f32 {
        text.chars()
            .map(|c| self.advance_em(face, c).unwrap_or(0.0))
            .sum::<f32>()
            * size
    }
}

/// How a character will be drawn after coverage checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Coverage {
    /// The requested face has it.
    Native,
    /// Drawn with this other face.
    Fallback(FaceId),
    /// Neither family has it: drawn as '?'.
    Missing,
}

/// Decide how to draw `ch` in `face`: the face itself, the other family, or '?'.
pub fn coverage(m: &mut Metrics, face: FaceId, ch: char) -> Coverage {
    if m.has_glyph(face, ch) {
        Coverage::Native
    } else if m.has_glyph(face.other_family(), ch) {
        Coverage::Fallback(face.other_family())
    } else {
        Coverage::Missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_faces_parse_and_cover_swedish() {
        let mut m = Metrics::new().expect("embedded fonts parse");
        for face in FaceId::ALL {
            for ch in "åäöÅÄÖé§–—“”’…\u{a0}€".chars() {
                assert!(m.has_glyph(face, ch), "{face:?} lacks {ch:?}");
            }
        }
    }

    #[test]
    fn arrow_is_missing_from_both_families() {
        // U+2192 is the documented gap in fonts-noto-core: the fallback path must handle it.
        let mut m = Metrics::new().unwrap();
        assert_eq!(
            coverage(&mut m, FaceId::SerifRegular, '→'),
            Coverage::Missing
        );
    }

    #[test]
    fn widths_scale_with_size() {
        let mut m = Metrics::new().unwrap();
        let w10 = m.width(FaceId::SerifRegular, 10.0, "Integritetspolicy");
        let w20 = m.width(FaceId::SerifRegular, 20.0, "Integritetspolicy");
        assert!(w10 > 40.0 && w10 < 120.0, "{w10}");
        assert!((w20 - 2.0 * w10).abs() < 1e-3);
    }
}
