//! Breaking styled text into lines: UAX #14 opportunities (unicode-linebreak), dictionary
//! hyphenation for words that do not fit, and a forced break inside anything still longer
//! than the line (a URL, a long number), so nothing is ever drawn past the margin.

use super::fonts::FaceId;
use hyphenation::{Hyphenator, Standard};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A line is hyphenated only if ending it at the last space would leave more than this
/// share of its width empty.
const HYPHENATE_IF_SHORT_BY: f32 = 0.1;

/// One character as it will be drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Byte offset in [`StyledText::text`].
    pub byte: usize,
    pub ch: char,
    pub face: FaceId,
    /// Advance in points at the text's size.
    pub adv: f32,
    /// Index into the document's link table.
    pub link: Option<usize>,
}

/// A paragraph's text with a face, an advance and a link per character.
#[derive(Debug, Clone, Default)]
pub struct StyledText {
    pub text: String,
    pub glyphs: Vec<Glyph>,
}

impl StyledText {
    pub fn push(&mut self, ch: char, face: FaceId, adv: f32, link: Option<usize>) {
        self.glyphs.push(Glyph {
            byte: self.text.len(),
            ch,
            face,
            adv,
            link,
        });
        self.text.push(ch);
    }

    pub fn is_blank(&self) -> bool {
        self.glyphs.iter().all(|g| g.ch.is_whitespace())
    }

    fn char_index_of_byte(&self, byte: usize) -> usize {
        self.glyphs.partition_point(|g| g.byte < byte)
    }
}

/// A line as a range of characters; `hyphen` asks the drawer to append a hyphen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRange {
    pub start: usize,
    /// Exclusive, trailing white space already dropped.
    pub end: usize,
    pub hyphen: bool,
}

/// Widths and break positions for one text.
struct Breaker<'a> {
    st: &'a StyledText,
    /// prefix[i] = width of glyphs[..i].
    prefix: Vec<f32>,
    hyph: Option<&'a Standard>,
    hyphen_adv: f32,
}

impl Breaker<'_> {
    fn width(&self, start: usize, end: usize) -> f32 {
        self.prefix[end] - self.prefix[start]
    }

    /// End of `start..end` with trailing white space (and mandatory-break characters) cut.
    fn trim_end(&self, start: usize, mut end: usize) -> usize {
        while end > start && self.st.glyphs[end - 1].ch.is_whitespace() {
            end -= 1;
        }
        end
    }

    /// Hyphenation points strictly inside the word(s) of `a..b`, as character indices,
    /// ascending. Only letters are hyphenated: a URL or an address must never gain a hyphen
    /// a reader could copy.
    fn hyphen_points(&self, a: usize, b: usize) -> Vec<usize> {
        let Some(dict) = self.hyph else {
            return Vec::new();
        };
        let g = &self.st.glyphs[a..b];
        let url_like = g
            .iter()
            .any(|g| matches!(g.ch, '/' | '@' | ':' | '_' | '=' | '?' | '&'))
            || g.windows(2)
                .any(|w| w[0].ch == '.' && w[1].ch.is_alphanumeric());
        if url_like {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < g.len() {
            if !g[i].ch.is_alphabetic() {
                i += 1;
                continue;
            }
            let s = i;
            while i < g.len() && g[i].ch.is_alphabetic() {
                i += 1;
            }
            if i - s < 5 {
                continue;
            }
            let word: String = g[s..i].iter().map(|g| g.ch).collect();
            let lower = word.to_lowercase();
            // Case mapping can change byte lengths (rare outside Latin); skip such words
            // rather than map offsets wrongly.
            if lower.len() != word.len() {
                continue;
            }
            for byte in dict.hyphenate(&lower).breaks {
                let k = lower[..byte].chars().count();
                out.push(a + s + k);
            }
        }
        out
    }

    /// The last position in `a..b` after which a forced break reads best: after a slash,
    /// dot, hyphen and similar in a URL; else as many characters as fit. Always > start.
    fn forced_break(&self, start: usize, b: usize, width: f32) -> usize {
        let mut fit = start;
        while fit < b && self.width(start, fit + 1) <= width {
            fit += 1;
        }
        if fit == start {
            // Not even one character fits: place one anyway, or the text never ends.
            return start + 1;
        }
        if fit == b {
            return b;
        }
        let min = start + (fit - start) / 2;
        (min + 1..=fit)
            .rev()
            .find(|&k| {
                matches!(
                    self.st.glyphs[k - 1].ch,
                    '/' | '.' | '-' | '@' | '?' | '&' | '=' | '_'
                )
            })
            .unwrap_or(fit)
    }
}

