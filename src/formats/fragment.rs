//! An HTML fragment, styles scoped under `.policywright`, to paste into an existing page.

use super::{FormatSpec, Maker};
use crate::document::render;

pub const FORMAT: FormatSpec = FormatSpec {
    id: "fragment",
    aliases: &[],
    extension: "fragment.html",
    chosen_by_default: false,
    make: Maker::PerLanguage(|_, lang, markdown| {
        let fragment = render::html_fragment_from_markdown(lang, markdown);
        Ok((fragment.into_bytes(), Vec::new()))
    }),
};
