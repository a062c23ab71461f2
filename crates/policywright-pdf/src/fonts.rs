//! Font data and metrics: the embedded Noto faces, advance widths and pair kerning (the GPOS
//! `kern` feature; Noto has no legacy `kern` table) read with ttf-parser. The writer draws
//! the same kerning as TJ offsets, so lines on paper are exactly as wide as measured.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, OnceLock};
use ttf_parser::gpos::{PairAdjustment, PositioningSubtable};
use ttf_parser::GlyphId;

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

    pub fn file_name(self) -> &'static str {
        match self {
            FaceId::SerifRegular => "NotoSerif-Regular.ttf",
            FaceId::SerifBold => "NotoSerif-Bold.ttf",
            FaceId::SerifItalic => "NotoSerif-Italic.ttf",
            FaceId::SansRegular => "NotoSans-Regular.ttf",
            FaceId::SansBold => "NotoSans-Bold.ttf",
            FaceId::SansItalic => "NotoSans-Italic.ttf",
        }
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            FaceId::SerifRegular => include_bytes!("../../../assets/fonts/NotoSerif-Regular.ttf"),
            FaceId::SerifBold => include_bytes!("../../../assets/fonts/NotoSerif-Bold.ttf"),
            FaceId::SerifItalic => include_bytes!("../../../assets/fonts/NotoSerif-Italic.ttf"),
            FaceId::SansRegular => include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
            FaceId::SansBold => include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
            FaceId::SansItalic => include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf"),
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

/// Characters below this have their advances in a flat table (Latin, punctuation, symbols
/// in policies); others go through a map.
const TABLE_CHARS: usize = 0x2200;

fn lookup_advance(f: &ttf_parser::Face, ch: char) -> Option<f32> {
    let gid = f.glyph_index(ch)?;
    let adv = f.glyph_hor_advance(gid)?;
    Some(adv as f32 / f.units_per_em() as f32)
}

/// Advances of every face for the characters below `TABLE_CHARS`, built once per process;
/// a missing glyph is stored as -1.
fn advance_tables() -> &'static [Vec<f32>] {
    static TABLES: OnceLock<Vec<Vec<f32>>> = OnceLock::new();
    TABLES.get_or_init(|| {
        let Some(all) = faces() else {
            return Vec::new();
        };
        all.iter()
            .map(|f| {
                (0..TABLE_CHARS as u32)
                    .map(|c| {
                        char::from_u32(c)
                            .and_then(|ch| lookup_advance(f, ch))
                            .unwrap_or(-1.0)
                    })
                    .collect()
            })
            .collect()
    })
}

/// Hasher for the kerning cache's packed u64 keys: the std SipHash costs more than the
/// lookups it caches.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (v ^ (v >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Lookup indices of a face's GPOS `kern` feature (all scripts), once per process.
fn kern_lookups(face: FaceId) -> &'static [u16] {
    static LOOKUPS: OnceLock<Vec<Vec<u16>>> = OnceLock::new();
    LOOKUPS.get_or_init(|| {
        let tag = ttf_parser::Tag::from_bytes(b"kern");
        FaceId::ALL
            .iter()
            .map(|f| {
                let Some(face) = faces().and_then(|all| all.get(f.index())) else {
                    return Vec::new();
                };
                let Some(gpos) = face.tables().gpos else {
                    return Vec::new();
                };
                let mut v: Vec<u16> = gpos
                    .features
                    .into_iter()
                    .filter(|feat| feat.tag == tag)
                    .flat_map(|feat| feat.lookup_indices)
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            })
            .collect()
    })[face.index()]
    .as_slice()
}

/// Pair kerning of glyphs `a` then `b`, in font units: in each lookup the first subtable
/// covering the pair applies; lookups add up.
fn pair_kern(face: &ttf_parser::Face, lookups: &[u16], a: GlyphId, b: GlyphId) -> i32 {
    let Some(gpos) = face.tables().gpos else {
        return 0;
    };
    let mut total = 0i32;
    for &li in lookups {
        let Some(lookup) = gpos.lookups.get(li) else {
            continue;
        };
        for sub in lookup.subtables.into_iter::<PositioningSubtable>() {
            let PositioningSubtable::Pair(pair) = sub else {
                continue;
            };
            let found = match pair {
                PairAdjustment::Format1 { coverage, sets } => coverage
                    .get(a)
                    .and_then(|i| sets.get(i))
                    .and_then(|set| set.get(b)),
                PairAdjustment::Format2 {
                    coverage,
                    classes,
                    matrix,
                } => coverage
                    .get(a)
                    .and_then(|_| matrix.get((classes.0.get(a), classes.1.get(b)))),
            };
            if let Some((first, _)) = found {
                total += first.x_advance as i32;
                break;
            }
        }
    }
    total
}

