//! Publishing versions and reviewing them, as a user does it: the starter project is published,
//! answers change, the next versions are published; the history, the changes part, the
//! comparison, the lint and the review memo are what they read.

use policywright::document::render::{self, renderer};
use policywright::review::{diff, lint, memo, publish};
use policywright::{parse_project, Lang, Project};
use std::path::Path;
use std::process::{Command, Output};

fn cli(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policywright"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run policywright")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn publish_now(p: &Project, version: Option<&str>, date: Option<&str>) -> Project {
    publish::publish(
        renderer().unwrap(),
        p,
        &publish::Publication {
            version,
            date,
            summary: None,
        },
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn three_published_versions_make_the_history_and_the_changes_part() {
    let starter = policywright::default_project();
    // The starter publishes at once: version 2.0 of its policy, dated as the policy says.
    let v2 = publish_now(&starter, None, None);
    assert_eq!(v2.history.len(), 2, "1.0 from the old change log, then 2.0");
    let h = &v2.history[1];
    assert_eq!((h.version.as_str(), h.date.as_str()), ("2.0", "2026-03-01"));
    assert!(h
        .summary
        .get(Lang::EN)
        .starts_with("A new web analytics provider"));
    assert!(
        v2.policy.change_summary.is_blank(),
        "the summary moved into the history"
    );
    for lang in Lang::all() {
        // What was recorded is what the draft renders to: the draft now is version 2.0.
        assert_eq!(h.markdown.get(lang), render::markdown(&v2, lang).unwrap());
    }

    // Version 2.1: quicker answers, with a summary.
    let mut draft = v2.clone();
    draft.rights.response_days = Some(21);
    draft
        .policy
        .change_summary
        .set(Lang::SV, "Vi svarar snabbare.");
    draft
        .policy
        .change_summary
        .set(Lang::EN, "We answer faster.");
    let v21 = publish_now(&draft, Some("2.1"), Some("2026-09-01"));
    assert_eq!(v21.policy.version, "2.1");
    assert_eq!(v21.policy.effective_date, "2026-09-01");

    // Version 3.0: no summary; a children's section appears.
    let mut draft = v21.clone();
    draft.children.addressed = true;
    draft
        .children
        .guardian_consent
        .set(Lang::SV, "Vi ber vårdnadshavaren bekräfta med BankID.");
    draft
        .children
        .guardian_consent
        .set(Lang::EN, "We ask the guardian to confirm with BankID.");
    let v3 = publish_now(&draft, Some("3.0"), Some("2027-01-01"));
    let versions: Vec<&str> = v3.history.iter().map(|h| h.version.as_str()).collect();
    assert_eq!(versions, ["1.0", "2.0", "2.1", "3.0"]);
    let listed = publish::history(&v3);
    assert!(listed[0].languages.is_empty(), "1.0 has no recorded text");
    assert_eq!(listed[3].languages, [Lang::SV, Lang::EN]);

    // The changes part of 3.0, in each language: every version newest first, with its date,
    // its summary and the sections that changed, by heading.
    let sv = v3.history[3].markdown.get(Lang::SV);
    let en = v3.history[3].markdown.get(Lang::EN);
    let history_sv = &sv[sv
        .find("### 11.1 Versionshistorik")
        .or_else(|| sv.find("Versionshistorik {"))
        .expect(sv)..];
    let lines: Vec<&str> = history_sv.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(
        lines,
        [
            "- **Version 3.0**, 1 januari 2027. Ändrade avsnitt: Barn.",
            "- **Version 2.1**, 1 september 2026. Vi svarar snabbare. Ändrade avsnitt: Dina rättigheter.",
            "- **Version 2.0**, 1 mars 2026. Ny leverantör av webbanalys och en tydligare tabell över kakor.",
            "- **Version 1.0**, 15 januari 2025. Första versionen.",
        ],
        "{history_sv}"
    );
    assert!(
        en.contains(
            "- **Version 2.1**, 1 September 2026. We answer faster. Sections changed: Your rights."
        ),
        "{en}"
    );
    assert!(
        en.contains("- **Version 3.0**, 1 January 2027. Sections changed: Children."),
        "{en}"
    );

    // The file keeps it all: saved and read back, the history is the same.
    let saved = policywright::file::project_to_toml(&v3);
    assert_eq!(parse_project(&saved).unwrap(), v3);
}

#[test]
fn publish_refusals_leave_the_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    let out = cli(d, &["publish", "p.toml"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("Published version 2.0"),
        "{}",
        text(&out)
    );
    let before = std::fs::read(d.join("p.toml")).unwrap();
    let cases: [(&[&str], &str); 4] = [
        (
            &["publish", "p.toml"],
            "Version 2.0 was published already (2026-03-01)",
        ),
        (
            &[
                "--lang",
                "sv",
                "publish",
                "p.toml",
                "--version",
                "2.1",
                "--date",
                "2026-01-01",
            ],
            "2026-01-01 är tidigare än den senast publicerade versionen, 2.0 från 2026-03-01",
        ),
        (
            &[
                "publish",
                "p.toml",
                "--version",
                "2.1",
                "--date",
                "2026-02-30",
            ],
            "“2026-02-30” is not a date",
        ),
        (
            &["publish", "p.toml", "--version", "1.0"],
            "Version 1.0 was published already",
        ),
    ];
    for (args, says) in cases {
        let out = cli(d, args);
        assert!(!out.status.success(), "{args:?}");
        assert!(text(&out).contains(says), "{args:?}: {}", text(&out));
        assert_eq!(std::fs::read(d.join("p.toml")).unwrap(), before, "{args:?}");
    }
    // A project with an error: refused, with the error listed, the file as it was.
    let broken = String::from_utf8(before.clone()).unwrap().replace(
        "email = \"kundtjanst@nordljustextil.example\"",
        "email = \"not an address\"",
    );
    std::fs::write(d.join("p.toml"), &broken).unwrap();
    let out = cli(
        d,
        &["--lang", "sv", "publish", "p.toml", "--version", "2.1"],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("Projektet har ett fel"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("organisation.email"), "{}", text(&out));
    assert_eq!(std::fs::read_to_string(d.join("p.toml")).unwrap(), broken);
}

#[test]
fn publishing_keeps_the_files_comments() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    assert!(cli(d, &["publish", "p.toml"]).status.success());
    let saved = std::fs::read_to_string(d.join("p.toml")).unwrap();
    assert!(
        saved.starts_with("# Nordljus Textil AB: a small Swedish web shop."),
        "{saved}"
    );
    let out = cli(d, &["history", "p.toml"]);
    let listed = text(&out);
    assert!(
        listed.contains("2.0") && listed.contains("2026-03-01") && listed.contains("sv, en"),
        "{listed}"
    );
}

#[test]
fn the_comparison_marks_changed_words_and_whole_sections() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    assert!(cli(d, &["publish", "p.toml"]).status.success());
    let t = std::fs::read_to_string(d.join("p.toml"))
        .unwrap()
        .replace("[rights]\n", "[rights]\nresponse_days = 21\n")
        .replace(
            "[children]\naddressed = false",
            "[children]\naddressed = true",
        );
    let t = format!("{t}\n[children]\naddressed = true\nguardian_consent = {{ sv = \"Vårdnadshavaren bekräftar med BankID.\", en = \"A guardian confirms with BankID.\" }}\n");
    std::fs::write(d.join("p.toml"), t).unwrap();
    let out = cli(
        d,
        &[
            "diff",
            "p.toml",
            "--from",
            "2.0",
            "--to",
            "draft",
            "--lang",
            "en",
            "--out",
            "notice.html",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let html = std::fs::read_to_string(d.join("notice.html")).unwrap();
    assert!(html.contains("<html lang=\"en"), "{html}");
    assert!(html.contains("<title>Changes to the privacy policy of Nordljus Textil AB: version 2.0 → the draft</title>"));
    assert!(html.contains("within <del><span class=\"cue\">[−</span>one month<span class=\"cue\">]</span></del><ins><span class=\"cue\">[+</span>21 days<span class=\"cue\">]</span></ins> of"), "{html}");
    assert!(
        html.contains("New section."),
        "the children's section is new"
    );
    let out = cli(
        d,
        &[
            "diff",
            "p.toml",
            "--from",
            "2.0",
            "--to",
            "draft",
            "--lang",
            "sv",
            "--out",
            "notice.md",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let md = std::fs::read_to_string(d.join("notice.md")).unwrap();
    assert!(
        md.contains("senast inom [-en månad-]{+21 dagar+} från"),
        "{md}"
    );
    // A version that is not there, in the user's language.
    let out = cli(
        d,
        &[
            "--lang", "sv", "diff", "p.toml", "--from", "9.9", "--to", "draft", "--out", "x.html",
        ],
    );
    assert!(
        text(&out).contains("Version 9.9 finns inte i historiken."),
        "{}",
        text(&out)
    );
    let out = cli(
        d,
        &[
            "diff", "p.toml", "--from", "1.0", "--to", "2.0", "--lang", "en", "--out", "x.html",
        ],
    );
    assert!(
        text(&out).contains("Version 1.0 has no recorded text in English"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_removed_section_is_shown_removed() {
    let p = policywright::default_project();
    let old = render::markdown(&p, Lang::EN).unwrap();
    let mut q = p.clone();
    q.cookies.items.clear();
    let new = render::markdown(&q, Lang::EN).unwrap();
    let c = diff::compare(&old, &new, Lang::EN, "a", "b");
    let cookies = c.sections.iter().find(|s| s.id == "cookies").unwrap();
    assert_eq!(cookies.status, diff::Status::Removed);
    let html = diff::to_html(&c, "X").unwrap();
    assert!(html.contains("Section removed."));
}

fn findings(p: &Project) -> lint::Lint {
    lint::lint_project(renderer().unwrap(), p).unwrap()
}

fn has(l: &lint::Lint, id: &str) -> bool {
    l.findings.iter().any(|f| f.id == id)
}

#[test]
fn each_lint_fires_and_can_be_silenced() {
    let base = policywright::default_project();
    let clean = findings(&base);
    for id in [
        "repealed-reference",
        "outdated-name",
        "consent-without-withdrawal",
        "children-without-guardian-consent",
        "languages-differ",
        "vague-wording",
    ] {
        assert!(
            !has(&clean, id),
            "{id} in the starter: {:?}",
            clean.findings
        );
    }

    // Out-of-date references in answers, at their field.
    let mut p = base.clone();
    p.security
        .description
        .set(Lang::SV, "Vi följer PUL och anmäler till Datainspektionen.");
    p.security.description.set(
        Lang::EN,
        "Transfers rely on Privacy Shield and decision 2010/87/EU.",
    );
    let l = findings(&p);
    let at = |id: &str| -> Vec<String> {
        l.findings
            .iter()
            .filter(|f| f.id == id)
            .map(|f| f.place_text(Lang::EN))
            .collect()
    };
    assert_eq!(
        at("outdated-name"),
        ["security.description.sv", "security.description.sv"]
    );
    assert_eq!(
        at("repealed-reference"),
        ["security.description.en", "security.description.en"]
    );
    let msg = l
        .findings
        .iter()
        .find(|f| f.id == "outdated-name")
        .unwrap()
        .message(Lang::SV);
    assert!(
        msg.contains("personuppgiftslagen (1998:204) upphävdes")
            || msg.contains("Integritetsskyddsmyndigheten"),
        "{msg}"
    );

    // In clause text (a template changed by hand): at the clause and language.
    let md_sv = render::markdown(&base, Lang::SV).unwrap().replace(
        "Integritetsskyddsmyndigheten (IMY)",
        "Datainspektionen, enligt lag (2003:389),",
    );
    let md_en = render::markdown(&base, Lang::EN).unwrap();
    let l2 = lint::lint(&base, &[(Lang::SV, &md_sv), (Lang::EN, &md_en)]).unwrap();
    let places: Vec<String> = l2
        .findings
        .iter()
        .filter(|f| f.id == "outdated-name")
        .map(|f| f.place_text(Lang::SV))
        .collect();
    assert!(
        places.iter().any(|p| p.ends_with("(sv)")),
        "{:?}",
        l2.findings
    );

    // Consent with no withdrawal described; children with no guardian consent.
    let no_withdraw = md_en.replace("withdraw", "change");
    let mut consent = base.clone();
    consent.activities[0].legal_basis = Some(policywright::project::LegalBasis::Consent);
    let l3 = lint::lint(&consent, &[(Lang::EN, &no_withdraw)]).unwrap();
    assert!(has(&l3, "consent-without-withdrawal"), "{:?}", l3.findings);
    let mut kids = base.clone();
    kids.children.addressed = true;
    kids.children
        .guardian_consent
        .set(Lang::EN, "A parent or guardian confirms with BankID.");
    let kids_en = render::markdown(&kids, Lang::EN).unwrap();
    assert!(!has(
        &lint::lint(&kids, &[(Lang::EN, &kids_en)]).unwrap(),
        "children-without-guardian-consent"
    ));
    // The children's clause changed by hand so that it no longer says how a guardian consents.
    let kids_en = kids_en
        .replace("parent or guardian", "family")
        .replace("guardian", "family");
    let l4 = lint::lint(&kids, &[(Lang::EN, &kids_en)]).unwrap();
    assert!(
        has(&l4, "children-without-guardian-consent"),
        "{:?}",
        l4.findings
    );

    // The two languages with different sections.
    let fewer = md_en.replace("### ", "");
    let l5 = lint::lint(&base, &[(Lang::SV, &md_sv), (Lang::EN, &fewer)]).unwrap();
    assert!(has(&l5, "languages-differ"), "{:?}", l5.findings);

    // Vague wording, counted per section.
    let mut vague = base.clone();
    vague
        .security
        .description
        .set(Lang::SV, "Vi kan komma att kryptera, i vissa fall.");
    vague
        .security
        .description
        .set(Lang::EN, "We may encrypt from time to time.");
    let l6 = findings(&vague);
    let v: Vec<&lint::Finding> = l6
        .findings
        .iter()
        .filter(|f| f.id == "vague-wording")
        .collect();
    assert!(
        v.iter().any(|f| f.message(Lang::SV).starts_with(
            "Vaga formuleringar, 2 i avsnittet (”kan komma att” × 1, ”i vissa fall” × 1)"
        )),
        "{v:?}"
    );
    assert!(
        v.iter().any(|f| f
            .message(Lang::EN)
            .starts_with("Vague wording, 2 in this section (“may” × 1, “from time to time” × 1)")),
        "{v:?}"
    );

    // Readability past the threshold.
    let mut hard = base.clone();
    hard.security.description.set(Lang::SV, "Personuppgiftsbehandlingens informationssäkerhetsåtgärder dokumenteras organisationsövergripande enligt standardiserade säkerhetsramverk tillsammans med riskbedömningsmetodik och behörighetsadministrationsrutiner vilka kontinuerligt utvärderas genom systematiska internrevisioner avseende efterlevnadsproblematik samt konfidentialitetsaspekter gällande informationsklassificering");
    hard.security.description.set(Lang::EN, "Organisational information security considerations necessitate comprehensive documentation regarding international interoperability, confidentiality classification methodology, authentication infrastructure administration and systematic accountability verification procedures");
    let l7 = findings(&hard);
    let hard_places: Vec<String> = l7
        .findings
        .iter()
        .filter(|f| f.id == "hard-to-read")
        .map(|f| f.place_text(Lang::EN))
        .collect();
    assert!(
        hard_places.iter().any(|p| p.ends_with("(sv)"))
            && hard_places.iter().any(|p| p.ends_with("(en)")),
        "{hard_places:?}"
    );

    // Silenced with a reason: gone from the findings, listed with the reason.
    let mut quiet = vague.clone();
    quiet.silenced.push(policywright::project::Silenced {
        lint: "vague-wording".into(),
        reason: "Our lawyer approved the wording.".into(),
    });
    let l8 = findings(&quiet);
    assert!(!has(&l8, "vague-wording"));
    assert_eq!(l8.silenced[0].id, "vague-wording");
    assert_eq!(l8.silenced[0].hidden, v.len());
    // A silenced id that does not exist, or without a reason, is an error in the project.
    let mut wrong = base.clone();
    wrong.silenced.push(policywright::project::Silenced {
        lint: "vague".into(),
        reason: String::new(),
    });
    let codes: Vec<(&str, String)> = policywright::check(&wrong)
        .into_iter()
        .map(|d| (d.code, d.path))
        .collect();
    assert!(
        codes.contains(&("lint-unknown", "silenced[0].lint".into())),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("required", "silenced[0].reason".into())),
        "{codes:?}"
    );
}

#[test]
fn check_lists_the_lint_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    let t = std::fs::read_to_string(d.join("p.toml")).unwrap().replace(
        "identity_check = { sv = \"",
        "identity_check = { sv = \"Enligt PUL. ",
    );
    std::fs::write(d.join("p.toml"), t).unwrap();
    let out = cli(d, &["check", "p.toml"]);
    assert!(out.status.success(), "warnings only: {}", text(&out));
    assert!(
        text(&out).contains("warning[outdated-name]: “PUL” is out of date")
            && text(&out).contains("(rights.identity_check.sv)"),
        "{}",
        text(&out)
    );
}

#[test]
fn the_memo_says_what_a_reviewer_needs_in_both_languages() {
    let mut p = policywright::default_project();
    p.security
        .description
        .set(Lang::SV, "Vi kan komma att kryptera.");
    p.security.description.set(Lang::EN, "We may encrypt.");
    p.rights.response_days = Some(40);
    p.organisation.org_number = String::new();
    p.silenced.push(policywright::project::Silenced {
        lint: "hard-to-read".into(),
        reason: "Juridiska termer krävs.".into(),
    });
    let review = memo::Review::of(renderer().unwrap(), &p).unwrap();
    let sv = memo::markdown(&p, &review, Lang::SV).unwrap();
    let en = memo::markdown(&p, &review, Lang::EN).unwrap();
    for (md, want) in [
        (&sv, [
            "# Granskningsmemo: integritetspolicy för Nordljus Textil AB {#title}",
            "## 2. Information som artikel 13 och 14 kräver {#coverage}",
            "| Lagringstid | 13.2 a, 14.2 a | ja | Hur länge vi sparar uppgifterna | How long we keep your data |",
            "| Automatiserade beslut och profilering | 13.2 f, 14.2 g | nej | – | – |",
            "- **Fel:** ",
            "`rights.response_days`",
            "- **Varning:** ",
            "`organisation.org_number`",
            "| `vague-wording` | Så skyddar vi dina uppgifter (sv) | Vaga formuleringar, 1 i avsnittet (”kan komma att” × 1): säg vad ni gör och när. |",
            "| `hard-to-read` | Juridiska termer krävs. |",
            "### Svenska",
            "| **Hela dokumentet** |",
        ]),
        (&en, [
            "# Review memo: privacy policy of Nordljus Textil AB {#title}",
            "## 2. Information required by Articles 13 and 14 {#coverage}",
            "| Storage period | 13(2)(a), 14(2)(a) | yes | Hur länge vi sparar uppgifterna | How long we keep your data |",
            "| Automated decisions and profiling | 13(2)(f), 14(2)(g) | no | – | – |",
            "- **Error:** ",
            "`rights.response_days`",
            "- **Warning:** ",
            "`organisation.org_number`",
            "| `vague-wording` | How we protect your data (en) | Vague wording, 1 in this section (“may” × 1): say what you do and when. |",
            "| `hard-to-read` | Juridiska termer krävs. |",
            "### English",
            "| **Whole document** |",
        ]),
    ] {
        for w in want {
            assert!(md.contains(w), "missing {w:?} in\n{md}");
        }
    }
    let html = memo::html(&p, &sv, Lang::SV).unwrap();
    assert!(
        html.contains("<html lang=\"sv")
            && html.contains(
                "<title>Granskningsmemo: integritetspolicy för Nordljus Textil AB</title>"
            )
    );
}

#[test]
fn review_writes_the_memo_and_export_names_and_guards_versions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    let out = cli(d, &["review", "p.toml", "--out", "memo", "--lang", "sv"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        d.join("memo/review-memo.sv.html").exists() && d.join("memo/review-memo.sv.pdf").exists()
    );
    assert!(
        !d.join("memo/review-memo.en.html").exists(),
        "--lang sv: Swedish only"
    );

    // Versioned names.
    let out = cli(
        d,
        &[
            "render",
            "p.toml",
            "--out",
            "site",
            "--format",
            "md,pdf",
            "--versioned",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(d.join("site/policy-2.0.sv.pdf").exists() && d.join("site/policy-2.0.en.md").exists());
    // Plain names, then the next version into the same folder: refused without --force.
    assert!(cli(
        d,
        &["render", "p.toml", "--out", "site", "--format", "md,pdf"]
    )
    .status
    .success());
    let t = std::fs::read_to_string(d.join("p.toml")).unwrap().replacen(
        "version = \"2.0\"",
        "version = \"2.1\"",
        1,
    );
    std::fs::write(d.join("p.toml"), t).unwrap();
    let before = std::fs::read(d.join("site/policy.sv.pdf")).unwrap();
    let out = cli(
        d,
        &["render", "p.toml", "--out", "site", "--format", "md,pdf"],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("site/policy.sv.pdf is from another version (2.0)"),
        "{}",
        text(&out)
    );
    assert_eq!(std::fs::read(d.join("site/policy.sv.pdf")).unwrap(), before);
    let out = cli(
        d,
        &[
            "render", "p.toml", "--out", "site", "--format", "md,pdf", "--force",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        policywright::export::file_version(&d.join("site/policy.sv.pdf")).as_deref(),
        Some("2.1")
    );
    assert_eq!(
        policywright::export::file_version(&d.join("site/policy.en.md")).as_deref(),
        Some("2.1")
    );
}

/// Issue 21, point 1: once version 2.0 is published and an answer changes, the draft is no
/// longer 2.0's text, so an export never calls it 2.0; right after publishing it is 2.0's text.
#[test]
fn a_draft_changed_after_publishing_is_exported_as_a_draft_never_as_that_version() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(cli(d, &["new", "p.toml"]).status.success());
    let out = cli(d, &["publish", "p.toml"]);
    assert!(out.status.success(), "{}", text(&out));
    // Just published: the files are version 2.0, and their text is the recorded text.
    let render = |out_dir: &str| {
        cli(
            d,
            &[
                "render",
                "p.toml",
                "--out",
                out_dir,
                "--format",
                "md,pdf",
                "--versioned",
            ],
        )
    };
    let out = render("published");
    assert!(out.status.success(), "{}", text(&out));
    assert!(!text(&out).contains("draft"), "{}", text(&out));
    let project = parse_project(&std::fs::read_to_string(d.join("p.toml")).unwrap()).unwrap();
    let recorded = &project.history.last().unwrap().markdown;
    for lang in Lang::all() {
        let file = d.join(format!("published/policy-2.0.{}.md", lang.code()));
        assert_eq!(&std::fs::read_to_string(file).unwrap(), recorded.get(lang));
    }

    // An answer changes: the same export is a draft, in its names, its line and its PDF.
    let t = std::fs::read_to_string(d.join("p.toml")).unwrap().replacen(
        "[rights]",
        "[rights]\nresponse_days = 14",
        1,
    );
    std::fs::write(d.join("p.toml"), t).unwrap();
    let out = render("changed");
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("changed since version 2.0 was published"),
        "{}",
        text(&out)
    );
    assert!(!d.join("changed/policy-2.0.sv.pdf").exists());
    let en = std::fs::read_to_string(d.join("changed/policy-draft.en.md")).unwrap();
    assert!(
        en.contains("\nDraft · changed since version 2.0 and not published\n"),
        "{en}"
    );
    assert!(!en.contains("Version 2.0 ·"), "{en}");
    let sv = std::fs::read_to_string(d.join("changed/policy-draft.sv.md")).unwrap();
    assert!(sv.contains("\nUtkast · ändrat efter version 2.0 och inte publicerat\n"));
    for file in ["changed/policy-draft.sv.pdf", "changed/policy-draft.en.md"] {
        assert_eq!(
            policywright::export::file_version(&d.join(file)).as_deref(),
            Some("draft"),
            "{file}"
        );
    }
    // The published version itself is still there to export, exactly as it was recorded.
    let out = cli(
        d,
        &[
            "render",
            "p.toml",
            "--out",
            "v2",
            "--format",
            "md,pdf",
            "--versioned",
            "--published",
            "2.0",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    for lang in Lang::all() {
        let file = d.join(format!("v2/policy-2.0.{}.md", lang.code()));
        assert_eq!(&std::fs::read_to_string(file).unwrap(), recorded.get(lang));
    }
    assert_eq!(
        policywright::export::file_version(&d.join("v2/policy-2.0.sv.pdf")).as_deref(),
        Some("2.0")
    );
    let out = cli(
        d,
        &["render", "p.toml", "--out", "v9", "--published", "9.0"],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("Version 9.0 is not in the history."),
        "{}",
        text(&out)
    );
    // Written over the published files with plain names, it asks first: they are 2.0's.
    assert!(cli(
        d,
        &["render", "p.toml", "--out", "plain", "--format", "pdf", "--force"]
    )
    .status
    .success());
    let t = std::fs::read_to_string(d.join("p.toml")).unwrap().replacen(
        "response_days = 14",
        "response_days = 10",
        1,
    );
    std::fs::write(d.join("p.toml"), t).unwrap();
    let out = cli(
        d,
        &["render", "p.toml", "--out", "plain", "--format", "pdf"],
    );
    assert!(out.status.success(), "a draft over a draft: {}", text(&out));
}
