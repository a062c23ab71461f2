//! End-to-end checks of the PDF writer on the Swedish and English fixtures, read back with
//! the tools a reader's machine has: qpdf, pdffonts, pdftotext, pdfinfo (poppler-utils; the
//! structure tree with `pdfinfo -struct-text`), and validated as PDF/UA-1 and PDF/A-2a with
//! page-validation (PyPI). These tools are required: scripts/setup.sh installs them. Without
//! page-validation the validation alone is skipped with a message, except with CI=true.

mod common;

use policywright::pdf::{render_pdf, PdfLabels, PdfMeta};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::path::{Path, PathBuf};
use std::process::Command;

const SV: &str = include_str!("fixtures/pdf/policy-sv.md");
const EN: &str = include_str!("fixtures/pdf/policy-en.md");
const ORG: &str = "Nordlys Handel AB";

/// One document to check: its Markdown, who it is for and what must be in it.
struct Case {
    name: String,
    lang: &'static str,
    md: String,
    org: String,
    subject: String,
    version_line: String,
    pages: std::ops::RangeInclusive<usize>,
    /// Links that must be present (URIs).
    uris: Vec<String>,
    /// Internal links besides the contents entries, at least.
    extra_internal: usize,
}

impl Case {
    fn meta(&self) -> PdfMeta<'_> {
        let sv = self.lang == "sv";
        PdfMeta {
            lang: self.lang,
            tag: if sv { "sv-SE" } else { "en-GB" },
            hyphenation: if sv { "sv" } else { "en-gb" },
            title: if sv {
                "Integritetspolicy"
            } else {
                "Privacy policy"
            },
            organisation: &self.org,
            subject: &self.subject,
            version: "2.0",
            effective_date: "2026-01-15",
            labels: PdfLabels {
                contents: if sv { "Innehåll" } else { "Contents" }.into(),
                version_line: self.version_line.clone(),
                page_of: if sv {
                    Box::new(|p, n| format!("Sida {p} av {n}"))
                } else {
                    Box::new(|p, n| format!("Page {p} of {n}"))
                },
            },
        }
    }

    fn fixture(lang: &'static str) -> Case {
        let sv = lang == "sv";
        Case {
            name: format!("fixture-{lang}"),
            lang,
            md: if sv { SV } else { EN }.to_string(),
            org: ORG.into(),
            subject: if sv {
                "Hur Nordlys Handel AB behandlar personuppgifter"
            } else {
                "How Nordlys Handel AB processes personal data"
            }
            .into(),
            version_line: if sv {
                "Version 2.0 · gäller från 15 januari 2026"
            } else {
                "Version 2.0 · effective from 15 January 2026"
            }
            .into(),
            pages: 8..=10,
            uris: vec![
                "mailto:integritet@nordlyshandel.se".into(),
                "https://www.dataprivacyframework.gov/s/participant-search/participant-detail?contact=true&status=Active".into(),
            ],
            extra_internal: 4,
        }
    }
}

fn meta(lang: &'static str) -> PdfMeta<'static> {
    let case: &'static Case = Box::leak(Box::new(Case::fixture(lang)));
    case.meta()
}

fn page_label(lang: &str, p: usize, n: usize) -> String {
    if lang == "sv" {
        format!("Sida {p} av {n}")
    } else {
        format!("Page {p} of {n}")
    }
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("`{name}` is needed by the PDF tests ({e}): apt-get install -y poppler-utils qpdf")
    });
    assert!(
        out.status.success() || name == "qpdf" && out.status.code() == Some(3),
        "{name} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn render(case: &Case) -> (PathBuf, Vec<u8>) {
    let out = render_pdf(&case.md, &case.meta()).expect("policy renders");
    assert!(out.warnings.is_empty(), "{}: {:?}", case.name, out.warnings);
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{}.pdf", case.name));
    std::fs::write(&path, &out.bytes).unwrap();
    (path, out.bytes)
}

/// Characters that matter for the comparison: white space goes (lines are broken
/// differently than in the source), and so do hyphens (hyphenation adds them at line ends).
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// The text a reader should find in the body of the PDF, in order, from the Markdown:
/// without the title, version line and Markdown contents list (the PDF draws its own),
/// with list markers as the PDF draws them. Also returns headings and table header rows.
struct Expected {
    body: String,
    /// The body as words, for checking that word boundaries survive too.
    words: Vec<String>,
    headings: Vec<(u8, String)>,
    table_headers: Vec<String>,
    table_header_words: Vec<Vec<String>>,
    /// The body's words exactly as written (a reader of the structure tree hears these).
    exact_words: Vec<String>,
    /// Each table's header cells.
    table_header_cells: Vec<Vec<String>>,
    /// List items in the body.
    items: usize,
}

/// Words without hyphens: hyphenation adds some at line ends, and a word with a hyphen may
/// be broken after it.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| w.replace('-', ""))
        .filter(|w| !w.is_empty())
        .collect()
}

