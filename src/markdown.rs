//! Making user text safe to put into Markdown. Every ASCII punctuation character is
//! backslash-escaped (CommonMark allows that for all of them), so answers can never open a
//! heading, a list, a link, emphasis, a table cell, raw HTML or a template tag. Whitespace is
//! folded to single spaces, so an answer cannot start a new block either.

/// Escapes user text for use inline in Markdown (paragraphs, list items, table cells).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pending_space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
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
        assert_eq!(escape("# not\n\n- a list"), r"\# not \- a list");
        assert_eq!(escape("<script>"), r"\<script\>");
        assert_eq!(escape("50 % & 6 §"), r"50 \% \& 6 §");
    }

    #[test]
    fn links_only_for_web_and_mail() {
        assert_eq!(
            link("x", "https://a.se/(b)"),
            "[x](https://a.se/%28b%29)"
        );
        assert_eq!(link("x", "javascript:alert(1)"), "x");
        assert_eq!(mailto("a@b.se"), r"[a\@b\.se](mailto:a@b.se)");
    }
}
