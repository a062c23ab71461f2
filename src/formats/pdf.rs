//! A print-ready A4 PDF, tagged (PDF/UA-1, PDF/A-2a); a character its fonts lack is a warning.

use super::{FormatSpec, Maker};
use crate::export::pdf_document;

pub const FORMAT: FormatSpec = FormatSpec {
    id: "pdf",
    aliases: &[],
    extension: "pdf",
    chosen_by_default: false,
    make: Maker::PerLanguage(|project, lang, markdown| {
        let out = pdf_document(project, lang, markdown)?;
        let warnings = out
            .warnings
            .iter()
            .map(|w| format!("{} (section “{}”)", w.message, w.section))
            .collect();
        Ok((out.bytes, warnings))
    }),
};
