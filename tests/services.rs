//! The catalogue of services (issue 21): a recipient or cookie item that names a service gets
//! the facts the project leaves out, the file keeps only the reference and what the user
//! changed, and a service that is unknown, or a cookie it does not set, is said plainly.

use policywright::project::project_to_toml;
use policywright::project::services::{self, catalogue};
use policywright::project::update::update_text;
use policywright::{check, parse_project, Lang, Severity};

mod common;
use common::{md, section};

/// The webshop example with Mailchimp and Google Analytics named from the catalogue, in place
/// of its own newsletter and analytics recipients and its analytics cookie.
fn webshop_with_services(extra_recipient: &str) -> String {
    let text = std::fs::read_to_string("examples/webshop.toml").unwrap();
    let cookies_at = text.find("[cookies]").unwrap();
    let (head, tail) = text.split_at(cookies_at);
    format!(
        "{head}[[recipients]]\nservice = \"mailchimp\"\nactivities = [\"newsletter\"]\n\
         safeguard_copy = {{ sv = \"Kontakta oss.\", en = \"Contact us.\" }}\n{extra_recipient}\n\
         {tail}\n[[cookies.items]]\nservice = \"google-analytics\"\nname = \"_ga\"\n"
    )
}

#[test]
fn a_named_service_brings_its_facts_into_the_policy() {
    let p = parse_project(&webshop_with_services("")).unwrap();
    let mailchimp = p.recipients.last().unwrap();
    assert_eq!(
        mailchimp.name.get(Lang::EN),
        "The Rocket Science Group LLC (Mailchimp)"
    );
    assert_eq!(mailchimp.country, "US");
    let errors: Vec<_> = check(&p)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let en = md(&p, Lang::EN);
    let sv = md(&p, Lang::SV);
    assert!(
        en.contains("The Rocket Science Group LLC (Mailchimp)"),
        "{en}"
    );
    assert!(section(&en, "transfers").contains("Data Privacy Framework"));
    assert!(sv.contains("The Rocket Science Group LLC (Mailchimp)"));
    let cookies = section(&en, "cookies");
    assert!(
        cookies.contains("_ga") && cookies.contains("2 years"),
        "{cookies}"
    );
    assert!(section(&sv, "cookies").contains("2 år"));
}

#[test]
fn saving_keeps_the_reference_and_the_users_own_answers_only() {
    let text = webshop_with_services(
        "purpose = { sv = \"Skickar vårt månadsbrev.\", en = \"Sends our monthly letter.\" }",
    );
    let p = parse_project(&text).unwrap();
    let saved = project_to_toml(&p);
    assert!(saved.contains("service = \"mailchimp\""), "{saved}");
    assert!(!saved.contains("Rocket Science"), "{saved}");
    assert!(
        !saved.contains("2 years"),
        "the catalogue's lifetime is not copied: {saved}"
    );
    // The user's own wording of a fact stays, over the catalogue's.
    assert!(saved.contains("Sends our monthly letter."));
    assert_eq!(parse_project(&saved).unwrap(), p);
    // Saving over the file the user wrote changes nothing in it.
    assert_eq!(update_text(&text, &p), text);
}

#[test]
fn an_unknown_service_and_an_unknown_cookie_are_named_where_they_are() {
    let text = webshop_with_services("").replace(
        "service = \"mailchimp\"",
        "service = \"mailchimpp\"\nname = { sv = \"Mailchimp\", en = \"Mailchimp\" }\nkind = \"processor\"\n\
         purpose = { sv = \"Nyhetsbrev.\", en = \"Newsletters.\" }\ncountry = \"US\"\nsafeguard = \"data-privacy-framework\"",
    );
    let text = text.replace("name = \"_ga\"", "name = \"_gid\"\nprovider = \"Google\"\n\
        purpose = { sv = \"Statistik.\", en = \"Statistics.\" }\ncategory = \"statistics\"\nlifetime = \"1 day\"\nparty = \"first\"");
    let p = parse_project(&text).unwrap();
    let diags = check(&p);
    let unknown = diags.iter().find(|d| d.code == "service-unknown").unwrap();
    assert_eq!(unknown.severity, Severity::Error);
    assert!(unknown.message(Lang::EN).contains("“mailchimpp”"));
    assert!(unknown.message(Lang::SV).contains("policywright services"));
    let cookie = diags
        .iter()
        .find(|d| d.code == "service-cookie-unknown")
        .unwrap();
    assert_eq!(cookie.severity, Severity::Warning);
    let en = cookie.message(Lang::EN);
    assert!(
        en.contains("“_gid”") && en.contains("_ga, _ga_<container-id>"),
        "{en}"
    );
}

