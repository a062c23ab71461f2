//! Review: what a reader checks of a finished document, starting with which GDPR Art. 13/14
//! items apply and which clause covers each.

pub mod coverage;
