//! Purposes as real organisations have them (issue 13, part C): a short title beside the
//! explanation, several legal bases each with its people, profiling per purpose with the right
//! to object stated as the law has it, and an age limit that is not a service for children.
//! Each test reads the rendered Markdown of a fixture project (tests/fixtures/organisations/
//! purposes-*.toml) in both languages, as a reader of the policy would.

use policywright::project::{BasisPart, Entry, LegalBasis, Project, Text};
use policywright::review::coverage::coverage;
use policywright::{check, parse_project, Lang, Severity};
use std::process::Command;

mod common;
use common::{both, codes as diags, has};

fn path(name: &str) -> std::path::PathBuf {
    common::repo_path(common::ORGANISATIONS, name)
}

fn load(name: &str) -> Project {
    common::load(common::ORGANISATIONS, name)
}

/// The text of the section whose `## ` heading contains `heading`, up to the next one.
fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .match_indices("\n## ")
        .map(|(i, _)| i + 1)
        .find(|&i| md[i..].lines().next().unwrap().contains(heading))
        .unwrap_or_else(|| panic!("no section {heading:?} in\n{md}"));
    let end = md[start + 3..]
        .find("\n## ")
        .map_or(md.len(), |i| start + 3 + i);
    &md[start..end]
}

/// The text of the `### ` subsection whose heading contains `heading`, up to the next heading.
fn subsection<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .match_indices("\n### ")
        .map(|(i, _)| i + 1)
        .find(|&i| md[i..].lines().next().unwrap().contains(heading))
        .unwrap_or_else(|| panic!("no subsection {heading:?} in\n{md}"));
    let end = md[start + 4..]
        .find("\n#")
        .map_or(md.len(), |i| start + 4 + i);
    &md[start..end]
}

/// The message of the first diagnostic with `code`, in both languages.
fn messages(p: &Project, code: &str) -> (String, String) {
    let d = check(p)
        .into_iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code}"));
    (d.message(Lang::SV), d.message(Lang::EN))
}

const FIXTURES: [&str; 3] = [
    "purposes-fintech.toml",
    "purposes-consultancy.toml",
    "purposes-leadgen.toml",
];

#[test]
fn every_fixture_checks_clean_with_the_command_line_including_the_lint() {
    for name in FIXTURES {
        let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
            .arg("check")
            .arg(path(name))
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{name}: {stdout}{stderr}");
        assert!(
            format!("{stdout}{stderr}").contains("0 error(s), 0 warning(s)"),
            "{name}: {stdout}{stderr}"
        );
    }
}

#[test]
fn a_purpose_has_a_short_title_as_its_heading_and_the_explanation_below_it() {
    let p = load("purposes-consultancy.toml");
    let (sv, en) = both(&p);
    let s = subsection(&sv, "3.1");
    assert!(
        s.starts_with("### 3.1 Utföra våra uppdrag {#purposes-1}"),
        "{s}"
    );
    assert!(
        s.contains("\nVi planerar, utför och fakturerar de uppdrag"),
        "{s}"
    );
    let e = subsection(&en, "3.1");
    assert!(
        e.starts_with("### 3.1 Carrying out our assignments {#purposes-1}"),
        "{e}"
    );
    assert!(
        e.contains("\nWe plan, carry out and invoice the assignments"),
        "{e}"
    );
    // The title names the purpose elsewhere too: retention lists it by its title.
    assert!(section(&sv, "Hur länge").contains("**Utföra våra uppdrag:**"));
    assert!(section(&en, "How long").contains("**Carrying out our assignments:**"));
    // The explanation is not a heading anywhere.
    assert!(!sv.contains("### 3.1 Vi planerar"));
    assert!(!en.contains("### 3.1 We plan"));
}