type KernMap = HashMap<u64, f32, BuildHasherDefault<PairHasher>>;

/// Kerning pairs found by earlier renders: a GPOS lookup walks dozens of subtables, and the
/// same few thousand pairs come back in every policy. Capped so odd input cannot grow it
/// without bound.
static KERN_CACHE: Mutex<Option<KernMap>> = Mutex::new(None);
const KERN_CACHE_MAX: usize = 200_000;

/// Advance widths and kerning in em, cached per render (a policy uses a few hundred
/// distinct glyphs and a few thousand pairs).
pub struct Metrics {
    faces: &'static [ttf_parser::Face<'static>],
    table: &'static [Vec<f32>],
    other: HashMap<(FaceId, char), Option<f32>>,
    kerns: KernMap,
    new_kerns: usize,
}

impl Drop for Metrics {
    fn drop(&mut self) {
        if self.new_kerns == 0 {
            return;
        }
        if let Ok(mut shared) = KERN_CACHE.lock() {
            let map = shared.get_or_insert_with(KernMap::default);
            if map.len() + self.kerns.len() <= KERN_CACHE_MAX {
                map.extend(self.kerns.drain());
            }
        }
    }
}

impl Metrics {
    /// None only if an embedded font fails to parse, which a test guards against.
    pub fn new() -> Option<Metrics> {
        Some(Metrics {
            faces: faces()?,
            table: advance_tables(),
            other: HashMap::new(),
            kerns: KERN_CACHE
                .lock()
                .ok()
                .and_then(|m| m.clone())
                .unwrap_or_default(),
            new_kerns: 0,
        })
    }

    /// The advance of `ch` in `face`, in em; None if the face has no glyph for it.
    pub fn advance_em(&mut self, face: FaceId, ch: char) -> Option<f32> {
        if let Some(v) = self
            .table
            .get(face.index())
            .and_then(|t| t.get(ch as usize))
        {
            return (*v >= 0.0).then_some(*v);
        }
        if let Some(v) = self.other.get(&(face, ch)) {
            return *v;
        }
        let found = lookup_advance(&self.faces[face.index()], ch);
        self.other.insert((face, ch), found);
        found
    }

    /// Kerning between `a` and a following `b` in `face`, in em (negative: closer).
    pub fn kern_em(&mut self, face: FaceId, a: char, b: char) -> f32 {
        let key = (face.index() as u64) << 42 | (a as u64) << 21 | b as u64;
        if let Some(k) = self.kerns.get(&key) {
            return *k;
        }
        let f = &self.faces[face.index()];
        let k = match (f.glyph_index(a), f.glyph_index(b)) {
            (Some(ga), Some(gb)) => {
                pair_kern(f, kern_lookups(face), ga, gb) as f32 / f.units_per_em() as f32
            }
            _ => 0.0,
        };
        self.kerns.insert(key, k);
        self.new_kerns += 1;
        k
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

/// Invisible formatting characters (bidi isolates that Fluent puts around placeables,
/// zero-width marks, soft hyphen): never drawn, since the fonts lack most of them.
pub fn is_invisible(ch: char) -> bool {
    matches!(ch, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// `s` as drawn with `face` alone: invisible characters dropped, uncovered ones as '?'.
/// For short labels (footer, page numbers) drawn outside the text flow.
pub fn drawable(m: &mut Metrics, face: FaceId, s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| if m.has_glyph(face, c) { c } else { '?' })
        .collect()
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
    fn kerning_pulls_classic_pairs_together() {
        let mut m = Metrics::new().unwrap();
        for face in [FaceId::SerifRegular, FaceId::SansBold] {
            assert!(m.kern_em(face, 'A', 'V') < -0.03, "{face:?} AV");
            assert!(m.kern_em(face, 'T', 'o') < -0.03, "{face:?} To");
            assert_eq!(m.kern_em(face, 'n', 'n'), 0.0);
        }
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
