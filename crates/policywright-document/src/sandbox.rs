//! What a clause template written by a person (a project's override, a custom clause) may do.
//!
//! Clause text is trusted no more than answers. Before a template is given to Tera it is
//! checked here, so that it can read nothing but the render context and the built-in macros,
//! and cannot run without bound:
//!
//! - no `include`, `extends`, `block`, and no `import` except the language's own macros;
//! - no macro definitions (so no recursion) and no function calls (`range`, `get_env`, ...);
//! - only the filters and tests listed here (none that multiplies text, like `replace`);
//! - a loop inside a loop must go over a field of the innermost loop's item (`a.data` inside
//!   `for a in activities`), so the work is bounded by the size of the project, not by a
//!   product of its lists; a `set` reads at most one value a `set` made (a count or a list may
//!   grow by an answer at each step, a text never doubles);
//! - the template's size and nesting are bounded before Tera's parser sees it (its recursion
//!   must not overflow the stack), and its output is bounded in size and time while it renders.
//!
//! Every problem comes back as a [`ClauseProblem`] with a line and column inside the clause.

use serde::Serialize;
use std::collections::HashSet;
use std::io::{self, Write};
use std::time::{Duration, Instant};
use tera::ast::{Expr, ExprVal, FunctionCall, Node};

/// The most characters a clause template may have.
pub const MAX_TEMPLATE_CHARS: usize = 100_000;
/// How deeply brackets, parentheses and blocks may nest in a clause template.
pub const MAX_NESTING: usize = 24;
/// The most values one expression may read: an answer may be a megabyte, and an expression is
/// computed whole before it is written, so `a ~ a ~ a ~ ...` must not multiply it unbounded.
pub const MAX_VALUES_PER_EXPRESSION: usize = 32;
/// The most bytes one clause may render to (a whole policy is far smaller).
pub const MAX_OUTPUT_BYTES: usize = 4_000_000;
/// The longest one clause may take to render.
pub const MAX_RENDER_TIME: Duration = Duration::from_secs(2);

/// Filters a clause may use: none makes its input many times longer.
pub const FILTERS: &[&str] = &[
    "cap",
    "lower",
    "upper",
    "capitalize",
    "title",
    "trim",
    "trim_start",
    "trim_end",
    "truncate",
    "wordcount",
    "length",
    "first",
    "last",
    "nth",
    "join",
    "reverse",
    "sort",
    "unique",
    "map",
    "filter",
    "concat",
    "default",
    "int",
    "float",
    "round",
    "abs",
    "plus",
    "minus",
    "pluralize",
];

/// Tests (`is ...`) a clause may use.
pub const TESTS: &[&str] = &[
    "defined",
    "undefined",
    "odd",
    "even",
    "string",
    "number",
    "divisibleby",
    "iterable",
    "object",
    "starting_with",
    "ending_with",
    "containing",
];

/// What is wrong with a clause template, where (1-based, in characters, inside the clause).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClauseProblem {
    /// One of the `clause-*` diagnostic codes.
    pub code: &'static str,
    /// The name involved (a variable, macro, filter or tag) or Tera's own words.
    pub detail: String,
    pub line: u32,
    pub column: u32,
}

/// The names a template may read: the render context's top-level keys.
pub struct Scope<'a> {
    /// The render context as JSON, to tell an unknown field from an empty one.
    pub context: &'a serde_json::Value,
    /// The language's macro file ("sv/macros.md") and the macros it defines.
    pub macro_file: &'a str,
    pub macros: &'a HashSet<String>,
}

/// Checks a clause template; on success, returns nothing: Tera may be given it.
pub fn check(text: &str, scope: &Scope<'_>) -> Result<(), ClauseProblem> {
    pre_scan(text)?;
    blocks(text)?;
    let tpl = tera::Template::new("clause", None, text).map_err(|e| syntax_problem(text, &e))?;
    let mut w = Walker {
        text,
        scope,
        loops: Vec::new(),
        sets: HashSet::new(),
        namespaces: HashSet::new(),
    };
    w.nodes(&tpl.ast)
}

