//! The policywright command line: a thin layer over the library.

use clap::{Parser, Subcommand};
use policywright::document::export::{self, Format};
use policywright::document::render::Renderer;
use policywright::project::diagnostics;
use policywright::{file, Lang};
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
        /// A folder with your own clause templates (<lang>/<clause>.md) that replace the defaults.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
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
                Ok((_, diags)) => diags,
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
                    .map(|(l, clause)| format!("{l}: {}", clause.unwrap_or("MISSING")))
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
            templates,
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
            let renderer = match &templates {
                Some(dir) => Renderer::with_overrides(dir),
                None => Renderer::embedded(),
            }
            .map_err(|e| e.to_string())?;
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
    }
}

fn read(path: &Path) -> Result<String, String> {
    file::read_text(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn print_diagnostics(name: &str, diags: &[policywright::Diagnostic], lang: Lang) {
    for d in diags {
        eprintln!("{}", d.display(name, lang));
    }
}
