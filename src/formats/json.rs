//! The policy as data: its facts in every published language, in one file, described by
//! docs/policy.schema.json (see the policywright-data crate).

use super::{FormatSpec, Maker};
use crate::export::ExportError;

pub const FORMAT: FormatSpec = FormatSpec {
    id: "json",
    aliases: &[],
    extension: "json",
    chosen_by_default: false,
    make: Maker::Whole(|project| {
        let json = crate::data::policy_json(project)
            .map_err(|e| ExportError::Render(crate::document::render::RenderError::from(e)))?;
        Ok((json.into_bytes(), Vec::new()))
    }),
};
