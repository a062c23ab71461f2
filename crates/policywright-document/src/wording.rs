//! A clause's logic written once, its wording once per language.
//!
//! `templates/<clause>.md` holds a clause's logic for every language: which paragraphs apply,
//! the loops over the answers, the tables. Where it says something, it names a message:
//! `{{ t("retention-keep", period=m::retention(r=a.retention)) }}`. The message's words are in
//! `locales/<lang>/wording/<clause>.ftl` (Fluent), with the answers as placeables:
//! `retention-keep = We keep the data { $period }`.
//!
//! [`expand`] writes a language's Tera template from the two, placing each message's text where
//! it is named and each placeable as `{{ expression }}`. So the languages cannot drift apart: a
//! fix to the logic reaches every language, and a new language is message files. The expanded
//! template is what renders, what the sandbox and the clause editor see, and what a project's
//! override of the clause replaces.
//!
//! Wording is only words: a message is text and `{ $name }` placeables (and `{"{"}` for a
//! brace). Selectors, functions and references are refused, and so is text that would open a
//! Tera tag, so a translation cannot change what the clause does.

use fluent_syntax::ast;
use std::collections::BTreeMap;

/// One piece of a message: words, or the place of an argument.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Arg(String),
}

/// The messages of one clause in one language.
#[derive(Debug, Clone, Default)]
pub struct Wording {
    messages: BTreeMap<String, Vec<Piece>>,
    /// The file it was read from, for errors.
    file: String,
}

/// A wording file or a clause's logic that cannot be expanded, said with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {detail}")]
pub struct WordingError {
    /// The file and line ("locales/en/wording/retention.ftl, line 4").
    pub place: String,
    pub detail: String,
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

impl Wording {
    /// Reads a Fluent wording file; `file` names it in errors.
    pub fn parse(source: &str, file: &str) -> Result<Wording, WordingError> {
        let at = |byte: usize, detail: String| WordingError {
            place: format!("{file}, line {}", line_of(source, byte)),
            detail,
        };
        let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
            let e = &errors[0];
            at(e.pos.start, format!("not valid Fluent: {:?}", e.kind))
        })?;
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let id = m.id.name;
                    let byte = source.find(&format!("{id} =")).unwrap_or(0);
                    let Some(value) = m.value else {
                        return Err(at(byte, format!("message `{id}` has no text")));
                    };
                    if !m.attributes.is_empty() {
                        return Err(at(
                            byte,
                            format!("message `{id}` has attributes; wording has none"),
                        ));
                    }
                    let pieces =
                        pieces(&value).map_err(|d| at(byte, format!("message `{id}`: {d}")))?;
                    if messages.insert(id.to_owned(), pieces).is_some() {
                        return Err(at(byte, format!("message `{id}` is defined twice")));
                    }
                }
                ast::Entry::Comment(_)
                | ast::Entry::GroupComment(_)
                | ast::Entry::ResourceComment(_) => {}
                ast::Entry::Term(t) => {
                    let byte = source.find(&format!("-{} =", t.id.name)).unwrap_or(0);
                    return Err(at(
                        byte,
                        format!("term `-{}`: wording has messages only", t.id.name),
                    ));
                }
                ast::Entry::Junk { content } => {
                    let byte = source.find(content).unwrap_or(0);
                    return Err(at(byte, format!("not valid Fluent: `{}`", content.trim())));
                }
            }
        }
        Ok(Wording {
            messages,
            file: file.to_owned(),
        })
    }

    /// The wording as a Fluent file again.
    pub fn to_fluent(&self) -> String {
        let mut out = String::new();
        for (id, pieces) in &self.messages {
            let mut value = String::new();
            for p in pieces {
                match p {
                    Piece::Text(t) => value.push_str(&fluent_text(t)),
                    Piece::Arg(a) => value.push_str(&format!("{{ ${a} }}")),
                }
            }
            // Fluent trims a value's outer spaces: an outer space is written as a literal.
            let lead = value.len() - value.trim_start_matches(' ').len();
            let trail = value.len() - value.trim_end_matches(' ').len();
            let space = "{\" \"}";
            let inner = value.trim_matches(' ');
            out.push_str(&format!(
                "{id} = {}{inner}{}\n",
                space.repeat(lead),
                space.repeat(if inner.is_empty() { 0 } else { trail })
            ));
        }
        out
    }

    /// Whether it has a message.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// Puts other words in a message: `text` as Fluent writes a message's value, one line.
    pub fn set(&mut self, id: &str, text: &str) -> Result<(), WordingError> {
        let place = format!("{} ({id})", self.file);
        if text.contains(['\n', '\r']) {
            return Err(WordingError {
                place,
                detail: "a message is one line".to_owned(),
            });
        }
        let one =
            Wording::parse(&format!("{id} = {text}\n"), &place).map_err(|e| WordingError {
                place: place.clone(),
                detail: e.detail,
            })?;
        let pieces = one.messages.get(id).cloned().ok_or_else(|| WordingError {
            place,
            detail: "the words are missing".to_owned(),
        })?;
        self.messages.insert(id.to_owned(), pieces);
        Ok(())
    }

    /// The message ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The text of a message with each placeable shown as `{ $name }`, as the file has it.
    pub fn text(&self, id: &str) -> Option<String> {
        let pieces = self.messages.get(id)?;
        Some(
            pieces
                .iter()
                .map(|p| match p {
                    Piece::Text(t) => t.clone(),
                    Piece::Arg(a) => format!("{{ ${a} }}"),
                })
                .collect(),
        )
    }

    /// The names of a message's placeables.
    pub fn args(&self, id: &str) -> Vec<&str> {
        self.messages
            .get(id)
            .map(|pieces| {
                pieces
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Arg(a) => Some(a.as_str()),
                        Piece::Text(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every message's text changed by `f` (for a pseudo-language), placeables kept.
    pub fn map_text(&self, f: impl Fn(&str) -> String) -> Wording {
        let messages = self
            .messages
            .iter()
            .map(|(id, pieces)| {
                let pieces = pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t) => Piece::Text(f(t)),
                        Piece::Arg(a) => Piece::Arg(a.clone()),
                    })
                    .collect();
                (id.clone(), pieces)
            })
            .collect();
        Wording {
            messages,
            file: self.file.clone(),
        }
    }

    /// This wording with one message removed (to test that a missing one is said).
    pub fn without(&self, id: &str) -> Wording {
        let mut w = self.clone();
        w.messages.remove(id);
        w
    }
}