#[test]
fn a_catalogue_purpose_with_a_title_is_headed_by_the_title() {
    let p = load("purposes-consultancy.toml");
    let (sv, en) = both(&p);
    let s = subsection(&sv, "3.2");
    assert!(s.contains("Hålla kontakten efter ett uppdrag"), "{s}");
    assert!(
        !s.contains("Sköta kontakter med kunder och samarbetspartner"),
        "{s}"
    );
    assert!(s.contains("Vi berättar ibland för tidigare kunder"), "{s}");
    let e = subsection(&en, "3.2");
    assert!(e.contains("Keeping in touch after an assignment"), "{e}");
    assert!(
        !e.contains("Keeping in touch with customers and partners"),
        "{e}"
    );
    // Without its title it is the catalogue purpose again, with the same explanation.
    let mut plain = p.clone();
    plain.activities[1].title = Text::default();
    let (sv, en) = both(&plain);
    assert!(subsection(&sv, "3.2").contains("Sköta kontakter med kunder och samarbetspartner"));
    assert!(subsection(&en, "3.2").contains("Keeping in touch with customers and partners"));
    assert!(subsection(&en, "3.2").contains("Now and then we tell former customers"));
}

#[test]
fn without_a_title_an_own_words_purpose_reads_as_before() {
    let mut p = load("purposes-fintech.toml");
    p.activities[1].title = Text::default();
    let (sv, en) = both(&p);
    // The description is the heading (as in versions 1-3), not repeated below it.
    let s = subsection(&sv, "3.2");
    assert!(
        s.starts_with(
            "### 3.2 Om du vill ger vi dig tips om var du kan spara pengar {#purposes-2}"
        ),
        "{s}"
    );
    assert_eq!(s.matches("Om du vill ger vi dig tips").count(), 1, "{s}");
    let e = subsection(&en, "3.2");
    assert!(
        e.starts_with(
            "### 3.2 If you want, we give you tips on where you could save money {#purposes-2}"
        ),
        "{e}"
    );
    assert_eq!(e.matches("If you want, we give you tips").count(), 1, "{e}");
}

#[test]
fn a_purpose_needs_a_title_or_a_description_and_a_long_heading_is_pointed_out() {
    let mut p = load("purposes-fintech.toml");
    // Own words need something to call the purpose by.
    p.activities[1].title = Text::default();
    p.activities[1].description = Text::default();
    assert!(has(
        &p,
        Severity::Error,
        "purpose-missing",
        "activities[1].description"
    ));
    // A title alone is enough, for a purpose in own words and for a catalogue one.
    p.activities[1].title = Text::new("Spartips", "Saving tips");
    assert!(
        diags(&p, Severity::Error).is_empty(),
        "{:?}",
        diags(&p, Severity::Error)
    );
    p.activities[2].title = Text::new("Bokföring", "Bookkeeping");
    assert!(diags(&p, Severity::Error).is_empty());
    // A title in one language only is a missing translation.
    p.activities[2].title.set(Lang::EN, "");
    assert!(has(
        &p,
        Severity::Error,
        "translation-missing",
        "activities[2].title.en"
    ));
    p.activities[2].title = Text::default();

    // A paragraph as a title: a warning in each language that has it, naming both places.
    let long_sv = "Vi hämtar dina transaktioner från banken och sorterar dem efter kategori så att du ser vart pengarna tar vägen varje månad";
    let long_en = "We fetch your transactions from the bank and sort them by category so that you can see where your money goes every month";
    p.activities[0].title = Text::new(long_sv, long_en);
    assert!(has(
        &p,
        Severity::Warning,
        "purpose-title-long",
        "activities[0].title.sv"
    ));
    assert!(has(
        &p,
        Severity::Warning,
        "purpose-title-long",
        "activities[0].title.en"
    ));
    let (sv, en) = messages(&p, "purpose-title-long");
    assert!(
        sv.contains("kort rubrik") && sv.contains("förklaringen"),
        "{sv}"
    );
    assert!(
        en.contains("short title") && en.contains("explanation"),
        "{en}"
    );
    // The same holds for a description that is the heading (no title): the old way of writing.
    p.activities[0].title = Text::default();
    p.activities[0].purpose.clear();
    p.activities[0].description = Text::new(long_sv, long_en);
    assert!(has(
        &p,
        Severity::Warning,
        "purpose-title-long",
        "activities[0].description.en"
    ));
}

