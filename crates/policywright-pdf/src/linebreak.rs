//! Breaking styled text into lines: UAX #14 opportunities (unicode-linebreak), dictionary
//! hyphenation for words that do not fit, and a forced break inside anything still longer
//! than the line (a URL, a long number), so nothing is ever drawn past the margin.
//!
//! The work is linear in the text: widths, trailing white space and URL marks are prefix
//! tables built once, and deciding where one line ends looks only at that line's glyphs and
//! at most one word after them, however long the unbroken run the line is cut from.

use super::fonts::FaceId;
use hyphenation::{Hyphenator, Standard};
use std::cell::{Cell, OnceCell};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A line is hyphenated only if ending it at the last space would leave more than this
/// share of its width empty.
const HYPHENATE_IF_SHORT_BY: f32 = 0.1;

/// A run of letters longer than this is not a word the dictionary knows (the longest Swedish
/// compounds have about 40 letters): it is broken between characters like any other
/// over-long run, and never handed to the dictionary.
const MAX_HYPHENATED_WORD: usize = 100;

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
    /// ~~Struck through~~.
    pub strike: bool,
    /// Kerning with the next character, in points; already part of `adv`.
    pub kern: f32,
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
            strike: false,
            kern: 0.0,
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
    /// prefix[i] = width of glyphs[..i]. Never decreasing: an advance is far wider than any
    /// kerning taken off it, so "how much fits" is a binary search.
    prefix: Vec<f32>,
    /// content_end[i] = the end of glyphs[..i] with its trailing white space cut.
    content_end: Vec<usize>,
    /// URL marks, built the first time a word may be hyphenated (most texts never are).
    url_marks: OnceCell<UrlMarks>,
    hyph: Option<&'a Standard>,
    hyphen_adv: f32,
    /// Glyphs and dictionary characters looked at: the breaker's work, which grows linearly
    /// with the text (tested).
    work: Cell<usize>,
}

/// Marks that make a text look like a URL or an address, counted before each glyph.
struct UrlMarks {
    /// chars[i] = how many of glyphs[..i] are one of `/ @ : _ = ? &`.
    chars: Vec<usize>,
    /// dots[i] = how many of glyphs[..i] are a dot followed by a letter or digit.
    dots: Vec<usize>,
}

impl UrlMarks {
    fn new(g: &[Glyph]) -> Self {
        let mut marks = UrlMarks {
            chars: Vec::with_capacity(g.len() + 1),
            dots: Vec::with_capacity(g.len() + 1),
        };
        let (mut chars, mut dots) = (0, 0);
        marks.chars.push(chars);
        marks.dots.push(dots);
        for (i, gl) in g.iter().enumerate() {
            if matches!(gl.ch, '/' | '@' | ':' | '_' | '=' | '?' | '&') {
                chars += 1;
            }
            if gl.ch == '.' && g.get(i + 1).is_some_and(|n| n.ch.is_alphanumeric()) {
                dots += 1;
            }
            marks.chars.push(chars);
            marks.dots.push(dots);
        }
        marks
    }
}

impl<'a> Breaker<'a> {
    fn new(st: &'a StyledText, hyph: Option<&'a Standard>, hyphen_adv: f32) -> Self {
        let g = &st.glyphs;
        let n = g.len();
        let mut prefix = Vec::with_capacity(n + 1);
        let mut content_end = Vec::with_capacity(n + 1);
        let (mut width, mut end) = (0.0, 0);
        prefix.push(width);
        content_end.push(end);
        for (i, gl) in g.iter().enumerate() {
            width += gl.adv;
            if !gl.ch.is_whitespace() {
                end = i + 1;
            }
            prefix.push(width);
            content_end.push(end);
        }
        Breaker {
            st,
            prefix,
            content_end,
            url_marks: OnceCell::new(),
            hyph,
            hyphen_adv,
            work: Cell::new(n),
        }
    }

    fn count(&self, steps: usize) {
        self.work.set(self.work.get() + steps);
    }

    fn width(&self, start: usize, end: usize) -> f32 {
        self.prefix[end] - self.prefix[start]
    }

    /// End of `start..end` with trailing white space (and mandatory-break characters) cut.
    fn trim_end(&self, start: usize, end: usize) -> usize {
        self.content_end[end].max(start)
    }

    /// The largest `fit` in `start..=b` with `start..fit` at most `width` wide.
    fn fit(&self, start: usize, b: usize, width: f32) -> usize {
        let base = self.prefix[start];
        let slice = &self.prefix[start + 1..=b];
        self.count(usize::BITS as usize - slice.len().leading_zeros() as usize);
        start + slice.partition_point(|&p| p - base <= width)
    }

    /// Whether `a..b` looks like a URL or an address, which must never gain a hyphen a
    /// reader could copy.
    fn url_like(&self, a: usize, b: usize) -> bool {
        let m = self.url_marks.get_or_init(|| {
            self.count(self.st.glyphs.len());
            UrlMarks::new(&self.st.glyphs)
        });
        m.chars[b] > m.chars[a] || (b > a && m.dots[b - 1] > m.dots[a])
    }

