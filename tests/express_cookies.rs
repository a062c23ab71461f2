//! Cookies and similar technologies as real sites use them (issue 13, part A). Each test reads
//! the rendered Markdown of a fixture project (tests/fixtures/organisations/cookies-*.toml) in
//! both languages, as a visitor or a lawyer would: lifetimes under a day, "up to" and ranges
//! printed naturally; who receives the data said apart from whose domain a cookie belongs to;
//! similar technologies named as such; no sentence about strictly necessary cookies when there
//! are none; the link to the site's own cookie policy. The CLI's `check` names a lifetime it
//! cannot read at its line, in both languages.

use policywright::document::render;
use policywright::project::Project;
use policywright::{check, Lang, Severity};
use std::process::Command;

mod common;
use common::example;

fn fixture_path(name: &str) -> std::path::PathBuf {
    common::repo_path(common::ORGANISATIONS, name)
}

fn load(name: &str) -> Project {
    common::load(common::ORGANISATIONS, name)
}

/// The cookie clause of the policy in one language: from its heading to the next one.
fn cookie_clause(p: &Project, lang: Lang) -> String {
    let md = common::md(p, lang);
    let clause = common::section(&md, "cookies");
    assert!(!clause.is_empty(), "no cookie clause in {lang:?}:\n{md}");
    clause
}

/// The cell of the cookie table in the row of `name` (as written in the Markdown) under the
/// column headed `column`.
fn cell(clause: &str, name: &str, column: &str) -> String {
    let rows: Vec<Vec<String>> = clause
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect();
    let header = &rows[0];
    let col = header
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column:?} in {header:?}"));
    let row = rows
        .iter()
        .find(|r| r[0] == name)
        .unwrap_or_else(|| panic!("no row {name:?} in\n{clause}"));
    row[col].clone()
}

fn clean(p: &Project, name: &str) {
    let found: Vec<String> = check(p)
        .into_iter()
        .map(|d| format!("{:?} {} {}", d.severity, d.code, d.path))
        .collect();
    assert!(found.is_empty(), "{name}: {found:?}");
}

#[test]
fn the_fixtures_check_clean() {
    for name in ["cookies-web-agency.toml", "cookies-consent-only.toml"] {
        clean(&load(name), name);
        // And the project's own lint, as `policywright check` runs it.
        let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
            .args(["check", fixture_path(name).to_str().unwrap()])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{name}: {stdout}");
        assert!(stdout.contains("0 error(s), 0 warning(s)"), "{stdout}");
    }
}

#[test]
fn lifetimes_under_a_day_up_to_and_ranges_read_naturally() {
    let agency = load("cookies-web-agency.toml");
    let sv = cookie_clause(&agency, Lang::SV);
    let en = cookie_clause(&agency, Lang::EN);
    for (name, sv_life, en_life) in [
        (r"\_gat", "1 minut", "1 minute"),
        (r"\_hjSession\_\<id>", "30 minuter", "30 minutes"),
        (r"\_hjSessionUser\_\<id>", "Upp till 1 år", "Up to 1 year"),
        ("kk_portal", "30 sekunder till 1 år", "30 seconds to 1 year"),
        (r"\_ga", "2 år", "2 years"),
        (r"\_fbp", "3 månader", "3 months"),
        ("kk_consent", "12 månader", "12 months"),
        (
            "hjViewportId",
            "Tills fliken stängs",
            "Until the tab is closed",
        ),
        ("Meta Pixel", "Inget sparas", "Nothing is stored"),
        ("kk_theme", "Tills den raderas", "Until deleted"),
    ] {
        assert_eq!(cell(&sv, name, "Lagringstid"), sv_life, "{name}");
        assert_eq!(cell(&en, name, "Lifetime"), en_life, "{name}");
    }
    let app = load("cookies-consent-only.toml");
    assert_eq!(
        cell(
            &cookie_clause(&app, Lang::SV),
            "Firebase Analytics",
            "Lagringstid"
        ),
        "Upp till 60 dagar"
    );
    assert_eq!(
        cell(
            &cookie_clause(&app, Lang::EN),
            "Firebase Analytics",
            "Lifetime"
        ),
        "Up to 60 days"
    );
}

