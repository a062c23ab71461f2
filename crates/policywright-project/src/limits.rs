//! How large a project may be. Rendering takes time in proportion to the project (at most
//! about 1.3 s for every format of both languages of a 1.5 MB project on a 2-core machine);
//! these limits keep it well under the 2 s a render may take. A project over them is an error at
//! its place, never a slow render, and a file is never read without end. See
//! docs/project-format.md (Limits).

use crate::diagnostics::{Diagnostic, Location};
use crate::Project;
use serde_json::Value;

/// The most bytes a project may take in its saved form (1.5 MB): the TOML the app writes,
/// every answer in full. This bounds everything a policy can contain: the heaviest shape
/// measured, many activities, renders every format of both languages of such a project in
/// about 1.3 s.
pub const MAX_PROJECT_BYTES: usize = 1_500_000;

/// The most bytes of a file that are read (3 MB). Room for any project the app can save, with
/// space to spare for comments and layout in a hand-written file; a larger file is not read.
pub const MAX_FILE_BYTES: usize = 2 * MAX_PROJECT_BYTES;

/// The most characters one answer may have (1 million, about 1 MB of text).
pub const MAX_TEXT_CHARS: usize = 1_000_000;

/// A number as the messages show it: groups of three digits split by a no-break space, the
/// way both Swedish and English (SI) style allow.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// The error for a file's text larger than a file may be: at its start, nothing else read.
pub fn check_file(text: &str) -> Option<Diagnostic> {
    (text.len() > MAX_FILE_BYTES).then(|| {
        let mut d = Diagnostic::error("file-too-large", "")
            .arg("max", grouped(MAX_FILE_BYTES))
            .arg("project", grouped(MAX_PROJECT_BYTES));
        d.location = Some(Location { line: 1, column: 1 });
        d
    })
}

/// Errors for a project however it was made (in the app, or read from a file): the whole
/// project if its saved form is over [`MAX_PROJECT_BYTES`] (path empty), and every answer
/// longer than [`MAX_TEXT_CHARS`], at its field path.
pub fn check_project(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let size = crate::project_to_toml(project).len();
    if size > MAX_PROJECT_BYTES {
        out.push(
            Diagnostic::error("project-too-large", "")
                .arg("size", grouped(size))
                .arg("max", grouped(MAX_PROJECT_BYTES)),
        );
    }
    if let Ok(value) = serde_json::to_value(project) {
        long_texts(&value, &mut String::new(), &mut out);
    }
    out
}

/// Walks the project's fields (as serialised, so the paths are the file's keys).
fn long_texts(value: &Value, path: &mut String, out: &mut Vec<Diagnostic>) {
    let len = path.len();
    match value {
        // A string of at most MAX_TEXT_CHARS bytes cannot have more characters.
        Value::String(s) if s.len() > MAX_TEXT_CHARS => {
            let chars = s.chars().count();
            if chars > MAX_TEXT_CHARS {
                out.push(
                    Diagnostic::error("text-too-long", path.clone())
                        .arg("length", grouped(chars))
                        .arg("max", grouped(MAX_TEXT_CHARS)),
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                long_texts(item, path, out);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                long_texts(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_three() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(2_000_000), "2\u{a0}000\u{a0}000");
        assert_eq!(grouped(12_345_678), "12\u{a0}345\u{a0}678");
    }
}
