//! Recipients as they are (issue 13, part B): a recipient in several countries or in countries
//! that vary, each third country with its own safeguard; joint controllers with the essence of
//! their arrangement and whom to contact (GDPR Art. 26); other users of the service and the
//! public; recipients linked to the purposes they receive data for. Each test reads the rendered
//! Markdown of a fixture project (tests/fixtures/organisations/recipients-*.toml) in both
//! languages, as a reader of the policy would.

use policywright::document::render;
use policywright::project::{Location, Safeguard, Text};
use policywright::{check, parse_project, Lang, Project, Severity};
use std::path::Path;

mod common;
use common::{example, md, section};

fn load(name: &str) -> Project {
    common::load(common::ORGANISATIONS, name)
}

/// The table row of the recipient whose name cell is `name`.
fn row<'a>(section: &'a str, name: &str) -> &'a str {
    section
        .lines()
        .find(|l| l.starts_with(&format!("| {name} |")))
        .unwrap_or_else(|| panic!("no row for {name} in\n{section}"))
}

/// The bullet of one transfer: "- **Name (Country):** …".
fn transfer<'a>(section: &'a str, name: &str, country: &str) -> Option<&'a str> {
    section
        .lines()
        .find(|l| l.starts_with(&format!("- **{name} ({country}):**")))
}

fn errors(p: &Project) -> Vec<(String, String)> {
    check(p)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code.to_owned(), d.path.clone()))
        .collect()
}

/// The message of the diagnostic with this code and path, in a language.
fn message(p: &Project, code: &str, path: &str, lang: Lang) -> String {
    check(p)
        .into_iter()
        .find(|d| d.code == code && d.path == path)
        .unwrap_or_else(|| panic!("no {code} at {path} in {:?}", errors(p)))
        .message(lang)
}

#[test]
fn every_recipient_fixture_checks_clean_with_the_lint() {
    let renderer = render::Renderer::embedded().unwrap();
    for name in [
        "recipients-consultancy-group.toml",
        "recipients-review-site.toml",
        "recipients-webshop-pixel.toml",
    ] {
        let p = load(name);
        let all: Vec<_> = check(&p).iter().map(|d| d.message(Lang::EN)).collect();
        assert!(all.is_empty(), "{name}: {all:?}");
        let lint = policywright::review::lint::lint_project(&renderer, &p).unwrap();
        let ids: Vec<_> = lint.findings.iter().map(|f| f.id.to_owned()).collect();
        assert!(ids.is_empty(), "{name}: lint {ids:?}");
    }
}