#[test]
fn one_purpose_rests_on_a_contract_for_customers_and_legitimate_interests_for_contact_persons() {
    let p = load("purposes-consultancy.toml");
    let (sv, en) = both(&p);
    let s = subsection(&sv, "3.1");
    assert!(
        s.contains(
            "- **Rättslig grund för kunder:** avtal (artikel 6.1 b i dataskyddsförordningen)."
        ),
        "{s}"
    );
    assert!(s.contains("- **Rättslig grund för kontaktpersoner hos kunderna:** berättigat intresse (artikel 6.1 f i dataskyddsförordningen)."), "{s}");
    assert!(s.contains("**Vårt berättigade intresse i fråga om kontaktpersoner hos kunderna:** Att kunna samarbeta"), "{s}");
    assert!(!s.contains("- **Rättslig grund:**"), "{s}");
    let e = subsection(&en, "3.1");
    assert!(
        e.contains("- **Legal basis for customers:** contract (Article 6(1)(b) GDPR)."),
        "{e}"
    );
    assert!(e.contains("- **Legal basis for contact persons at our customers:** legitimate interests (Article 6(1)(f) GDPR)."), "{e}");
    assert!(
        e.contains("You have the right to object to this use."),
        "{e}"
    );
    assert!(e.contains("**Our legitimate interest regarding contact persons at our customers:** Being able to work"), "{e}");
    // The contract part gives no right to object; the interest part does, once.
    assert_eq!(e.matches("right to object").count(), 1, "{e}");

    // The rights follow every basis: objection for legitimate interests, portability for contracts.
    let r = section(&en, "Your rights");
    assert!(
        r.contains("processing that we base on a legitimate interest"),
        "{r}"
    );
    assert!(r.contains("**Right to data portability.**"), "{r}");
    let r = section(&sv, "Dina rättigheter");
    assert!(
        r.contains("behandling som vi grundar på ett berättigat intresse"),
        "{r}"
    );
    assert!(r.contains("**Rätt till dataportabilitet.**"), "{r}");

    // The legitimate interest counts for Art. 13(1)(d) and is covered in both languages.
    let li = coverage(&p)
        .unwrap()
        .into_iter()
        .find(|c| c.item == "legitimate-interests")
        .unwrap();
    assert!(li.applies && !li.is_missing(), "{li:?}");
}

#[test]
fn consent_among_several_bases_brings_the_right_to_withdraw_it() {
    let mut p = load("purposes-consultancy.toml");
    p.activities[0].bases[1].basis = Some(LegalBasis::Consent);
    p.activities[0].bases[1].legitimate_interest = Text::default();
    // No other activity rests on consent: the right comes from the part alone.
    let (sv, en) = both(&p);
    assert!(sv.contains("**Rätt att återkalla samtycke.**"), "{sv}");
    assert!(en.contains("**Right to withdraw consent.**"), "{en}");
    assert!(subsection(&en, "3.1").contains("You can withdraw your consent at any time."));
    let w = coverage(&p)
        .unwrap()
        .into_iter()
        .find(|c| c.item == "withdraw-consent")
        .unwrap();
    assert!(w.applies && !w.is_missing(), "{w:?}");
    assert!(
        diags(&p, Severity::Error).is_empty(),
        "{:?}",
        diags(&p, Severity::Error)
    );
}

