//! Any bytes as a project file: diagnostics in both languages, never a panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| policywright_fuzz::load_project(data));