#[test]
fn each_third_country_of_a_recipient_is_a_transfer_with_its_own_safeguard() {
    let p = load("recipients-consultancy-group.toml");
    let en = section(&md(&p, Lang::EN), "transfers");
    let sv = section(&md(&p, Lang::SV), "transfers");

    // The United Kingdom: its adequacy decision.
    let uk = transfer(&en, "Molnia Cloud Ltd", "United Kingdom").expect("UK transfer");
    assert!(uk.contains("adequate level of protection") && uk.contains("(EU) 2021/1772"));
    let uk = transfer(&sv, "Molnia Cloud Ltd", "Storbritannien").expect("UK transfer");
    assert!(uk.contains("adekvat skyddsnivå") && uk.contains("(EU) 2021/1772"));

    // The United States: the Data Privacy Framework, with the clauses that take over.
    let us = transfer(&en, "Molnia Cloud Ltd", "United States").expect("US transfer");
    assert!(us.contains("Data Privacy Framework") && us.contains("(EU) 2023/1795"));
    assert!(us.contains("If the framework ceases to apply") && us.contains("(EU) 2021/914"));
    let us = transfer(&sv, "Molnia Cloud Ltd", "USA").expect("US transfer");
    assert!(us.contains("Data Privacy Framework") && us.contains("Om ramverket slutar att gälla"));

    // Countries that vary: the clauses, which go with the data wherever it goes; no adequacy.
    let varies = transfer(&en, "Molnia Cloud Ltd", "countries that vary").expect("varying");
    assert!(varies.contains(
        "standard contractual clauses with the recipient (Implementing Decision (EU) 2021/914)"
    ));
    assert!(varies.contains("countries that change over time, so we cannot name each one here"));
    assert!(varies.contains("The clauses apply whichever of them the data goes to."));
    assert!(varies.contains("How to get a copy: Contact us"));
    assert!(!varies.contains("adequate"));
    let varies = transfer(&sv, "Molnia Cloud Ltd", "länder som varierar").expect("varying");
    assert!(varies.contains("standardavtalsklausuler (genomförandebeslut (EU) 2021/914)"));
    assert!(varies.contains("länder som skiftar över tid"));
    assert!(varies.contains("Klausulerna gäller vilket av länderna uppgifterna än förs över till."));
    assert!(!varies.contains("adekvat"));

    // The EEA countries are no transfers: Ireland for the cloud, Finland and Norway for the group.
    for (doc, countries) in [
        (&en, ["Ireland", "Finland", "Norway"]),
        (&sv, ["Irland", "Finland", "Norge"]),
    ] {
        for c in countries {
            assert!(
                !doc.contains(&format!("({c}):**")),
                "{c} is no transfer:\n{doc}"
            );
        }
        assert_eq!(doc.lines().filter(|l| l.starts_with("- **")).count(), 3);
    }

    // The table names every country of a recipient.
    let en = section(&md(&p, Lang::EN), "recipients");
    let sv = section(&md(&p, Lang::SV), "recipients");
    assert!(row(&en, "Molnia Cloud Ltd")
        .ends_with("| Ireland, United Kingdom, United States and countries that vary |"));
    assert!(row(&sv, "Molnia Cloud Ltd")
        .ends_with("| Irland, Storbritannien, USA och länder som varierar |"));
    assert!(row(&en, "Norrsken Konsult Oy and Norrsken Consulting AS")
        .ends_with("| Finland and Norway |"));
    assert!(row(&sv, "Norrsken Konsult Oy och Norrsken Consulting AS")
        .ends_with("| Finland och Norge |"));
}

#[test]
fn countries_that_vary_take_only_a_safeguard_that_goes_with_the_data() {
    let mut p = load("recipients-consultancy-group.toml");
    let path = "recipients[1].other_countries[2].safeguard";
    for wrong in [
        Safeguard::Adequacy,
        Safeguard::DataPrivacyFramework,
        Safeguard::Derogation,
    ] {
        p.recipients[1].other_countries[2].safeguard = Some(wrong);
        assert!(errors(&p).contains(&("countries-vary-safeguard".into(), path.into())));
        let en = message(&p, "countries-vary-safeguard", path, Lang::EN);
        assert!(en.contains("standard contractual clauses or binding corporate rules"));
        let sv = message(&p, "countries-vary-safeguard", path, Lang::SV);
        assert!(sv.contains("standardavtalsklausuler eller bindande företagsbestämmelser"));
    }
    p.recipients[1].other_countries[2].safeguard = None;
    assert!(errors(&p).contains(&("countries-vary-safeguard".into(), path.into())));

    // Binding corporate rules cover them too, and say so in both languages.
    p.recipients[1].other_countries[2].safeguard = Some(Safeguard::BindingCorporateRules);
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
    let en = section(&md(&p, Lang::EN), "transfers");
    let bcr = transfer(&en, "Molnia Cloud Ltd", "countries that vary").unwrap();
    assert!(bcr.contains("binding corporate rules") && bcr.contains("The rules apply whichever"));
    let sv = section(&md(&p, Lang::SV), "transfers");
    let bcr = transfer(&sv, "Molnia Cloud Ltd", "länder som varierar").unwrap();
    assert!(bcr.contains("bindande företagsbestämmelser") && bcr.contains("Reglerna gäller"));

    // Each further third country needs its own safeguard, asked for at its own place.
    p.recipients[1].other_countries.push(Location {
        country: "IN".into(),
        ..Location::default()
    });
    let path = "recipients[1].other_countries[3].safeguard";
    assert!(errors(&p).contains(&("transfer-safeguard-missing".into(), path.into())));
    assert!(message(&p, "transfer-safeguard-missing", path, Lang::SV).starts_with("Indien"));
    assert!(message(&p, "transfer-safeguard-missing", path, Lang::EN).starts_with("India"));
}

