//! What a clause text written by a person may do (document::sandbox), as its author meets it:
//! each refused construct with its problem code and the line and column the editor marks, and
//! the bounds that stop a render that runs away in size or time. tests/clauses.rs covers the
//! same rules through the clause editing functions; this file pins the places and the codes
//! no other test reaches (`clause-unknown-test`, `clause-too-slow`).

use policywright::document::clauses;
use policywright::document::render::{self, ClauseFailure, Source};
use policywright::document::sandbox::{
    self, Bounded, ClauseProblem, Scope, MAX_NESTING, MAX_OUTPUT_BYTES, MAX_RENDER_TIME,
    MAX_TEMPLATE_CHARS, MAX_VALUES_PER_EXPRESSION,
};
use policywright::project::ClauseOverride;
use policywright::{default_project, Lang};
use serde_json::json;
use std::collections::HashSet;
use std::io::Write;

/// A small render context of the same shape as the real one: an organisation and a list of
/// activities whose items have lists of their own.
fn context() -> serde_json::Value {
    json!({
        "org": { "name": "Nordljus Textil AB", "email": "info@example.se" },
        "activities": [
            { "purpose": "Orders", "data": [{ "name": "Name" }], "people": [{ "name": "Customers" }] }
        ],
        "rights": { "response_days": 0 }
    })
}

/// Checks `text` against `context()` with the English macro file and one macro, `list`.
fn check(text: &str) -> Result<(), ClauseProblem> {
    let ctx = context();
    let macros: HashSet<String> = ["list".to_owned()].into();
    sandbox::check(
        text,
        &Scope {
            context: &ctx,
            macro_file: "en/macros.md",
            macros: &macros,
        },
    )
}

/// The code, detail, line and column of the problem `text` has.
fn refused(text: &str) -> (&'static str, String, u32, u32) {
    let p = check(text).expect_err(text);
    (p.code, p.detail, p.line, p.column)
}

#[test]
fn a_test_outside_the_list_is_refused_at_its_name() {
    let text = "# Rights\n\n{% if org.name is matching(\"AB$\") %}A company.{% endif %}\n";
    assert_eq!(
        refused(text),
        ("clause-unknown-test", "matching".to_owned(), 3, 19)
    );
    // Every listed test passes (with the arguments those that take one need).
    for test in sandbox::TESTS {
        let call = match *test {
            "divisibleby" => "divisibleby(2)".to_owned(),
            "starting_with" | "ending_with" | "containing" => format!("{test}(\"AB\")"),
            other => other.to_owned(),
        };
        let text = format!("# T\n{{% if org.name is {call} %}}x{{% endif %}}\n");
        assert_eq!(check(&text), Ok(()), "{text}");
    }
}

#[test]
fn an_unknown_test_in_a_projects_own_text_is_located_in_both_languages() {
    let r = render::renderer().unwrap();
    let mut p = default_project();
    p.clauses.overrides.push(ClauseOverride {
        clause: "security".into(),
        lang: Lang::EN,
        text: "# Security\n\nWe protect your data.\n{% if org.name is matching(\"AB\") %}x{% endif %}\n"
            .into(),
        base: String::new(),
        covers: vec![],
    });
    // The preview renders the rest and lists the clause with its place.
    let out = r.render(&p, Lang::EN).unwrap();
    assert_eq!(out.failures.len(), 1);
    let f = &out.failures[0];
    assert_eq!(
        (
            f.clause.as_str(),
            f.problem.code,
            f.problem.line,
            f.problem.column
        ),
        ("security", "clause-unknown-test", 4, 19)
    );
    assert!(out.markdown.contains("{#rights}"));
    // The check names it in the author's words, in both UI languages.
    let d = clauses::check(r, &p)
        .into_iter()
        .find(|d| d.code == "clause-unknown-test")
        .expect("a diagnostic for the unknown test");
    assert!(d.is_error());
    assert_eq!(d.path, "clauses.overrides[0].text");
    let en = d.message(Lang::EN);
    assert!(
        en.contains("“security” (en), line 4, column 19") && en.contains("“matching”"),
        "{en}"
    );
    let sv = d.message(Lang::SV);
    assert!(
        sv.contains("rad 4, kolumn 19") && sv.contains("”matching”"),
        "{sv}"
    );
}

