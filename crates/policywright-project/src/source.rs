//! Reading a project file: TOML syntax and structure errors with their line, column and field
//! path, and a map from field paths back to places in the text for the validation messages.

use crate::diagnostics::{Diagnostic, Location};
use crate::{
    Activity, AutomatedDecisions, Children, Cookie, Cookies, Organisation, Policy, Project,
    Recipient, Rights, Security,
};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
use std::ops::Range;
use toml::de::{DeTable, DeValue, ValueDeserializer};
use toml::Spanned;

/// A project file's text with the spans of every key and value.
pub struct SourceMap<'a> {
    root: Spanned<DeTable<'a>>,
    line_starts: Vec<usize>,
    /// chars_at[k] = the number of characters in the first `k * CHECKPOINT` bytes, so a
    /// column on a long line is counted from a nearby checkpoint, not from the line's start.
    chars_at: Vec<usize>,
    text: &'a str,
}

/// Bytes between two character-count checkpoints.
const CHECKPOINT: usize = 4096;

/// Characters starting in `bytes` (every byte but UTF-8 continuation bytes starts one).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// One step of a field path: `activities[2].purpose` is Key, Index, Key.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            if let Ok(n) = idx.trim_end_matches(']').parse() {
                out.push(Step::Index(n));
            }
        }
    }
    out
}

impl<'a> SourceMap<'a> {
    /// Parses the text; syntax errors come back as diagnostics, as many as the parser finds.
    pub fn parse(text: &'a str) -> Result<Self, Vec<Diagnostic>> {
        let (root, errors) = DeTable::parse_recoverable(text);
        let mut map = SourceMap {
            root,
            line_starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            chars_at: std::iter::once(0)
                .chain(text.as_bytes().chunks(CHECKPOINT).scan(0, |n, c| {
                    *n += chars_in(c);
                    Some(*n)
                }))
                .collect(),
            text,
        };
        if errors.is_empty() {
            return Ok(map);
        }
        let diags = errors
            .iter()
            .map(|e| {
                let mut d = Diagnostic::error("toml-syntax", "").arg("detail", e.message());
                // No field path: after a syntax error the parser's idea of the structure is a guess.
                if let Some(span) = e.span() {
                    d.location = Some(map.location(span.start));
                }
                d
            })
            .collect();
        map.root = Spanned::new(0..0, DeTable::default());
        Err(diags)
    }

    /// Parses a project file's text with the shape of older schema versions brought up to date
    /// (see `migrate_v3_sources`), so that field paths of the current format find their place.
    pub fn parse_project_text(text: &'a str) -> Result<Self, Vec<Diagnostic>> {
        let mut map = SourceMap::parse(text)?;
        if file_version(map.root.get_ref()).is_some_and(|v| v < 3) {
            migrate_v3_sources(map.root.get_mut());
        }
        fill_from_services(map.root.get_mut());
        Ok(map)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let column = if offset - start <= CHECKPOINT {
            chars_in(&self.text.as_bytes()[start..offset])
        } else {
            self.chars_before(offset) - self.chars_before(start)
        } + 1;
        Location {
            line: line as u32,
            column: column as u32,
        }
    }

