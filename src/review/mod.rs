//! Review: what a reader checks of a finished document, starting with which GDPR Art. 13/14
//! items apply and which clause covers each; then publishing versions and comparing them, the
//! lint, readability, and the review memo that gathers it all.

pub mod coverage;
pub mod diff;
pub mod lint;
pub mod memo;
pub mod publish;
pub mod readability;