#[test]
fn joint_controllers_state_who_answers_for_what_and_whom_to_contact() {
    let p = load("recipients-webshop-pixel.toml");
    let en = section(&md(&p, Lang::EN), "recipients");
    let sv = section(&md(&p, Lang::SV), "recipients");
    assert!(row(&en, "Meta Platforms Ireland Ltd").contains("| Joint controller |"));
    assert!(row(&sv, "Meta Platforms Ireland Ltd").contains("| Gemensamt personuppgiftsansvarig |"));
    let para = |doc: &str, start: &str| {
        doc.lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no {start:?} in\n{doc}"))
            .to_owned()
    };
    let en = para(
        &en,
        "We are joint controllers with **Meta Platforms Ireland Ltd**",
    );
    assert!(en.contains("(Article 26 GDPR)"));
    assert!(en.contains("divided the responsibility between us: We are jointly responsible only for collecting the data on our website and sending it to Meta."));
    assert!(
        en.contains("Whom to contact about this processing: Us at hej@lindblomkeramik.example.")
    );
    assert!(en.contains("you may exercise your rights under the GDPR against each of us"));
    let sv = para(
        &sv,
        "Vi är gemensamt personuppgiftsansvariga med **Meta Platforms Ireland Ltd**",
    );
    assert!(sv.contains("(artikel 26 i dataskyddsförordningen)"));
    assert!(sv.contains("fördelat ansvaret mellan oss: Vi ansvarar gemensamt bara för"));
    assert!(sv.contains("Vem du kontaktar om behandlingen: Oss på hej@lindblomkeramik.example."));
    assert!(
        sv.contains("utöva dina rättigheter enligt dataskyddsförordningen mot var och en av oss")
    );

    // Group companies sharing a register: the same, for each joint controller.
    let p = load("recipients-consultancy-group.toml");
    let en = section(&md(&p, Lang::EN), "recipients");
    assert!(en.contains(
        "We are joint controllers with **Norrsken Konsult Oy and Norrsken Consulting AS**"
    ));
    assert!(en.contains("Each company is responsible for the data it enters into the register"));
    let sv = section(&md(&p, Lang::SV), "recipients");
    assert!(sv.contains("Vi är gemensamt personuppgiftsansvariga med **Norrsken Konsult Oy och Norrsken Consulting AS**"));

    // Without a contact, the person contacts us; without the essence, the policy cannot be made.
    let mut p = load("recipients-webshop-pixel.toml");
    p.recipients[0].joint_contact = Text::default();
    assert!(md(&p, Lang::EN).contains("You can contact us about this processing. Whatever"));
    assert!(md(&p, Lang::SV).contains("Du kan kontakta oss om behandlingen. Oavsett"));
    p.recipients[0].joint_essence = Text::default();
    let path = "recipients[0].joint_essence";
    assert!(errors(&p).contains(&("joint-essence-missing".into(), path.into())));
    assert!(message(&p, "joint-essence-missing", path, Lang::EN).contains("Art. 26(2)"));
    assert!(message(&p, "joint-essence-missing", path, Lang::SV).contains("artikel 26.2"));
    // The essence in one language only is a missing translation at the other.
    p.recipients[0].joint_essence = Text::new("Vi svarar för samtycket.", "");
    assert!(errors(&p).contains(&(
        "translation-missing".into(),
        "recipients[0].joint_essence.en".into()
    )));
}