#[test]
fn each_refused_construct_has_its_code_and_place() {
    for (text, code, detail, line, column) in [
        // A misspelt field, where it stands; a name in the prose is not a tag.
        (
            "# org.nmae\n\nWe are {{ org.nmae }}.\n",
            "clause-unknown-variable",
            "org.nmae",
            3,
            11,
        ),
        // A name the context does not have.
        (
            "# T\n{{ secrets }}\n",
            "clause-unknown-variable",
            "secrets",
            2,
            4,
        ),
        // A loop item's field is looked up in the list's first item.
        (
            "# T\n{% for a in activities %}\n- {{ a.purpsoe }}\n{% endfor %}\n",
            "clause-unknown-variable",
            "a.purpsoe",
            3,
            6,
        ),
        (
            "# T\n{{ org.name | replace(from=\"a\", to=\"aaaa\") }}\n",
            "clause-unknown-filter",
            "replace",
            2,
            15,
        ),
        (
            "# T\n\n{{ now() }}\n",
            "clause-forbidden-function",
            "now",
            3,
            4,
        ),
        (
            "# T\n{% include \"en/intro.md\" %}\n",
            "clause-forbidden-tag",
            "include en/intro.md",
            2,
            4,
        ),
        // Imports stand first (Tera's rule); only the language's own macro file.
        (
            "{% import \"sv/macros.md\" as m %}\n# T\n",
            "clause-forbidden-import",
            "sv/macros.md",
            1,
            4,
        ),
        // A macro of the language's file that does not exist, and one never imported.
        (
            "{% import \"en/macros.md\" as m %}\n# T\n{{ m::table(rows=1) }}\n",
            "clause-unknown-macro",
            "m::table",
            3,
            4,
        ),
        (
            "# T\n{{ m::list(items=1) }}\n",
            "clause-unknown-macro",
            "m::list",
            2,
            4,
        ),
        // Two lists of one item nested: a product of the project's lists.
        (
            "# T\n{% for a in activities %}\n{% for p in a.people %}\n{% for d in a.data %}x{% endfor %}\n{% endfor %}\n{% endfor %}\n",
            "clause-nested-loop",
            "a.data",
            4,
            13,
        ),
        // A value from outside the loop added at each step.
        (
            "# T\n{% set_global n = [] %}\n{% for a in activities %}\n{% set_global n = n | concat(with=org.name) %}\n{% endfor %}\n",
            "clause-set-in-loop",
            "org.name",
            4,
            35,
        ),
    ] {
        assert_eq!(
            refused(text),
            (code, detail.to_owned(), line, column),
            "{text}"
        );
    }
}

#[test]
fn what_a_clause_may_do_passes() {
    for text in [
        "# Who we are\n\nWe are {{ org.name | upper }}.\n",
        "{% import \"en/macros.md\" as m %}\n# T\n{{ m::list(items=activities) }}\n",
        // A loop over the outer item's own list: bounded by the project.
        "# T\n{% for a in activities %}{% for d in a.data %}{{ d.name }}{% endfor %}{% endfor %}\n",
        // A counter that grows by one value at each step.
        "# T\n{% set_global n = 0 %}{% for a in activities %}{% set_global n = n + 1 %}{% endfor %}{{ n }}\n",
        "# T\n{% if rights.response_days is number and rights.response_days > 0 %}soon{% endif %}\n",
    ] {
        assert_eq!(check(text), Ok(()), "{text}");
    }
}

#[test]
fn a_syntax_error_is_placed_where_teras_parser_stops_and_said_in_our_words() {
    let text = "# T\n\nWe are {{ org.name + }} here.\n";
    let (code, detail, line, _) = refused(text);
    assert_eq!(code, "clause-syntax");
    assert_eq!(line, 3, "{detail}");
    // The text at the place, not the parser's English ("expected …").
    assert!(
        text.lines().nth(2).unwrap().contains(detail.trim()),
        "{detail}"
    );
    let p = check(text).unwrap_err();
    for ui in [Lang::SV, Lang::EN] {
        let m = clauses::problem_message("retention", Lang::EN, &p, ui);
        assert!(!m.contains("expected") && m.contains(detail.trim()), "{m}");
    }
}