fn expected(md: &str) -> Expected {
    let opts =
        Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_STRIKETHROUGH;
    let mut body = String::new();
    let mut headings = Vec::new();
    let mut table_headers = Vec::new();
    let mut skip = false;
    let mut in_heading: Option<(u8, String)> = None;
    let mut in_table_head = false;
    let mut head_text = String::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut title_done = false;
    let mut skip_para = false;
    let mut items = 0;
    let (mut cell, mut head_cells, mut table_header_cells) =
        (String::new(), Vec::new(), Vec::new());
    for ev in Parser::new_ext(md, opts) {
        match &ev {
            Event::Start(Tag::Heading { level, id, .. }) => {
                skip = *level == HeadingLevel::H1 || id.as_deref() == Some("contents");
                if *level == HeadingLevel::H1 && !title_done {
                    title_done = true;
                    skip_para = true;
                }
                if !skip {
                    in_heading = Some((*level as u8, String::new()));
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(h) = in_heading.take() {
                    headings.push(h);
                }
                body.push(' ');
            }
            Event::End(TagEnd::Paragraph) if skip_para => {
                skip_para = false;
                body.clear();
            }
            Event::Start(Tag::List(start)) => lists.push(*start),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) if !skip => {
                items += 1;
                let depth = lists.len();
                match lists.last_mut() {
                    Some(Some(n)) => {
                        body.push_str(&format!(" {n}. "));
                        *n += 1;
                    }
                    _ => body.push_str(if depth % 2 == 1 { " • " } else { " – " }),
                }
            }
            Event::Start(Tag::TableHead) => in_table_head = true,
            Event::End(TagEnd::TableCell) if in_table_head => {
                head_cells.push(std::mem::take(&mut cell));
                if !skip {
                    body.push(' ');
                }
            }
            Event::End(TagEnd::TableHead) => {
                table_header_cells.push(std::mem::take(&mut head_cells));
                in_table_head = false;
                table_headers.push(std::mem::take(&mut head_text));
            }
            Event::Text(t) | Event::Code(t) if !skip => {
                body.push_str(t);
                if let Some((_, h)) = in_heading.as_mut() {
                    h.push_str(t);
                }
                if in_table_head {
                    head_text.push_str(t);
                    head_text.push(' ');
                    cell.push_str(t);
                }
            }
            Event::SoftBreak | Event::HardBreak if !skip => body.push(' '),
            // Blocks and table cells end a word.
            Event::End(TagEnd::Paragraph | TagEnd::TableCell | TagEnd::Item) if !skip => {
                body.push(' ')
            }
            _ => {}
        }
    }
    Expected {
        exact_words: body.split_whitespace().map(String::from).collect(),
        table_header_cells,
        items,
        words: words(&body),
        body: squash(&body),
        headings,
        table_header_words: table_headers.iter().map(|h| words(h)).collect(),
        table_headers: table_headers.iter().map(|h| squash(h)).collect(),
    }
}

/// An element of the structure tree as `pdfinfo -struct-text` prints it.
#[derive(Debug, Default)]
struct Node {
    name: String,
    inline: bool,
    /// Attribute lines, e.g. "/Scope /Column".
    attrs: Vec<String>,
    items: Vec<Item>,
}

#[derive(Debug)]
enum Item {
    Text(String),
    Elem(Node),
    /// An object reference (OBJR): an annotation.
    Object,
}

impl Node {
    fn kids(&self) -> impl Iterator<Item = &Node> {
        self.items.iter().filter_map(|i| match i {
            Item::Elem(n) => Some(n),
            _ => None,
        })
    }

    /// Every element below, depth first, in document order, with its ancestors' names.
    fn walk<'a>(&'a self, path: &mut Vec<&'a str>, out: &mut Vec<(Vec<&'a str>, &'a Node)>) {
        for k in self.kids() {
            out.push((path.clone(), k));
            path.push(&k.name);
            k.walk(path, out);
            path.pop();
        }
    }

    fn all(&self) -> Vec<(Vec<&str>, &Node)> {
        let mut out = Vec::new();
        self.walk(&mut Vec::new(), &mut out);
        out
    }

    /// What a screen reader reads: marked content in order, block elements apart, inline
    /// ones (links) inside the text.
    fn read(&self) -> String {
        let mut s = String::new();
        for i in &self.items {
            match i {
                Item::Text(t) => s.push_str(t),
                Item::Elem(n) if n.inline => s.push_str(&n.read()),
                Item::Elem(n) => {
                    s.push(' ');
                    s.push_str(&n.read());
                    s.push(' ');
                }
                Item::Object => {}
            }
        }
        s
    }

    fn objects(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i {
                Item::Object => 1,
                Item::Elem(n) => n.objects(),
                Item::Text(_) => 0,
            })
            .sum()
    }
}