#[test]
fn each_basis_covers_people_of_the_purpose_and_every_person_has_a_basis() {
    let p = load("purposes-consultancy.toml");
    assert!(diags(&p, Severity::Error).is_empty());

    // People the purpose does not name.
    let mut q = p.clone();
    q.activities[0].bases[0]
        .people
        .push(Entry::from("employees"));
    assert!(has(
        &q,
        Severity::Error,
        "basis-people-unknown",
        "activities[0].bases[0].people[1]"
    ));
    let (sv, en) = messages(&q, "basis-people-unknown");
    assert!(sv.contains("vems uppgifter"), "{sv}");
    assert!(en.contains("whose data"), "{en}");

    // People no basis covers: located at the person.
    let mut q = p.clone();
    q.activities[0].bases.truncate(1);
    assert!(has(
        &q,
        Severity::Error,
        "basis-people-uncovered",
        "activities[0].people[1]"
    ));
    let (sv, en) = messages(&q, "basis-people-uncovered");
    assert!(sv.contains("Ingen av ändamålets rättsliga grunder"), "{sv}");
    assert!(en.contains("No legal basis of this purpose"), "{en}");

    // A basis not chosen, a part without people, an interest not given.
    let mut q = p.clone();
    q.activities[0].bases.push(BasisPart {
        basis: None,
        people: Vec::new(),
        legitimate_interest: Text::default(),
        situation: Text::default(),
    });
    q.activities[0].bases[1].legitimate_interest = Text::default();
    assert!(has(
        &q,
        Severity::Error,
        "required",
        "activities[0].bases[2].basis"
    ));
    assert!(has(
        &q,
        Severity::Error,
        "required",
        "activities[0].bases[2].people"
    ));
    assert!(has(
        &q,
        Severity::Error,
        "legitimate-interest-missing",
        "activities[0].bases[1].legitimate_interest"
    ));

    // A single basis beside the list is not used, and the checker says so.
    let mut q = p.clone();
    q.activities[0].legal_basis = Some(LegalBasis::Consent);
    assert!(has(
        &q,
        Severity::Warning,
        "legal-basis-ignored",
        "activities[0].legal_basis"
    ));
    let (_, en) = both(&q);
    assert!(
        !subsection(&en, "3.1").contains("consent"),
        "the ignored basis is not printed"
    );
}

#[test]
fn several_bases_are_written_in_the_file_as_a_list_and_read_back_located() {
    let text = std::fs::read_to_string(path("purposes-consultancy.toml")).unwrap();
    let p = parse_project(&text).unwrap();
    assert_eq!(p.activities[0].legal_basis, None);
    assert_eq!(
        p.activities[0].legal_bases(),
        vec![LegalBasis::Contract, LegalBasis::LegitimateInterests]
    );
    // An error inside a part points at its line in the file.
    let broken = text.replacen("basis = \"contract\"", "basis = \"contrakt\"", 1);
    let d = parse_project(&broken).unwrap_err();
    assert_eq!(d[0].code, "unknown-choice", "{:?}", d);
    let line = broken.lines().position(|l| l.contains("contrakt")).unwrap() as u32 + 1;
    assert_eq!(d[0].location.unwrap().line, line);
}