/// The pieces of a message's pattern, or why it is not plain wording.
fn pieces(pattern: &ast::Pattern<&str>) -> Result<Vec<Piece>, String> {
    let mut out: Vec<Piece> = Vec::new();
    for element in &pattern.elements {
        let piece = match element {
            ast::PatternElement::TextElement { value } => Piece::Text((*value).to_owned()),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    Piece::Arg(id.name.to_owned())
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    Piece::Text(unescape(value)?)
                }
                _ => {
                    return Err(
                        "only `{ $name }` placeables are allowed: the choices belong in the clause's logic"
                            .to_owned(),
                    )
                }
            },
        };
        match (out.last_mut(), piece) {
            (Some(Piece::Text(prev)), Piece::Text(t)) => prev.push_str(&t),
            (_, p) => out.push(p),
        }
    }
    for p in &out {
        if let Piece::Text(t) = p {
            if ["{{", "{%", "{#", "}}", "%}", "#}"]
                .iter()
                .any(|s| t.contains(s))
            {
                return Err(format!(
                    "`{t}` would open or close a template tag; wording is only words"
                ));
            }
        }
    }
    Ok(out)
}

/// Text as a Fluent pattern writes it: braces as string literals.
fn fluent_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            c => out.push(c),
        }
    }
    out
}

/// A Fluent string literal's text (`\"`, `\\` and `\uXXXX` escapes).
fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let ch = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("`\\u{hex}` is not a character"))?;
                out.push(ch);
            }
            other => return Err(format!("unknown escape `\\{}`", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

/// What a message reference passes for a placeable: an expression of the template, or another
/// message (for a choice the logic makes between two phrasings).
#[derive(Debug, Clone, PartialEq, Eq)]
enum ArgValue {
    Expression(String),
    Message(Reference),
}

/// `t("id", name=value, ...)` in a clause's logic.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reference {
    id: String,
    args: Vec<(String, ArgValue)>,
}

/// Where the next message is named in `text`: its byte offset and whether it stands as text
/// (`{{ t("id", …) }}`) or as a string in an expression (`t("id")`).
fn next_reference(text: &str) -> Option<(usize, bool)> {
    let mut from = 0;
    while let Some(i) = text[from..].find("t(\"") {
        let at = from + i;
        if text[..at].ends_with("{{ ") {
            return Some((at - 3, true));
        }
        let before = text[..at].chars().next_back();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            return Some((at, false));
        }
        from = at + 3;
    }
    None
}

