//! The document: the clause table (ids, order, when each applies, which Art. 13/14 items it
//! covers), the per-language render context built from a project, the clause templates that
//! turn it into Markdown (with the sandbox for texts written by people), Markdown escaping and
//! the HTML writer. Depends only on the project crate (tests/layering.rs checks that).

pub mod clauses;
pub mod context;
pub mod coverage;
pub mod markdown;
pub mod render;
pub mod reword;
pub mod sandbox;
pub mod sections;
pub mod variables;
pub mod wording;

use policywright_project as project;
use policywright_project::{i18n, lang};
