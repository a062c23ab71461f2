//! `policywright services [--search TEXT]`: the catalogue of services a recipient or cookie
//! item can name (`service = "…"`), one line each, with the date its facts were checked.

use super::Ctx;
use policywright::project::services::{catalogue, Service};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Only the services whose id, name, provider or description contains TEXT.
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
}

pub fn run(args: Args, ctx: &Ctx) -> Result<ExitCode, String> {
    let catalogue = catalogue();
    let found = catalogue.search(args.search.as_deref().unwrap_or(""));
    if found.is_empty() {
        println!("{}", ctx.message("services-none-found", &[]));
        return Ok(ExitCode::SUCCESS);
    }
    let header = [
        "id",
        "name",
        "provider",
        "role",
        "countries",
        "safeguard",
        "checked",
    ]
    .map(|column| ctx.message(&format!("services-column-{column}"), &[]));
    let rows: Vec<[String; 7]> = found.iter().map(|s| row(s, ctx)).collect();
    let widths: Vec<usize> = (0..7)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:<w$}"))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
    println!(
        "\n{}",
        ctx.message("services-checked", &[("date", &catalogue.checked)])
    );
    Ok(ExitCode::SUCCESS)
}

/// A service's line: what is unknown to the catalogue shows as "–".
fn row(s: &Service, ctx: &Ctx) -> [String; 7] {
    let unknown = || "–".to_owned();
    let label = |kind: &str, id: &str| ctx.message(&format!("{kind}-{id}"), &[]);
    let provider = s.provider.as_ref();
    let countries = match (&s.transfer, provider) {
        (Some(t), Some(p)) if !t.countries.contains(&p.country) => {
            format!("{}, {}", p.country, t.countries.join(", "))
        }
        (Some(t), _) => t.countries.join(", "),
        (None, Some(p)) => p.country.clone(),
        (None, None) => unknown(),
    };
    let checked = [
        provider.map(|p| p.checked.as_str()),
        s.role.as_ref().map(|r| r.checked.as_str()),
        s.transfer.as_ref().map(|t| t.checked.as_str()),
        s.stays_in_eea.as_ref().map(|f| f.checked.as_str()),
    ]
    .into_iter()
    .flatten()
    .chain(s.cookies.iter().map(|c| c.checked.as_str()))
    .max()
    .map_or_else(unknown, str::to_owned);
    [
        s.id.clone(),
        s.name.clone(),
        provider
            .and_then(|p| p.entity.clone())
            .unwrap_or_else(unknown),
        s.role
            .as_ref()
            .map_or_else(unknown, |r| label("recipient-kind", r.kind.id())),
        countries,
        s.transfer
            .as_ref()
            .and_then(|t| t.safeguard)
            .map_or_else(unknown, |g| label("safeguard", g.id())),
        checked,
    ]
}
