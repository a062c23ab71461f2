//! A standalone HTML page, to publish as it is.

use super::{FormatSpec, Maker};
use crate::document::render;

pub const FORMAT: FormatSpec = FormatSpec {
    id: "html",
    aliases: &[],
    extension: "html",
    chosen_by_default: true,
    make: Maker::PerLanguage(|project, lang, markdown| {
        let page = render::html_page_from_markdown(project, lang, markdown)?;
        Ok((page.into_bytes(), Vec::new()))
    }),
};
