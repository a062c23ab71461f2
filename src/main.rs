//! The policywright command line: a thin layer over the library.

use clap::{Parser, Subcommand};
use policywright::document::clauses;
use policywright::document::render::{Renderer, Source};
use policywright::export::{self, Format};
use policywright::project::diagnostics;
use policywright::review::{diff, lint, publish};
use policywright::{file, Lang, Project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "policywright",
    version = policywright::version_line(),
    about = "Write a GDPR privacy policy in Swedish and English from a project file."
)]
struct Cli {
    /// Language of messages: sv or en (English when not given). For `diff` also the language
    /// compared, for `review` the memo's only language.
    #[arg(long, global = true)]
    lang: Option<Lang>,
    /// A house style: a folder of clause templates (<lang>/<clause>.md) that replace the
    /// built-in ones for every command. A project's own clause texts still come first.
    #[arg(long, global = true, value_name = "DIR")]
    templates: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a starter project (the default example) to FILE.
    New {
        file: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Validate a project and list every error and warning with its location.
    Check { file: PathBuf },
    /// List the GDPR Art. 13/14 items the policy must cover and the clause covering each.
    Coverage { file: PathBuf },
    /// Render the policy into a folder. Without FILE, renders the default example.
    Render {
        file: Option<PathBuf>,
        /// The folder to write to (created if missing).
        #[arg(long, default_value = "policy-out")]
        out: PathBuf,
        /// Comma-separated formats: md, html, fragment, pdf.
        #[arg(long, value_delimiter = ',', default_value = "md,html,fragment,pdf")]
        format: Vec<Format>,
        /// Put the policy's version in the file names: policy-2.1.sv.pdf.
        #[arg(long)]
        versioned: bool,
        /// Write over files of another version of the policy without asking.
        #[arg(long)]
        force: bool,
    },
    /// Record the current policy as a published version in FILE's history.
    Publish {
        file: PathBuf,
        /// The version number (default: the policy's version).
        #[arg(long)]
        version: Option<String>,
        /// The date it applies from, YYYY-MM-DD (default: the policy's effective date).
        #[arg(long)]
        date: Option<String>,
    },
    /// List the published versions: number, date, languages.
    History { file: PathBuf },
    /// Compare two versions (or a version and the draft) in one language, as HTML or Markdown.
    Diff {
        file: PathBuf,
        /// The older version.
        #[arg(long)]
        from: String,
        /// The newer version, or "draft" for the current answers.
        #[arg(long)]
        to: String,
        /// The page to write: .html or .md.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write the review memo (HTML and PDF) into a folder.
    Review {
        file: PathBuf,
        /// The folder to write to (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// See and rewrite a project's clauses (see docs/clauses.md).
    Clause {
        #[command(subcommand)]
        action: ClauseAction,
    },
}

#[derive(Subcommand)]
enum ClauseAction {
    /// Every clause in order: id, applies or not, source, stale or not, items covered.
    List { file: PathBuf },
    /// The template in effect for a clause, or (--rendered) its Markdown for this project.
    Show {
        file: PathBuf,
        clause: String,
        /// The clause's language (also the language of messages).
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
        #[arg(long)]
        rendered: bool,
    },
    /// Store a rewritten clause template in FILE (with the default it was written against).
    Set {
        file: PathBuf,
        clause: String,
        /// The clause's language (also the language of messages).
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
        /// The template file.
        #[arg(long, value_name = "TEMPLATE.md")]
        from: PathBuf,
    },
    /// Remove a clause's override: the default text is used again.
    Reset {
        file: PathBuf,
        clause: String,
        /// The clause's language (also the language of messages).
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
    },
    /// A stale override merged with the new default (three-way); --accept stores it.
    Merge {
        file: PathBuf,
        clause: String,
        /// The clause's language (also the language of messages).
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
        /// Store the merged text and take the new default as its base (refused on conflicts).
        #[arg(long)]
        accept: bool,
    },
    /// Add a clause of this project's own after another clause.
    Add {
        file: PathBuf,
        id: String,
        #[arg(long, value_name = "CLAUSE")]
        after: String,
        /// The Swedish template (starting with `# Heading`).
        #[arg(long, value_name = "A.md")]
        sv: Option<PathBuf>,
        /// The English template (starting with `# Heading`).
        #[arg(long, value_name = "B.md")]
        en: Option<PathBuf>,
        /// The Art. 13/14 items it covers, comma-separated.
        #[arg(long, value_delimiter = ',', value_name = "item,...")]
        covers: Vec<String>,
    },
    /// Remove a custom clause.
    Remove { file: PathBuf, id: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let asked_lang = cli.lang;
    let lang = cli.lang.unwrap_or(Lang::En);
    let renderer =
        Renderer::for_house_style(cli.templates.as_deref()).map_err(|e| e.to_string())?;
    match cli.command {
        Command::New { file: path, force } => {
            if path.exists() && !force {
                return Err(format!(
                    "{} exists already; pass --force to replace it",
                    path.display()
                ));
            }
            file::write_atomic(&path, policywright::DEFAULT_EXAMPLE.as_bytes())
                .map_err(|e| e.to_string())?;
            println!("wrote {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { file: path } => {
            let text = read(&path)?;
            let name = path.display().to_string();
            let diags = match file::read_project(&text) {
                Ok((project, mut diags)) => {
                    let mut more = clauses::check(&renderer, &project);
                    if let Ok(map) = policywright::project::source::SourceMap::parse(&text) {
                        map.place(&mut more);
                    }
                    diags.extend(more);
                    diags
                }
                Err(diags) => diags,
            };
            for d in &diags {
                println!("{}", d.display(&name, lang));
            }
            let errors = diags.iter().filter(|d| d.is_error()).count();
            let mut warnings = diags.len() - errors;
            // The lint reads the rendered text too; a project that cannot render has its
            // problems listed above already.
            if let Some(lint) = file::read_project(&text)
                .ok()
                .and_then(|(project, _)| lint::lint_project(&renderer, &project).ok())
            {
                for f in &lint.findings {
                    println!(
                        "{name}: warning[{}]: {} ({})",
                        f.id,
                        f.message(lang),
                        f.place_text(lang)
                    );
                }
                for s in &lint.silenced {
                    println!("{name}: silenced[{}]: {}", s.id, s.reason);
                }
                warnings += lint.findings.len();
            }
            println!("{name}: {errors} error(s), {warnings} warning(s)");
            Ok(if errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Coverage { file: path } => {
            let text = read(&path)?;
            let project = match file::read_project(&text) {
                Ok((p, _)) => p,
                Err(diags) => {
                    for d in &diags {
                        println!("{}", d.display(&path.display().to_string(), lang));
                    }
                    return Ok(ExitCode::from(1));
                }
            };
            let items =
                policywright::review::coverage::coverage(&project).map_err(|e| e.to_string())?;
            let mut missing = 0;
            for c in &items {
                let place: Vec<String> = c
                    .clauses
                    .iter()
                    .map(|(l, clause)| format!("{l}: {}", clause.as_deref().unwrap_or("MISSING")))
                    .collect();
                let state = if !c.applies {
                    "does not apply".to_owned()
                } else {
                    place.join(", ")
                };
                missing += usize::from(c.is_missing());
                println!("{:<22} Art. {:<20} {state}", c.item, c.articles);
            }
            Ok(if missing > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Render {
            file: path,
            out,
            format,
            versioned,
            force,
        } => {
            let (name, text) = match &path {
                Some(p) => (p.display().to_string(), read(p)?),
                None => (
                    "default example".to_owned(),
                    policywright::DEFAULT_EXAMPLE.to_owned(),
                ),
            };
            let project = match file::read_project(&text) {
                Ok((project, diags)) => {
                    print_diagnostics(&name, &diags, lang);
                    if diagnostics::has_errors(&diags) {
                        return Ok(ExitCode::from(1));
                    }
                    project
                }
                Err(diags) => {
                    print_diagnostics(&name, &diags, lang);
                    return Ok(ExitCode::from(1));
                }
            };
            let others = export::other_versions(&project, &out, &format, versioned);
            if !others.is_empty() && !force {
                for (path, version) in &others {
                    let file = path.display().to_string();
                    eprintln!(
                        "{}",
                        message(
                            lang,
                            "export-other-version",
                            &[("file", &file), ("version", version)]
                        )
                    );
                }
                return Err(message(lang, "export-refused-other-version", &[]));
            }
            let written =
                export::export_named(&renderer, &project, &out, &format, versioned, &mut |p| {
                    for w in &p.warnings {
                        eprintln!("{}: warning: {w}", p.path.display());
                    }
                })
                .map_err(|e| e.to_string())?;
            for p in written {
                println!("wrote {}", p.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Clause { action } => clause(&renderer, action, lang),
        Command::Publish {
            file: path,
            version,
            date,
        } => {
            let (project, diags) = load(&path, lang)?;
            match publish::publish(&renderer, &project, version.as_deref(), date.as_deref()) {
                Ok(next) => {
                    file::save_project(&path, &next).map_err(|e| e.to_string())?;
                    let h = next.history.last().expect("just published");
                    let languages = language_names(&h.languages(), lang);
                    println!(
                        "{}",
                        message(
                            lang,
                            "publish-done",
                            &[
                                ("version", &h.version),
                                ("date", &h.date),
                                ("languages", &languages)
                            ]
                        )
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(publish::PublishError::Refused(r)) => {
                    if matches!(r, publish::Refusal::Errors { .. }) {
                        print_diagnostics(&path.display().to_string(), &diags, lang);
                    }
                    Err(r.message(lang))
                }
                Err(e) => Err(e.to_string()),
            }
        }
        Command::History { file: path } => {
            let (project, _) = load(&path, lang)?;
            let versions = publish::history(&project);
            if versions.is_empty() {
                println!("{}", message(lang, "history-empty", &[]));
            }
            for v in versions {
                let languages = if v.languages.is_empty() {
                    message(lang, "history-not-recorded", &[])
                } else {
                    v.languages
                        .iter()
                        .map(|l| l.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let summary = v.summary.get(lang);
                println!(
                    "{:<10} {:<10}  {languages:<8}  {summary}",
                    v.version, v.date
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Diff {
            file: path,
            from,
            to,
            out,
        } => {
            let (project, _) = load(&path, lang)?;
            let doc_lang = asked_lang.unwrap_or(project.policy.prevailing_language);
            let text = |v: &str| {
                publish::version_text(&renderer, &project, v, doc_lang).map_err(|e| e.message(lang))
            };
            let (old, new) = (text(&from)?, text(&to)?);
            let label = |v: &str| {
                if v.trim() == publish::DRAFT {
                    message(doc_lang, "version-draft", &[])
                } else {
                    message(doc_lang, "version-label", &[("version", v.trim())])
                }
            };
            let cmp = diff::compare(&old, &new, doc_lang, &label(&from), &label(&to));
            let org = project.organisation.legal_name.trim();
            let page = match out.extension().and_then(|e| e.to_str()) {
                Some("md") => diff::to_markdown(&cmp, org),
                _ => diff::to_html(&cmp, org),
            }
            .map_err(|e| e.to_string())?;
            file::write_atomic(&out, page.as_bytes()).map_err(|e| e.to_string())?;
            println!("wrote {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Review { file: path, out } => {
            let (project, _) = load(&path, lang)?;
            let langs = match asked_lang {
                Some(l) => vec![l],
                None => project.languages(),
            };
            let written = policywright::export::write_memo(&renderer, &project, &out, &langs)
                .map_err(|e| e.to_string())?;
            for p in written {
                println!("wrote {}", p.display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A project that parses, with its diagnostics; structural problems are printed and refused.
fn load(
    path: &Path,
    lang: Lang,
) -> Result<(policywright::Project, Vec<policywright::Diagnostic>), String> {
    let text = read(path)?;
    file::read_project(&text).map_err(|diags| {
        print_diagnostics(&path.display().to_string(), &diags, lang);
        message(
            lang,
            "project-unreadable",
            &[("file", &path.display().to_string())],
        )
    })
}

fn message(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    policywright::i18n::message(lang, id, args).unwrap_or_else(|_| id.to_owned())
}

fn language_names(langs: &[Lang], lang: Lang) -> String {
    let names: Vec<String> = langs
        .iter()
        .map(|l| message(lang, &format!("language-{l}"), &[]))
        .collect();
    let and = format!(" {} ", message(lang, "list-and", &[]));
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{and}{last}", rest.join(", ")),
        _ => names.join(""),
    }
}

/// A project file read for a clause command: the project, or its problems printed.
fn open(path: &Path, lang: Lang) -> Result<Result<(String, Project), ExitCode>, String> {
    let text = read(path)?;
    Ok(match file::read_project(&text) {
        Ok((project, _)) => Ok((text, project)),
        Err(diags) => {
            print_diagnostics(&path.display().to_string(), &diags, lang);
            Err(ExitCode::from(1))
        }
    })
}

fn clause(renderer: &Renderer, action: ClauseAction, lang: Lang) -> Result<ExitCode, String> {
    let edit_err = |e: clauses::EditError| e.to_string();
    match action {
        ClauseAction::List { file: path } => {
            let (_, project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let list = clauses::list(renderer, &project).map_err(|e| e.to_string())?;
            for c in list {
                for l in &c.langs {
                    let source = match l.source {
                        Source::BuiltIn => "built-in",
                        Source::HouseStyle => "house-style",
                        Source::Override => "override",
                        Source::Custom => "custom",
                    };
                    let covers: Vec<&str> = l.covers.iter().map(|c| c.item.as_str()).collect();
                    println!(
                        "{:<22} {} {:<12} {:<11} {:<6} {}{}",
                        c.id,
                        l.lang,
                        if c.applies { "applies" } else { "not-applies" },
                        source,
                        if l.stale { "stale" } else { "-" },
                        if covers.is_empty() {
                            "-".to_owned()
                        } else {
                            covers.join(",")
                        },
                        if l.problem.is_some() { "  BROKEN" } else { "" },
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Show {
            file: path,
            clause,
            lang: doc_lang,
            rendered,
        } => {
            let (_, project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            if rendered {
                let md = clauses::rendered_section(renderer, &project, &clause, doc_lang)
                    .map_err(|e| e.to_string())?;
                match md {
                    Some(md) => print!("{md}"),
                    None => {
                        return Err(format!(
                            "clause `{clause}` does not appear in the {doc_lang} policy of {}",
                            path.display()
                        ))
                    }
                }
            } else {
                let (text, _) = renderer
                    .template_in_effect(&project, &clause, doc_lang)
                    .ok_or_else(|| edit_err(clauses::EditError::UnknownClause(clause.clone())))?;
                print!("{text}");
            }
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Set {
            file: path,
            clause,
            lang: doc_lang,
            from,
        } => {
            let (text, mut project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let template = read(&from)?;
            clauses::set_override(renderer, &mut project, &clause, doc_lang, &template, lang)
                .map_err(edit_err)?;
            save(&path, &text, &project)?;
            println!("{}: clause {clause} ({doc_lang}) set", path.display());
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Reset {
            file: path,
            clause,
            lang: doc_lang,
        } => {
            let (text, mut project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            clauses::reset_override(&mut project, &clause, doc_lang).map_err(edit_err)?;
            save(&path, &text, &project)?;
            println!(
                "{}: clause {clause} ({doc_lang}) reset to the default",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Merge {
            file: path,
            clause,
            lang: doc_lang,
            accept,
        } => {
            let (text, mut project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let m = clauses::merge(renderer, &project, &clause, doc_lang).ok_or_else(|| {
                edit_err(clauses::EditError::NoOverride(clause.clone(), doc_lang))
            })?;
            if !accept {
                print!("{}", m.merged);
                return Ok(if m.conflicts {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                });
            }
            if m.conflicts {
                return Err(format!(
                    "the merge of clause `{clause}` ({doc_lang}) has conflicts: resolve them and store the text with `clause set`, then `clause merge --accept`"
                ));
            }
            clauses::check_text(renderer, &project, &clause, doc_lang, &m.merged, lang)
                .map_err(edit_err)?;
            clauses::accept_merge(renderer, &mut project, &clause, doc_lang, &m.merged)
                .map_err(edit_err)?;
            save(&path, &text, &project)?;
            println!("{}: clause {clause} ({doc_lang}) merged", path.display());
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Add {
            file: path,
            id,
            after,
            sv,
            en,
            covers,
        } => {
            let (text, mut project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            let sv = sv.as_deref().map(read).transpose()?.unwrap_or_default();
            let en = en.as_deref().map(read).transpose()?.unwrap_or_default();
            let custom = policywright::project::CustomClause {
                id: id.clone(),
                after,
                covers: covers
                    .into_iter()
                    .map(|c| c.trim().to_owned())
                    .filter(|c| !c.is_empty())
                    .collect(),
                sv,
                en,
            };
            clauses::add_custom(renderer, &mut project, custom, lang).map_err(edit_err)?;
            save(&path, &text, &project)?;
            println!("{}: clause {id} added", path.display());
            Ok(ExitCode::SUCCESS)
        }
        ClauseAction::Remove { file: path, id } => {
            let (text, mut project) = match open(&path, lang)? {
                Ok(p) => p,
                Err(code) => return Ok(code),
            };
            clauses::remove_custom(&mut project, &id).map_err(edit_err)?;
            save(&path, &text, &project)?;
            println!("{}: clause {id} removed", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes a changed project back to its file atomically, keeping what did not change.
fn save(path: &Path, _old_text: &str, project: &Project) -> Result<(), String> {
    policywright::save_project(path, project).map_err(|e| e.to_string())
}

fn read(path: &Path) -> Result<String, String> {
    file::read_text(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn print_diagnostics(name: &str, diags: &[policywright::Diagnostic], lang: Lang) {
    for d in diags {
        eprintln!("{}", d.display(name, lang));
    }
}