#[test]
fn other_users_and_the_public_receive_data_without_a_country_or_a_transfer() {
    let p = load("recipients-review-site.toml");
    let en = md(&p, Lang::EN);
    let sv = md(&p, Lang::SV);
    assert_eq!(section(&en, "transfers"), "", "publishing is no transfer");
    assert_eq!(section(&sv, "transfers"), "");
    let en = section(&en, "recipients");
    let sv = section(&sv, "recipients");
    let public = row(&en, "Everyone who visits omdomen.example");
    assert!(public.contains("| The public |") && public.ends_with("| – |"));
    let users = row(&en, "Other signed-in users");
    assert!(users.contains("| Other users of the service |") && users.ends_with("| – |"));
    let public = row(&sv, "Alla som besöker omdomen.example");
    assert!(public.contains("| Allmänheten |") && public.ends_with("| – |"));
    let users = row(&sv, "Andra inloggade användare");
    assert!(users.contains("| Andra användare av tjänsten |") && users.ends_with("| – |"));
    assert!(en.contains("Other users of our service can see some of your data"));
    assert!(en.contains("Once published, it can be read by anyone, wherever they are."));
    assert!(sv.contains("Andra användare av vår tjänst kan se en del av dina uppgifter"));
    assert!(sv.contains("kan vem som helst läsa dem, var som helst i världen"));
    // Nothing is said about roles that no recipient has.
    assert!(!en.contains("joint controllers") && !en.contains("outside the EU"));

    // A country left from another kind (the app keeps hidden answers) is no transfer either.
    let mut p = p;
    p.recipients[0].country = "US".into();
    assert!(errors(&p).is_empty(), "{:?}", errors(&p));
    assert_eq!(section(&md(&p, Lang::EN), "transfers"), "");
}

#[test]
fn the_recipients_table_shows_the_purposes_each_recipient_receives_data_for() {
    let p = load("recipients-consultancy-group.toml");
    let en = section(&md(&p, Lang::EN), "recipients");
    let sv = section(&md(&p, Lang::SV), "recipients");
    assert!(en.contains("| Recipient | Role | Why they receive the data | For | Country |"));
    assert!(sv.contains("| Mottagare | Roll | Varför de får uppgifterna | För | Land |"));
    // The purposes' headings, in the order of the policy, also an own-words purpose.
    assert!(row(&en, "Molnia Cloud Ltd").contains(
        "| Keeping in touch with customers and partners; Carrying out assignments for our clients; Recruiting staff |"
    ));
    assert!(row(&sv, "Molnia Cloud Ltd").contains(
        "| Sköta kontakter med kunder och samarbetspartner; Genomföra uppdrag åt våra kunder; Rekrytera personal |"
    ));
    assert!(row(&en, "Our accounting firm").contains("| Keeping our accounts |"));
    assert!(row(&sv, "Vår redovisningsbyrå").contains("| Sköta bokföringen |"));
    // The same headings as the purposes section's.
    let purposes = section(&md(&p, Lang::EN), "purposes");
    assert!(purposes.contains("### 3.2 Carrying out assignments for our clients"));

    // A recipient without links shows a dash; a project without any keeps the old table.
    let mut q = p.clone();
    q.recipients[2].activities.clear();
    assert!(row(
        &section(&md(&q, Lang::EN), "recipients"),
        "Our accounting firm"
    )
    .contains("| Keeps our accounts. | – | Sweden |"));
    for r in &mut q.recipients {
        r.activities.clear();
    }
    let en = section(&md(&q, Lang::EN), "recipients");
    assert!(en.contains("| Recipient | Role | Why they receive the data | Country |"));
    let webshop = section(&md(&example("webshop.toml"), Lang::SV), "recipients");
    assert!(webshop.contains("| Mottagare | Roll | Varför de får uppgifterna | Land |"));

    // A link that names no activity is an error at the link, listing the ids there are.
    let mut q = p.clone();
    q.recipients[2].activities = vec!["payroll".into()];
    let path = "recipients[2].activities[0]";
    assert_eq!(
        errors(&q),
        vec![("recipient-activity-unknown".into(), path.into())]
    );
    let en = message(&q, "recipient-activity-unknown", path, Lang::EN);
    assert!(en.contains("“payroll”"));
    assert!(en.contains("business-contacts, assignments, recruitment, bookkeeping"));
    let sv = message(&q, "recipient-activity-unknown", path, Lang::SV);
    assert!(sv.contains("”payroll”") && sv.contains("business-contacts, assignments"));

    // Two activities of the same catalogue purpose are told apart by an id.
    let mut q = p.clone();
    let mut second = q.activities[0].clone();
    q.activities.push(second.clone());
    q.recipients[0].activities = vec!["business-contacts".into()];
    assert!(errors(&q).contains(&(
        "recipient-activity-ambiguous".into(),
        "recipients[0].activities[0]".into()
    )));
    second.id = "events-contacts".into();
    q.activities[4] = second;
    assert!(errors(&q).is_empty(), "{:?}", errors(&q));
}

