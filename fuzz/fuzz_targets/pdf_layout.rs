//! The PDF layout on arbitrary Markdown: a PDF or an error, never a panic or a hang.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| policywright_fuzz::pdf_layout(data));