    /// The last dictionary hyphenation point `h` strictly inside the words of `a..b` at which
    /// the line `start..h` plus a hyphen is at most `w` wide. Only letters are hyphenated.
    /// Words starting past the end of the line cannot give such a point and are not looked
    /// at, nor are runs of letters too long to be words.
    fn hyphen_point(&self, start: usize, a: usize, b: usize, w: f32) -> Option<usize> {
        let dict = self.hyph?;
        if self.url_like(a, b) {
            return None;
        }
        let g = &self.st.glyphs;
        // A point h that fits has start..h at most w wide, so h <= limit.
        let limit = self.fit(start, b, w);
        let mut best = None;
        let mut i = a;
        while i < b && i < limit {
            if !g[i].ch.is_alphabetic() {
                i += 1;
                continue;
            }
            let s = i;
            // Up to the end of the run, or far enough to know it is too long to be a word.
            while i < b && g[i].ch.is_alphabetic() && (i < limit || i - s <= MAX_HYPHENATED_WORD) {
                i += 1;
            }
            self.count(i - s);
            let len = i - s;
            // The run may have begun on an earlier line: its whole length decides.
            let mut before = 0;
            if s == a {
                while before < s
                    && g[s - before - 1].ch.is_alphabetic()
                    && len + before <= MAX_HYPHENATED_WORD
                {
                    before += 1;
                }
                self.count(before);
            }
            if len < 5 || len + before > MAX_HYPHENATED_WORD {
                continue;
            }
            let word: String = g[s..i].iter().map(|g| g.ch).collect();
            let lower = word.to_lowercase();
            // Case mapping can change byte lengths (rare outside Latin); skip such words
            // rather than map offsets wrongly.
            if lower.len() != word.len() {
                continue;
            }
            self.count(len);
            let (mut chars, mut last) = (0, 0);
            for byte in dict.hyphenate(&lower).breaks {
                chars += lower[last..byte].chars().count();
                last = byte;
                let h = s + chars;
                if h > start && self.width(start, h) + self.hyphen_adv <= w {
                    best = Some(h);
                }
            }
        }
        best
    }

    /// Whether a break before `k` falls between two letters of a run short enough to be a
    /// word (a longer run is a code or an identifier: a hyphen there would read as part of it).
    fn inside_a_word(&self, k: usize) -> bool {
        let g = &self.st.glyphs;
        let letter = |i: usize| g[i].ch.is_alphabetic();
        if k == 0 || k >= g.len() || !letter(k - 1) || !letter(k) {
            return false;
        }
        let limit = MAX_HYPHENATED_WORD + 1;
        let before = (1..=k.min(limit)).take_while(|&d| letter(k - d)).count();
        let after = (k..g.len().min(k + limit))
            .take_while(|&i| letter(i))
            .count();
        before + after <= MAX_HYPHENATED_WORD
    }

