//! The policywright command line: a thin layer over the library.

use clap::{Parser, Subcommand};
use policywright::document::clauses;
use policywright::document::export::{self, Format};
use policywright::document::render::{Renderer, Source};
use policywright::project::diagnostics;
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
    /// Language of messages: sv or en.
    #[arg(long, global = true, default_value = "en")]
    lang: Lang,
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
    let lang = cli.lang;
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
            let warnings = diags.len() - errors;
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
            let written = export::export_with(&renderer, &project, &out, &format, &mut |p| {
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