#[test]
fn a_first_party_cookie_names_the_company_that_receives_its_data() {
    let agency = load("cookies-web-agency.toml");
    let sv = cookie_clause(&agency, Lang::SV);
    let en = cookie_clause(&agency, Lang::EN);
    // _ga is first party, set through our own site, and Google receives the data.
    assert_eq!(cell(&sv, r"\_ga", "Första- eller tredjepart"), "Förstapart");
    assert_eq!(cell(&sv, r"\_ga", "Leverantör"), "Kodkraft Webbyrå AB");
    assert_eq!(cell(&sv, r"\_ga", "Tar emot uppgifterna"), "Google");
    assert_eq!(cell(&en, r"\_ga", "First or third party"), "First party");
    assert_eq!(cell(&en, r"\_ga", "Receives the data"), "Google");
    assert_eq!(cell(&en, r"\_fbp", "Receives the data"), "Meta");
    // Without a receiver of its own, the provider receives the data.
    assert_eq!(
        cell(&en, r"\_hjSession\_\<id>", "Receives the data"),
        "Hotjar"
    );
    assert_eq!(
        cell(&sv, "kk_consent", "Tar emot uppgifterna"),
        "Kodkraft Webbyrå AB"
    );

    // The sentence under the table says who receives data, and never that first-party cookies
    // are ours alone.
    assert!(
        sv.contains("Det avgör inte vem som får uppgifterna: det visar kolumnen ”Tar emot uppgifterna”. Google, Hotjar och Meta får på så sätt uppgifter om ditt besök, även från förstapartskakor."),
        "{sv}"
    );
    assert!(
        en.contains("That does not decide who receives the data: the column “Receives the data” shows who does. Google, Hotjar and Meta receive data about your visit in this way, also from first-party cookies."),
        "{en}"
    );
    for p in [
        agency.clone(),
        example("webshop.toml"),
        load("cookies-consent-only.toml"),
    ] {
        assert!(!cookie_clause(&p, Lang::EN).contains("ourselves"));
        assert!(!cookie_clause(&p, Lang::SV).contains("sätter vi själva"));
    }

    // The organisation itself is not listed among those others: its own statistics stay
    // in-house, and only Google's items send data away.
    let app = load("cookies-consent-only.toml");
    let sv = cookie_clause(&app, Lang::SV);
    let en = cookie_clause(&app, Lang::EN);
    assert!(
        sv.contains("Google får på så sätt uppgifter om ditt besök."),
        "{sv}"
    );
    assert!(
        en.contains("Google receives data about your visit in this way."),
        "{en}"
    );
    assert!(!sv.contains("Stegvis AB får") && !en.contains("Stegvis AB receive"));
    // No item sends its data elsewhere than its provider: no column for it.
    assert!(!en.contains("Receives the data |") && !sv.contains("Tar emot uppgifterna |"));
}

#[test]
fn similar_technologies_are_named_as_such() {
    let agency = load("cookies-web-agency.toml");
    let sv = cookie_clause(&agency, Lang::SV);
    let en = cookie_clause(&agency, Lang::EN);
    assert!(
        sv.starts_with("## 7. Kakor (cookies) och liknande tekniker {#cookies}"),
        "{sv}"
    );
    assert!(
        en.starts_with("## 7. Cookies and similar technologies {#cookies}"),
        "{en}"
    );
    assert!(sv.contains("Liknande tekniker, här lokal lagring i webbläsaren, sessionslagring i webbläsaren och spårningspixlar, sparar information i din enhet eller läser den därifrån på andra sätt."), "{sv}");
    assert!(en.contains("Similar technologies, here local storage in your browser, session storage in your browser and tracking pixels, store information on your device or read it from there in other ways."), "{en}");
    assert_eq!(cell(&sv, "Meta Pixel", "Teknik"), "Spårningspixel");
    assert_eq!(cell(&en, "Meta Pixel", "Technology"), "Tracking pixel");
    assert_eq!(cell(&sv, "kk_theme", "Teknik"), "Lokal lagring");
    assert_eq!(cell(&en, "hjViewportId", "Technology"), "Session storage");
    assert_eq!(cell(&en, r"\_ga", "Technology"), "Cookie");
    // The consent rule covers them all: storing on the device or reading from it.
    assert!(sv.contains("Vi får bara spara information i din enhet, eller läsa den därifrån, om du samtycker till det. Undantaget är kakor och liknande tekniker som är nödvändiga"), "{sv}");
    assert!(en.contains("We are allowed to store information on your device, or read it from there, only if you consent. The exception is cookies and similar technologies that are strictly necessary"), "{en}");

    // An SDK lives in the app: the clause says so.
    let app = load("cookies-consent-only.toml");
    let sv = cookie_clause(&app, Lang::SV);
    let en = cookie_clause(&app, Lang::EN);
    assert!(
        sv.contains("På [stegvis.example](https://stegvis.example) och i vår app använder vi de kakor och liknande tekniker som står i tabellen nedan."),
        "{sv}"
    );
    assert!(
        en.contains("here software development kits (SDKs) in our app"),
        "{en}"
    );
    assert_eq!(
        cell(&en, "Firebase Analytics", "Technology"),
        "SDK in an app"
    );

    // A site with cookies only keeps the cookie wording and no technology column.
    let shop = example("webshop.toml");
    let en = cookie_clause(&shop, Lang::EN);
    assert!(en.starts_with("## 7. Cookies {#cookies}"), "{en}");
    assert!(!en.contains("similar") && !en.contains("| Technology |"));
    assert!(en.contains("We are allowed to store cookies in your browser, or read them from there, only if you consent."));
}

