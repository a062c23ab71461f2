//! Review: what a reader checks of a finished document: the lint, readability, publishing
//! versions and comparing them, and the review memo that gathers it all with the Art. 13/14
//! coverage (the document stage's, re-exported here). Depends on the project and document
//! crates only (tests/layering.rs checks that).

pub mod diff;
pub mod lint;
pub mod memo;
pub mod publish;
pub mod readability;

pub use policywright_document::coverage;

use policywright_document as document;
use policywright_project as project;
use policywright_project::{date, i18n, lang, limits};
