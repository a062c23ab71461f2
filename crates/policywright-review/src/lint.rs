//! Lint: things a reviewing lawyer flags that are not errors in the answers. Each finding has an
//! id, a place (a field path, or a clause in one language, or a whole document) and a one-line
//! explanation (Fluent `lint-<id>`). The rendered text is linted as well as the answers, so a
//! clause changed by hand is read too. A project can silence an id with a reason
//! (`[[silenced]]`); silenced findings are kept apart and listed in the review memo.

use crate::document::context::Context;
use crate::document::sections::sections;
use crate::i18n::{self, I18nError};
use crate::lang::Lang;
use crate::project::{legal, Project};
use crate::readability::{self, MIN_WORDS_TO_WARN};
use serde::Serialize;

/// Every lint id, each with `lint-<id>` in locales/*/review.ftl (tested).
pub use crate::project::LINT_IDS as IDS;

/// Words that promise nothing, per language, counted per section. "may" is not counted after
/// "you": "you may complain" grants a right, "we may share" is the vague one.
const VAGUE: &[(Lang, &[&str])] = &[
    (
        Lang::SV,
        &[
            "kan komma att",
            "i vissa fall",
            "i förekommande fall",
            "vid behov",
        ],
    ),
    (
        Lang::EN,
        &[
            "may",
            "from time to time",
            "in some cases",
            "as appropriate",
        ],
    ),
];

/// Where a finding is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Place {
    /// An answer: its field path.
    Field { path: String },
    /// A clause of the document in one language, with its heading there.
    Clause {
        clause: String,
        title: String,
        lang: Lang,
    },
    /// A whole document in one language.
    Document { lang: Lang },
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: &'static str,
    pub place: Place,
    /// Named values for the message.
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    fn new(id: &'static str, place: Place) -> Self {
        debug_assert!(IDS.contains(&id), "lint id `{id}` not in IDS");
        Finding {
            id,
            place,
            args: Vec::new(),
        }
    }

    fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The one-line explanation in one language. An argument given per language
    /// (`now-sv`, `now-en`) is passed as `now` in the message's language.
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<(&str, &str)> = self
            .args
            .iter()
            .filter_map(|(k, v)| {
                let suffixed = Lang::all().into_iter().find_map(|l| {
                    let name = k.strip_suffix(l.code())?.strip_suffix('-')?;
                    Some((l, name))
                });
                match suffixed {
                    Some((l, name)) => (l == lang).then_some((name, v.as_str())),
                    None => Some((*k, v.as_str())),
                }
            })
            .collect();
        i18n::message(lang, &format!("lint-{}", self.id), &args)
            .unwrap_or_else(|_| self.id.to_owned())
    }

    /// Where it is, in words: a field path, "Kakor (sv)", "the English document".
    pub fn place_text(&self, lang: Lang) -> String {
        match &self.place {
            Place::Field { path } => path.clone(),
            Place::Clause { title, lang: l, .. } => format!("{title} ({})", l.code()),
            Place::Document { lang: l } => {
                i18n::message(lang, &format!("lint-document-{}", l.code()), &[])
                    .unwrap_or_else(|_| l.code().to_owned())
            }
        }
    }

    /// As the app shows it: message and place in one language.
    pub fn report(&self, lang: Lang) -> FindingReport {
        FindingReport {
            id: self.id.to_owned(),
            place: self.place.clone(),
            where_: self.place_text(lang),
            message: self.message(lang),
            title: i18n::message(lang, &format!("lint-title-{}", self.id), &[])
                .unwrap_or_else(|_| self.id.to_owned()),
        }
    }
}

/// A finding in one language, for the app and JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingReport {
    pub id: String,
    pub place: Place,
    #[serde(rename = "where")]
    pub where_: String,
    pub message: String,
    /// The check's short name in the user's language ("Svårläst"); `id` is what `[[silenced]]`
    /// names.
    pub title: String,
}

/// A silenced id: the reason, and how many findings it hides now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SilencedId {
    pub id: String,
    pub reason: String,
    pub hidden: usize,
}

/// The lint of a project: the findings shown and the ids silenced.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Lint {
    pub findings: Vec<Finding>,
    pub silenced: Vec<SilencedId>,
}

