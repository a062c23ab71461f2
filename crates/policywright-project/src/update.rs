//! Writing a project back into the text it was read from, keeping what the author wrote around
//! the answers: comments, key order, blank lines, quoting, inline or standard tables. A
//! project's comments are its author's data, so a save (from the app, `clause set`, `publish`)
//! changes only the values that changed.
//!
//! The new project is serialised as usual, then merged into the old document with toml_edit:
//! an unchanged value keeps its old text; a changed value takes the new one but keeps the
//! comments and spacing around it; keys that are gone are removed (unless the author wrote out a default, which stays); new keys are added at the end
//! of their table. The result is parsed again and must give back exactly the project being
//! saved; if it does not (a shape the merge does not know), the plain serialisation is written
//! instead, so nothing the user answered is ever lost to keep a comment.

use crate::source::parse_project;
use crate::Project;
use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

/// The text to save for `project`, given the text of the file it replaces.
pub fn update_text(previous: &str, project: &Project) -> String {
    let fresh = crate::project_to_toml(project);
    let Ok(mut doc) = previous.parse::<DocumentMut>() else {
        return fresh;
    };
    let new = fresh
        .parse::<DocumentMut>()
        .expect("the serialised project is valid TOML");
    let mut merge = Merge::default();
    merge.table(doc.as_table_mut(), new.as_table().clone());
    let reads_back = |doc: &DocumentMut| {
        let text = doc.to_string();
        matches!(parse_project(&text), Ok(p) if p == *project).then_some(text)
    };
    let without = |doc: &DocumentMut, paths: &mut dyn Iterator<Item = &Vec<Step>>| {
        let mut out = doc.clone();
        for path in paths {
            remove(out.as_table_mut(), path);
        }
        out
    };
    // Keys the serialiser no longer writes are either answers that are gone or defaults the
    // author wrote out (`online_service = false`): keep each one the project reads the same
    // with, remove the rest.
    let harmless: Vec<bool> = (0..merge.gone.len())
        .map(|i| {
            let trial = without(
                &doc,
                &mut merge
                    .gone
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, p)| p),
            );
            reads_back(&trial).is_some()
        })
        .collect();
    let mut kept = without(
        &doc,
        &mut merge
            .gone
            .iter()
            .zip(&harmless)
            .filter(|(_, h)| !**h)
            .map(|(p, _)| p),
    );
    if reads_back(&kept).is_none() {
        kept = without(&doc, &mut merge.gone.iter());
    }
    let mut doc = kept;
    let Some(mut merged) = reads_back(&doc) else {
        return fresh;
    };
    // The serialiser writes defaults the author left out (`used = false`, an empty table):
    // leave out again whatever reads back the same without it.
    for path in merge.added.iter().rev() {
        let mut trial = doc.clone();
        if remove(trial.as_table_mut(), path) {
            if let Some(text) = reads_back(&trial) {
                doc = trial;
                merged = text;
            }
        }
    }
    merged
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// The merge, remembering where it added keys the old text did not have, and where the old
/// text has keys the new one does not (left in place for `update_text` to decide).
#[derive(Default)]
struct Merge {
    at: Vec<Step>,
    added: Vec<Vec<Step>>,
    gone: Vec<Vec<Step>>,
}

impl Merge {
    fn table(&mut self, old: &mut Table, new: Table) {
        for (k, _) in old.iter().filter(|(k, _)| !new.contains_key(k)) {
            let mut path = self.at.clone();
            path.push(Step::Key(k.to_owned()));
            self.gone.push(path);
        }
        for (key, item) in new {
            self.at.push(Step::Key(key.clone()));
            match old.get_mut(&key) {
                Some(existing) => self.item(existing, item),
                None => {
                    old.insert(&key, unplaced(item));
                    self.added.push(self.at.clone());
                }
            }
            self.at.pop();
        }
    }

    fn inline(&mut self, old: &mut InlineTable, new: InlineTable) {
        for (k, _) in old.iter().filter(|(k, _)| !new.contains_key(k)) {
            let mut path = self.at.clone();
            path.push(Step::Key(k.to_owned()));
            self.gone.push(path);
        }
        for (key, value) in new {
            self.at.push(Step::Key(key.clone()));
            match old.get_mut(&key) {
                Some(existing) => self.value(existing, value),
                None => {
                    old.insert(&key, value);
                    self.added.push(self.at.clone());
                }
            }
            self.at.pop();
        }
    }

