//! The policywright command line: a thin layer over the library, one module per command
//! (src/cmd/), each running through one `policywright::analysis::Analysis`.

mod cmd;

use clap::{Parser, Subcommand};
use cmd::Ctx;
use policywright::analysis::Templates;
use policywright::Lang;
use std::path::PathBuf;
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
    New(cmd::new::Args),
    /// Validate a project and list every error and warning with its location.
    Check(cmd::check::Args),
    /// List the GDPR Art. 13/14 items the policy must cover and the clause covering each.
    Coverage(cmd::coverage::Args),
    /// Render the policy into a folder. Without FILE, renders the default example.
    Render(cmd::render::Args),
    /// Record the current policy as a published version in FILE's history.
    Publish(cmd::publish::Args),
    /// List the published versions: number, date, languages.
    History(cmd::history::Args),
    /// Compare two versions (or a version and the draft) in one language, as HTML or Markdown.
    Diff(cmd::diff::Args),
    /// Write the review memo (HTML and PDF) into a folder.
    Review(cmd::review::Args),
    /// List the catalogue of services a recipient or cookie item can name (`service = "…"`).
    Services(cmd::services::Args),
    /// Write the record of processing activities (Art. 30): xlsx, HTML and PDF, into a folder.
    Record(cmd::record::Args),
    /// See and rewrite a project's clauses (see docs/clauses.md).
    Clause {
        #[command(subcommand)]
        action: cmd::clause::Action,
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
    let ctx = Ctx {
        lang: cli.lang.unwrap_or(Lang::EN),
        asked_lang: cli.lang,
        templates: Templates::new(cli.templates.as_deref()),
    };
    match cli.command {
        Command::New(args) => cmd::new::run(args, &ctx),
        Command::Check(args) => cmd::check::run(args, &ctx),
        Command::Coverage(args) => cmd::coverage::run(args, &ctx),
        Command::Render(args) => cmd::render::run(args, &ctx),
        Command::Publish(args) => cmd::publish::run(args, &ctx),
        Command::History(args) => cmd::history::run(args, &ctx),
        Command::Services(args) => cmd::services::run(args, &ctx),
        Command::Diff(args) => cmd::diff::run(args, &ctx),
        Command::Review(args) => cmd::review::run(args, &ctx),
        Command::Record(args) => cmd::record::run(args, &ctx),
        Command::Clause { action } => cmd::clause::run(action, &ctx),
    }
}
