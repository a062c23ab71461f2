//! The record of processing activities (Art. 30(1) GDPR, and 30(2) for processing done on
//! others' behalf): what a supervisory authority asks to see, from the same answers as the
//! policy (through the policy's data, so both say the same) and the internal answers only the
//! record holds (`[record]`, `activities[].record`, `recipients[].contract`).
//!
//! [`Record::of`] gathers it once in one language; [`markdown`] writes it in the document
//! contract (the HTML and tagged-PDF writers make its page and PDF) and [`xlsx`] as a
//! spreadsheet a DPO can work in.

mod gather;
mod markdown;
mod need;
mod xlsx;

pub use gather::{Field, Recipient, Record, Section};
pub use markdown::markdown;
pub use need::{need, Need};
pub use xlsx::xlsx;

use policywright_project::i18n::I18nError;
use policywright_project::lang::Lang;

/// The record's file name in one language and format: `record.sv.xlsx`.
pub fn file_name(lang: Lang, ext: &str) -> String {
    format!("record.{}.{ext}", lang.code())
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Message(#[from] I18nError),
    #[error("the policy is not published in {0}: the record is written in the policy's languages")]
    NotPublished(Lang),
    #[error("spreadsheet: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}