#[test]
fn transaction_categorisation_is_profiling_without_decisions_on_a_contract() {
    let p = load("purposes-fintech.toml");
    let (sv, en) = both(&p);
    let s = subsection(&sv, "3.1");
    assert!(
        s.contains("- **Profilering:** För det här ändamålet använder vi profilering"),
        "{s}"
    );
    assert!(
        s.contains("Ett program läser mottagare, belopp och text"),
        "{s}"
    );
    assert!(
        s.contains("Profileringen leder inte till beslut som fattas enbart automatiskt"),
        "{s}"
    );
    let e = subsection(&en, "3.1");
    assert!(
        e.contains("- **Profiling:** For this purpose we use profiling"),
        "{e}"
    );
    assert!(
        e.contains("A program reads the payee, amount and text"),
        "{e}"
    );
    assert!(
        e.contains("does not lead to decisions made solely by automated means"),
        "{e}"
    );
    // On a contract there is no right to object to it (Art. 21 does not apply), and none is promised.
    assert!(!e.contains("object"), "{e}");
    assert!(!s.contains("invända"), "{s}");

    // Saving tips rest on consent: withdrawing it stops the profiling.
    let e = subsection(&en, "3.2");
    assert!(
        e.contains("You can stop the profiling by withdrawing your consent."),
        "{e}"
    );
    let s = subsection(&sv, "3.2");
    assert!(
        s.contains("Du kan stoppa profileringen genom att återkalla ditt samtycke."),
        "{s}"
    );

    // The profiling section lists the purposes by title and says they lead to no such decisions.
    let a = section(&en, "Profiling");
    assert!(
        a.starts_with("## 7. Profiling {#automated-decisions}"),
        "{a}"
    );
    // Each purpose by title only: its logic is stated once, under the purpose (issue 22).
    assert!(a.contains("- Showing your finances in the app\n"), "{a}");
    assert!(a.contains("- Personal saving tips\n"), "{a}");
    assert!(!a.contains("A program reads"), "{a}");
    assert!(
        a.contains("the profiling does not lead to decisions made solely by automated means"),
        "{a}"
    );
    assert!(
        !a.contains("We make some decisions about you solely by automated means"),
        "{a}"
    );
    let a = section(&sv, "Profilering");
    assert!(a.contains("- Visa din ekonomi i appen\n"), "{a}");
    assert!(!a.contains("Ett program läser"), "{a}");
    assert!(
        a.contains("leder profileringen inte till beslut som fattas enbart automatiskt"),
        "{a}"
    );

    // Art. 13(2)(f) is covered, though the global profiling answer is left unanswered.
    assert!(!p.automated_decisions.profiling);
    let item = coverage(&p)
        .unwrap()
        .into_iter()
        .find(|c| c.item == "automated-decisions")
        .unwrap();
    assert!(item.applies && !item.is_missing(), "{item:?}");
}

#[test]
fn lead_scoring_for_direct_marketing_can_always_be_objected_to() {
    let p = load("purposes-leadgen.toml");
    let (sv, en) = both(&p);
    let e = subsection(&en, "3.1");
    assert!(
        e.contains("We give each contact a score from 0 to 100"),
        "{e}"
    );
    assert!(e.contains("Because it serves direct marketing, you can object to the profiling at any time, and we then stop, with no weighing of interests."), "{e}");
    assert!(!e.contains("grounds relating to your situation"), "{e}");
    let s = subsection(&sv, "3.1");
    assert!(s.contains("Eftersom den används för direktmarknadsföring kan du när som helst invända mot profileringen"), "{s}");
    // Art. 21(2) names profiling related to direct marketing: the rights section says so.
    assert!(section(&en, "Your rights").contains("direct marketing, including profiling linked to it. We then stop, with no weighing of interests."));
    assert!(section(&sv, "Dina rättigheter").contains("direktmarknadsföring, även profilering som hör ihop med den. Då slutar vi med det, utan någon avvägning."));

    // The newsletter (a catalogue purpose under its own title) is direct marketing on consent.
    let e = subsection(&en, "3.2");
    assert!(
        e.starts_with("### 3.2 Our newsletter, tailored to you"),
        "{e}"
    );
    assert!(
        e.contains("you can object to the profiling at any time"),
        "{e}"
    );
    assert!(
        e.contains("You can stop the profiling by withdrawing your consent."),
        "{e}"
    );
}

#[test]
fn profiling_on_legitimate_interests_can_be_objected_to_on_grounds_of_ones_situation() {
    let mut p = load("purposes-leadgen.toml");
    // Lead scoring that is not used for marketing (say, to prioritise a customer's own support).
    p.activities[0].direct_marketing = false;
    let (sv, en) = both(&p);
    let e = subsection(&en, "3.1");
    assert!(e.contains("You have the right to object to the profiling on grounds relating to your particular situation. We then stop, unless we can show compelling legitimate grounds that override your interests, rights and freedoms."), "{e}");
    assert!(!e.contains("with no weighing of interests"), "{e}");
    let s = subsection(&sv, "3.1");
    assert!(
        s.contains(
            "Du har rätt att invända mot profileringen av skäl som gäller din särskilda situation."
        ),
        "{s}"
    );
    // Art. 21(1) includes profiling based on those points.
    assert!(section(&en, "Your rights").contains(
        "processing that we base on a legitimate interest, including profiling based on it."
    ));
    assert!(section(&sv, "Dina rättigheter").contains("behandling som vi grundar på ett berättigat intresse, även profilering som grundar sig på det."));
}