    /// The number of characters in the text before a byte offset (on a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        self.chars_at[k] + chars_in(&self.text.as_bytes()[k * CHECKPOINT..offset])
    }

    /// Where a field path is: the value if it exists, else the nearest enclosing value that does.
    pub fn locate(&self, path: &str) -> Option<Location> {
        self.span_of(path).map(|s| self.location(s.start))
    }

    fn span_of(&self, path: &str) -> Option<Range<usize>> {
        let mut span: Option<Range<usize>> = None;
        let mut current: Option<&DeValue<'a>> = None;
        let mut table: Option<&DeTable<'a>> = Some(self.root.get_ref());
        for step in steps(path) {
            let next: Option<&Spanned<DeValue<'a>>> = match (step, table, current) {
                (Step::Key(k), Some(t), _) => t.get(k),
                (Step::Index(i), _, Some(DeValue::Array(a))) => a.get(i),
                _ => None,
            };
            let Some(next) = next else { break };
            span = Some(next.span());
            current = Some(next.get_ref());
            table = match next.get_ref() {
                DeValue::Table(t) => Some(t),
                _ => None,
            };
        }
        span.filter(|s| s.end > s.start || s.start > 0)
    }

    /// The deepest field path whose key or value contains the byte offset (for parser errors).
    pub fn path_at(&self, offset: usize) -> String {
        path_in_table(self.root.get_ref(), offset).unwrap_or_default()
    }

    /// Gives each diagnostic without a location the place of its field path.
    pub fn place(&self, diags: &mut [Diagnostic]) {
        for d in diags.iter_mut().filter(|d| d.location.is_none()) {
            d.location = self.locate(&d.path);
        }
    }
}

fn path_in_table(t: &DeTable<'_>, offset: usize) -> Option<String> {
    for (k, v) in t.iter() {
        let key = k.get_ref();
        if let Some(sub) = path_in_value(v, offset) {
            return Some(format!("{key}{sub}"));
        }
        if contains(&k.span(), offset) {
            return Some(key.to_string());
        }
    }
    None
}

/// The path below a value that contains the offset: "" for the value itself, ".key..." or
/// "[i]..." deeper. Tables are searched by their entries, because the span of a `[[table]]`
/// item covers only its header line.
fn path_in_value(v: &Spanned<DeValue<'_>>, offset: usize) -> Option<String> {
    let deeper = match v.get_ref() {
        DeValue::Table(t) => path_in_table(t, offset).map(|p| format!(".{p}")),
        // Items are in the order of the text and the entries of a `[[table]]` item come
        // before the next item's header, so only the last item starting at or before the
        // offset can hold it: a binary search, not a walk over every item per error.
        DeValue::Array(a) => a
            .partition_point(|e| e.span().start <= offset)
            .checked_sub(1)
            .and_then(|i| path_in_value(&a[i], offset).map(|p| format!("[{i}]{p}"))),
        _ => None,
    };
    deeper.or_else(|| contains(&v.span(), offset).then(String::new))
}

fn contains(span: &Range<usize>, offset: usize) -> bool {
    span.start <= offset && offset < span.end.max(span.start + 1)
}

/// The sections a project file may have, in the documented order.
const TOP_LEVEL_KEYS: &[&str] = &[
    "schema_version",
    "organisation",
    "policy",
    "activities",
    "recipients",
    "cookies",
    "children",
    "automated_decisions",
    "security",
    "rights",
    "authority",
    "history",
    "silenced",
    "clauses",
    "record",
];

/// Turns the text of a project file into a `Project`, or every structural error found: each
/// top-level section and each list item is read on its own, so one mistake does not hide others.
/// Whether a text that failed to load was meant as a project: a TOML document with the
/// project's version key or its organisation table (even if broken further down), or text that
/// names them where TOML cannot be read at all. Otherwise it is another file altogether, and
/// its parser's complaints would only confuse.
pub fn looks_like_project(text: &str) -> bool {
    match text.parse::<toml::Table>() {
        Ok(table) => table.contains_key("schema_version") || table.contains_key("organisation"),
        Err(_) => text.contains("schema_version") || text.contains("[organisation"),
    }
}