/// Writes one language's template of a clause: every `{{ t("…") }}` of `logic` replaced by
/// its message in `wording`, every `t("…")` in an expression by its text as a string, and the
/// macro import pointed at the language's macros. `file` names the logic file in errors.
pub fn expand(
    logic: &str,
    wording: &Wording,
    lang_code: &str,
    file: &str,
) -> Result<String, WordingError> {
    let logic = logic.replace(
        "{% import \"macros.md\" as m",
        &format!("{{% import \"{lang_code}/macros.md\" as m"),
    );
    let mut out = String::with_capacity(logic.len() * 2);
    let mut rest = logic.as_str();
    while let Some((start, as_text)) = next_reference(rest) {
        out.push_str(&rest[..start]);
        let at = logic.len() - rest.len() + start;
        let err = |detail: String| WordingError {
            place: format!("{file}, line {}", line_of(&logic, at)),
            detail,
        };
        let skip = if as_text { 3 } else { 0 };
        let mut p = Parser {
            text: &rest[start + skip..],
            pos: 0,
        };
        let reference = p.reference().map_err(&err)?;
        let mut after = &p.text[p.pos..];
        if as_text {
            after = after
                .strip_prefix(" }}")
                .ok_or_else(|| err(format!("`{}` must end with `) }}}}`", reference.id)))?;
            write_message(&mut out, &reference, wording).map_err(err)?;
        } else {
            let mut text = String::new();
            write_message(&mut text, &reference, wording).map_err(&err)?;
            out.push_str(&string_literal(&text).map_err(err)?);
        }
        rest = after;
    }
    out.push_str(rest);
    Ok(out)
}

/// A message's text as a template string, in the first quote it does not contain.
fn string_literal(text: &str) -> Result<String, String> {
    if text.contains("{{") {
        return Err("a message used as a string cannot have placeables".to_owned());
    }
    ['"', '\'', '`']
        .into_iter()
        .find(|q| !text.contains(*q))
        .map(|q| format!("{q}{text}{q}"))
        .ok_or_else(|| format!("`{text}` contains every kind of quote"))
}

fn write_message(out: &mut String, r: &Reference, wording: &Wording) -> Result<(), String> {
    let pieces = wording
        .messages
        .get(&r.id)
        .ok_or_else(|| format!("no message `{}` in {}", r.id, wording.file))?;
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg(name) => {
                let value = r.args.iter().find(|(n, _)| n == name).map(|(_, v)| v);
                match value {
                    Some(ArgValue::Expression(e)) => {
                        out.push_str("{{ ");
                        out.push_str(e);
                        out.push_str(" }}");
                    }
                    Some(ArgValue::Message(inner)) => write_message(out, inner, wording)?,
                    None => {
                        return Err(format!(
                            "message `{}` uses `{{ ${name} }}`, which the clause does not pass (it passes: {})",
                            r.id,
                            list_names(&r.args)
                        ))
                    }
                }
            }
        }
    }
    Ok(())
}

