//! What each fuzz target checks, as plain functions: the targets in fuzz_targets/ call them with
//! the fuzzer's input, and tests/fuzz_regressions.rs (plain `cargo test`, no fuzzer) calls them
//! with every input under fuzz/regressions/ that once failed and with the minimised corpora.

use policywright::document::render;
use policywright::export::{self, Format};
use policywright::project::{Entry, OwnEntry, Text};
use policywright::{default_project, Lang};

/// Any bytes as a project file: diagnostics in both languages, never a panic.
pub fn load_project(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let diagnostics = match policywright::file::read_project(text) {
        Ok((_, diagnostics)) => diagnostics,
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "a refused file says why");
            diagnostics
        }
    };
    for d in &diagnostics {
        for lang in Lang::all() {
            let message = d.message(lang);
            assert!(!message.is_empty());
        }
    }
}

/// A valid project whose answers are fuzzed: every format in both languages renders, and the
/// HTML holds no element or attribute that came from an answer.
pub fn render_answers(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    // Up to eight answers, cut at NUL bytes, spread over the kinds of place an answer can land.
    let mut parts = text.split('\0').map(str::to_owned);
    let mut next = || parts.next().unwrap_or_default();
    let mut p = default_project();
    p.organisation.legal_name = next();
    p.activities[0].description = Text::new(&next(), &next());
    p.activities[0].people.push(Entry::Own(OwnEntry {
        sv: next(),
        en: next(),
        special: false,
    }));
    p.recipients[0].purpose = Text::new(&next(), &next());
    if let Some(cookie) = p.cookies.items.first_mut() {
        cookie.name = next();
    }
    for lang in Lang::all() {
        let markdown =
            render::markdown(&p, lang).expect("the embedded templates render any answers");
        for format in [Format::HTML, Format::FRAGMENT, Format::PDF] {
            let (bytes, _warnings) =
                export::output(&p, lang, format, &markdown).expect("every format renders");
            if format != Format::PDF {
                markup_is_ours(&String::from_utf8(bytes).expect("HTML is UTF-8"));
            }
        }
    }
}

/// Every tag and attribute name in the HTML is one the writer produces itself.
pub fn markup_is_ours(html: &str) {
    const TAGS: &[&str] = &[
        "!doctype",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "header",
        "footer",
        "nav",
        "div",
        "section",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "a",
        "strong",
        "em",
        "del",
        "code",
        "br",
        "hr",
        "span",
        "blockquote",
        "pre",
        "link",
    ];
    const ATTRIBUTES: &[&str] = &[
        "lang",
        "charset",
        "name",
        "content",
        "id",
        "class",
        "href",
        "style",
        "start",
        "scope",
        "aria-label",
        "aria-labelledby",
        "aria-hidden",
        "role",
        "tabindex",
        "title",
        "dir",
        "rel",
        "media",
    ];
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off + 1;
        let rest = &html[start..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // "<" followed by something else is no tag: the writer escapes answers' "<".
            panic!("a bare < in the HTML at byte {start}");
        }
        assert!(
            TAGS.contains(&name.as_str()),
            "element <{name}> from an answer"
        );
        let end = start + html[start..].find('>').expect("every tag closes");
        let inside = &html[start..end];
        if name == "!doctype" {
            assert_eq!(inside, "!DOCTYPE html");
            i = end;
            continue;
        }
        for attr in attribute_names(inside) {
            assert!(
                ATTRIBUTES.contains(&attr.as_str()),
                "attribute {attr} from an answer in <{inside}>"
            );
        }
        i = end;
    }
}

/// The attribute names of a tag's inside ("a href=\"x\" id=y"), skipping quoted values.
fn attribute_names(inside: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = inside.chars().peekable();
    // Skip the tag name.
    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
        chars.next();
    }
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let name: String =
            std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=' && *c != '/'))
                .collect();
        if name.is_empty() {
            break;
        }
        names.push(name.to_ascii_lowercase());
        if chars.peek() == Some(&'=') {
            chars.next();
            match chars.peek().copied() {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    for c in chars.by_ref() {
                        if c == q {
                            break;
                        }
                    }
                }
                _ => {
                    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
                        chars.next();
                    }
                }
            }
        }
    }
    names
}

/// The PDF layout on arbitrary Markdown: a PDF or an error, never a panic or a hang.
pub fn pdf_layout(data: &[u8]) {
    let Ok(markdown) = std::str::from_utf8(data) else {
        return;
    };
    let project = default_project();
    for lang in Lang::all() {
        if let Ok(out) = export::pdf_document(&project, lang, markdown) {
            assert!(out.bytes.starts_with(b"%PDF-"));
        }
    }
}