/// The reason the clause editor shows: the message without the clause and its place.
fn reason(text: &str, ui: Lang) -> String {
    clauses::problem_reason("retention", Lang::EN, &check(text).unwrap_err(), ui)
}

#[test]
fn a_block_or_tag_left_open_is_said_in_words_at_the_place_to_fix_it() {
    // A loop never closed: at its {% for %}, not at the end of the text.
    let text =
        "# Retention\n\nIntro.\n{% for a in activities %}\n- {{ a.purpose }}\n\nMore text.\n";
    assert_eq!(refused(text), ("clause-unclosed", "for".to_owned(), 4, 1));
    assert_eq!(
        reason(text, Lang::SV),
        "slingan som börjar här stängs aldrig: lägg till {% endfor %} där den ska sluta."
    );
    assert_eq!(
        reason(text, Lang::EN),
        "the loop that starts here is never closed: add {% endfor %} where it should end."
    );
    // The full message names the place once.
    let p = check(text).unwrap_err();
    let m = clauses::problem_message("retention", Lang::EN, &p, Lang::SV);
    assert_eq!(m.matches("rad 4").count(), 1, "{m}");
    // An end tag that closes another block than the open one: at the end tag.
    let text = "# R\n{% if org.name %}\n{% for a in activities %}x{% endif %}\n";
    assert_eq!(
        refused(text),
        ("clause-end-mismatch", "endif:for:3".to_owned(), 3, 27)
    );
    assert_eq!(
        reason(text, Lang::EN),
        "“endif” cannot close the loop that starts on line 3: close that first with {% endfor %}."
    );
    // An end tag closing nothing, an else outside any block, a tag never closed.
    assert_eq!(
        refused("# R\nx {% endif %}\n"),
        ("clause-end-extra", "endif".to_owned(), 2, 3)
    );
    assert_eq!(
        refused("# R\n{% else %}\n"),
        ("clause-end-extra", "else".to_owned(), 2, 1)
    );
    assert_eq!(
        refused("# R\n\nWe are {{ org.name }\n"),
        ("clause-tag-unclosed", "}}".to_owned(), 3, 8)
    );
    assert_eq!(
        reason("# R\n\nWe are {{ org.name }\n", Lang::SV),
        "taggen stängs aldrig: lägg till ”}}” där den slutar."
    );
}

#[test]
fn places_count_characters_not_bytes() {
    // "Å", "ä" and "ö" are two bytes each in UTF-8; the editor counts characters.
    assert_eq!(
        refused("# Åtgärder\nÅäö {{ org.nmae }}\n"),
        ("clause-unknown-variable", "org.nmae".to_owned(), 2, 8)
    );
    assert_eq!(sandbox::line_column("åäö\nåx", "åäö\nå".len()), (2, 2));
}