/// The structure tree of the file, read with `pdfinfo -struct-text`.
fn struct_tree(path: &Path) -> Node {
    let out = tool("pdfinfo", &["-struct-text", path.to_str().unwrap()]);
    let mut stack: Vec<(usize, Node)> = vec![(0, Node::default())];
    for line in out.lines().filter(|l| !l.trim().is_empty()) {
        let indent = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.starts_with('/') {
            stack.last_mut().unwrap().1.attrs.push(body.to_string());
            continue;
        }
        while stack.len() > 1 && stack.last().unwrap().0 >= indent {
            let (_, done) = stack.pop().unwrap();
            stack.last_mut().unwrap().1.items.push(Item::Elem(done));
        }
        let top = &mut stack.last_mut().unwrap().1;
        if let Some(t) = body.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
            top.items.push(Item::Text(t.to_string()));
        } else if body.starts_with("Object ") {
            top.items.push(Item::Object);
        } else {
            let head = body.trim_end_matches(':');
            let (name, kind) = head.split_once(' ').unwrap_or((head, ""));
            stack.push((
                indent,
                Node {
                    name: name.to_string(),
                    inline: kind == "(inline)",
                    ..Default::default()
                },
            ));
        }
    }
    while stack.len() > 1 {
        let (_, done) = stack.pop().unwrap();
        stack.last_mut().unwrap().1.items.push(Item::Elem(done));
    }
    stack.pop().unwrap().1
}

/// Run page-validation (PyPI, 0.11) on `path` with the PDF/UA-1 and PDF/A-2a profiles: no
/// failed rule may remain. Without the validator the check is skipped with a message, except
/// with CI=true, where it fails (tests/common): scripts/setup.sh installs it.
fn validate(path: &Path) {
    const SCRIPT: &str = r#"
import sys
try:
    import page
except ImportError:
    sys.exit(3)
failed = 0
for profile in ("ua1", "2a"):
    r = page.validate_pdf(sys.argv[1], profile=profile)
    print(f"{profile}: {r.rules.passed}/{r.rules.total} rules passed")
    for f in r.failures:
        print(f"  {f.rule_id}: {f.message}")
        failed += 1
sys.exit(1 if failed else 0)
"#;
    let missing = |why: &str| {
        common::skip_unless_required(
            &format!("PDF/UA-1 and PDF/A-2a validation of {}", path.display()),
            &format!(
                "page-validation is not installed ({why}): pip install page-validation==0.11.0, \
                 or run scripts/setup.sh"
            ),
        );
    };
    let out = match Command::new("python3")
        .args(["-c", SCRIPT, path.to_str().unwrap()])
        .output()
    {
        Ok(out) => out,
        Err(e) => return missing(&format!("python3: {e}")),
    };
    let report = String::from_utf8_lossy(&out.stdout);
    match out.status.code() {
        Some(0) => {}
        Some(3) => missing("no module named page"),
        _ => panic!(
            "{} is not PDF/UA-1 and PDF/A-2a:\n{report}{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        ),
    }
}

/// The structure tree in `pdfinfo -struct-text`: title block, contents with links, the
/// headings nested as in the outline, and the body read in Markdown order with lists,
/// tables and links where they belong; footers and repeated table headers are not in it.
fn check_structure(case: &Case, path: &Path, exp: &Expected, annotations: usize) {
    let name = &case.name;
    let tree = struct_tree(path);
    let docs: Vec<&Node> = tree.kids().collect();
    assert_eq!(docs.len(), 1, "{name}: {tree:?}");
    let doc = docs[0];
    assert_eq!(doc.name, "Document");
    let meta = case.meta();
    let front: Vec<(&str, String)> = doc
        .kids()
        .take(3)
        .map(|n| (n.name.as_str(), n.read()))
        .collect();
    assert_eq!(
        front,
        [
            ("P", case.org.clone()),
            ("H1", meta.title.to_string()),
            ("P", case.version_line.clone())
        ],
        "{name}: title block"
    );

    // Contents: a section with the contents heading and a TOC of links, one per heading.
    let contents = doc
        .kids()
        .find(|n| n.kids().any(|k| k.name == "TOC"))
        .unwrap_or_else(|| panic!("{name}: no TOC"));
    assert_eq!(contents.name, "Sect");
    let first = contents.kids().next().unwrap();
    assert_eq!(
        (first.name.as_str(), first.read()),
        ("H2", meta.labels.contents.clone())
    );
    let entries: Vec<&Node> = contents
        .all()
        .into_iter()
        .filter(|(_, n)| n.name == "TOCI")
        .map(|(_, n)| n)
        .collect();
    assert_eq!(entries.len(), exp.headings.len(), "{name}: TOC entries");
    for (entry, (_, heading)) in entries.iter().zip(&exp.headings) {
        let link = entry.kids().next().unwrap();
        assert_eq!(link.name, "Link", "{name}: {entry:?}");
        assert_eq!(
            link.objects(),
            1,
            "{name}: the entry's annotation: {link:?}"
        );
        let text = link.read();
        let page = text
            .strip_prefix(heading.as_str())
            .map(str::trim)
            .unwrap_or_else(|| panic!("{name}: TOC entry {text:?} for {heading:?}"));
        assert!(page.parse::<usize>().is_ok(), "{name}: {text:?}");
    }

    // Headings in order, H3 inside the section of its H2 (a Sect per level).
    let body: Vec<&Node> = doc
        .kids()
        .filter(|n| n.name == "Sect" && !n.kids().any(|k| k.name == "TOC"))
        .collect();
    let mut headings = Vec::new();
    for sect in &body {
        let mut all = vec![(vec!["Sect"], *sect)];
        all.extend(sect.all().into_iter().map(|(mut p, n)| {
            p.insert(0, "Sect");
            (p, n)
        }));
        for (path, n) in all {
            if let Some(level) = n.name.strip_prefix('H').and_then(|l| l.parse::<u8>().ok()) {
                let sects = path.iter().filter(|p| **p == "Sect").count();
                assert_eq!(
                    sects as u8,
                    level - 1,
                    "{name}: {} nested in {path:?}",
                    n.read()
                );
                headings.push((level, n.read()));
            }
        }
    }
    assert_eq!(headings, exp.headings, "{name}: headings");

    // The body, read from the tree, is the Markdown's words, each whole: no footer, no
    // repeated header row, no hyphen added at a line end.
    let read: String = body.iter().map(|n| n.read() + " ").collect();
    let got: Vec<&str> = read.split_whitespace().collect();
    if got != exp.exact_words {
        let at = got
            .iter()
            .zip(&exp.exact_words)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(exp.exact_words.len()));
        panic!(
            "{name}: the structure tree reads {:?}\n where the Markdown has {:?}",
            &got[at.saturating_sub(5)..(at + 5).min(got.len())],
            &exp.exact_words[at.saturating_sub(5)..(at + 5).min(exp.exact_words.len())]
        );
    }

    // Lists, tables, links.
    let all = doc.all();
    let named = |s: &'static str| {
        all.iter()
            .filter(move |(_, n)| n.name == s)
            .map(|(_, n)| *n)
            .collect::<Vec<&Node>>()
    };
    assert_eq!(named("LI").len(), exp.items, "{name}: list items");
    for li in named("LI") {
        let kids: Vec<&str> = li.kids().map(|k| k.name.as_str()).collect();
        assert_eq!(kids, ["Lbl", "LBody"], "{name}: {li:?}");
    }
    let tables = named("Table");
    assert_eq!(tables.len(), exp.table_header_cells.len(), "{name}: tables");
    for (table, header) in tables.iter().zip(&exp.table_header_cells) {
        let rows: Vec<&Node> = table.kids().collect();
        assert!(
            rows.len() >= 2 && rows.iter().all(|r| r.name == "TR"),
            "{name}"
        );
        let ths: Vec<&Node> = rows[0].kids().collect();
        assert!(ths
            .iter()
            .all(|c| c.name == "TH" && c.attrs == ["/Scope /Column"]));
        let cells: Vec<String> = ths.iter().map(|c| c.read().trim().to_string()).collect();
        let want: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
        assert_eq!(cells, want, "{name}: header row");
        for r in &rows[1..] {
            assert!(r.kids().all(|c| c.name == "TD"), "{name}: {r:?}");
            assert_eq!(r.kids().count(), ths.len(), "{name}: cells in {r:?}");
        }
    }
    // Every link annotation sits in a Link element, and every Link holds one.
    assert_eq!(
        tree.objects(),
        annotations,
        "{name}: annotations in the tree"
    );
    for link in named("Link") {
        assert!(link.objects() >= 1 && link.inline, "{name}: {link:?}");
    }
}