/// Lints a project and its rendered documents (`docs`: each published language's Markdown).
pub fn lint(project: &Project, docs: &[(Lang, &str)]) -> Result<Lint, I18nError> {
    let mut all = Vec::new();
    references(project, docs, &mut all);
    for &(lang, md) in docs {
        let ctx = Context::build(project, lang)?;
        text_checks(&ctx, lang, md, &mut all);
        vague(lang, md, &mut all);
        hard_to_read(lang, md, &mut all);
    }
    languages_differ(docs, &mut all);
    let mut silenced = Vec::new();
    for s in &project.silenced {
        let id = s.lint.trim();
        if silenced.iter().any(|x: &SilencedId| x.id == id) {
            continue;
        }
        silenced.push(SilencedId {
            id: id.to_owned(),
            reason: s.reason.clone(),
            hidden: all.iter().filter(|f| f.id == id).count(),
        });
    }
    all.retain(|f| !silenced.iter().any(|s| s.id == f.id));
    Ok(Lint {
        findings: all,
        silenced,
    })
}

/// Lints with the documents as `renderer` renders them (house style and the project's own
/// clause texts included). A project over the size limits is not rendered for it (its size is
/// the error to fix first): no findings.
pub fn lint_project(
    renderer: &crate::document::render::Renderer,
    project: &Project,
) -> Result<Lint, crate::document::render::RenderError> {
    if !crate::limits::check_project(project).is_empty() {
        return Ok(Lint {
            findings: Vec::new(),
            silenced: Vec::new(),
        });
    }
    let docs: Vec<(Lang, String)> = project
        .languages()
        .into_iter()
        .map(|l| renderer.markdown(project, l).map(|md| (l, md)))
        .collect::<Result<_, _>>()?;
    let refs: Vec<(Lang, &str)> = docs.iter().map(|(l, m)| (*l, m.as_str())).collect();
    Ok(lint(project, &refs)?)
}

/// Whether `text` contains `term` as people write it. A numbered act ("2010/87/EU") matches with
/// any suffix or none and spaces around the slashes ("2010/ 87/EU", "2004/915/EG",
/// "(EU) 2016/1250"); an all-capital abbreviation matches as a whole word; anything else
/// regardless of case, spaces and hyphens ("Privacy-Shield", "DATAINSPEKTIONEN").
fn mentions(haystack: &Haystack, term: &str) -> bool {
    let text = haystack.raw;
    if let Some((year, number)) = act_number(term) {
        mentions_act_number(text, year, number)
    } else if term.len() <= 5 && term.chars().all(|c| c.is_ascii_uppercase()) {
        text.match_indices(term).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + term.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    } else {
        haystack.squeezed().contains(&squeezed(term))
    }
}

/// A text searched for every term: its squeezed form is made once, not once per term (a large
/// project has thousands of answers and sections).
struct Haystack<'a> {
    raw: &'a str,
    squeezed: std::cell::OnceCell<String>,
}

