//! The sections of a rendered policy, read back from its Markdown: what the changes part, the
//! comparison and the lint work on. A section is a `## N. Title {#id}` heading and the lines up
//! to the next one; its id is the clause id, the same in every version and language.

/// One numbered section of a rendered document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    /// The clause id ("retention").
    pub id: &'a str,
    /// The heading without its number and id ("How long we keep your data").
    pub title: &'a str,
    /// The lines after the heading.
    pub body: &'a str,
}

impl Section<'_> {
    /// The body with subsection numbers taken out, so that a section moved down by an added
    /// one reads the same: `### 4.2 Cookies {#cookies-2}` becomes `### Cookies {#cookies-2}`.
    pub fn normalized_body(&self) -> String {
        let mut out = String::with_capacity(self.body.len());
        for line in self.body.lines() {
            match line.strip_prefix("### ") {
                Some(rest) => {
                    out.push_str("### ");
                    out.push_str(strip_number(rest));
                }
                None => out.push_str(line),
            }
            out.push('\n');
        }
        // Blank lines at the end depend on what follows the section, not on its text.
        out.truncate(out.trim_end().len());
        out
    }
}

/// "3.1 Title" or "3. Title" -> "Title"; anything else unchanged.
fn strip_number(heading: &str) -> &str {
    let digits_and_dots = heading
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(0);
    if digits_and_dots > 0 && heading[digits_and_dots..].starts_with(' ') {
        &heading[digits_and_dots + 1..]
    } else {
        heading
    }
}

/// A heading line's text and id: `5. Title {#id}` -> ("Title", Some("id")).
pub fn heading_parts(text: &str) -> (&str, Option<&str>) {
    let text = text.trim();
    let (title, id) = match text.rfind(" {#") {
        Some(i) if text.ends_with('}') => (&text[..i], Some(&text[i + 3..text.len() - 1])),
        _ => (text, None),
    };
    (strip_number(title.trim()), id)
}

/// The numbered sections of a document, in order; the title block and the table of contents
/// are not sections.
pub fn sections(markdown: &str) -> Vec<Section<'_>> {
    let mut out = Vec::new();
    // (id, title, start of body) of the section being read.
    let mut current: Option<(&str, &str, usize)> = None;
    let mut offset = 0;
    for line in markdown.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("## ") {
            let (title, id) = heading_parts(rest);
            if let Some((id, title, start)) = current.take() {
                out.push(Section {
                    id,
                    title,
                    body: &markdown[start..offset],
                });
            }
            current = id
                .filter(|id| *id != "contents")
                .map(|id| (id, title, offset + line.len()));
        }
        offset += line.len();
    }
    if let Some((id, title, start)) = current {
        out.push(Section {
            id,
            title,
            body: &markdown[start..],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_rendered_policy_into_its_clauses() {
        let md = "# Policy {#title}\n\nVersion 1\n\n## Contents {#contents}\n\n- [a](#a)\n\n## 1. Who we are {#controller}\n\nWe are X.\n\n### 1.1 Contact {#controller-1}\n\nMail us.\n\n## 2. Changes {#changes}\n\nNone.\n";
        let s = sections(md);
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].id, s[0].title), ("controller", "Who we are"));
        assert_eq!(
            s[0].body,
            "\nWe are X.\n\n### 1.1 Contact {#controller-1}\n\nMail us.\n\n"
        );
        assert!(s[0]
            .normalized_body()
            .contains("### Contact {#controller-1}"));
        assert_eq!((s[1].id, s[1].body), ("changes", "\nNone.\n"));
    }
}