    fn tables_of(&mut self, old: &mut ArrayOfTables, new: ArrayOfTables) {
        let mut new = new.into_iter();
        let mut kept = 0;
        for (i, (existing, table)) in old.iter_mut().zip(new.by_ref()).enumerate() {
            self.at.push(Step::Index(i));
            self.table(existing, table);
            self.at.pop();
            kept += 1;
        }
        while old.len() > kept {
            old.remove(old.len() - 1);
        }
        for table in new {
            old.push(unplaced_table(table));
        }
    }

    fn item(&mut self, old: &mut Item, new: Item) {
        match (old, new) {
            (Item::Table(o), Item::Table(n)) => self.table(o, n),
            (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => self.tables_of(o, n),
            (Item::Value(o), Item::Value(n)) => self.value(o, n),
            // The author wrote `key = { … }` where the serialiser writes `[key]`: keep theirs.
            (Item::Value(Value::InlineTable(o)), Item::Table(n)) => {
                self.inline(o, n.into_inline_table())
            }
            (Item::Value(o @ Value::Array(_)), Item::ArrayOfTables(n)) => {
                self.value(o, Value::Array(n.into_array()))
            }
            (old, new) => *old = unplaced(new),
        }
    }

    fn value(&mut self, old: &mut Value, new: Value) {
        if same(old, &new) {
            return;
        }
        match (old, new) {
            (Value::InlineTable(o), Value::InlineTable(n)) => self.inline(o, n),
            (Value::Array(o), Value::Array(n)) => {
                let mut n = n.into_iter();
                let mut kept = 0;
                for (i, (existing, value)) in o.iter_mut().zip(n.by_ref()).enumerate() {
                    self.at.push(Step::Index(i));
                    self.value(existing, value);
                    self.at.pop();
                    kept += 1;
                }
                while o.len() > kept {
                    o.remove(o.len() - 1);
                }
                for mut value in n {
                    // Spaced like the items the author wrote, not like the serialiser's.
                    value.decor_mut().clear();
                    o.push(value);
                }
            }
            (old, mut new) => {
                *new.decor_mut() = old.decor().clone();
                *old = new;
            }
        }
    }
}

/// Removes the key at `path`; false if the path does not lead to one.
fn remove(table: &mut Table, path: &[Step]) -> bool {
    match path {
        [Step::Key(k)] => table.remove(k).is_some(),
        [Step::Key(k), rest @ ..] => table.get_mut(k).is_some_and(|i| remove_in_item(i, rest)),
        _ => false,
    }
}

fn remove_in_item(item: &mut Item, path: &[Step]) -> bool {
    match (item, path) {
        (Item::Table(t), _) => remove(t, path),
        (Item::ArrayOfTables(a), [Step::Index(i), rest @ ..]) => {
            a.get_mut(*i).is_some_and(|t| remove(t, rest))
        }
        (Item::Value(v), _) => remove_in_value(v, path),
        _ => false,
    }
}

fn remove_in_value(value: &mut Value, path: &[Step]) -> bool {
    match (value, path) {
        (Value::InlineTable(t), [Step::Key(k)]) => t.remove(k).is_some(),
        (Value::InlineTable(t), [Step::Key(k), rest @ ..]) => {
            t.get_mut(k).is_some_and(|v| remove_in_value(v, rest))
        }
        (Value::Array(a), [Step::Index(i), rest @ ..]) => {
            a.get_mut(*i).is_some_and(|v| remove_in_value(v, rest))
        }
        _ => false,
    }
}

/// Equal as data, however each is written ('single' or "double" quotes, 1_000 or 1000).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value().to_bits() == y.value().to_bits(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same(a, b))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => false,
    }
}

/// An item from the freshly serialised document, without its place in that document, so it
/// is written where it now stands in the old one (after the table before it).
fn unplaced(item: Item) -> Item {
    match item {
        Item::Table(t) => Item::Table(unplaced_table(t)),
        Item::ArrayOfTables(a) => {
            let mut out = ArrayOfTables::new();
            for t in a {
                out.push(unplaced_table(t));
            }
            Item::ArrayOfTables(out)
        }
        other => other,
    }
}