/// Size and nesting, counted on the text so that Tera's recursive parser never sees a deeply
/// nested template.
fn pre_scan(text: &str) -> Result<(), ClauseProblem> {
    let chars = text.chars().count();
    if chars > MAX_TEMPLATE_CHARS {
        return Err(problem_at(
            text,
            "clause-too-long",
            MAX_TEMPLATE_CHARS.to_string(),
            0,
        ));
    }
    let bytes = text.as_bytes();
    let mut depth_brackets = 0usize;
    let mut depth_blocks = 0usize;
    let mut in_tag = false;
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if !in_tag && (rest.starts_with(b"{{") || rest.starts_with(b"{%")) {
            in_tag = true;
            if rest.starts_with(b"{%") {
                // Tag starts are ASCII, so i + 2 is a character boundary.
                let tag = &text[i + 2..];
                let word = tag
                    .trim_start_matches(['-', ' ', '\t', '\n', '\r'])
                    .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .next()
                    .unwrap_or("");
                match word {
                    "if" | "for" | "filter" | "macro" | "block" | "raw" => depth_blocks += 1,
                    w if w.starts_with("end") => depth_blocks = depth_blocks.saturating_sub(1),
                    _ => {}
                }
                if depth_blocks > MAX_NESTING {
                    return Err(problem_at(text, "clause-too-nested", String::new(), i));
                }
            }
            i += 2;
            continue;
        }
        if in_tag && (rest.starts_with(b"}}") || rest.starts_with(b"%}")) {
            in_tag = false;
            depth_brackets = 0;
            i += 2;
            continue;
        }
        if in_tag {
            match bytes[i] {
                b'(' | b'[' => {
                    depth_brackets += 1;
                    if depth_brackets > MAX_NESTING {
                        return Err(problem_at(text, "clause-too-nested", String::new(), i));
                    }
                }
                b')' | b']' => depth_brackets = depth_brackets.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    Ok(())
}

/// The blocks a tag opens, by the word it starts with.
const BLOCKS: &[&str] = &["if", "for", "filter", "macro", "block", "raw"];

/// Tags and blocks checked before the template engine reads the text, so that a tag or block
/// left open is said at the place to fix it, in words, rather than as the parser's complaint
/// about the end of the text: a `{{` or `{%` never closed (at the tag), a block never closed
/// (at the tag that opens it, `detail` its word), an end tag closing another block than the
/// open one (at the end tag, `detail` "end:open:line"), an end tag closing nothing.
fn blocks(text: &str) -> Result<(), ClauseProblem> {
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('{').map(|i| from + i) {
        let kind = text[at + 1..].chars().next();
        let close = match kind {
            Some('{') => "}}",
            Some('%') => "%}",
            Some('#') => "#}",
            _ => {
                from = at + 1;
                continue;
            }
        };
        let Some(end) = text[at + 2..].find(close).map(|i| at + 2 + i) else {
            return Err(problem_at(
                text,
                "clause-tag-unclosed",
                close.to_owned(),
                at,
            ));
        };
        from = end + 2;
        if kind != Some('%') {
            continue;
        }
        let word = text[at + 2..end]
            .trim_start_matches(['-', ' ', '\t', '\n', '\r'])
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .next()
            .unwrap_or("");
        if BLOCKS.contains(&word) {
            open.push((word, at));
        } else if let Some(closed) = word.strip_prefix("end") {
            match open.pop() {
                Some((w, _)) if w == closed => {}
                Some((w, start)) => {
                    let (line, _) = line_column(text, start);
                    return Err(problem_at(
                        text,
                        "clause-end-mismatch",
                        format!("{word}:{w}:{line}"),
                        at,
                    ));
                }
                None => return Err(problem_at(text, "clause-end-extra", word.to_owned(), at)),
            }
        } else if matches!(word, "else" | "elif")
            && !open.iter().any(|(w, _)| matches!(*w, "if" | "for"))
        {
            return Err(problem_at(text, "clause-end-extra", word.to_owned(), at));
        }
    }
    match open.pop() {
        Some((word, at)) => Err(problem_at(text, "clause-unclosed", word.to_owned(), at)),
        None => Ok(()),
    }
}

/// Line and column (1-based, characters) of a byte offset in a text.
pub fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[start..].chars().count() + 1;
    (line as u32, column as u32)
}

fn problem_at(text: &str, code: &'static str, detail: String, offset: usize) -> ClauseProblem {
    let (line, column) = line_column(text, offset);
    ClauseProblem {
        code,
        detail,
        line,
        column,
    }
}

/// Where a name stands inside a tag of the template (`{{ ... }}` or `{% ... %}`), as a word
/// of its own; the start of the text when it is nowhere to be found.
pub fn find_in_tags(text: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let kind = text[open + 1..].chars().next();
        if !matches!(kind, Some('{') | Some('%')) {
            from = open + 1;
            continue;
        }
        let close = text[open..]
            .find(if kind == Some('{') { "}}" } else { "%}" })
            .map_or(text.len(), |i| open + i);
        let tag = &text[open..close];
        let mut at = 0;
        while let Some(i) = tag[at..].find(needle).map(|i| at + i) {
            let before = tag[..i].chars().next_back();
            let after = tag[i + needle.len()..].chars().next();
            let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if !word(before) && !word(after) {
                return open + i;
            }
            at = i + needle.len();
        }
        from = close.max(open + 1);
    }
    0
}

