//! Markdown: the document itself, the source of every other format.

use super::{FormatSpec, Maker};

pub const FORMAT: FormatSpec = FormatSpec {
    id: "md",
    aliases: &["markdown"],
    extension: "md",
    chosen_by_default: false,
    make: Maker::PerLanguage(|_, _, markdown| Ok((markdown.as_bytes().to_vec(), Vec::new()))),
};