/// Break `st` into lines: the first `first_width` wide, the rest `width` wide.
/// `hyphen_adv` is the width of the hyphen that a hyphenated line gains.
pub fn break_lines(
    st: &StyledText,
    first_width: f32,
    width: f32,
    hyph: Option<&Standard>,
    hyphen_adv: f32,
) -> Vec<LineRange> {
    let n = st.glyphs.len();
    let mut prefix = Vec::with_capacity(n + 1);
    prefix.push(0.0);
    let mut acc = 0.0;
    for g in &st.glyphs {
        acc += g.adv;
        prefix.push(acc);
    }
    let br = Breaker {
        st,
        prefix,
        hyph,
        hyphen_adv,
    };
    // Opportunities as (char index, mandatory); the end of text is always one.
    let opps: Vec<(usize, bool)> = linebreaks(&st.text)
        .map(|(byte, op)| {
            (
                st.char_index_of_byte(byte),
                op == BreakOpportunity::Mandatory,
            )
        })
        .collect();

    let mut lines = Vec::new();
    let mut start = 0; // first character of the current line
    let mut accepted = 0; // end of the last opportunity that fits on the current line
    let mut oi = 0;
    let line_width = |lines: &Vec<LineRange>| if lines.is_empty() { first_width } else { width };
    while oi < opps.len() {
        let (b, mandatory) = opps[oi];
        let w = line_width(&lines);
        let end = br.trim_end(start, b);
        if br.width(start, end) <= w {
            accepted = b;
            oi += 1;
            if mandatory && b < n || (mandatory && b == n && end > start) {
                lines.push(LineRange {
                    start,
                    end,
                    hyphen: false,
                });
                start = b;
                accepted = b;
            }
            continue;
        }
        // The segment accepted..b overflows. Try to hyphenate its word onto this line, but
        // only if the line would otherwise end short: ragged-right text needs few hyphens.
        let seg_start = accepted.max(start);
        let short = accepted == start
            || w - br.width(start, br.trim_end(start, accepted)) > HYPHENATE_IF_SHORT_BY * w;
        let points = if short {
            br.hyphen_points(seg_start, end)
        } else {
            Vec::new()
        };
        if let Some(&h) = points
            .iter()
            .rev()
            .find(|&&h| h > start && br.width(start, h) + br.hyphen_adv <= w)
        {
            lines.push(LineRange {
                start,
                end: h,
                hyphen: true,
            });
            start = h;
            accepted = h;
            continue; // same opportunity again, from the new line start
        }
        if accepted > start {
            // End the line at the last opportunity that fitted.
            lines.push(LineRange {
                start,
                end: br.trim_end(start, accepted),
                hyphen: false,
            });
            start = accepted;
            continue;
        }
        // A single unbreakable run wider than the line: force a break inside it.
        let k = br.forced_break(start, end, w);
        lines.push(LineRange {
            start,
            end: k,
            hyphen: false,
        });
        start = k;
        accepted = k;
    }
    if start < n {
        let end = br.trim_end(start, n);
        if end > start {
            lines.push(LineRange {
                start,
                end,
                hyphen: false,
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 5 pt wide, spaces too: widths are then easy to reason about.
    fn mono(s: &str) -> StyledText {
        let mut st = StyledText::default();
        for ch in s.chars() {
            st.push(ch, FaceId::SerifRegular, 5.0, None);
        }
        st
    }

    fn texts(st: &StyledText, lines: &[LineRange]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                let mut s: String = st.glyphs[l.start..l.end].iter().map(|g| g.ch).collect();
                if l.hyphen {
                    s.push('-');
                }
                s
            })
            .collect()
    }

    fn widest(_st: &StyledText, lines: &[LineRange]) -> f32 {
        lines
            .iter()
            .map(|l| (l.end - l.start) as f32 * 5.0 + if l.hyphen { 5.0 } else { 0.0 })
            .fold(0.0, f32::max)
    }

    #[test]
    fn words_wrap_at_spaces() {
        let st = mono("aa bb cc dd");
        let lines = break_lines(&st, 25.0, 25.0, None, 5.0);
        assert_eq!(texts(&st, &lines), ["aa bb", "cc dd"]);
    }

    #[test]
    fn long_url_is_broken_inside_the_margin() {
        let url = "https://www.nordlys-handel.se/kundservice/integritet/cookieinstallningar";
        let st = mono(&format!("Se {url} idag."));
        let lines = break_lines(&st, 100.0, 100.0, None, 5.0);
        assert!(widest(&st, &lines) <= 100.0, "{:?}", texts(&st, &lines));
        // Nothing lost, nothing added: the pieces join back to the URL.
        let joined: String = texts(&st, &lines).concat();
        assert_eq!(joined.replace(' ', ""), format!("Se{url}idag."));
        // A forced URL break prefers a position after a slash or dot.
        // Breaks inside the URL fall after a slash, dot or hyphen, where a reader expects them.
        let t = texts(&st, &lines);
        for l in &t[1..t.len() - 2] {
            assert!(l.ends_with(['/', '.', '-']), "{t:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_split_without_hyphen_if_no_dictionary() {
        let st = mono("xxxxxxxxxxxxxxxxxxxxxxxxx");
        let lines = break_lines(&st, 50.0, 50.0, None, 5.0);
        assert_eq!(lines.len(), 3);
        assert!(widest(&st, &lines) <= 50.0);
    }

    #[test]
    fn swedish_compound_is_hyphenated() {
        let dict = super::super::hyphenate::dictionary("sv").unwrap();
        let st = mono("Den personuppgiftsansvarige svarar.");
        // "Den personuppgifts" is 18 characters: 90 pt. The line is 100 pt.
        let lines = break_lines(&st, 100.0, 100.0, Some(dict), 5.0);
        let t = texts(&st, &lines);
        assert!(
            t[0].starts_with("Den person") && t[0].ends_with('-'),
            "{t:?}"
        );
        assert!(widest(&st, &lines) <= 100.0);
        let joined: String = t
            .iter()
            .map(|l| l.trim_end_matches('-'))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined.replace(' ', ""), "Denpersonuppgiftsansvarigesvarar.");
    }

    #[test]
    fn no_break_space_keeps_number_and_section_sign_together() {
        // With an ordinary space the break would fall between "6" and "§".
        let st = mono("enligt 6\u{a0}§ lagen");
        // "enligt 6" is 8 characters; a 45 pt line holds 9.
        let lines = break_lines(&st, 45.0, 45.0, None, 5.0);
        let t = texts(&st, &lines);
        assert!(t.iter().any(|l| l.contains("6\u{a0}§")), "{t:?}");
        assert!(!t.iter().any(|l| l.ends_with('6')), "{t:?}");
    }

    #[test]
    fn hard_line_break_is_kept() {
        let st = mono("ett\ntvå");
        let lines = break_lines(&st, 500.0, 500.0, None, 5.0);
        assert_eq!(texts(&st, &lines), ["ett", "två"]);
    }

    #[test]
    fn first_line_may_be_narrower() {
        let st = mono("aa bb cc dd ee");
        let lines = break_lines(&st, 10.0, 40.0, None, 5.0);
        assert_eq!(texts(&st, &lines), ["aa", "bb cc dd", "ee"]);
    }
}
