//! How hard the policy is to read, per section and for the whole document: LIX for Swedish
//! (Björnsson's läsbarhetsindex: words per sentence + 100 × words over six letters per word) and
//! Flesch reading ease for English (206.835 − 1.015 × words per sentence − 84.6 × syllables per
//! word). The text read is the running text: headings, tables (names, roles, countries and
//! lifetimes: reference data, not sentences, and the legal terms a table must name), list items
//! that only enumerate (a bold label, then names separated by commas and no full stop: a
//! purpose's people and data, an address), links' addresses and markup left out. An
//! enumeration is as long as the answers make it, and a reader scans it rather than reads it.

use crate::document::render::markdown_options;
use crate::document::sections::sections;
use crate::lang::{Formula, Lang};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;

/// LIX above this is "difficult" (official documents, specialist text): the lint warns.
pub const LIX_LIMIT: f64 = 45.0;
/// Flesch reading ease below this is "difficult" (college level): the lint warns.
pub const FLESCH_LIMIT: f64 = 30.0;
/// Sections shorter than this many words get a score but no warning: a score of two
/// sentences says little.
pub const MIN_WORDS_TO_WARN: usize = 40;

/// The counts behind a score, and the score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    pub words: usize,
    pub sentences: usize,
    /// Words over six letters (LIX).
    pub long_words: usize,
    /// Syllables (Flesch).
    pub syllables: usize,
    /// LIX for Swedish, Flesch reading ease for English; 0 for a text without words.
    pub value: f64,
}

impl Score {
    /// Past the language's threshold: harder to read than a policy should be.
    pub fn is_hard(&self, lang: Lang) -> bool {
        let r = &lang.language().readability;
        self.words > 0 && r.formula.is_hard(self.value, r.limit)
    }

    fn compute(
        words: usize,
        sentences: usize,
        long_words: usize,
        syllables: usize,
        lang: Lang,
    ) -> Score {
        let value = if words == 0 {
            0.0
        } else {
            let w = words as f64;
            let s = sentences.max(1) as f64;
            match lang.language().readability.formula {
                Formula::Lix => w / s + 100.0 * long_words as f64 / w,
                Formula::Flesch => 206.835 - 1.015 * (w / s) - 84.6 * (syllables as f64 / w),
            }
        };
        Score {
            words,
            sentences,
            long_words,
            syllables,
            value: (value * 10.0).round() / 10.0,
        }
    }
}

/// The score of one section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionScore {
    pub id: String,
    pub title: String,
    pub score: Score,
}

/// Every section's score and the whole document's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readability {
    pub lang: Lang,
    pub sections: Vec<SectionScore>,
    pub total: Score,
}

/// Scores a rendered policy in its language.
pub fn readability(markdown: &str, lang: Lang) -> Readability {
    let mut sum = (0, 0, 0, 0);
    let sections = sections(markdown)
        .into_iter()
        .map(|s| {
            let c = counts(s.body);
            sum = (sum.0 + c.0, sum.1 + c.1, sum.2 + c.2, sum.3 + c.3);
            SectionScore {
                id: s.id.to_owned(),
                title: s.title.to_owned(),
                score: Score::compute(c.0, c.1, c.2, c.3, lang),
            }
        })
        .collect();
    Readability {
        lang,
        sections,
        total: Score::compute(sum.0, sum.1, sum.2, sum.3, lang),
    }
}

/// The score of a piece of Markdown.
pub fn score(markdown: &str, lang: Lang) -> Score {
    let c = counts(markdown);
    Score::compute(c.0, c.1, c.2, c.3, lang)
}

/// (words, sentences, long words, syllables) of the readable text of some Markdown.
fn counts(markdown: &str) -> (usize, usize, usize, usize) {
    let mut totals = (0, 0, 0, 0);
    let mut block = String::new();
    let mut in_heading = false;
    let mut in_table = false;
    // In a list item that began with a bold label ("Data:"): whether it may be an enumeration.
    let mut labelled = false;
    let mut item_start = false;
    let flush = |block: &mut String, totals: &mut (usize, usize, usize, usize)| {
        let c = block_counts(block);
        *totals = (
            totals.0 + c.0,
            totals.1 + c.1,
            totals.2 + c.2,
            totals.3 + c.3,
        );
        block.clear();
    };
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => in_heading = false,
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::Start(Tag::Item) => (labelled, item_start) = (false, true),
            Event::Start(Tag::Strong) if item_start && block.is_empty() => labelled = true,
            Event::Text(t) | Event::Code(t) if !in_heading && !in_table => {
                item_start = false;
                block.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => block.push(' '),
            Event::End(TagEnd::Item) if labelled && is_enumeration(&block) => block.clear(),
            // A paragraph or list item without a full stop still ends a sentence.
            Event::End(TagEnd::Paragraph | TagEnd::Item) => flush(&mut block, &mut totals),
            _ => {}
        }
    }
    flush(&mut block, &mut totals);
    totals
}

