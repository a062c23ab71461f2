//! policywright: answers about an organisation's personal data in, a bilingual privacy policy out.

pub mod lang;
pub mod project;

pub use lang::Lang;
pub use project::Project;
