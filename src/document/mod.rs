//! The document: the per-language render context built from a project, the clause templates
//! that turn it into Markdown, Markdown escaping, and the HTML and file outputs.

pub mod clauses;
pub mod context;
pub mod export;
pub mod markdown;
pub mod render;
pub mod sandbox;
pub mod sections;
pub mod variables;