fn list_names(args: &[(String, ArgValue)]) -> String {
    if args.is_empty() {
        return "nothing".to_owned();
    }
    args.iter()
        .map(|(n, _)| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The message ids a clause's logic names, nested ones included, in order of appearance.
pub fn referenced_ids(logic: &str, file: &str) -> Result<Vec<String>, WordingError> {
    fn collect(r: &Reference, ids: &mut Vec<String>) {
        ids.push(r.id.clone());
        for (_, v) in &r.args {
            if let ArgValue::Message(inner) = v {
                collect(inner, ids);
            }
        }
    }
    let mut ids = Vec::new();
    let mut rest = logic;
    while let Some((start, as_text)) = next_reference(rest) {
        let at = logic.len() - rest.len() + start;
        let mut p = Parser {
            text: &rest[start + if as_text { 3 } else { 0 }..],
            pos: 0,
        };
        let r = p.reference().map_err(|detail| WordingError {
            place: format!("{file}, line {}", line_of(logic, at)),
            detail,
        })?;
        collect(&r, &mut ids);
        rest = &p.text[p.pos..];
    }
    Ok(ids)
}

/// The placeables a clause's logic passes to a message wherever it names it (those passed at
/// every place), or None when it does not name the message.
pub fn passed_args(logic: &str, message: &str) -> Option<Vec<String>> {
    fn visit(r: &Reference, message: &str, found: &mut Vec<Vec<String>>) {
        if r.id == message {
            found.push(r.args.iter().map(|(n, _)| n.clone()).collect());
        }
        for (_, v) in &r.args {
            if let ArgValue::Message(inner) = v {
                visit(inner, message, found);
            }
        }
    }
    let mut found = Vec::new();
    let mut rest = logic;
    while let Some((start, as_text)) = next_reference(rest) {
        let mut p = Parser {
            text: &rest[start + if as_text { 3 } else { 0 }..],
            pos: 0,
        };
        let r = p.reference().ok()?;
        visit(&r, message, &mut found);
        rest = &p.text[p.pos..];
    }
    let first = found.first()?.clone();
    Some(
        first
            .into_iter()
            .filter(|a| found.iter().all(|f| f.contains(a)))
            .collect(),
    )
}

/// A small reader of `t("id", name=value, …)`.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn skip_spaces(&mut self) {
        let n = self.rest().len() - self.rest().trim_start_matches(' ').len();
        self.pos += n;
    }

    fn reference(&mut self) -> Result<Reference, String> {
        if !self.eat("t(\"") {
            return Err("a message is named as t(\"message-id\", …)".to_owned());
        }
        let end = self
            .rest()
            .find('"')
            .ok_or("the message id's quote is not closed")?;
        let id = self.rest()[..end].to_owned();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!(
                "`{id}` is not a message id (letters, digits and -)"
            ));
        }
        self.pos += end + 1;
        let mut args = Vec::new();
        loop {
            self.skip_spaces();
            if self.eat(")") {
                return Ok(Reference { id, args });
            }
            if !self.eat(",") {
                return Err(format!("after `{id}`: expected `,` or `)`"));
            }
            self.skip_spaces();
            let name_len = self
                .rest()
                .find('=')
                .ok_or_else(|| format!("`{id}`: an argument is written name=value"))?;
            let name = self.rest()[..name_len].trim().to_owned();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!("`{id}`: `{name}` is not an argument name"));
            }
            self.pos += name_len + 1;
            let value = if self.rest().starts_with("t(\"") {
                ArgValue::Message(self.reference()?)
            } else {
                ArgValue::Expression(self.expression()?)
            };
            args.push((name, value));
        }
    }

    /// A template expression: up to the next `,` or `)` outside brackets and strings.
    fn expression(&mut self) -> Result<String, String> {
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        for (i, c) in self.rest().char_indices() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'' | '`') => quote = Some(c),
                (None, '(' | '[') => depth += 1,
                (None, ')' | ']') if depth > 0 => depth -= 1,
                (None, ',' | ')') if depth == 0 => {
                    let e = self.rest()[..i].trim().to_owned();
                    if e.is_empty() {
                        return Err("an argument has no value".to_owned());
                    }
                    self.pos += i;
                    return Ok(e);
                }
                (None, '}' | '\n') => break,
                _ => {}
            }
        }
        Err("an argument's value is not closed by `,` or `)`".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording(ftl: &str) -> Wording {
        Wording::parse(ftl, "test.ftl").unwrap()
    }

    #[test]
    fn places_each_message_and_its_arguments() {
        let w = wording("keep = We keep the data { $period }.\nyou = you\ncontract = our contract with { $party }\n");
        let logic = "{% import \"macros.md\" as m -%}\n- {{ t(\"keep\", period=m::retention(r=a.retention, act=acts.x)) }} {{ t(\"contract\", party=t(\"you\")) }}";
        let out = expand(logic, &w, "en", "retention.md").unwrap();
        assert_eq!(
            out,
            "{% import \"en/macros.md\" as m -%}\n- We keep the data {{ m::retention(r=a.retention, act=acts.x) }}. our contract with you"
        );
    }

    #[test]
    fn a_missing_message_or_argument_is_said_with_its_line() {
        let w = wording("keep = We keep { $period }\n");
        let e = expand("x\n{{ t(\"gone\") }}", &w, "en", "r.md").unwrap_err();
        assert_eq!(e.place, "r.md, line 2");
        assert!(e.detail.contains("no message `gone`"), "{e}");
        let e = expand("{{ t(\"keep\", time=a.b) }}", &w, "en", "r.md").unwrap_err();
        assert!(
            e.detail.contains("`{ $period }`") && e.detail.contains("$time"),
            "{e}"
        );
    }

    #[test]
    fn wording_cannot_carry_logic() {
        for ftl in [
            "a = { $n ->\n  [one] one\n *[other] many\n}\n",
            "a = {{ secret }}\n",
            "a = { -term }\n",
            "-term = x\n",
            "a = { NUMBER($n) }\n",
        ] {
            assert!(Wording::parse(ftl, "x.ftl").is_err(), "{ftl}");
        }
        let w = wording("a = a {\"{\"} brace {\"}\"}\n");
        assert_eq!(
            expand("{{ t(\"a\") }}", &w, "en", "x").unwrap(),
            "a { brace }"
        );
        assert_eq!(wording(&w.to_fluent()).text("a").unwrap(), "a { brace }");
        let w = wording("a = {\" \"}har du\n");
        assert_eq!(wording(&w.to_fluent()).text("a").unwrap(), " har du");
    }

    #[test]
    fn a_message_in_an_expression_is_a_string() {
        let w = wording("what = cookies and \"similar\" technologies\n");
        let out = expand("{% set w = t(\"what\") %}{{ format(x=1) }}", &w, "en", "x").unwrap();
        assert_eq!(
            out,
            "{% set w = 'cookies and \"similar\" technologies' %}{{ format(x=1) }}"
        );
    }

    #[test]
    fn lists_the_ids_a_logic_names() {
        let ids = referenced_ids("{{ t(\"a\", x=t(\"b\")) }} {{ t(\"c\", y=z) }}", "x").unwrap();
        assert_eq!(ids, ["a", "b", "c"]);
    }
}