pub fn parse_project(text: &str) -> Result<Project, Vec<Diagnostic>> {
    if let Some(d) = crate::limits::check_file(text) {
        return Err(vec![d]);
    }
    let map = SourceMap::parse_project_text(text)?;
    let mut diags = Found::default();
    let root = map.root.get_ref();
    for (key, value) in root.iter() {
        let name = key.get_ref().as_ref();
        match name {
            "schema_version" => check::<u32>(&map, value, name, &mut diags),
            "organisation" => check::<Organisation>(&map, value, name, &mut diags),
            "policy" => check::<Policy>(&map, value, name, &mut diags),
            "activities" => check_list::<Activity>(&map, value, name, &mut diags),
            "recipients" => check_list::<Recipient>(&map, value, name, &mut diags),
            "cookies" => check_cookies(&map, value, &mut diags),
            "children" => check::<Children>(&map, value, name, &mut diags),
            "automated_decisions" => check::<AutomatedDecisions>(&map, value, name, &mut diags),
            "security" => check::<Security>(&map, value, name, &mut diags),
            "rights" => check::<Rights>(&map, value, name, &mut diags),
            "authority" => check::<crate::Authority>(&map, value, name, &mut diags),
            "history" => check_list::<crate::Published>(&map, value, name, &mut diags),
            "silenced" => check_list::<crate::Silenced>(&map, value, name, &mut diags),
            "clauses" => check_clauses(&map, value, &mut diags),
            "record" => check::<crate::Record>(&map, value, name, &mut diags),
            _ => {
                let expected = TOP_LEVEL_KEYS
                    .iter()
                    .map(|k| format!("\"{k}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut d = Diagnostic::error("unknown-field", name)
                    .arg("name", name)
                    .arg("expected", expected);
                d.location = Some(map.location(key.span().start));
                diags.push(d);
            }
        }
    }
    for required in ["schema_version", "organisation", "policy"] {
        if root.get(required).is_none() {
            let mut d = Diagnostic::error("missing-field", required).arg("name", required);
            d.location = Some(Location { line: 1, column: 1 });
            diags.push(d);
        }
    }
    if let Some(v) = root.get("schema_version") {
        check_schema_version(&map, v, &mut diags);
    }
    let mut diags = diags.diags;
    if !diags.is_empty() {
        diags.sort_by_key(|d| d.location.map(|l| (l.line, l.column)));
        diags.dedup();
        return Err(diags);
    }
    let value = Spanned::new(map.root.span(), DeValue::Table(map.root.get_ref().clone()));
    Project::deserialize(ValueDeserializer::from(value))
        .map(migrate)
        .map_err(|e| vec![structure_error(&map, "", &e)])
}

/// The cookie items each at their own place, then the rest of `[cookies]`.
fn check_cookies(map: &SourceMap<'_>, value: &Spanned<DeValue<'_>>, diags: &mut Found) {
    if let DeValue::Table(t) = value.get_ref() {
        if let Some(items) = t.get("items") {
            check_list::<Cookie>(map, items, "cookies.items", diags);
        }
    }
    check::<Cookies>(map, value, "cookies", diags)
}

/// The clause overrides, custom clauses and reworded messages each at their own place, then
/// `[clauses]`.
fn check_clauses(map: &SourceMap<'_>, value: &Spanned<DeValue<'_>>, diags: &mut Found) {
    if let DeValue::Table(t) = value.get_ref() {
        if let Some(items) = t.get("overrides") {
            check_list::<crate::ClauseOverride>(map, items, "clauses.overrides", diags);
        }
        if let Some(items) = t.get("custom") {
            check_list::<crate::CustomClause>(map, items, "clauses.custom", diags);
        }
        if let Some(items) = t.get("wording") {
            check_list::<crate::Reworded>(map, items, "clauses.wording", diags);
        }
    }
    check::<crate::Clauses>(map, value, "clauses", diags)
}

/// A `schema_version` this program cannot read (too new, or older than the oldest it migrates).
fn check_schema_version(map: &SourceMap<'_>, v: &Spanned<DeValue<'_>>, diags: &mut Found) {
    let DeValue::Integer(_) = v.get_ref() else {
        return;
    };
    let Ok(version) = u32::deserialize(ValueDeserializer::from(v.clone())) else {
        return;
    };
    if !(crate::OLDEST_SCHEMA_VERSION..=crate::SCHEMA_VERSION).contains(&version) {
        let mut d = Diagnostic::error("schema-version", "schema_version")
            .arg("found", version.to_string())
            .arg("supported", crate::SCHEMA_VERSION.to_string());
        d.location = Some(map.location(v.span().start));
        diags.push(d);
    }
}

/// The file's `schema_version`, when it is a whole number.
fn file_version(root: &DeTable<'_>) -> Option<u32> {
    match root.get("schema_version").map(|v| v.get_ref()) {
        Some(DeValue::Integer(i)) => i.as_str().parse().ok(),
        _ => None,
    }
}

/// Gives each recipient and cookie item that names a service of the catalogue the facts it
/// leaves out, placed at its `service` key so that a message about one of them points there.
/// An unknown service (or cookie of a service) fills nothing: validation reports it.
fn fill_from_services(root: &mut DeTable<'_>) {
    // The catalogue is read (once per process) only for a file that names a service.
    let catalogue = crate::services::catalogue;
    if let Some(DeValue::Array(list)) = root.get_mut("recipients").map(|v| v.get_mut()) {
        for item in list.iter_mut() {
            if let DeValue::Table(t) = item.get_mut() {
                let facts = service_of(t).and_then(|id| catalogue().get(&id));
                if let Some(service) = facts {
                    fill(t, &service.recipient_facts());
                }
            }
        }
    }
    let Some(DeValue::Table(cookies)) = root.get_mut("cookies").map(|v| v.get_mut()) else {
        return;
    };
    if let Some(DeValue::Array(list)) = cookies.get_mut("items").map(|v| v.get_mut()) {
        for item in list.iter_mut() {
            if let DeValue::Table(t) = item.get_mut() {
                let name = match t.get("name").map(|v| v.get_ref()) {
                    Some(DeValue::String(n)) => n.to_string(),
                    _ => continue,
                };
                let facts = service_of(t)
                    .and_then(|id| catalogue().get(&id))
                    .and_then(|s| s.cookie_facts(&name));
                if let Some(facts) = facts {
                    fill(t, &facts);
                }
            }
        }
    }
}

/// The `service` a list item names, if any.
fn service_of(t: &DeTable<'_>) -> Option<String> {
    match t.get("service").map(|v| v.get_ref()) {
        Some(DeValue::String(id)) => Some(id.to_string()),
        _ => None,
    }
}

/// Adds each fact whose key the table does not have, at the span of its `service` value.
fn fill(t: &mut DeTable<'_>, facts: &toml::Table) {
    let span = t.get("service").map(|v| v.span()).unwrap_or(0..0);
    for (key, value) in facts {
        if t.contains_key(key.as_str()) {
            continue;
        }
        if let Some(value) = de_value(value, &span) {
            let key = Spanned::new(span.clone(), std::borrow::Cow::Owned(key.clone()));
            t.insert(key, value);
        }
    }
}

/// A catalogue fact as a value of the parsed document (strings, tables and arrays of them:
/// the only shapes the catalogue's facts have).
fn de_value<'a>(value: &toml::Value, span: &Range<usize>) -> Option<Spanned<DeValue<'a>>> {
    let de = match value {
        toml::Value::String(s) => DeValue::String(std::borrow::Cow::Owned(s.clone())),
        toml::Value::Boolean(b) => DeValue::Boolean(*b),
        toml::Value::Array(items) => {
            let mut list = toml::de::DeArray::new();
            for item in items {
                list.push(de_value(item, span)?);
            }
            DeValue::Array(list)
        }
        toml::Value::Table(table) => {
            let mut t = DeTable::default();
            for (k, v) in table {
                let key = Spanned::new(span.clone(), std::borrow::Cow::Owned(k.clone()));
                t.insert(key, de_value(v, span)?);
            }
            DeValue::Table(t)
        }
        _ => return None,
    };
    Some(Spanned::new(span.clone(), de))
}

/// Versions 1 and 2 had one `source` per activity; version 3 has a list, `sources`. The old
/// table becomes the list's only item, keeping its place in the text so that messages about it
/// still point at the file's own lines.
fn migrate_v3_sources(root: &mut DeTable<'_>) {
    let Some(activities) = root.get_mut("activities") else {
        return;
    };
    let DeValue::Array(items) = activities.get_mut() else {
        return;
    };
    for item in items.iter_mut() {
        let DeValue::Table(t) = item.get_mut() else {
            continue;
        };
        if t.contains_key("sources") {
            continue;
        }
        if let Some((key, value)) = t.remove_entry("source") {
            let span = value.span();
            let mut list = toml::de::DeArray::new();
            list.push(value);
            t.insert(
                Spanned::new(key.span(), std::borrow::Cow::Borrowed("sources")),
                Spanned::new(span, DeValue::Array(list)),
            );
        }
    }
}

/// Version 3 tells answers apart that versions 1 and 2 could not, keeping what old files meant:
/// - an absent `requirement` was printed as "voluntary" for data from the person: it stays so,
///   except under a legal obligation, where that reading is the mistake the new question exists
///   to catch, so it stays unanswered (asked); with a source nothing was printed, nor is now;
/// - with a source, the requirement line was printed only for a requirement other than none,
///   which said that part of the data came from the person (`from_person`);
/// - "within 30 days" (29 to 31) was meant as the law's limit: it becomes "within one month".
fn migrate_v3_answers(p: &mut Project) {
    use crate::{LegalBasis, Requirement};
    for a in &mut p.activities {
        if a.requirement.is_none()
            && a.sources.is_empty()
            && a.legal_basis != Some(LegalBasis::LegalObligation)
        {
            a.requirement = Some(Requirement::None);
        }
        a.from_person =
            !a.sources.is_empty() && a.requirement.is_some_and(|r| r != Requirement::None);
    }
    if p.rights
        .response_days
        .is_some_and(|d| (29..=31).contains(&d))
    {
        p.rights.response_days = None;
    }
}

/// Brings a project read from an older schema version up to `SCHEMA_VERSION`.
fn migrate(mut p: Project) -> Project {
    if p.schema_version < 2 {
        // Version 1's `images` meant "photos and video"; version 2 has one entry for each.
        // The new entry goes last so that diagnostics keep pointing at the file's own items.
        for a in &mut p.activities {
            if a.data.iter().any(|d| d.is("images")) && !a.data.iter().any(|d| d.is("video")) {
                a.data.push(crate::Entry::from("video"));
            }
        }
    }
    if p.schema_version < 3 {
        migrate_v3_answers(&mut p);
    }
    // Version 3 reads a leftover change log in a newer file too: it is the same data, and
    // refusing it would only make the user move it by hand.
    if p.schema_version < 3 || !p.policy.changelog.is_empty() {
        migrate_v3_history(&mut p);
    }
    // Version 3 adds a project's own clause texts (`[clauses]`); a version-1 or -2 file has
    // none and keeps the built-in (or house-style) clauses it always had: nothing to convert.
    p.schema_version = crate::SCHEMA_VERSION;
    p
}

/// Version 3 records published versions in `history`; versions 1 and 2 had a hand-typed
/// `policy.changelog`, newest first. Each entry becomes a history entry with its summary (no
/// recorded text, which the old format never kept), oldest first, except the entry of the
/// current version (`policy.version`): that is the draft's own summary, kept in
/// `policy.change_summary` so that publishing the draft records it with its text.
fn migrate_v3_history(p: &mut Project) {
    let log = std::mem::take(&mut p.policy.changelog);
    let current = p.policy.version.trim().to_owned();
    let mut moved = Vec::with_capacity(log.len());
    for entry in log.into_iter().rev() {
        let is_current = entry.version.trim() == current;
        if is_current && p.policy.change_summary.is_blank() {
            p.policy.change_summary = entry.summary;
        } else if !p
            .history
            .iter()
            .any(|h| h.version.trim() == entry.version.trim())
        {
            moved.push(crate::Published {
                version: entry.version,
                date: entry.date,
                summary: entry.summary,
                markdown: crate::Text::default(),
            });
        }
    }
    // A stable sort by date keeps the log's own order for entries of the same day.
    moved.sort_by(|a, b| a.date.trim().cmp(b.date.trim()));
    moved.append(&mut p.history);
    p.history = moved;
}

use serde::Deserialize;

/// The structural errors found so far, and the place and code of each, so that telling
/// whether an error is already reported takes a look-up, not a search of every error.
#[derive(Default)]
struct Found {
    diags: Vec<Diagnostic>,
    seen: HashSet<(Option<(u32, u32)>, &'static str)>,
}

impl Found {
    fn key(d: &Diagnostic) -> (Option<(u32, u32)>, &'static str) {
        (d.location.map(|l| (l.line, l.column)), d.code)
    }

    fn push(&mut self, d: Diagnostic) {
        self.seen.insert(Found::key(&d));
        self.diags.push(d);
    }

    fn has(&self, d: &Diagnostic) -> bool {
        self.seen.contains(&Found::key(d))
    }
}

fn check<T: DeserializeOwned>(
    map: &SourceMap<'_>,
    value: &Spanned<DeValue<'_>>,
    path: &str,
    diags: &mut Found,
) {
    if let Err(e) = T::deserialize(ValueDeserializer::from(value.clone())) {
        let d = structure_error(map, path, &e);
        // A list item already reported on its own is not reported again for its section.
        if !diags.has(&d) {
            diags.push(d);
        }
    }
}

fn check_list<T: DeserializeOwned>(
    map: &SourceMap<'_>,
    value: &Spanned<DeValue<'_>>,
    path: &str,
    diags: &mut Found,
) {
    match value.get_ref() {
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check::<T>(map, item, &format!("{path}[{i}]"), diags);
            }
        }
        _ => check::<Vec<T>>(map, value, path, diags),
    }
}

/// A serde error from one part of the file, in our terms: which field, what is wrong.
fn structure_error(map: &SourceMap<'_>, part: &str, e: &toml::de::Error) -> Diagnostic {
    // serde quotes names with backticks, which are Markdown to a reader: plain quotes instead.
    let msg = &e.message().replace('`', "\"");
    let located = e
        .span()
        .map(|s| (map.location(s.start), map.path_at(s.start)));
    let mut path = located
        .as_ref()
        .map(|(_, p)| p.clone())
        .filter(|p| p.len() >= part.len())
        .unwrap_or_else(|| part.to_owned());
    let quoted = quoted_name(msg);
    let mut d = if let Some(rest) = msg.strip_prefix("unknown field") {
        let name = quoted.clone().unwrap_or_default();
        let expected = rest
            .split_once("expected")
            .map(|(_, e)| e.trim().trim_start_matches("one of").trim().to_owned())
            .unwrap_or_default();
        if !path.ends_with(&name) {
            path = join(&path, &name);
        }
        Diagnostic::error("unknown-field", path)
            .arg("name", name)
            .arg("expected", expected)
    } else if msg.starts_with("missing field") {
        let name = quoted.clone().unwrap_or_default();
        Diagnostic::error("missing-field", join(&path, &name)).arg("name", name)
    } else if let Some(rest) = msg.strip_prefix("unknown variant") {
        let expected = rest
            .split_once("expected")
            .map(|(_, e)| e.trim().trim_start_matches("one of").trim().to_owned())
            .unwrap_or_default();
        Diagnostic::error("unknown-choice", path)
            .arg("value", quoted.unwrap_or_default())
            .arg("expected", expected)
    } else {
        Diagnostic::error("wrong-type", path).arg("detail", plain_types(msg.trim()))
    };
    d.location = located.map(|(l, _)| l).or_else(|| map.locate(part));
    d
}

/// serde names Rust types ("expected u32"); say what a person writes instead.
fn plain_types(msg: &str) -> String {
    [
        ("expected u32", "expected a whole number"),
        ("expected a boolean", "expected true or false"),
        ("expected a sequence", "expected a list [ ... ]"),
    ]
    .iter()
    .fold(msg.to_owned(), |m, (from, to)| m.replace(from, to))
}

fn join(path: &str, name: &str) -> String {
    match (path.is_empty(), name.is_empty()) {
        (true, _) => name.to_owned(),
        (_, true) => path.to_owned(),
        _ => format!("{path}.{name}"),
    }
}

/// The first "quoted" name in a serde message (its backticks already made plain quotes).
fn quoted_name(msg: &str) -> Option<String> {
    let start = msg.find('"')? + 1;
    let len = msg[start..].find('"')?;
    Some(msg[start..start + len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_steps() {
        assert_eq!(
            steps("activities[2].legitimate_interest.en"),
            vec![
                Step::Key("activities"),
                Step::Index(2),
                Step::Key("legitimate_interest"),
                Step::Key("en")
            ]
        );
    }

    #[test]
    fn locates_nested_values() {
        let text = "schema_version = 1\n[organisation]\nlegal_name = \"A\"\n\n[[activities]]\npurpose = \"x\"\n\n[[activities]]\npurpose = \"y\"\nlegitimate_interest = { sv = \"a\", en = \"b\" }\n";
        let map = SourceMap::parse(text).unwrap();
        let l = map.locate("activities[1].purpose").unwrap();
        assert_eq!((l.line, l.column), (9, 11));
        let l = map.locate("activities[1].legitimate_interest.en").unwrap();
        assert_eq!(l.line, 10);
        assert_eq!(
            map.path_at(text.find("\"y\"").unwrap()),
            "activities[1].purpose"
        );
        // A missing field points at its nearest existing parent: the `[organisation]` header.
        let l = map.locate("organisation.email").unwrap();
        assert_eq!(l.line, 2);
    }

    #[test]
    fn columns_count_characters_on_a_long_line() {
        // One line of 20 000 characters, many of them two to four bytes: columns are counted
        // from checkpoints, and must agree with counting from the start of the line.
        let line = "å€😀a".repeat(5000);
        let text = format!("schema_version = 2\nx = \"{line}\"\n");
        let map = SourceMap::parse(&text).unwrap();
        for (offset, _) in text.char_indices().step_by(997) {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = text[start..offset].chars().count() as u32 + 1;
            assert_eq!(map.location(offset).column, want, "{offset}");
        }
        let end = map.location(text.len() - 1);
        assert_eq!((end.line, end.column), (2, 20_000 + 7));
    }

    #[test]
    fn errors_are_placed_in_the_right_list_item() {
        let text = "[[a]]\nx = 1\n[a.sub]\ny = 2\n\n[[a]]\nx = 3\n\n[[a]]\nx = 4\n[a.sub]\ny = 5\n";
        let map = SourceMap::parse(text).unwrap();
        assert_eq!(map.path_at(text.find("y = 2").unwrap()), "a[0].sub.y");
        assert_eq!(map.path_at(text.find("x = 3").unwrap()), "a[1].x");
        assert_eq!(map.path_at(text.find("5").unwrap()), "a[2].sub.y");
        let inline = "b = [{ x = 1 }, { x = 2 }, [3, 4]]\n";
        let map = SourceMap::parse(inline).unwrap();
        assert_eq!(map.path_at(inline.find("2").unwrap()), "b[1].x");
        assert_eq!(map.path_at(inline.find("4").unwrap()), "b[2][1]");
    }
}