/// Tera's parse error, at the line and column its parser names.
fn syntax_problem(text: &str, e: &tera::Error) -> ClauseProblem {
    let full = full_error(e);
    // pest: " --> 3:17"
    let place = full.split("--> ").nth(1).and_then(|rest| {
        let pos: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ':')
            .collect();
        let (l, c) = pos.split_once(':')?;
        Some((l.parse().ok()?, c.parse().ok()?))
    });
    let (line, column) = place.unwrap_or((1, 1));
    ClauseProblem {
        code: "clause-syntax",
        detail: text_at(text, line, column),
        line,
        column,
    }
}

/// The text from a line and column on, up to 30 characters of that line: what a person
/// looks for to find the place.
fn text_at(text: &str, line: u32, column: u32) -> String {
    let l = text
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let shown: String = l
        .chars()
        .skip(column.saturating_sub(1) as usize)
        .take(30)
        .collect();
    if shown.trim().is_empty() {
        l.chars().take(30).collect()
    } else {
        shown
    }
}

/// All of a Tera error's causes in one text.
pub fn full_error(e: &tera::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join("\n")
}

/// A loop being walked: its item variable and the context path it goes over (None: not a
/// path in the context, e.g. a `set` variable or a literal).
struct Loop {
    var: String,
    key: Option<String>,
    container: Option<String>,
}

struct Walker<'a, 's> {
    text: &'a str,
    scope: &'a Scope<'s>,
    loops: Vec<Loop>,
    sets: HashSet<String>,
    namespaces: HashSet<String>,
}

impl Walker<'_, '_> {
    fn fail(&self, code: &'static str, detail: &str, needle: &str) -> ClauseProblem {
        problem_at(
            self.text,
            code,
            detail.to_owned(),
            find_in_tags(self.text, needle),
        )
    }