#[test]
fn profiling_needs_its_logic_and_the_global_description_is_then_an_addition() {
    let mut p = load("purposes-fintech.toml");
    p.activities[0].profiling_logic = Text::default();
    assert!(has(
        &p,
        Severity::Error,
        "profiling-logic-missing",
        "activities[0].profiling_logic"
    ));
    let (sv, en) = messages(&p, "profiling-logic-missing");
    assert!(
        sv.contains("profilering") && en.contains("profiling"),
        "{sv} / {en}"
    );

    // Profiling answered in general too: its description is not required when purposes state it.
    let mut p = load("purposes-fintech.toml");
    p.automated_decisions.profiling = true;
    assert!(
        diags(&p, Severity::Error).is_empty(),
        "{:?}",
        diags(&p, Severity::Error)
    );
    // Without any purpose stating it, the general answer needs its description, as in version 3.
    for a in &mut p.activities {
        a.profiling = false;
    }
    assert!(has(
        &p,
        Severity::Error,
        "required",
        "automated_decisions.profiling_description"
    ));
}

#[test]
fn an_age_limit_of_18_is_stated_apart_from_a_service_for_children() {
    let p = load("purposes-fintech.toml");
    let (sv, en) = both(&p);
    let s = section(&sv, "Åldersgräns");
    assert!(
        s.contains("Våra tjänster är inte till för personer under 18 år"),
        "{s}"
    );
    assert!(s.contains("Om vi upptäcker att vi har personuppgifter om någon som är under 18 år gör vi så här: Vi stänger kontot och raderar uppgifterna."), "{s}");
    assert!(!s.contains("vänder sig också till barn"), "{s}");
    let e = section(&en, "Age limit");
    assert!(
        e.contains("Our services are not for people under 18"),
        "{e}"
    );
    assert!(e.contains("If we find out that we have personal data about someone under 18, this is what we do: We close the account and delete the data."), "{e}");
    assert!(!e.contains("aimed at children"), "{e}");
    // Nothing about a child's consent: the service has no children among its users.
    assert!(!en.contains("guardian") && !sv.contains("vårdnadshavare"));
}

#[test]
fn a_service_for_children_can_have_an_age_limit_below_18() {
    let mut p = load("purposes-fintech.toml");
    p.children.addressed = true;
    p.children.minimum_age = Some(16);
    p.children.guardian_consent = Text::new(
        "Vårdnadshavaren godkänner kontot med BankID.",
        "The guardian approves the account with BankID.",
    );
    assert!(
        diags(&p, Severity::Error).is_empty(),
        "{:?}",
        diags(&p, Severity::Error)
    );
    let (sv, en) = both(&p);
    let e = section(&en, "Children");
    assert!(e.contains("Our services are also aimed at children. The age limit is 16: our services are not for younger children."), "{e}");
    assert!(e.contains("someone under 16, this is what we do"), "{e}");
    let s = section(&sv, "Barn");
    assert!(
        s.contains("Vår verksamhet vänder sig också till barn. Åldersgränsen är 16 år: våra tjänster är inte till för yngre barn."),
        "{s}"
    );
}

