//! The website's cookie banner: a folder with orestbida/cookieconsent configured from the
//! policy's cookie table (see policywright-data's `banner`).

use super::{FormatSpec, Maker};
use crate::export::ExportError;

pub const FORMAT: FormatSpec = FormatSpec {
    id: "consent",
    aliases: &["cookie-banner"],
    extension: crate::data::banner::FOLDER,
    chosen_by_default: false,
    make: Maker::Folder(|project, docs| {
        let banner = crate::data::banner::consent_banner(project, docs)
            .map_err(|e| ExportError::Render(crate::document::render::RenderError::from(e)))?;
        Ok((banner.files, banner.warnings))
    }),
};
