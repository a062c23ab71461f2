//! `policywright publish FILE`: record the current policy as a published version.

use super::{print_diagnostics, Ctx};
use policywright::file;
use policywright::review::publish::{self, PublishError, Refusal};
use policywright::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    file: PathBuf,
    /// The version number (default: the policy's version).
    #[arg(long)]
    version: Option<String>,
    /// The date it applies from, YYYY-MM-DD (default: the policy's effective date).
    #[arg(long)]
    date: Option<String>,
    /// What changed in this version, in Swedish (default: the draft's summary).
    #[arg(long, value_name = "TEXT")]
    summary_sv: Option<String>,
    /// What changed in this version, in English (default: the draft's summary).
    #[arg(long, value_name = "TEXT")]
    summary_en: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let analysis = ctx.load(&args.file)?;
    let project = analysis.project().expect("loaded");
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    let mut summary = policywright::project::Text::default();
    for (lang, text) in [(Lang::SV, &args.summary_sv), (Lang::EN, &args.summary_en)] {
        if let Some(text) = text {
            summary.set(lang, text);
        }
    }
    let what = publish::Publication {
        version: args.version.as_deref(),
        date: args.date.as_deref(),
        summary: Some(&summary),
    };
    let published = publish::publish(renderer, project, &what);
    match published {
        Ok(next) => {
            file::save_project(&args.file, &next).map_err(|e| e.to_string())?;
            let h = next.history.last().expect("just published");
            println!("{}", publish::published_message(h, ctx.lang));
            Ok(ExitCode::SUCCESS)
        }
        Err(PublishError::Refused(r)) => {
            if matches!(r, Refusal::Errors { .. }) {
                let name = args.file.display().to_string();
                print_diagnostics(&name, analysis.answers(), ctx.lang);
            }
            Err(r.message(ctx.lang))
        }
        Err(e) => Err(e.to_string()),
    }
}