fn unplaced_table(mut table: Table) -> Table {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        let owned = std::mem::take(item);
        *item = unplaced(owned);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::Entry;

    const COMMENTED: &str = include_str!("../../../examples/association.toml");

    fn with_comments() -> String {
        // The example with comments of every kind an author writes: a header, above a table,
        // above a key, after a value, inside a multi-line array, and a single-quoted string.
        let mut text = String::from("# Policy for Föreningen, kept by the board.\n\n");
        for line in COMMENTED.lines() {
            if line.starts_with("[organisation]") {
                text.push_str("# Who we are.\n");
            }
            if line.starts_with("email = ") && !text.contains("# Shared inbox") {
                text.push_str("# Shared inbox, read by the secretary.\n");
            }
            text.push_str(line);
            if line.starts_with("version = ") && !text.contains("# bump") {
                text.push_str("  # bump on every change");
            }
            text.push('\n');
        }
        text
    }

    #[test]
    fn an_unchanged_project_is_written_back_byte_for_byte() {
        let text = with_comments();
        let project = parse_project(&text).unwrap();
        assert_eq!(update_text(&text, &project), text);
    }

    #[test]
    fn a_changed_answer_keeps_every_comment_and_the_order() {
        let text = with_comments();
        let mut project = parse_project(&text).unwrap();
        project.organisation.legal_name = "Föreningen Ny".into();
        project.policy.version = "9".into();
        project.activities[0]
            .people
            .push(Entry::Own(crate::OwnEntry {
                sv: "gäster".into(),
                en: "guests".into(),
                special: false,
            }));
        let saved = update_text(&text, &project);
        assert_eq!(parse_project(&saved).unwrap(), project);
        for comment in [
            "# Policy for Föreningen, kept by the board.",
            "# Who we are.",
            "# Shared inbox, read by the secretary.",
            "  # bump on every change",
        ] {
            assert!(saved.contains(comment), "lost {comment:?}:\n{saved}");
        }
        assert!(saved.contains("legal_name = \"Föreningen Ny\""));
        assert!(saved.contains("version = \"9\"  # bump on every change"));
        // Only the changed lines differ.
        let old_lines: Vec<&str> = text.lines().collect();
        let changed = saved.lines().filter(|l| !old_lines.contains(l)).count();
        assert!(changed <= 3, "{changed} lines changed:\n{saved}");
    }

    #[test]
    fn inline_tables_and_quoting_the_author_chose_are_kept() {
        let project = parse_project(COMMENTED).unwrap();
        let name = &project.organisation.legal_name;
        // Retyped with single quotes: equal as data, so it stays as written.
        let retyped = COMMENTED.replacen(
            &format!("legal_name = \"{name}\""),
            &format!("legal_name = '{name}'"),
            1,
        );
        assert_eq!(update_text(&retyped, &project), retyped);
        // One language of an inline table changes: the table stays inline, the other
        // language and the quoting stay as they were.
        let mut changed = project.clone();
        changed.activities[0]
            .description
            .set(Lang::EN, "We keep the register.");
        let saved = update_text(&retyped, &changed);
        assert_eq!(parse_project(&saved).unwrap(), changed);
        assert!(saved.contains(&format!("legal_name = '{name}'")));
        let line = saved
            .lines()
            .find(|l| l.contains("We keep the register."))
            .unwrap();
        assert!(
            line.starts_with("description = { sv = \"Vi för medlemsregister"),
            "{line}"
        );
    }

    #[test]
    fn removed_and_added_items_and_a_migrated_file_read_back_as_saved() {
        for (name, text) in crate::examples::SOURCES {
            let mut project = parse_project(text).unwrap();
            project.activities.pop();
            project.activities.push(project.activities[0].clone());
            project.organisation.website = String::new();
            let saved = update_text(text, &project);
            assert_eq!(parse_project(&saved).unwrap(), project, "{name}");
        }
        let v1 = include_str!("../../../tests/fixtures/v1/webshop.toml");
        let project = parse_project(v1).unwrap();
        let saved = update_text(v1, &project);
        assert_eq!(parse_project(&saved).unwrap(), project);
        assert!(saved.contains(&format!("schema_version = {}", crate::SCHEMA_VERSION)));
    }

    #[test]
    fn a_default_the_author_wrote_out_stays_and_a_removed_answer_goes() {
        let example = include_str!("../../../examples/consultancy.toml");
        let records = "records from the company you work for.\" } }]";
        assert!(example.contains(records));
        let text = example.replacen(
            records,
            "records from the company you work for.\" }, public = false }]",
            1,
        );
        let mut project = parse_project(&text).unwrap();
        // The serialiser leaves `public = false` out, but the author wrote it: it stays.
        // The first activity's sources are removed from the answers: they go.
        assert!(!std::mem::take(&mut project.activities[0].sources).is_empty());
        let saved = update_text(&text, &project);
        assert_eq!(parse_project(&saved).unwrap(), project);
        assert!(
            saved.contains("work for.\" }, public = false }]"),
            "{saved}"
        );
        assert!(!saved.contains("Professionella nätverkssajter"), "{saved}");
    }

    #[test]
    fn text_that_is_not_toml_is_replaced_by_the_plain_file() {
        let project = crate::examples::default_project();
        let saved = update_text("this is [not toml", &project);
        assert_eq!(saved, crate::project_to_toml(&project));
    }
}
