//! Which GDPR Art. 13/14 items a project's policy must cover, and which clause covers each in
//! each language: the answer to "is anything missing?" that a reviewing lawyer asks first.
//! Item ids are those of shared/legal/REFERENCE.md; clauses declare what they cover in
//! `render::CLAUSES`, a project's overrides and custom clauses in their own `covers` lists.

use crate::clauses;
use crate::context::Context;
use crate::i18n::I18nError;
use crate::lang::Lang;
use crate::project::Project;
#[cfg(test)]
use crate::render::CLAUSES;
use serde::Serialize;

/// One Art. 13/14 item and where the policy covers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub item: &'static str,
    /// The article references, e.g. "13(1)(a), 14(1)(a)".
    pub articles: &'static str,
    /// Whether the answers make the item apply.
    pub applies: bool,
    /// The clause that covers it in each published language (None: not covered).
    pub clauses: Vec<(Lang, Option<String>)>,
}

impl Coverage {
    pub fn is_missing(&self) -> bool {
        self.applies && self.clauses.iter().any(|(_, c)| c.is_none())
    }
}

/// Whether an item applies, given the answers.
type AppliesRule = fn(&Context, &Project) -> bool;

/// The items of Art. 13 and 14, with the rule for when each applies.
const ITEMS: &[(&str, &str, AppliesRule)] = &[
    ("controller", "13(1)(a), 14(1)(a)", |_, _| true),
    ("dpo", "13(1)(b), 14(1)(b)", |_, p| {
        p.organisation.dpo.is_some()
    }),
    ("purposes", "13(1)(c), 14(1)(c)", |_, _| true),
    ("categories", "14(1)(d)", |c, _| c.facts.any_source),
    ("legitimate-interests", "13(1)(d), 14(2)(b)", |c, _| {
        c.activities.iter().any(|a| {
            a.basis.id == "legitimate-interests"
                || a.bases.iter().any(|b| b.id == "legitimate-interests")
        })
    }),
    ("recipients", "13(1)(e), 14(1)(e)", |c, _| {
        c.facts.any_recipients
    }),
    ("transfers", "13(1)(f), 14(1)(f)", |c, _| {
        c.facts.any_transfers
    }),
    ("retention", "13(2)(a), 14(2)(a)", |_, _| true),
    ("rights", "13(2)(b), 14(2)(c)", |_, _| true),
    ("withdraw-consent", "13(2)(c), 14(2)(d)", |c, _| {
        c.facts.any_consent
    }),
    ("complaint", "13(2)(d), 14(2)(e)", |_, _| true),
    ("requirement", "13(2)(e)", |_, _| true),
    ("source", "14(2)(f)", |c, _| c.facts.any_source),
    ("automated-decisions", "13(2)(f), 14(2)(g)", |c, _| {
        c.automated.shown
    }),
    ("further-processing", "13(3), 14(4)", |_, _| true),
];

/// The article references of an item ("13(1)(a), 14(1)(a)"); None for an unknown item id.
pub fn articles(item: &str) -> Option<&'static str> {
    ITEMS
        .iter()
        .find(|(i, _, _)| *i == item)
        .map(|(_, a, _)| *a)
}

/// Every item id, in the order of the articles.
pub fn item_ids() -> impl Iterator<Item = &'static str> {
    ITEMS.iter().map(|(i, _, _)| *i)
}

/// Every Art. 13/14 item with whether it applies and which rendered clause covers it: a
/// built-in clause by its own list, unless the project overrides it in that language (then by
/// the override's list), and the project's custom clauses by theirs.
pub fn coverage(project: &Project) -> Result<Vec<Coverage>, I18nError> {
    let langs = project.languages();
    let contexts: Vec<(Lang, Context)> = langs
        .iter()
        .map(|&l| Context::build(project, l).map(|c| (l, c)))
        .collect::<Result<_, _>>()?;
    let Some((_, first)) = contexts.first() else {
        return Ok(Vec::new());
    };
    Ok(ITEMS
        .iter()
        .map(|(item, articles, applies)| Coverage {
            item,
            articles,
            applies: applies(first, project),
            clauses: contexts
                .iter()
                .map(|(lang, ctx)| {
                    let clause = clauses::in_order(project)
                        .into_iter()
                        .find(|e| {
                            clauses::applies(e, ctx)
                                && clauses::covers(project, e, *lang).contains(item)
                        })
                        .map(|e| e.id().to_owned());
                    (*lang, clause)
                })
                .collect(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_of_the_reference_is_declared_by_some_clause() {
        for (item, _, _) in ITEMS {
            assert!(
                CLAUSES.iter().any(|c| c.covers.contains(item)),
                "no clause covers {item}"
            );
        }
        for clause in CLAUSES {
            for item in clause.covers {
                assert!(
                    ITEMS.iter().any(|(i, _, _)| i == item),
                    "{} covers unknown item {item}",
                    clause.id
                );
            }
        }
    }
}