#[test]
fn an_age_limit_that_contradicts_the_answers_about_children_is_reported() {
    let mut p = load("purposes-fintech.toml");
    // Aimed at children, yet not for anyone under 18.
    p.children.addressed = true;
    p.children.guardian_consent = Text::new("Med BankID.", "With BankID.");
    assert!(has(
        &p,
        Severity::Error,
        "age-limit-excludes-children",
        "children.minimum_age"
    ));
    let (sv, en) = messages(&p, "age-limit-excludes-children");
    assert!(
        sv.contains("riktar sig till barn") && sv.contains("18"),
        "{sv}"
    );
    assert!(
        en.contains("aimed at children") && en.contains("18"),
        "{en}"
    );

    // An online service offered to children, explaining the age of 13, but closed to them.
    p.children.online_service = Some(true);
    p.children.minimum_age = Some(15);
    assert!(has(
        &p,
        Severity::Warning,
        "age-limit-above-consent-age",
        "children.minimum_age"
    ));
    let (sv, en) = messages(&p, "age-limit-above-consent-age");
    assert!(sv.contains("13") && sv.contains("15"), "{sv}");
    assert!(en.contains("13") && en.contains("15"), "{en}");

    // An age limit needs to say what happens to data about someone younger.
    let mut p = load("purposes-fintech.toml");
    p.children.younger_found = Text::default();
    assert!(has(
        &p,
        Severity::Error,
        "younger-found-missing",
        "children.younger_found"
    ));
    // And it is an age.
    p.children.minimum_age = Some(0);
    assert!(has(
        &p,
        Severity::Error,
        "age-limit-invalid",
        "children.minimum_age"
    ));
}

#[test]
fn a_mistake_in_a_basis_is_reported_at_its_line_in_both_languages() {
    let text = std::fs::read_to_string(path("purposes-consultancy.toml")).unwrap();
    // The legitimate-interests part names people the purpose does not have.
    let broken = text.replacen(
        "people = [{ sv = \"kontaktpersoner hos kunderna\"",
        "people = [{ sv = \"leverantörer\"",
        1,
    );
    assert_ne!(broken, text);
    let line = broken
        .lines()
        .position(|l| l.contains("leverantörer"))
        .unwrap()
        + 1;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.toml");
    std::fs::write(&file, &broken).unwrap();
    for (lang, words) in [
        ("en", "not among the purpose’s “whose data”"),
        ("sv", "finns inte bland ändamålets ”vems uppgifter”"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_policywright"))
            .args(["--lang", lang, "check"])
            .arg(&file)
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.status.success(), "{all}");
        let at = format!("broken.toml:{line}:");
        let hit = all
            .lines()
            .find(|l| l.contains("basis-people-unknown") || l.contains(words))
            .unwrap_or_else(|| panic!("{all}"));
        assert!(hit.contains(&at) && hit.contains(words), "{lang}: {hit}");
        assert!(hit.contains("activities[0].bases[1].people[0]"), "{hit}");
        // The contact persons now have no basis: reported at them in the purpose's people.
        let people_line = broken
            .lines()
            .position(|l| l.starts_with("people = [\"customers\""))
            .unwrap()
            + 1;
        assert!(
            all.lines().any(|l| l.contains("activities[0].people[1]")
                && l.contains(&format!("broken.toml:{people_line}:"))),
            "{all}"
        );
    }
}

#[test]
fn an_unfinished_basis_previews_without_empty_words() {
    let mut p = load("purposes-consultancy.toml");
    p.activities[0].bases.push(BasisPart {
        basis: None,
        people: Vec::new(),
        legitimate_interest: Text::default(),
        situation: Text::default(),
    });
    p.activities[0].bases[1].people.clear();
    let (sv, en) = both(&p);
    let e = subsection(&en, "3.1");
    assert!(
        e.contains("- **Legal basis:** legitimate interests (Article 6(1)(f) GDPR)."),
        "{e}"
    );
    assert!(
        e.contains("- **Our legitimate interest:** Being able to work"),
        "{e}"
    );
    assert!(!e.contains("for :") && !e.contains("()"), "{e}");
    let s = subsection(&sv, "3.1");
    assert!(
        s.contains("- **Rättslig grund:** berättigat intresse"),
        "{s}"
    );
    assert!(!s.contains("för :") && !s.contains("6.1  "), "{s}");
}