#[test]
fn size_nesting_and_expressions_are_bounded_before_parsing() {
    // One character over the size: refused as a whole, at the start.
    let long = format!("# T\n{}", "x".repeat(MAX_TEMPLATE_CHARS));
    assert_eq!(
        refused(&long),
        ("clause-too-long", MAX_TEMPLATE_CHARS.to_string(), 1, 1)
    );
    let just = format!("# T\n{}", "x".repeat(MAX_TEMPLATE_CHARS - 4));
    assert_eq!(check(&just), Ok(()));

    // Brackets: the one past the limit is marked ("{{ " is three characters).
    let deep = |n: usize| format!("# T\n{{{{ {}1{} }}}}\n", "(".repeat(n), ")".repeat(n));
    assert_eq!(check(&deep(MAX_NESTING)), Ok(()));
    assert_eq!(
        refused(&deep(MAX_NESTING + 1)),
        (
            "clause-too-nested",
            String::new(),
            2,
            4 + MAX_NESTING as u32
        )
    );
    // Blocks: the `if` past the limit, on its own line.
    let blocks = |n: usize| {
        format!(
            "# T\n{}{}",
            "{% if true %}\n".repeat(n),
            "{% endif %}\n".repeat(n)
        )
    };
    assert_eq!(check(&blocks(MAX_NESTING)), Ok(()));
    assert_eq!(
        refused(&blocks(MAX_NESTING + 1)),
        (
            "clause-too-nested",
            String::new(),
            2 + MAX_NESTING as u32,
            1
        )
    );

    // One expression reading more values than allowed.
    let values = |n: usize| format!("# T\n{{{{ {} }}}}\n", vec!["org.name"; n].join(" ~ "));
    assert_eq!(check(&values(MAX_VALUES_PER_EXPRESSION)), Ok(()));
    let (code, detail, line, _) = refused(&values(MAX_VALUES_PER_EXPRESSION + 1));
    assert_eq!(
        (code, detail, line),
        (
            "clause-expression-too-large",
            MAX_VALUES_PER_EXPRESSION.to_string(),
            2
        )
    );
}

#[test]
fn the_output_stops_at_its_size_bound() {
    let mut out = Bounded::new();
    out.write_all(&vec![b'x'; MAX_OUTPUT_BYTES]).unwrap();
    assert_eq!(out.stopped, None);
    assert!(out.write_all(b"y").is_err());
    assert_eq!(out.stopped, Some("clause-output-too-large"));
    assert_eq!(out.out.len(), MAX_OUTPUT_BYTES, "nothing past the bound");
}

/// A render that takes longer than `MAX_RENDER_TIME` is stopped at its next write, and the
/// author is told so in both languages. (No template the sandbox lets through is slow enough
/// to show this in a test, which is the point of the sandbox; the clock is tested directly.)
#[test]
fn a_render_past_its_time_bound_stops_with_clause_too_slow() {
    let mut out = Bounded::new();
    out.write_all(b"# Intro\n").unwrap();
    std::thread::sleep(MAX_RENDER_TIME + std::time::Duration::from_millis(100));
    assert!(out.write_all(b"more").is_err());
    assert_eq!(out.stopped, Some("clause-too-slow"));
    assert_eq!(out.out, b"# Intro\n", "nothing is written after the bound");

    // The renderer reports the stopped code as the clause's problem; this is its message.
    let mut p = default_project();
    p.clauses.overrides.push(ClauseOverride {
        clause: "intro".into(),
        lang: Lang::EN,
        text: "# Intro\n".into(),
        base: String::new(),
        covers: vec![],
    });
    let failure = ClauseFailure {
        clause: "intro".into(),
        lang: Lang::EN,
        source: Source::Override,
        problem: ClauseProblem {
            code: out.stopped.unwrap(),
            detail: String::new(),
            line: 1,
            column: 1,
        },
    };
    let d = clauses::problem_diagnostic(&p, &failure);
    assert!(d.is_error());
    assert_eq!(d.path, "clauses.overrides[0].text");
    assert_eq!(
        d.message(Lang::EN),
        "Clause “intro” (en): the clause took too long to render and was stopped; check its loops."
    );
    assert_eq!(
        d.message(Lang::SV),
        "Klausul ”intro” (en): klausulen tog för lång tid att rendera och stoppades; se över dess loopar."
    );
}

#[test]
fn a_set_value_read_twice_and_a_list_looped_inside_itself_are_refused() {
    // The place of a problem is where its name first stands in a tag, which for these two is
    // the earlier `set` or the outer loop rather than the offending line: only the code and the
    // name are pinned here.
    let (code, detail, ..) = refused("# T\n{% set s = org.name %}\n{% set t = s ~ s %}\n");
    assert_eq!((code, detail.as_str()), ("clause-set-chain", "s"));
    let (code, detail, ..) = refused(
        "# T\n{% for a in activities %}\n{% for b in activities %}x{% endfor %}\n{% endfor %}\n",
    );
    assert_eq!(
        (code, detail.as_str()),
        ("clause-nested-loop", "activities")
    );
}