fn page_text(path: &Path, p: usize) -> String {
    let ps = p.to_string();
    tool(
        "pdftotext",
        &["-raw", "-f", &ps, "-l", &ps, path.to_str().unwrap(), "-"],
    )
}

fn page_count(path: &Path) -> usize {
    let info = tool("pdfinfo", &[path.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo reports pages")
}

fn check(case: &Case) {
    let lang = case.lang;
    let md = case.md.as_str();
    let (path, bytes) = render(case);
    let p = path.to_str().unwrap();

    // Structure.
    let check = tool("qpdf", &["--check", p]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    assert!(bytes.len() < 150 * 1024, "{lang}: {} bytes", bytes.len());

    // Fonts: all embedded, all subset, all with a ToUnicode map.
    let fonts = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{lang}: {row}");
        let (tag, name) = cols[0].split_once('+').expect("subset tag");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{row}"
        );
        assert!(name.starts_with("Noto"), "{row}");
    }

    // Metadata.
    let info = tool("pdfinfo", &[p]);
    let title = format!(
        "{} – {}",
        if lang == "sv" {
            "Integritetspolicy"
        } else {
            "Privacy policy"
        },
        case.org
    );
    assert!(
        info.contains(&format!("Title:           {title}")),
        "{info}"
    );
    assert!(
        info.contains(&format!("Author:          {}", case.org)),
        "{info}"
    );
    assert!(info.contains("Subject:         "), "{info}");
    assert!(
        info.contains("CreationDate:") && info.contains("2026"),
        "{info}"
    );
    assert!(info.contains("pts (A4)"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let catalog = doc.catalog().unwrap();
    let want_lang = if lang == "sv" { "sv-SE" } else { "en-GB" };
    assert_eq!(
        catalog.get(b"Lang").unwrap().as_str().unwrap(),
        want_lang.as_bytes()
    );
    // PDF/UA-1 and PDF/A-2a: claimed in the XMP, which repeats the title and language, with
    // an sRGB output intent, and checked by page-validation.
    let xmp = doc
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    assert!(
        !xmp.dict.has(b"Filter"),
        "XMP readable without a PDF parser"
    );
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    for want in [
        "<pdfuaid:part>1</pdfuaid:part>".to_string(),
        "<pdfaid:part>2</pdfaid:part>".into(),
        "<pdfaid:conformance>A</pdfaid:conformance>".into(),
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>".into(),
        format!(
            "<rdf:li xml:lang=\"x-default\">{}</rdf:li>",
            title.replace('&', "&amp;")
        ),
        format!("<dc:language><rdf:Bag><rdf:li>{want_lang}</rdf:li></rdf:Bag></dc:language>"),
    ] {
        assert!(xmp.contains(&want), "{}: {want} not in the XMP", case.name);
    }
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = intents[0].as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFA1");
    let icc = doc
        .get_object(
            intent
                .get(b"DestOutputProfile")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap()
        .as_stream()
        .unwrap();
    assert_eq!(icc.dict.get(b"N").unwrap().as_i64().unwrap(), 3);
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    validate(&path);
    let info_dict = doc
        .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    assert!(!info_dict.has(b"GTS_PDFXVersion"));
    assert_eq!(
        info_dict.get(b"PolicyVersion").unwrap().as_str().unwrap(),
        [&[0xFE, 0xFF][..], &[0, b'2', 0, b'.', 0, b'0']].concat()
    );
    assert_eq!(
        info_dict.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20260115000000Z"
    );

    // Text: the body pages hold the Markdown's text, in order, with every character intact.
    let exp = expected(md);
    let n = page_count(&path);
    assert!(case.pages.contains(&n), "{}: {n} pages", case.name);
    let mut got = String::new();
    let mut pages = vec![String::new()];
    for page in 1..=n {
        let t = page_text(&path, page);
        // Footer: organisation and "Sida X av Y" at the end of every page.
        let footer = squash(&format!("{} {}", case.org, page_label(lang, page, n)));
        let s = squash(&t);
        assert!(
            s.ends_with(&footer),
            "{lang} page {page} footer: …{}",
            &t[t.len().saturating_sub(80)..]
        );
        let mut s = s[..s.len() - footer.len()].to_string();
        pages.push(s.clone());
        if page == 1 {
            continue;
        }
        // A table continuing on this page repeats its header row: not in the Markdown.
        for h in &exp.table_headers {
            if s.starts_with(h.as_str()) && !exp.body[got.len()..].starts_with(h.as_str()) {
                s = s[h.len()..].to_string();
            }
        }
        got.push_str(&s);
    }
    if got != exp.body {
        let at = got
            .char_indices()
            .zip(exp.body.chars())
            .find(|((_, a), b)| a != b)
            .map(|((i, _), _)| i)
            .unwrap_or(got.len().min(exp.body.len()));
        let ctx = |s: &str| {
            s.get(at.saturating_sub(60)..(at + 60).min(s.len()))
                .unwrap_or("")
                .to_string()
        };
        panic!(
            "{lang}: PDF text differs at byte {at}:\n pdf: {}\n  md: {}",
            ctx(&got),
            ctx(&exp.body)
        );
    }
    // Words: every space of the Markdown is a space in the PDF. A PDF word may be a piece
    // of a Markdown word (a URL broken at the line end), never a run of two.
    let (mut mi, mut acc) = (0usize, String::new());
    for page in 2..=n {
        let t = page_text(&path, page);
        let mut pw = words(&t);
        let footer = words(&format!("{} {}", case.org, page_label(lang, page, n)));
        assert!(pw.ends_with(&footer), "{lang} page {page}: {pw:?}");
        pw.truncate(pw.len() - footer.len());
        for h in &exp.table_header_words {
            // The repeated header's words, possibly hyphenated differently: match them by
            // their letters.
            let whole: String = h.concat();
            let (mut k, mut cat) = (0, String::new());
            while k < pw.len() && cat != whole && whole.starts_with(&format!("{cat}{}", pw[k])) {
                cat.push_str(&pw[k]);
                k += 1;
            }
            if acc.is_empty() && cat == whole && !exp.words[mi..].starts_with(h) {
                pw.drain(..k);
            }
        }
        for w in pw {
            acc.push_str(&w);
            let target = exp.words.get(mi).map(String::as_str).unwrap_or("");
            if acc == target {
                mi += 1;
                acc.clear();
            } else if !target.starts_with(&acc) {
                panic!(
                    "{}: page {page}: PDF word {acc:?} where the Markdown has {target:?} (after {:?})",
                    case.name,
                    &exp.words[mi.saturating_sub(5)..mi]
                );
            }
        }
    }
    assert!(
        acc.is_empty() && mi == exp.words.len(),
        "{}: text ends early",
        case.name
    );

    for c in ['å', 'ä', 'ö', 'é', '§', '–', '“', '”', '\u{a0}'] {
        let in_md = md.contains(c);
        let in_pdf = (2..=n).any(|p| page_text(&path, p).contains(c));
        // pdftotext may write a no-break space as a plain one; the others must survive.
        if c != '\u{a0}' {
            assert_eq!(in_md, in_pdf, "{lang}: {c:?}");
        }
    }

    // Table of contents: every heading listed on page 1 with the page it is on.
    let toc = &pages[1];
    let toc_label = squash(if lang == "sv" {
        "Innehåll"
    } else {
        "Contents"
    });
    let mut rest = &toc[toc.find(&toc_label).expect("contents heading") + toc_label.len()..];
    let squashed: Vec<String> = exp.headings.iter().map(|(_, h)| squash(h)).collect();
    for (i, h) in squashed.iter().enumerate() {
        let at = rest
            .find(h)
            .unwrap_or_else(|| panic!("{lang}: {h} not in contents: {rest}"));
        rest = &rest[at + h.len()..];
        // The page number sits between this entry's text and the next entry's.
        let end = squashed
            .get(i + 1)
            .and_then(|n| rest.find(n))
            .unwrap_or(rest.len());
        let page: usize = rest[..end]
            .parse()
            .unwrap_or_else(|_| panic!("{lang}: no page number after {h}: {}", &rest[..end]));
        assert!(
            pages[page].contains(h.as_str()),
            "{lang}: {h} listed on page {page} but not there"
        );
        // And not on an earlier body page (its first occurrence is the listed page).
        assert!(
            !(2..page).any(|q| pages[q].contains(h.as_str())),
            "{lang}: {h} before page {page}"
        );
    }

    // Nothing drawn past the right margin (72 pt).
    assert_inside_right_margin(Path::new(p));

    // Outline: the headings in document order, H3 nested under their H2.
    let outline = outline_titles(&doc);
    let want: Vec<(usize, String)> = exp
        .headings
        .iter()
        .map(|(l, t)| (*l as usize - 2, t.clone()))
        .collect();
    assert_eq!(outline, want);

    // Links: borderless; mailto, https and internal ones all present. Each is described,
    // printed, in the structure tree, and its page's tab order follows the tree.
    let (mut uris, mut internal, mut annotations) = (Vec::new(), 0, 0);
    for (_, pid) in doc.get_pages() {
        let page = doc.get_dictionary(pid).unwrap();
        let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
            continue;
        };
        assert_eq!(page.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
        for a in annots {
            let a = doc.get_dictionary(a.as_reference().unwrap()).unwrap();
            annotations += 1;
            assert!(a.get(b"Contents").unwrap().as_str().unwrap().len() > 2);
            assert!(a.get(b"StructParent").unwrap().as_i64().is_ok());
            assert_eq!(a.get(b"F").unwrap().as_i64().unwrap(), 4);
            let border: Vec<i64> = a
                .get(b"Border")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_i64().unwrap())
                .collect();
            assert_eq!(border, [0, 0, 0]);
            if let Ok(action) = a.get(b"A").and_then(|x| x.as_dict()) {
                uris.push(
                    String::from_utf8_lossy(action.get(b"URI").unwrap().as_str().unwrap())
                        .into_owned(),
                );
            } else {
                assert!(a.has(b"Dest"));
                internal += 1;
            }
        }
    }
    for want in &case.uris {
        assert!(
            uris.contains(want),
            "{}: no link to {want}: {uris:?}",
            case.name
        );
    }
    assert!(uris.iter().any(|u| u.starts_with("mailto:")), "{uris:?}");
    // Each contents entry is a link, and so are the "section N" references in the text.
    assert!(
        internal >= exp.headings.len() + case.extra_internal,
        "{}: {internal} internal links",
        case.name
    );

    check_structure(case, &path, &exp, annotations);
}

/// (depth, title) of each outline item in order.
fn outline_titles(doc: &lopdf::Document) -> Vec<(usize, String)> {
    fn walk(
        doc: &lopdf::Document,
        first: Option<lopdf::ObjectId>,
        depth: usize,
        out: &mut Vec<(usize, String)>,
    ) {
        let mut cur = first;
        while let Some(id) = cur {
            let d = doc.get_dictionary(id).unwrap();
            let raw = d.get(b"Title").unwrap().as_str().unwrap();
            let units: Vec<u16> = raw[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            out.push((depth, String::from_utf16(&units).unwrap()));
            walk(
                doc,
                d.get(b"First").and_then(|f| f.as_reference()).ok(),
                depth + 1,
                out,
            );
            cur = d.get(b"Next").and_then(|n| n.as_reference()).ok();
        }
    }
    let root = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let first = doc
        .get_dictionary(root)
        .unwrap()
        .get(b"First")
        .unwrap()
        .as_reference()
        .ok();
    let mut out = Vec::new();
    walk(doc, first, 0, &mut out);
    out
}

#[test]
fn swedish_policy_pdf() {
    check(&Case::fixture("sv"));
}

#[test]
fn english_policy_pdf() {
    check(&Case::fixture("en"));
}

#[test]
fn output_is_byte_identical_for_the_same_input() {
    let a = render_pdf(SV, &meta("sv")).unwrap().bytes;
    let b = render_pdf(SV, &Case::fixture("sv").meta()).unwrap().bytes;
    assert!(a == b, "two renders differ");
    let c = render_pdf(EN, &meta("en")).unwrap().bytes;
    assert_ne!(a, c);
}

/// The library's own output for the example projects, through the CLI (`render --format
/// md`), must pass the same checks.
#[test]
fn example_projects_render_to_valid_pdfs() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pdf-examples");
    let mut checked = 0;
    let mut names: Vec<PathBuf> = std::fs::read_dir(&examples)
        .expect("examples/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    names.sort();
    for project in names {
        let stem = project.file_stem().unwrap().to_string_lossy().into_owned();
        let dir = out.join(&stem);
        let status = Command::new(env!("CARGO_BIN_EXE_policywright"))
            .args([
                "render",
                project.to_str().unwrap(),
                "--out",
                dir.to_str().unwrap(),
                "--format",
                "md",
            ])
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        for lang in ["sv", "en"] {
            let md = std::fs::read_to_string(dir.join(format!("policy.{lang}.md"))).unwrap();
            // Organisation and version line as the Markdown states them.
            let h1 = md.lines().next().unwrap_or_default();
            let org = [" för ", " for ", " of "]
                .iter()
                .find_map(|sep| h1.split_once(sep))
                .map(|(_, o)| o.trim_end_matches("{#title}").trim().to_string())
                .expect("title names the organisation");
            let version_line = md.lines().nth(2).unwrap_or_default().to_string();
            check(&Case {
                name: format!("example-{stem}-{lang}"),
                lang,
                subject: org.clone(),
                org,
                version_line,
                md,
                pages: 2..=20,
                uris: Vec::new(),
                extra_internal: 0,
            });
            checked += 1;
        }
    }
    assert!(
        checked >= 2,
        "no example projects found in {}",
        examples.display()
    );
}

/// A word broken across lines with a hyphen reads and extracts as one word: the hyphen is an
/// artifact, and a line that ends at a space keeps it.
#[test]
fn a_word_hyphenated_at_a_line_end_reads_as_one_word() {
    let word = "Integritetsskyddsmyndigheten";
    let sentence = format!("Du kan alltid klaga till {word}. ");
    let mut case = Case::fixture("sv");
    case.name = "hyphenated-word".into();
    case.md = format!(
        "## 1. Klagomål {{#complaints}}\n\n{}\n",
        sentence.repeat(30)
    );
    let (path, _) = render(&case);
    let p = path.to_str().unwrap();

    // It was hyphenated somewhere: a line ends "Integritets…-" and the next goes on.
    let raw = tool("pdftotext", &["-raw", p, "-"]);
    let lines: Vec<&str> = raw.lines().collect();
    let broken = lines.windows(2).any(|w| {
        let (Some(a), Some(b)) = (
            w[0].split_whitespace().last(),
            w[1].split_whitespace().next(),
        ) else {
            return false;
        };
        a.ends_with('-') && format!("{}{b}", a.trim_end_matches('-')) == format!("{word}.")
    });
    assert!(broken, "the word was never broken at a line end:\n{raw}");

    // pdftotext in reading order and the structure tree both give it whole, every time.
    let text = tool("pdftotext", &[p, "-"]);
    assert_eq!(text.matches(word).count(), 30, "{text}");
    let tree = struct_tree(&path);
    let doc = tree.kids().next().unwrap();
    let body: String = doc
        .kids()
        .filter(|n| n.name == "Sect" && !n.kids().any(|k| k.name == "TOC"))
        .map(|n| n.read() + " ")
        .collect();
    let got: Vec<&str> = body.split_whitespace().collect();
    let sentences = sentence.repeat(30);
    let mut want = vec!["1.", "Klagomål"];
    want.extend(sentences.split_whitespace());
    assert_eq!(got, want);
    validate(&path);
}

/// Odd documents are tagged as well as the policy: no sections, a table alone, a link to a
/// heading that is not there, empty table cells, deep lists, heading levels that skip, a huge
/// table, a word longer than a line.
#[test]
fn odd_documents_are_valid_too() {
    let mut deep = String::new();
    for d in 0..12 {
        deep.push_str(&"  ".repeat(d));
        deep.push_str("- djupt nästlad punkt med [länk](https://x.se/a_b) och `kod`\n");
    }
    let mut wide = String::from("## Bred {#wide}\n\n|");
    wide.push_str(&" k |".repeat(12));
    wide.push_str("\n|");
    wide.push_str(&"---|".repeat(12));
    wide.push('\n');
    for _ in 0..80 {
        wide.push('|');
        wide.push_str(&" personuppgiftsansvarig |".repeat(12));
        wide.push('\n');
    }
    let docs = [
        ("empty", String::new()),
        ("title-only", "# Bara titel {#title}\n".to_string()),
        ("table-only", "| a | |\n|---|---|\n| | b |\n".to_string()),
        (
            "header-only-table",
            "## 1. T {#t}\n\n| a | b |\n|---|---|\n".to_string(),
        ),
        (
            "dangling-link",
            "## 1. A {#a}\n\n[ingenstans](#nowhere) och [hit](#a), ~~struken~~ text.\n\n---\n"
                .to_string(),
        ),
        ("deep-list", format!("## 1. Lista {{#l}}\n\n{deep}")),
        (
            "skipped-levels",
            "## 1. A {#a}\n\n#### Fyra {#four}\n\nText.\n\n### 1.1 B {#b}\n\nText.\n".to_string(),
        ),
        ("wide-table", wide),
        (
            "long-word",
            format!("## 1. Ord {{#w}}\n\n{} slut.\n", "x".repeat(400)),
        ),
    ];
    for (name, md) in docs {
        let mut case = Case::fixture("sv");
        case.name = format!("odd-{name}");
        case.md = md;
        let out = render_pdf(&case.md, &case.meta()).expect("renders");
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{}.pdf", case.name));
        std::fs::write(&path, &out.bytes).unwrap();
        let check = tool("qpdf", &["--check", path.to_str().unwrap()]);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{name}: {check}"
        );
        validate(&path);
    }
}

/// Every word pdftotext finds lies inside the right margin (72 pt from the edge of A4).
fn assert_inside_right_margin(path: &Path) {
    let bbox = tool("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let mut words = 0;
    for line in bbox.lines().filter(|l| l.contains("<word ")) {
        let x_max: f32 = line
            .split("xMax=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap();
        assert!(x_max <= 595.28 - 72.0 + 0.5, "past the margin: {line}");
        words += 1;
    }
    assert!(words > 0, "no text found in {}", path.display());
}

#[test]
fn a_long_unbroken_organisation_name_and_word_render_inside_the_margins() {
    // 60 000 characters without a space as the organisation (title block, footer, metadata)
    // and in a heading, a paragraph and a table cell. The old line breaker took minutes for
    // this; it must now be an ordinary render.
    let word = "personuppgiftsansvarig".repeat(3000)[..60_000].to_string();
    let md = format!(
        "# Integritetspolicy {{#title}}\n\n## 1. {word} {{#long}}\n\n{word}\n\n| Kaka | Ändamål |\n|---|---|\n| {word} | Statistik |\n"
    );
    let mut case = Case::fixture("sv");
    case.org = word.clone();
    let out = render_pdf(&md, &case.meta()).expect("renders");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("long-word.pdf");
    std::fs::write(&path, &out.bytes).unwrap();
    assert_inside_right_margin(&path);
    // The word begins and ends four times or more: title block, contents, heading,
    // paragraph, cell (page footers and repeated table headers come between its lines).
    let text: String = tool("pdftotext", &["-raw", path.to_str().unwrap(), "-"])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for part in [&word[..1000], &word[59_000..]] {
        assert!(text.matches(part).count() >= 4, "{}", &text[..200]);
    }
    let last = page_count(&path);
    // The footer cuts the name short rather than run into the page number.
    let footer = page_text(&path, last);
    assert!(footer.contains('…'), "{footer}");
    assert!(
        footer.contains(&format!("Sida {last} av {last}")),
        "{footer}"
    );
}

/// The record of processing activities goes through the same writer: a tagged PDF that passes
/// PDF/UA-1 and PDF/A-2a, with its parts in its language.
#[test]
fn the_record_of_processing_is_a_valid_tagged_pdf_in_both_languages() {
    let headings = [
        ("sv", "Mottagare och överföringar"),
        ("en", "Recipients and transfers"),
    ];
    document_about_the_project("record", policywright::export::write_record, 6, headings);
}

/// The review memo goes through the same writer as the policy: a tagged PDF that passes
/// PDF/UA-1 and PDF/A-2a, whose text has the memo's parts in its language.
#[test]
fn the_review_memo_is_a_valid_tagged_pdf_in_both_languages() {
    let headings = [("sv", "Läsbarhet"), ("en", "Readability")];
    document_about_the_project("review-memo", policywright::export::write_memo, 4, headings);
}

/// A document about the default example (`stem.<lang>.pdf`, written by `write` with `files`
/// files in all): tagged, its heading and the organisation in its text, valid PDF/UA-1 and
/// PDF/A-2a, in both languages.
fn document_about_the_project(
    stem: &str,
    write: policywright::export::WriteDocuments,
    files: usize,
    headings: [(&str, &str); 2],
) {
    let project = policywright::default_project();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(stem);
    let templates = policywright::analysis::Templates::new(None);
    let analysis = policywright::analysis::Analysis::of_project(&templates, project);
    let langs = [policywright::Lang::SV, policywright::Lang::EN];
    let written = write(&analysis, &dir, &langs).unwrap();
    assert_eq!(written.len(), files, "{written:?}");
    for (lang, heading) in headings {
        let path = dir.join(format!("{stem}.{lang}.pdf"));
        let info = tool("pdfinfo", &[path.to_str().unwrap()]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
        assert!(
            text.contains(heading) && text.contains("Nordljus Textil AB"),
            "{text}"
        );
        validate(&path);
    }
}