/// A labelled list item's text is an enumeration: after the label's colon, names separated by
/// commas, and no sentence in it.
fn is_enumeration(item: &str) -> bool {
    let Some((label, rest)) = item.split_once(':') else {
        return false;
    };
    let rest = rest.trim();
    !label.contains(['.', '!', '?']) && rest.contains(',') && !rest.contains(['.', '!', '?', ':'])
}

fn block_counts(text: &str) -> (usize, usize, usize, usize) {
    let mut words = 0;
    let mut long = 0;
    let mut syllables = 0;
    let mut sentences = 0;
    let mut open_sentence = false;
    for token in text.split_whitespace() {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 0 || token.chars().any(|c| c.is_ascii_digit()) {
            words += 1;
            open_sentence = true;
            if letters > 6 {
                long += 1;
            }
            syllables += syllables_in(token);
        }
        // A sentence ends at a full stop, colon, question or exclamation mark (closing quotes and
        // brackets after it allowed), as LIX counts them.
        let end = token.trim_end_matches(['"', '\'', ')', '”', '’', '»']);
        if open_sentence && end.ends_with(['.', ':', '!', '?']) {
            sentences += 1;
            open_sentence = false;
        }
    }
    if open_sentence {
        sentences += 1;
    }
    (words, sentences, long, syllables)
}

/// English syllables, estimated as groups of vowels, a final silent "e" not counted.
fn syllables_in(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if w.is_empty() {
        return 1;
    }
    let vowel = |c: char| "aeiouyåäöéü".contains(c);
    let mut n = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    if n > 1 && w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) {
        n -= 1;
    }
    n.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lix_of_a_known_text() {
        // 9 words, 2 sentences, 3 long words (behandlar, personuppgifter, integritetspolicy):
        // 9/2 + 100*3/9 = 37.8.
        let s = score(
            "Vi behandlar dina personuppgifter. Läs vår integritetspolicy nu, tack.",
            Lang::SV,
        );
        assert_eq!((s.words, s.sentences, s.long_words), (9, 2, 3));
        assert_eq!(s.value, 37.8);
        // A list item without a full stop is a sentence of its own; headings are not read.
        let s = score(
            "### Rubrik med långa ordalydelser\n\n- en kort rad\n- en till\n",
            Lang::SV,
        );
        assert_eq!((s.words, s.sentences, s.long_words), (5, 2, 0));
    }

    #[test]
    fn an_enumeration_after_a_label_is_scanned_not_read() {
        // The people and data of a purpose: reference data however many the answers name.
        let s = score(
            "- **Uppgifter:** namn, kontaktuppgifter, personnummer, betalningsuppgifter\n\
             - **Rättslig grund:** Avtal (artikel 6.1 b).\n",
            Lang::SV,
        );
        assert_eq!(
            (s.words, s.sentences),
            (6, 2),
            "only the labelled sentence is read"
        );
        // A labelled item that is a sentence is read, and so is an unlabelled list.
        let s = score(
            "- **Profilering:** Vi gör så, och så.\n- a, b, c\n",
            Lang::SV,
        );
        assert_eq!((s.words, s.sentences), (9, 3));
    }

    #[test]
    fn flesch_of_a_known_text() {
        // 8 words, 1 sentence; syllables: we(1) keep(1) your(1) data(2) for(1) two(1) years(1) only(2) = 10.
        let s = score("We keep your data for two years only.", Lang::EN);
        assert_eq!((s.words, s.sentences, s.syllables), (8, 1, 10));
        // 206.835 - 1.015*8 - 84.6*10/8 = 93.0
        assert_eq!(s.value, 93.0);
        assert!(!s.is_hard(Lang::EN));
        let hard = score(
            "Notwithstanding the aforementioned considerations, organisational responsibilities regarding international transfers necessitate comprehensive documentation.",
            Lang::EN,
        );
        assert!(hard.is_hard(Lang::EN), "{hard:?}");
    }
}