#[test]
fn strictly_necessary_is_said_only_when_there_are_such_items() {
    let agency = load("cookies-web-agency.toml");
    let sv = cookie_clause(&agency, Lang::SV);
    let en = cookie_clause(&agency, Lang::EN);
    // The necessary items are cookies; the similar technologies all need consent.
    assert!(sv.contains("Nödvändiga kakor använder vi utan samtycke. Övriga kakor och liknande tekniker använder vi bara om du har samtyckt till dem."), "{sv}");
    assert!(en.contains("We use strictly necessary cookies without consent. We use other cookies and similar technologies only if you have consented to them."), "{en}");

    let app = load("cookies-consent-only.toml");
    let sv = cookie_clause(&app, Lang::SV);
    let en = cookie_clause(&app, Lang::EN);
    assert!(
        !sv.contains("Nödvändiga") && !sv.contains("nödvändiga kakor"),
        "{sv}"
    );
    assert!(!en.contains("strictly necessary cookies"), "{en}");
    assert!(!en.contains("without consent"), "{en}");
    assert!(sv.contains("Alla kakor och liknande tekniker som vi använder kräver ditt samtycke: vi använder dem bara om du har samtyckt till dem."), "{sv}");
    assert!(en.contains("All the cookies and similar technologies we use need your consent: we use them only if you have consented to them."), "{en}");
    // The law's exception is still stated: it is what the law says, not what we do.
    assert!(sv.contains("Undantaget är kakor och liknande tekniker som är nödvändiga"));

    // Only necessary cookies: no consent to ask for.
    let consultancy = example("consultancy.toml");
    let sv = cookie_clause(&consultancy, Lang::SV);
    let en = cookie_clause(&consultancy, Lang::EN);
    assert!(sv.contains("Vi använder bara nödvändiga kakor, alltså sådana som undantaget gäller."));
    assert!(en.contains("We use only strictly necessary cookies, which the exception covers."));
    assert!(!en.contains("consented") && !sv.contains("samtyckt"));
}

#[test]
fn the_sites_own_cookie_policy_is_linked() {
    let agency = load("cookies-web-agency.toml");
    let sv = cookie_clause(&agency, Lang::SV);
    let en = cookie_clause(&agency, Lang::EN);
    let link = "[www.kodkraft.example/kakor](https://www.kodkraft.example/kakor)";
    assert!(
        sv.contains(&format!(
            "I vår policy för kakor på {link} kan du läsa mer om dem."
        )),
        "{sv}"
    );
    assert!(
        en.contains(&format!(
            "Our cookie policy at {link} tells you more about them."
        )),
        "{en}"
    );
    let html = render::markdown_to_html(&render::markdown(&agency, Lang::EN).unwrap());
    assert!(html.contains("href=\"https://www.kodkraft.example/kakor\""));

    // The cookie policy keeps the details: no table here, and the policy points there.
    let mut elsewhere = agency.clone();
    elsewhere.cookies.items.clear();
    clean(
        &elsewhere,
        "the agency with its cookies listed only in its cookie policy",
    );
    let sv = cookie_clause(&elsewhere, Lang::SV);
    let en = cookie_clause(&elsewhere, Lang::EN);
    assert!(sv.contains(&format!("Vår policy för kakor på {link} räknar upp dem och berättar vad var och en gör och hur länge den finns kvar.")), "{sv}");
    assert!(en.contains(&format!("Our cookie policy at {link} lists them, with what each one does and how long it is kept.")), "{en}");
    assert!(!sv.contains('|') && !en.contains('|'));
    // What is listed elsewhere is not said here: only the rule that applies to it.
    assert!(
        !en.contains("We use strictly necessary") && !sv.contains("Nödvändiga kakor använder vi")
    );
    assert!(sv.contains(&format!("På [www.kodkraft.example](https://www.kodkraft.example) använder vi kakor. Vår policy för kakor på {link}")), "{sv}");
    assert!(
        sv.contains("Kakor som inte är nödvändiga använder vi bara om du har samtyckt till dem.")
    );
    assert!(en.contains(
        "We use cookies that are not strictly necessary only if you have consented to them."
    ));

    // Without the link, the agency gets a warning that its tracking has no cookie listed.
    elsewhere.cookies.policy_url.clear();
    assert!(check(&elsewhere)
        .iter()
        .any(|d| d.code == "tracking-without-cookies"));

    // The link is checked like the organisation's website.
    let mut bad = agency;
    bad.cookies.policy_url = "www.kodkraft.example/kakor".into();
    assert!(check(&bad).iter().any(|d| d.severity == Severity::Error
        && d.code == "url-invalid"
        && d.path == "cookies.policy_url"));
}

