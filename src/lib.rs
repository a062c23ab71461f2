//! policywright: answers about an organisation's personal data in, a bilingual privacy policy out.
pub mod pdf;