#[test]
fn a_version_3_recipient_loads_with_the_same_meaning() {
    // The version-3 shape: one country and its safeguard, no links, the four old kinds.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3/webshop.toml"),
    )
    .unwrap();
    let old = parse_project(&text).unwrap();
    for r in &old.recipients {
        assert!(r.other_countries.is_empty() && r.activities.is_empty());
        let places = r.locations();
        assert_eq!(places.len(), 1);
        assert_eq!(places[0].1.country, r.country);
        assert_eq!(places[0].1.safeguard, r.safeguard);
    }
    // Written back, it has none of the new keys.
    let saved = toml::to_string(&old).unwrap();
    for key in [
        "other_countries",
        "joint_essence",
        "joint_contact",
        "\nid =",
    ] {
        assert!(!saved.contains(key), "{key} in\n{saved}");
    }
}

#[test]
fn coverage_follows_the_new_kinds_and_countries() {
    use policywright::review::coverage::coverage;
    let item = |p: &Project, id: &str| {
        coverage(p)
            .unwrap()
            .into_iter()
            .find(|c| c.item == id)
            .unwrap()
    };
    // The public and other users are recipients (Art. 13(1)(e)), and no transfer.
    let review = load("recipients-review-site.toml");
    let recipients = item(&review, "recipients");
    assert!(recipients.applies && !recipients.is_missing());
    assert_eq!(
        recipients.clauses,
        vec![
            (Lang::SV, Some("recipients".into())),
            (Lang::EN, Some("recipients".into()))
        ]
    );
    assert!(!item(&review, "transfers").applies);
    // A third country among a recipient's further countries is a transfer (Art. 13(1)(f)),
    // also when its own country is in the EEA; so are countries that vary.
    let mut group = load("recipients-consultancy-group.toml");
    let transfers = item(&group, "transfers");
    assert!(transfers.applies && !transfers.is_missing());
    group.recipients[1]
        .other_countries
        .retain(|l| l.country == "varies");
    assert!(item(&group, "transfers").applies);
    group.recipients[1].other_countries.clear();
    assert!(!item(&group, "transfers").applies);
}

#[test]
fn the_lint_reads_the_new_answers() {
    // An out-of-date reference in the essence of a joint arrangement, or in how to get a copy of
    // a further country's safeguard, is found at that answer.
    let mut p = load("recipients-consultancy-group.toml");
    p.recipients[0]
        .joint_essence
        .get_mut(Lang::EN)
        .push_str(" Transfers rely on the Privacy Shield.");
    *p.recipients[1].other_countries[2]
        .safeguard_copy
        .get_mut(Lang::SV) = "Se Datainspektionens vägledning.".into();
    let renderer = render::Renderer::embedded().unwrap();
    let lint = policywright::review::lint::lint_project(&renderer, &p).unwrap();
    let places: Vec<String> = lint
        .findings
        .iter()
        .map(|f| f.place_text(Lang::EN))
        .collect();
    assert!(
        places.contains(&"recipients[0].joint_essence.en".to_owned()),
        "{places:?}"
    );
    assert!(
        places.contains(&"recipients[1].other_countries[2].safeguard_copy.sv".to_owned()),
        "{places:?}"
    );
}