#[test]
fn a_lifetime_that_cannot_be_read_is_located_and_explained_in_both_languages() {
    let text = std::fs::read_to_string(fixture_path("cookies-web-agency.toml"))
        .unwrap()
        .replace("lifetime = \"1 minute\"", "lifetime = \"1 minut\"")
        .replace(
            "lifetime = \"30 seconds to 1 year\"",
            "lifetime = \"1 year to 30 seconds\"",
        )
        .replace("lifetime = \"until deleted\"", "lifetime = \"none\"");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("agency.toml");
    std::fs::write(&file, &text).unwrap();
    // The line of `needle`, the first after the line holding `after`.
    let line_of = |after: &str, needle: &str| {
        let lines: Vec<&str> = text.lines().collect();
        let from = lines.iter().position(|l| l.contains(after)).unwrap();
        from + lines[from..]
            .iter()
            .position(|l| l.contains(needle))
            .unwrap()
            + 1
    };
    let run = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
            .args(["--lang", lang, "check", file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let en = run("en");
    let sv = run("sv");
    let at = |out: &str, item: &str, path: &str| -> String {
        let prefix = format!("{}:{}:", file.display(), line_of(item, "lifetime ="));
        out.lines()
            .find(|l| l.starts_with(&prefix) && l.ends_with(&format!("[{path}]")))
            .unwrap_or_else(|| panic!("nothing at {prefix} {path}:\n{out}"))
            .to_owned()
    };
    let unreadable = at(&en, "name = \"_gat\"", "cookies.items[4].lifetime");
    assert!(
        unreadable.contains("“1 minut” is not a lifetime.")
            && unreadable.contains("\"up to 2 years\"")
            && unreadable.contains("\"30 seconds to 1 year\"")
            && unreadable.contains("seconds, minutes, hours, days, weeks, months and years"),
        "{unreadable}"
    );
    let unreadable = at(&sv, "name = \"_gat\"", "cookies.items[4].lifetime");
    assert!(
        unreadable.contains("”1 minut” är ingen livslängd. Skriv den på engelska")
            && unreadable.contains("\"up to 2 years\", upp till 2 år"),
        "{unreadable}"
    );
    let reversed = at(&en, "name = \"kk_portal\"", "cookies.items[1].lifetime");
    assert!(
        reversed.contains("gives the longer time first"),
        "{reversed}"
    );
    let reversed = at(&sv, "name = \"kk_portal\"", "cookies.items[1].lifetime");
    assert!(
        reversed.contains("anger den längre tiden först"),
        "{reversed}"
    );
    let stored = at(&en, "name = \"kk_theme\"", "cookies.items[11].lifetime");
    assert!(
        stored.contains("Local storage stores information on the visitor's device, so \"none\" cannot be its lifetime"),
        "{stored}"
    );
    let stored = at(&sv, "name = \"kk_theme\"", "cookies.items[11].lifetime");
    assert!(
        stored.contains("Lokal lagring sparar information"),
        "{stored}"
    );
}

#[test]
fn every_older_lifetime_still_reads_the_same() {
    // The forms of versions 1 to 3, as the examples and hand-written files used them.
    let mut p = load("cookies-web-agency.toml");
    for (written, sv, en) in [
        (
            "session",
            "Tills webbläsaren stängs",
            "Until the browser is closed",
        ),
        ("1 day", "1 dag", "1 day"),
        ("30 days", "30 dagar", "30 days"),
        ("1 month", "1 månad", "1 month"),
        ("13 months", "13 månader", "13 months"),
        ("1 year", "1 år", "1 year"),
        ("2 years", "2 år", "2 years"),
    ] {
        p.cookies.items[0].lifetime = written.into();
        clean(&p, written);
        assert_eq!(
            cell(&cookie_clause(&p, Lang::SV), "kk_consent", "Lagringstid"),
            sv
        );
        assert_eq!(
            cell(&cookie_clause(&p, Lang::EN), "kk_consent", "Lifetime"),
            en
        );
    }
}
