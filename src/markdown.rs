//! Making user text safe to put into Markdown. Whitespace is folded to single spaces, so an
//! answer can never start a new block. Every character that can open inline markup (emphasis,
//! code, links, autolinks, raw HTML, entities, strikethrough, table cells, heading attributes) is
//! backslash-escaped wherever it stands; characters that are markup only at the start of a line
//! (list markers, block quotes, headings, setext underlines, "1." and "1)") are escaped there,
//! because a template may put an answer at the start of a line. Everything else stays as typed,
//! so the Markdown output stays readable: "version 2.0", "(EU) 2016/679".

/// Characters escaped wherever they stand.
const ALWAYS: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '{', '}', '~', '&', '#',
];

/// Escapes user text for use inline in Markdown (paragraphs, list items, table cells, headings).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pending_space = false;
    let mut at_start = true;
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() && c != '\u{a0}' {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // "- x", "+ x", "--" and "==" at the start of a line are a list item, a thematic break
        // or a heading underline; "-42" and "+46 8 ..." are not.
        let leading_marker = at_start
            && matches!(c, '-' | '+' | '=')
            && chars.peek().is_none_or(|&n| n.is_whitespace() || n == c);
        if ALWAYS.contains(&c) || leading_marker {
            out.push('\\');
            out.push(c);
        } else if at_start && c.is_ascii_digit() {
            // "12. " or "12) " at the start would open an ordered list.
            out.push(c);
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                out.push(d);
                chars.next();
            }
            if let Some(&d) = chars.peek() {
                if d == '.' || d == ')' {
                    chars.next();
                    if chars.peek().is_none_or(|n| n.is_whitespace()) {
                        out.push('\\');
                    }
                    out.push(d);
                }
            }
        } else {
            out.push(c);
        }
        at_start = false;
    }
    out
}

/// Percent-encodes what may not stand bare in a Markdown link destination.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '"' => out.push_str("%22"),
            '\\' => out.push_str("%5C"),
            '`' => out.push_str("%60"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A Markdown link with escaped text. Only http(s) and mailto destinations are made links;
/// anything else is shown as text, so an answer cannot smuggle in a `javascript:` link.
pub fn link(text: &str, url: &str) -> String {
    let u = url.trim();
    if u.starts_with("https://") || u.starts_with("http://") || u.starts_with("mailto:") {
        format!("[{}]({})", escape(text), destination(u))
    } else {
        escape(text)
    }
}

/// A mailto link showing the address; empty for an empty address.
pub fn mailto(email: &str) -> String {
    let e = email.trim();
    if e.is_empty() {
        String::new()
    } else {
        link(e, &format!("mailto:{e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_template_syntax() {
        assert_eq!(escape("a *b* {{ x }}"), r"a \*b\* \{\{ x \}\}");
        assert_eq!(escape("# not\n\n- a list"), r"\# not - a list");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("2021. The year"), r"2021\. The year");
        assert_eq!(escape("2.0"), "2.0");
        assert_eq!(escape("+46 8 123"), "+46 8 123");
        assert_eq!(escape("+ x"), r"\+ x");
        assert_eq!(escape("---"), r"\---");
        assert_eq!(
            escape("Version 2.0 (EU) 2016/679"),
            "Version 2.0 (EU) 2016/679"
        );
        assert_eq!(escape("<script>"), r"\<script\>");
        assert_eq!(escape("50 % & 6 §"), r"50 % \& 6 §");
        assert_eq!(escape("a | b"), r"a \| b");
    }

    #[test]
    fn links_only_for_web_and_mail() {
        assert_eq!(link("x", "https://a.se/(b)"), "[x](https://a.se/%28b%29)");
        assert_eq!(link("x", "javascript:alert(1)"), "x");
        assert_eq!(mailto("a@b.se"), "[a@b.se](mailto:a@b.se)");
    }
}
