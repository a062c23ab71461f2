//! `policywright clause list|show|set|reset|merge|add|remove|wording|reword`: a project's own
//! clause texts and wording (see docs/clauses.md).

use super::{read, Ctx};
use policywright::document::clauses::{self, EditError};
use policywright::document::render::Source;
use policywright::document::reword;
use policywright::{Lang, Project};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Subcommand)]
pub enum Action {
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
    /// Remove a clause's override, or a message's rewording (give the message's id): the
    /// program's text is used again.
    Reset {
        file: PathBuf,
        /// A clause's id, or a reworded message's id.
        #[arg(value_name = "CLAUSE|MESSAGE")]
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
    /// A built-in clause's messages (its sentences and phrases): id, then the words in effect,
    /// with the answers as `{ $name }`; "reworded" or "reworded, stale" where the project's
    /// words are used.
    Wording {
        file: PathBuf,
        clause: String,
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
    },
    /// Store one message of a built-in clause in the project's own words.
    Reword {
        file: PathBuf,
        message: String,
        #[arg(long, value_name = "sv|en")]
        lang: Lang,
        /// The words, with the message's answers as `{ $name }`.
        #[arg(long)]
        text: String,
    },
}

/// The path of the project file an action works on.
fn file_of(action: &Action) -> &Path {
    match action {
        Action::List { file }
        | Action::Show { file, .. }
        | Action::Set { file, .. }
        | Action::Reset { file, .. }
        | Action::Merge { file, .. }
        | Action::Add { file, .. }
        | Action::Remove { file, .. }
        | Action::Wording { file, .. }
        | Action::Reword { file, .. } => file,
    }
}

pub fn run(action: Action, ctx: &Ctx) -> Result<ExitCode, String> {
    let path = file_of(&action).to_owned();
    let analysis = match ctx.open(&path)? {
        Ok(a) => a,
        Err(code) => return Ok(code),
    };
    let mut project = analysis.project().expect("opened").clone();
    let changed = match action {
        Action::List { .. } => return list(ctx, &project),
        Action::Show {
            clause,
            lang,
            rendered,
            ..
        } => return show(ctx, &project, &path, &clause, lang, rendered),
        Action::Merge {
            clause,
            lang,
            accept: false,
            ..
        } => return print_merge(ctx, &project, &clause, lang),
        Action::Set {
            clause, lang, from, ..
        } => set(ctx, &mut project, &clause, lang, &from)?,
        Action::Wording { clause, lang, .. } => return wording(ctx, &project, &clause, lang),
        Action::Reword {
            message,
            lang,
            text,
            ..
        } => reword_message(ctx, &mut project, &message, lang, &text)?,
        Action::Reset { clause, lang, .. } => {
            if reword::reset(&mut project, &clause, lang) {
                format!("message {clause} ({lang}) reset to the program's words")
            } else {
                clauses::reset_override(&mut project, &clause, lang).map_err(edit_err)?;
                format!("clause {clause} ({lang}) reset to the default")
            }
        }
        Action::Merge { clause, lang, .. } => accept_merge(ctx, &mut project, &clause, lang)?,
        Action::Add {
            id,
            after,
            sv,
            en,
            covers,
            ..
        } => add(ctx, &mut project, id, after, [sv, en], covers)?,
        Action::Remove { id, .. } => {
            clauses::remove_custom(&mut project, &id).map_err(edit_err)?;
            format!("clause {id} removed")
        }
    };
    policywright::save_project(&path, &project).map_err(|e| e.to_string())?;
    println!("{}: {changed}", path.display());
    Ok(ExitCode::SUCCESS)
}

fn edit_err(e: EditError) -> String {
    e.to_string()
}

fn list(ctx: &Ctx, project: &Project) -> Result<ExitCode, String> {
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    for c in clauses::list(renderer, project).map_err(|e| e.to_string())? {
        for l in &c.langs {
            let source = match l.source {
                Source::BuiltIn => "built-in",
                Source::HouseStyle => "house-style",
                Source::Override => "override",
                Source::Custom => "custom",
                Source::Reworded => "reworded",
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

fn show(
    ctx: &Ctx,
    project: &Project,
    path: &Path,
    clause: &str,
    lang: Lang,
    rendered: bool,
) -> Result<ExitCode, String> {
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    if rendered {
        let md = clauses::rendered_section(renderer, project, clause, lang)
            .map_err(|e| e.to_string())?;
        let md = md.ok_or_else(|| {
            format!(
                "clause `{clause}` does not appear in the {lang} policy of {}",
                path.display()
            )
        })?;
        print!("{md}");
    } else {
        let (text, _) = renderer
            .template_in_effect(project, clause, lang)
            .ok_or_else(|| edit_err(EditError::UnknownClause(clause.to_owned())))?;
        print!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

fn wording(ctx: &Ctx, project: &Project, clause: &str, lang: Lang) -> Result<ExitCode, String> {
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    let messages =
        reword::messages(renderer, project, clause, lang).map_err(|e| e.message(ctx.lang))?;
    for m in messages {
        let mark = match (m.reworded, m.stale) {
            (true, true) => "  (reworded, stale)",
            (true, false) => "  (reworded)",
            _ => "",
        };
        println!("{}{mark}\n    {}", m.id, m.text);
    }
    Ok(ExitCode::SUCCESS)
}

fn reword_message(
    ctx: &Ctx,
    project: &mut Project,
    message: &str,
    lang: Lang,
    text: &str,
) -> Result<String, String> {
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    let left_out = reword::reword(renderer, project, message, lang, text)
        .map_err(|e| format!("message `{message}` ({lang}): {}", e.message(ctx.lang)))?;
    for name in left_out {
        eprintln!(
            "warning: message `{message}` ({lang}): the program's words show {{ ${name} }} here; yours leave it out"
        );
    }
    Ok(format!("message {message} ({lang}) reworded"))
}

fn set(
    ctx: &Ctx,
    project: &mut Project,
    clause: &str,
    lang: Lang,
    from: &Path,
) -> Result<String, String> {
    let template = read(from)?;
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    clauses::set_override(renderer, project, clause, lang, &template, ctx.lang)
        .map_err(edit_err)?;
    Ok(format!("clause {clause} ({lang}) set"))
}

fn merged(
    ctx: &Ctx,
    project: &Project,
    clause: &str,
    lang: Lang,
) -> Result<clauses::Merge, String> {
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    clauses::merge(renderer, project, clause, lang)
        .ok_or_else(|| edit_err(EditError::NoOverride(clause.to_owned(), lang)))
}

fn print_merge(ctx: &Ctx, project: &Project, clause: &str, lang: Lang) -> Result<ExitCode, String> {
    let m = merged(ctx, project, clause, lang)?;
    print!("{}", m.merged);
    Ok(if m.conflicts {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn accept_merge(
    ctx: &Ctx,
    project: &mut Project,
    clause: &str,
    lang: Lang,
) -> Result<String, String> {
    let m = merged(ctx, project, clause, lang)?;
    if m.conflicts {
        return Err(format!(
            "the merge of clause `{clause}` ({lang}) has conflicts: resolve them and store the text with `clause set`, then `clause merge --accept`"
        ));
    }
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    clauses::check_text(renderer, project, clause, lang, &m.merged, ctx.lang).map_err(edit_err)?;
    clauses::accept_merge(renderer, project, clause, lang, &m.merged).map_err(edit_err)?;
    Ok(format!("clause {clause} ({lang}) merged"))
}

fn add(
    ctx: &Ctx,
    project: &mut Project,
    id: String,
    after: String,
    [sv, en]: [Option<PathBuf>; 2],
    covers: Vec<String>,
) -> Result<String, String> {
    let mut texts = policywright::project::Text::default();
    for (lang, file) in [(Lang::SV, sv), (Lang::EN, en)] {
        texts.set(
            lang,
            &file.as_deref().map(read).transpose()?.unwrap_or_default(),
        );
    }
    let custom = policywright::project::CustomClause {
        id: id.clone(),
        after,
        covers: covers
            .into_iter()
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect(),
        texts,
    };
    let renderer = ctx.templates.renderer().map_err(|e| e.to_string())?;
    clauses::add_custom(renderer, project, custom, ctx.lang).map_err(edit_err)?;
    Ok(format!("clause {id} added"))
}