    fn nodes(&mut self, nodes: &[Node]) -> Result<(), ClauseProblem> {
        for n in nodes {
            self.node(n)?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node) -> Result<(), ClauseProblem> {
        match node {
            Node::Text(_) | Node::Raw(..) | Node::Comment(..) | Node::Break(_) => Ok(()),
            Node::Continue(_) => Ok(()),
            Node::VariableBlock(_, e) => self.top_expr(e),
            Node::ImportMacro(_, file, ns) => {
                if file != self.scope.macro_file {
                    return Err(self.fail("clause-forbidden-import", file, "import"));
                }
                self.namespaces.insert(ns.clone());
                Ok(())
            }
            Node::Include(_, files, _) => Err(self.fail(
                "clause-forbidden-tag",
                &format!("include {}", files.join(", ")),
                "include",
            )),
            Node::Extends(_, file) => Err(self.fail(
                "clause-forbidden-tag",
                &format!("extends {file}"),
                "extends",
            )),
            Node::Block(_, b, _) => Err(self.fail(
                "clause-forbidden-tag",
                &format!("block {}", b.name),
                "block",
            )),
            Node::Super => Err(self.fail("clause-forbidden-tag", "super()", "super")),
            Node::MacroDefinition(_, m, _) => Err(self.fail(
                "clause-forbidden-tag",
                &format!("macro {}", m.name),
                "macro",
            )),
            Node::Set(_, s) => {
                // A value made by `set` may grow by an answer at each step (a counter, a list
                // of titles), never double: one such value per expression at most.
                if let Some(used) = self.uses_sets_twice(&s.value) {
                    return Err(self.fail("clause-set-chain", &used, &used));
                }
                // In a loop, a `set` grows only by the item: a whole list added at each step
                // would be a product again.
                if !self.loops.is_empty() {
                    let mut idents = Vec::new();
                    collect_idents(&s.value, &mut idents);
                    if let Some(outside) = idents.into_iter().find(|i| {
                        let root = root_of(i);
                        root != "loop"
                            && !self.sets.contains(root)
                            && !self
                                .loops
                                .iter()
                                .any(|l| l.var == root || l.key.as_deref() == Some(root))
                    }) {
                        return Err(self.fail("clause-set-in-loop", &outside, &outside));
                    }
                }
                self.top_expr(&s.value)?;
                self.sets.insert(s.key.clone());
                Ok(())
            }
            Node::FilterSection(_, f, _) => {
                self.filter(&f.filter)?;
                self.nodes(&f.body)
            }
            Node::Forloop(_, f, _) => {
                self.top_expr(&f.container)?;
                let container = match &f.container.val {
                    ExprVal::Ident(p) => Some(p.clone()),
                    _ => None,
                };
                if let Some(innermost) = self.loops.last() {
                    // Inside a loop, only a field of the innermost loop's item may be looped
                    // over: the loops then walk down the project's tree, and their work is
                    // bounded by its size (a.data and a.people nested would be a product).
                    let inner_ok = container.as_deref().is_some_and(|p| {
                        let root = root_of(p);
                        p.len() > root.len() && innermost.var == root
                    });
                    if !inner_ok {
                        let name = container.clone().unwrap_or_else(|| "…".to_owned());
                        return Err(self.fail("clause-nested-loop", &name, &name));
                    }
                }
                self.loops.push(Loop {
                    var: f.value.clone(),
                    key: f.key.clone(),
                    container: container.filter(|c| !self.sets.contains(root_of(c))),
                });
                let r = self.nodes(&f.body).and_then(|_| match &f.empty_body {
                    Some(b) => self.nodes(b),
                    None => Ok(()),
                });
                self.loops.pop();
                r
            }
            Node::If(i, _) => {
                for (_, cond, body) in &i.conditions {
                    self.top_expr(cond)?;
                    self.nodes(body)?;
                }
                if let Some((_, body)) = &i.otherwise {
                    self.nodes(body)?;
                }
                Ok(())
            }
        }
    }

    /// The second read of a `set` variable in an expression, if there is one.
    fn uses_sets_twice(&self, e: &Expr) -> Option<String> {
        let mut idents = Vec::new();
        collect_idents(e, &mut idents);
        idents
            .into_iter()
            .filter(|i| self.sets.contains(root_of(i)))
            .nth(1)
    }

    fn filter(&self, f: &FunctionCall) -> Result<(), ClauseProblem> {
        if !FILTERS.contains(&f.name.as_str()) {
            return Err(self.fail("clause-unknown-filter", &f.name, &f.name));
        }
        for a in f.args.values() {
            self.expr(a)?;
        }
        Ok(())
    }

    /// An expression a tag evaluates whole: bounded in the values it reads, then checked.
    fn top_expr(&self, e: &Expr) -> Result<(), ClauseProblem> {
        let mut idents = Vec::new();
        collect_idents(e, &mut idents);
        if idents.len() > MAX_VALUES_PER_EXPRESSION {
            let at = idents
                .get(MAX_VALUES_PER_EXPRESSION)
                .cloned()
                .unwrap_or_default();
            return Err(self.fail(
                "clause-expression-too-large",
                &MAX_VALUES_PER_EXPRESSION.to_string(),
                &at,
            ));
        }
        self.expr(e)
    }

    fn expr(&self, e: &Expr) -> Result<(), ClauseProblem> {
        for f in &e.filters {
            self.filter(f)?;
        }
        match &e.val {
            ExprVal::String(_) | ExprVal::Int(_) | ExprVal::Float(_) | ExprVal::Bool(_) => Ok(()),
            ExprVal::Ident(path) => self.ident(path),
            ExprVal::Math(m) => self.expr(&m.lhs).and_then(|_| self.expr(&m.rhs)),
            ExprVal::Logic(l) => self.expr(&l.lhs).and_then(|_| self.expr(&l.rhs)),
            ExprVal::In(i) => self.expr(&i.lhs).and_then(|_| self.expr(&i.rhs)),
            ExprVal::Test(t) => {
                if !TESTS.contains(&t.name.as_str()) {
                    return Err(self.fail("clause-unknown-test", &t.name, &t.name));
                }
                self.ident(&t.ident)?;
                t.args.iter().try_for_each(|a| self.expr(a))
            }
            ExprVal::MacroCall(m) => {
                if !self.namespaces.contains(&m.namespace) {
                    let name = format!("{}::{}", m.namespace, m.name);
                    return Err(self.fail("clause-unknown-macro", &name, &name));
                }
                if !self.scope.macros.contains(&m.name) {
                    let name = format!("{}::{}", m.namespace, m.name);
                    return Err(self.fail("clause-unknown-macro", &name, &name));
                }
                m.args.values().try_for_each(|a| self.expr(a))
            }
            ExprVal::FunctionCall(f) => {
                Err(self.fail("clause-forbidden-function", &f.name, &f.name))
            }
            ExprVal::Array(items) => items.iter().try_for_each(|a| self.expr(a)),
            // Each part of `a ~ b` is an expression of its own (a function call too).
            ExprVal::StringConcat(c) => c
                .values
                .iter()
                .try_for_each(|v| self.expr(&Expr::new(v.clone()))),
        }
    }

    /// A name read by the template: a loop's item or key, a `set` variable, `loop.*`, or a
    /// path in the render context whose every step exists where the context has an object.
    fn ident(&self, path: &str) -> Result<(), ClauseProblem> {
        let root = root_of(path);
        if root == "loop" && !self.loops.is_empty() {
            return Ok(());
        }
        if self.sets.contains(root) {
            return Ok(());
        }
        if let Some(l) = self
            .loops
            .iter()
            .rev()
            .find(|l| l.var == root || l.key.as_deref() == Some(root))
        {
            if l.key.as_deref() == Some(root) {
                return Ok(());
            }
            // The item's fields: look them up in the container's first item, when there is one.
            return match &l.container {
                Some(c) => match self.resolve_item(c) {
                    Some(item) => self.check_path(item, path, root),
                    None => Ok(()),
                },
                None => Ok(()),
            };
        }
        let ctx = self.scope.context;
        if ctx.get(root).is_none() || root.starts_with("__") {
            return Err(self.fail("clause-unknown-variable", path, root));
        }
        self.check_path(ctx, path, "")
    }

    /// The first item of the list a loop goes over (through enclosing loops' items).
    fn resolve_item(&self, container: &str) -> Option<&serde_json::Value> {
        let root = root_of(container);
        let base = match self.loops.iter().rev().find(|l| l.var == root) {
            Some(outer) => {
                let item = self.resolve_item(outer.container.as_deref()?)?;
                let rest = container[root.len()..].trim_start_matches('.');
                walk(item, rest)?
            }
            None => walk(self.scope.context, container)?,
        };
        base.as_array()?.first()
    }

    /// Every step of `path` after `skip` must exist where `value` has an object.
    fn check_path(
        &self,
        value: &serde_json::Value,
        path: &str,
        skip: &str,
    ) -> Result<(), ClauseProblem> {
        let rest = path[skip.len()..].trim_start_matches('.');
        let mut v = value;
        for step in rest.split('.').filter(|s| !s.is_empty()) {
            let key = step.split('[').next().unwrap_or(step);
            match v {
                serde_json::Value::Object(map) => match map.get(key) {
                    Some(next) => v = next,
                    None => {
                        return Err(self.fail("clause-unknown-variable", path, path));
                    }
                },
                _ => return Ok(()),
            }
            if step.contains('[') {
                return Ok(());
            }
        }
        Ok(())
    }
}

fn root_of(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

fn walk<'v>(v: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    let mut v = v;
    for step in path.split('.').filter(|s| !s.is_empty()) {
        v = v.get(step)?;
    }
    Some(v)
}

fn collect_idents(e: &Expr, out: &mut Vec<String>) {
    for f in &e.filters {
        for a in f.args.values() {
            collect_idents(a, out);
        }
    }
    match &e.val {
        ExprVal::Ident(p) => out.push(p.clone()),
        ExprVal::Math(m) => {
            collect_idents(&m.lhs, out);
            collect_idents(&m.rhs, out);
        }
        ExprVal::Logic(l) => {
            collect_idents(&l.lhs, out);
            collect_idents(&l.rhs, out);
        }
        ExprVal::In(i) => {
            collect_idents(&i.lhs, out);
            collect_idents(&i.rhs, out);
        }
        ExprVal::Test(t) => out.push(t.ident.clone()),
        ExprVal::MacroCall(m) => m.args.values().for_each(|a| collect_idents(a, out)),
        ExprVal::FunctionCall(f) => f.args.values().for_each(|a| collect_idents(a, out)),
        ExprVal::Array(items) => items.iter().for_each(|a| collect_idents(a, out)),
        ExprVal::StringConcat(c) => {
            for v in &c.values {
                collect_idents(&Expr::new(v.clone()), out);
            }
        }
        _ => {}
    }
}

/// An output that refuses to grow past [`MAX_OUTPUT_BYTES`] or to be written to after
/// [`MAX_RENDER_TIME`]: Tera writes as it renders, so a runaway template stops here.
pub struct Bounded {
    pub out: Vec<u8>,
    started: Instant,
    /// Set when a bound stopped the render.
    pub stopped: Option<&'static str>,
}

impl Bounded {
    pub fn new() -> Self {
        Bounded {
            out: Vec::with_capacity(4096),
            started: Instant::now(),
            stopped: None,
        }
    }
}

impl Default for Bounded {
    fn default() -> Self {
        Self::new()
    }
}

impl Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.out.len() + buf.len() > MAX_OUTPUT_BYTES {
            self.stopped = Some("clause-output-too-large");
            return Err(io::Error::other("clause output too large"));
        }
        if self.started.elapsed() > MAX_RENDER_TIME {
            self.stopped = Some("clause-too-slow");
            return Err(io::Error::other("clause took too long"));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