    /// The last position in `start..b` after which a forced break reads best: after a slash,
    /// dot, hyphen and similar in a URL; else as many characters as fit. Always > start.
    fn forced_break(&self, start: usize, b: usize, width: f32) -> usize {
        let fit = self.fit(start, b, width);
        if fit == start {
            // Not even one character fits: place one anyway, or the text never ends.
            return start + 1;
        }
        if fit == b {
            return b;
        }
        let min = start + (fit - start) / 2;
        self.count(fit - min);
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

/// Break opportunities as (char index, mandatory); the end of text is always one.
fn opportunities(st: &StyledText) -> Vec<(usize, bool)> {
    linebreaks(&st.text)
        .map(|(byte, op)| {
            (
                st.char_index_of_byte(byte),
                op == BreakOpportunity::Mandatory,
            )
        })
        .collect()
}

impl Breaker<'_> {
    /// Where to hyphenate the word of the overflowing segment `accepted..end` onto the line
    /// from `start`, if anywhere; only if the line would otherwise end short: ragged-right
    /// text needs few hyphens.
    fn hyphenation(&self, start: usize, accepted: usize, end: usize, w: f32) -> Option<usize> {
        let short = accepted == start
            || w - self.width(start, self.trim_end(start, accepted)) > HYPHENATE_IF_SHORT_BY * w;
        if !short {
            return None;
        }
        self.hyphen_point(start, accepted.max(start), end, w)
    }

    /// The line a run wider than `w` is cut to. Inside a word (not a URL or an address) the
    /// break gets a hyphen, so that a narrow table column shows "Nam-" / "n" rather than two
    /// pieces that read as two words.
    fn forced_line(&self, start: usize, end: usize, w: f32) -> LineRange {
        let mut k = self.forced_break(start, end, w);
        let in_word = |k: usize| k < end && !self.url_like(start, end) && self.inside_a_word(k);
        if in_word(k) {
            // Room for the hyphen.
            k = self.forced_break(start, end, w - self.hyphen_adv);
        }
        LineRange {
            start,
            end: k,
            hyphen: in_word(k),
        }
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
    break_lines_counted(st, first_width, width, hyph, hyphen_adv).0
}

/// [`break_lines`], with the work it took (glyphs and dictionary characters looked at).
fn break_lines_counted(
    st: &StyledText,
    first_width: f32,
    width: f32,
    hyph: Option<&Standard>,
    hyphen_adv: f32,
) -> (Vec<LineRange>, usize) {
    let n = st.glyphs.len();
    let br = Breaker::new(st, hyph, hyphen_adv);
    let opps = opportunities(st);

    let mut lines = Vec::new();
    let mut start = 0; // first character of the current line
    let mut accepted = 0; // end of the last opportunity that fits on the current line
    let mut oi = 0;
    let line_width = |lines: &Vec<LineRange>| if lines.is_empty() { first_width } else { width };
    while oi < opps.len() {
        br.count(1);
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
        // The segment accepted..b overflows.
        if let Some(h) = br.hyphenation(start, accepted, end, w) {
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
        let line = br.forced_line(start, end, w);
        (start, accepted) = (line.end, line.end);
        lines.push(line);
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
    (lines, br.work.get())
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
    fn a_word_longer_than_the_line_is_split_with_a_hyphen_even_without_a_dictionary() {
        let st = mono("xxxxxxxxxxxxxxxxxxxxxxxxx");
        let lines = break_lines(&st, 50.0, 50.0, None, 5.0);
        assert_eq!(lines.len(), 3);
        assert!(widest(&st, &lines) <= 50.0);
        let t = texts(&st, &lines);
        assert!(
            t[0].ends_with('-') && t[1].ends_with('-') && !t[2].ends_with('-'),
            "{t:?}"
        );
    }

    #[test]
    fn a_short_word_in_a_narrow_column_breaks_with_a_hyphen() {
        // The cookie table's "Namn" header in a column three characters wide (issue 21).
        let st = mono("Namn");
        let lines = break_lines(&st, 15.0, 15.0, None, 5.0);
        assert_eq!(texts(&st, &lines), ["Na-", "mn"]);
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

    /// Lines of `st` joined back, without white space (and without the hyphens the breaker
    /// asks the drawer to add).
    fn rejoined(st: &StyledText, lines: &[LineRange]) -> String {
        lines
            .iter()
            .flat_map(|l| st.glyphs[l.start..l.end].iter().map(|g| g.ch))
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// Unbroken runs of several shapes, each at n and 4n characters: the lines stay inside
    /// the width, nothing is lost, and the breaker's work grows about 4 times, not 16.
    #[test]
    fn work_on_a_long_unbroken_run_grows_linearly() {
        let dict = super::super::hyphenate::dictionary("sv");
        type Make = fn(usize) -> String;
        let shapes: [(&str, Make); 5] = [
            // One "word" of letters, far longer than any word the dictionary knows.
            ("letters", |n| {
                "personuppgiftsansvarig".repeat(n / 22 + 1)[..n].into()
            }),
            ("one letter", |n| "x".repeat(n)),
            // Real words glued by digits: every one is a dictionary word.
            ("words and digits", |n| {
                "behandlingen1".repeat(n / 13 + 1)[..n].into()
            }),
            // Words joined by no-break spaces: one opportunity, trailing white space to trim.
            ("no-break spaces", |n| {
                "ord\u{a0}\u{a0}"
                    .repeat(n / 5 + 1)
                    .chars()
                    .take(n)
                    .collect()
            }),
            ("URL", |n| "ab/cd.ef".repeat(n / 8 + 1)[..n].into()),
        ];
        for (name, make) in shapes {
            let mut work = Vec::new();
            for n in [4_000, 16_000] {
                let text = make(n);
                let st = mono(&text);
                let (lines, w) = break_lines_counted(&st, 100.0, 100.0, dict, 5.0);
                assert!(widest(&st, &lines) <= 100.0, "{name}");
                assert!(lines.len() >= n / 20, "{name}: {} lines", lines.len());
                let want: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                assert_eq!(rejoined(&st, &lines), want, "{name}");
                work.push(w);
            }
            assert!(
                work[1] <= 5 * work[0],
                "{name}: work {} for 4 000 characters, {} for 16 000",
                work[0],
                work[1]
            );
        }
    }

    #[test]
    fn a_run_too_long_to_be_a_word_is_not_hyphenated() {
        let dict = super::super::hyphenate::dictionary("sv");
        // A real compound is still hyphenated at the end of a line ...
        let st = mono("Den personuppgiftsansvarige");
        let lines = break_lines(&st, 100.0, 100.0, dict, 5.0);
        assert!(lines[0].hyphen, "{:?}", texts(&st, &lines));
        // ... but 200 letters in a row are cut between characters, with no hyphen a reader
        // could take for part of the text.
        let st = mono(&"personuppgiftsansvarig".repeat(10)[..200]);
        let lines = break_lines(&st, 100.0, 100.0, dict, 5.0);
        assert!(lines.iter().all(|l| !l.hyphen), "{:?}", texts(&st, &lines));
        assert_eq!(lines.len(), 10);
    }
}
