//! A valid project whose answers are fuzzed: every format in both languages renders, and the
//! HTML holds no element or attribute that came from an answer.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| policywright_fuzz::render_answers(data));