impl<'a> Haystack<'a> {
    fn new(raw: &'a str) -> Haystack<'a> {
        Haystack {
            raw,
            squeezed: std::cell::OnceCell::new(),
        }
    }

    fn squeezed(&self) -> &str {
        self.squeezed.get_or_init(|| squeezed(self.raw))
    }
}

/// Lower case without spaces and hyphens of any kind.
fn squeezed(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{ad}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The year and number of an act cited as "2010/87/EU" or "2016/1250".
fn act_number(term: &str) -> Option<(&str, &str)> {
    let mut parts = term.split('/');
    let year = parts.next()?;
    let number = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    (digits(year) && digits(number) && (year.len() == 2 || year.len() == 4))
        .then_some((year, number))
}

/// Whether `text` cites the act `year`/`number`: the year not preceded by a digit, any spaces
/// around the slash, and the number not followed by a digit.
fn mentions_act_number(text: &str, year: &str, number: &str) -> bool {
    text.match_indices(year).any(|(i, _)| {
        if text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
        {
            return false;
        }
        let rest = text[i + year.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('/') else {
            return false;
        };
        let rest = rest.trim_start();
        rest.strip_prefix(number)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Out-of-date references: in the answers at their field, and in clause text that does not
/// just repeat an answer (a template or a clause changed by hand).
fn references(project: &Project, docs: &[(Lang, &str)], out: &mut Vec<Finding>) {
    let facts = legal::facts();
    // (id, the term to look for, the term as the message names it, what applies instead)
    let mut terms: Vec<(&'static str, &str, &str, Option<&crate::project::Text>)> = Vec::new();
    for r in &facts.repealed.references {
        terms.push(("repealed-reference", r, r, None));
    }
    for o in &facts.outdated {
        for t in &o.terms {
            terms.push(("outdated-name", t, t, Some(&o.now)));
        }
    }
    let texts = answer_texts(project);
    let mut in_answers = vec![false; terms.len()];
    for (path, value) in &texts {
        let value = Haystack::new(value);
        for (i, (id, term, name, now)) in terms.iter().enumerate() {
            if mentions(&value, term) {
                in_answers[i] = true;
                out.push(finding(id, Place::Field { path: path.clone() }, name, *now));
            }
        }
    }
    for &(lang, md) in docs {
        for s in sections(md) {
            let body = Haystack::new(s.body);
            for (i, (id, term, name, now)) in terms.iter().enumerate() {
                if !in_answers[i] && mentions(&body, term) {
                    let place = Place::Clause {
                        clause: s.id.to_owned(),
                        title: s.title.to_owned(),
                        lang,
                    };
                    out.push(finding(id, place, name, *now));
                }
            }
        }
    }
}

/// Every text a person typed, with its field path (`activities[0].description.sv`): every string
/// of the project as saved, so a field added to the format is read without being listed here.
/// Left out: the clause texts (read in the rendered documents instead), the published versions'
/// recorded text (a record of what was published, not something to change) and the silenced
/// checks' own settings.
pub fn answer_texts(project: &Project) -> Vec<(String, String)> {
    fn walk(path: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) if !s.trim().is_empty() => {
                out.push((path.to_owned(), s.clone()));
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(&format!("{path}[{i}]"), v, out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, v) in fields {
                    let here = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let skipped = matches!(k.as_str(), "clauses" | "silenced") && path.is_empty()
                        || k == "markdown" && path.starts_with("history[");
                    if !skipped {
                        walk(&here, v, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(project) {
        walk("", &value, &mut out);
    }
    out
}

fn finding(
    id: &'static str,
    place: Place,
    term: &str,
    now: Option<&crate::project::Text>,
) -> Finding {
    let f = Finding::new(id, place).arg("reference", term);
    match now {
        // Each language's message reads its own text: `{ $now-sv }`, `{ $now-en }`.
        Some(now) => now
            .iter()
            .fold(f, |f, (lang, text)| f.arg(lang.arg("now"), text)),
        None => f,
    }
}

/// Consent with no way to withdraw it described; children addressed, and consent asked, with no
/// guardian consent.
fn text_checks(ctx: &Context, lang: Lang, md: &str, out: &mut Vec<Finding>) {
    let lower = md.to_lowercase();
    let words = &lang.language().lint;
    let (withdraw, guardian) = (&words.withdraw, &words.guardians);
    if ctx.facts.any_consent && !withdraw.iter().any(|w| lower.contains(w)) {
        out.push(Finding::new(
            "consent-without-withdrawal",
            Place::Document { lang },
        ));
    }
    // Only consent needs a guardian's consent: Art. 8, and the consent of a child too young.
    if ctx.children.addressed && ctx.facts.any_consent {
        let children = sections(md).into_iter().find(|s| s.id == "children");
        // The statute on minors' contracts names parents ("Children and Parents Code",
        // "föräldrabalken"): it says nothing about how a guardian consents.
        let statute = ctx.acts.minors_contracts_rule.to_lowercase();
        let said = children.as_ref().is_some_and(|s| {
            let body = s.body.to_lowercase().replace(&statute, "");
            guardian.iter().any(|g| body.contains(g))
        });
        if !said {
            out.push(Finding::new(
                "children-without-guardian-consent",
                Place::Clause {
                    clause: "children".to_owned(),
                    title: children.map_or_else(|| "children".to_owned(), |s| s.title.to_owned()),
                    lang,
                },
            ));
        }
    }
}

/// Vague wording, counted per section: one finding per section that has any.
fn vague(lang: Lang, md: &str, out: &mut Vec<Finding>) {
    let phrases = VAGUE
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, p)| *p)
        .unwrap_or(&[]);
    for s in sections(md) {
        let text = s.body.to_lowercase();
        let mut found: Vec<(&str, usize)> = Vec::new();
        for phrase in phrases {
            let n = text
                .match_indices(phrase)
                .filter(|(i, _)| {
                    let before = text[..*i].chars().next_back();
                    let after = text[i + phrase.len()..].chars().next();
                    let inside_a_word = before.is_some_and(char::is_alphanumeric)
                        || after.is_some_and(char::is_alphanumeric);
                    let a_right = *phrase == "may" && text[..*i].trim_end().ends_with("you");
                    // "23 May 2018": the month. (Lower-casing keeps byte offsets for ASCII.)
                    let the_month = *phrase == "may"
                        && s.body.get(*i..*i + 3) == Some("May")
                        && text[..*i]
                            .trim_end()
                            .ends_with(|c: char| c.is_ascii_digit());
                    !inside_a_word && !a_right && !the_month
                })
                .count();
            if n > 0 {
                found.push((phrase, n));
            }
        }
        let count: usize = found.iter().map(|(_, n)| n).sum();
        if count > 0 {
            let [open, close] = &lang.language().lint.quotes;
            let list: Vec<String> = found
                .iter()
                .map(|(p, n)| format!("{open}{p}{close} × {n}"))
                .collect();
            out.push(
                Finding::new(
                    "vague-wording",
                    Place::Clause {
                        clause: s.id.to_owned(),
                        title: s.title.to_owned(),
                        lang,
                    },
                )
                .arg("count", count.to_string())
                .arg("phrases", list.join(", ")),
            );
        }
    }
}

/// Sections, and the document, harder to read than the threshold.
fn hard_to_read(lang: Lang, md: &str, out: &mut Vec<Finding>) {
    let r = readability::readability(md, lang);
    let rule = &lang.language().readability;
    let (score, limit) = (rule.formula.name(), rule.limit);
    for s in &r.sections {
        if s.score.words >= MIN_WORDS_TO_WARN && s.score.is_hard(lang) {
            out.push(
                Finding::new(
                    "hard-to-read",
                    Place::Clause {
                        clause: s.id.clone(),
                        title: s.title.clone(),
                        lang,
                    },
                )
                .arg("score", format!("{score} {}", s.score.value))
                .arg("limit", limit.to_string()),
            );
        }
    }
    if r.total.is_hard(lang) {
        out.push(
            Finding::new("hard-to-read", Place::Document { lang })
                .arg("score", format!("{score} {}", r.total.value))
                .arg("limit", limit.to_string()),
        );
    }
}

/// The two languages' documents should have the same sections and subsections.
fn languages_differ(docs: &[(Lang, &str)], out: &mut Vec<Finding>) {
    let [(a_lang, a), (b_lang, b)] = docs else {
        return;
    };
    let shape = |md: &str| -> Vec<(String, usize)> {
        sections(md)
            .into_iter()
            .map(|s| {
                let subs = s.body.lines().filter(|l| l.starts_with("### ")).count();
                (s.id.to_owned(), subs)
            })
            .collect()
    };
    let (sa, sb) = (shape(a), shape(b));
    let mut differing: Vec<String> = Vec::new();
    for (id, n) in &sa {
        if sb.iter().find(|(i, _)| i == id).map(|(_, m)| m) != Some(n) {
            differing.push(id.clone());
        }
    }
    for (id, _) in &sb {
        if !sa.iter().any(|(i, _)| i == id) {
            differing.push(id.clone());
        }
    }
    if !differing.is_empty() {
        out.push(
            Finding::new("languages-differ", Place::Document { lang: *b_lang })
                .arg("other", a_lang.code())
                .arg("sections", differing.join(", ")),
        );
    }
}