#[test]
fn ticking_a_service_and_unticking_it_leaves_the_project_as_it_was() {
    let before = common::example("webshop.toml");
    let mut p = before.clone();
    let meta = catalogue().get("meta-pixel").unwrap();
    services::add_to(&mut p, meta);
    let added = p.recipients.last().unwrap();
    assert_eq!(added.service, "meta-pixel");
    assert_eq!(
        added.kind,
        policywright::project::RecipientKind::JointController
    );
    assert!(p
        .cookies
        .items
        .iter()
        .any(|c| c.name == "_fbp" && c.lifetime == "90 days"));
    // Ticking it twice adds nothing more.
    let once = p.clone();
    services::add_to(&mut p, meta);
    assert_eq!(p, once);
    services::remove_from(&mut p, "meta-pixel");
    assert_eq!(p, before);
}

#[test]
fn a_service_links_to_the_activities_of_its_purposes() {
    let mut p = common::example("webshop.toml");
    services::add_to(&mut p, catalogue().get("mailchimp").unwrap());
    assert_eq!(p.recipients.last().unwrap().activities, ["newsletter"]);
}

#[test]
fn an_independent_controllers_own_transfers_are_not_the_policys() {
    let paypal = catalogue().get("paypal").unwrap();
    assert!(
        paypal.transfer.is_some(),
        "the catalogue records PayPal's BCR transfers"
    );
    let r = paypal.recipient();
    assert_eq!(r.country, "LU");
    assert!(r.other_countries.is_empty() && r.safeguard.is_none());
}

#[test]
fn the_version_line_names_the_catalogues_date() {
    let line = policywright::version_line();
    assert!(line.contains(&format!(
        "services catalogue checked {}",
        catalogue().checked
    )));
}

/// The salon of the owner's trial (issue 21), its services named from the catalogue: the
/// policy names each provider with its role, country and safeguard, though the file states
/// none of those the catalogue knows.
#[test]
fn the_hair_salon_of_the_trial_needs_no_fact_the_catalogue_has() {
    let text = std::fs::read_to_string("tests/fixtures/organisations/hair-salon.toml").unwrap();
    for fact in [
        "Rocket Science",
        "LINK Mobility Group",
        "Meta Platforms",
        "data-privacy-framework",
        "2 years",
    ] {
        assert!(!text.contains(fact), "the file states {fact:?} itself");
    }
    let p = parse_project(&text).unwrap();
    let errors: Vec<_> = check(&p)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let sv = md(&p, Lang::SV);
    let recipients = section(&sv, "recipients");
    for line in [
        "| LINK Mobility Group AS (LINK Mobility) | Personuppgiftsbiträde |",
        "| The Rocket Science Group LLC (Mailchimp) | Personuppgiftsbiträde |",
        "| Meta Platforms Ireland Limited (Facebook Page) | Gemensamt personuppgiftsansvarig |",
    ] {
        assert!(recipients.contains(line), "{line}\n{recipients}");
    }
    assert!(section(&sv, "transfers").contains("Data Privacy Framework"));
    assert!(section(&sv, "cookies").contains("_ga"));
    // A sole trader's number is nowhere, and the allergies are special data under Art. 9(2)(a).
    assert!(section(&sv, "special-data").contains("allergier mot hårfärg"));
}
