//! The project: what the organisation answered (the model), reading it from TOML with
//! located errors and migrating older files (source), validation and its diagnostics, the
//! catalogues the answers choose from, and the legal facts they are checked against.

pub mod catalog;
pub mod diagnostics;
pub mod legal;
mod model;
pub mod source;
pub mod update;
pub mod validate;

pub use model::*;
