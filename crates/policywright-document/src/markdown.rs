//! Making user text safe to put into Markdown. Whitespace is folded to single spaces, so an
//! answer can never start a new block. Every character that can open inline markup (emphasis,
//! code, links, autolinks, raw HTML, entities, strikethrough, table cells, heading attributes) is
//! backslash-escaped wherever it stands; characters that are markup only at the start of a line
//! (list markers, block quotes, headings, setext underlines, "1." and "1)") are escaped there,
//! because a template may put an answer at the start of a line. Everything else stays as typed,
//! so the Markdown output stays readable: "version 2.0", "(EU) 2016/679".

/// Characters escaped wherever they stand: each can open inline markup anywhere.
const ALWAYS: &[char] = &['\\', '`', '*', '[', ']', '<', '|', '{', '}', '~'];

/// Escapes user text for use inline in Markdown (paragraphs, list items, table cells, headings).
/// Only what would change the meaning is escaped, so the .md output reads as typed:
/// "Lindqvist & Berg" and "session_id" stay as they are, while "&amp;" (an entity), "_x_"
/// (emphasis) and "# x" at the start (a heading) are escaped.
pub fn escape(text: &str) -> String {
    let folded: Vec<char> = fold_whitespace(text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut i = 0;
    while i < folded.len() {
        let c = folded[i];
        let prev = i.checked_sub(1).map(|j| folded[j]);
        let next = folded.get(i + 1).copied();
        let at_start = i == 0;
        // "- x", "+ x", "--" and "==" at the start of a line are a list item, a thematic break
        // or a heading underline; "-42" and "+46 8 ..." are not.
        let leading_marker = at_start
            && matches!(c, '-' | '+' | '=')
            && next.is_none_or(|n| n.is_whitespace() || n == c);
        let escape_here = ALWAYS.contains(&c)
            || leading_marker
            // A heading or block quote at the start; " #" also closes an ATX heading.
            || (c == '#' && prev.is_none_or(char::is_whitespace))
            || (c == '>' && at_start)
            // Intraword underscores never make emphasis (CommonMark); at a word edge they may.
            || (c == '_' && !(prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)))
            || (c == '&' && starts_entity(&folded[i + 1..]));
        if escape_here {
            out.push('\\');
            out.push(c);
            i += 1;
        } else if at_start && c.is_ascii_digit() {
            // "12. " or "12) " at the start would open an ordered list.
            let mut j = i;
            while j < folded.len() && folded[j].is_ascii_digit() {
                out.push(folded[j]);
                j += 1;
            }
            if let Some(&d) = folded.get(j) {
                if d == '.' || d == ')' {
                    if folded.get(j + 1).is_none_or(|n| n.is_whitespace()) {
                        out.push('\\');
                    }
                    out.push(d);
                    j += 1;
                }
            }
            i = j;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The text trimmed, with every run of whitespace but the no-break space made one space, so an
/// answer can never start a new block.
fn fold_whitespace(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
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
        out.push(c);
    }
    out
}

/// True when the characters after an "&" make an entity or numeric character reference:
/// a name or "#digits" / "#xhex", then ";".
fn starts_entity(rest: &[char]) -> bool {
    let body: Vec<char> = rest
        .iter()
        .copied()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .take(40)
        .collect();
    !body.is_empty() && rest.get(body.len()) == Some(&';')
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
        assert_eq!(escape("<script>"), r"\<script>");
        assert_eq!(escape("50 % & 6 §"), "50 % & 6 §");
        assert_eq!(escape("a | b"), r"a \| b");
    }

    #[test]
    fn escapes_only_what_changes_the_meaning() {
        assert_eq!(escape("Lindqvist & Berg"), "Lindqvist & Berg");
        assert_eq!(escape("session_id and _ga"), r"session_id and \_ga");
        assert_eq!(escape("&amp; &#60; &#x3C;"), r"\&amp; \&#60; \&#x3C;");
        // "&T;" has the shape of an entity: escaped, though HTML names no such entity.
        assert_eq!(escape("AT&T; C# and #1"), r"AT\&T; C# and \#1");
        assert_eq!(escape("> quote, a > b"), r"\> quote, a > b");
        assert_eq!(escape("__init__"), r"\_\_init\_\_");
    }

    /// Whatever escape lets through, pulldown-cmark reads back as the same plain text.
    #[test]
    fn escaped_text_reads_back_as_typed() {
        use pulldown_cmark::{Event, Parser};
        for input in [
            "Lindqvist & Berg",
            "session_id",
            "a_b_c d_e",
            "x &copy; y &#169;",
            "# heading",
            "end #",
            "1. first",
            "a *b* _c_ `d` [e](f) <g> h|i ~~j~~",
            "> quote",
            "AT&T;",
        ] {
            let md = escape(input);
            let text: String = Parser::new_ext(&md, crate::render::markdown_options())
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(text, input, "{md}");
        }
    }

    #[test]
    fn links_only_for_web_and_mail() {
        assert_eq!(link("x", "https://a.se/(b)"), "[x](https://a.se/%28b%29)");
        assert_eq!(link("x", "javascript:alert(1)"), "x");
        assert_eq!(mailto("a@b.se"), "[a@b.se](mailto:a@b.se)");
    }
}
