### The desktop app's own texts: commands, questions and their help.
### Message ids: `app-…` for the app, `q-<key>` for a question and `q-<key>-help` for its help
### (keys from ui/src/schema.ts). Variables are filled by the app. Keep sv/ui.ftl in step.

## App and window

app-name = Policywright
app-window-title = { $file } – Policywright
app-window-title-unsaved = ● { $file } – Policywright
app-unsaved = Unsaved changes
app-untitled = Untitled project
app-commands = Project commands
app-start = Start
app-new = New project
app-open = Open…
app-save = Save
app-save-as = Save as…
app-export = Export…
app-shortcut = Shortcut: { $keys }
app-ui-language = Language
app-ui-lang-sv = Svenska
app-ui-lang-en = English
app-lang-sv = Swedish
app-lang-en = English
app-close = Close
app-cancel = Cancel
app-dismiss = Dismiss
app-saved = Saved as { $file }.
app-autosave-failed = The recovery copy could not be written: { $error }
app-error-title = Something went wrong
app-at-line = Line { $line }, column { $column }:
app-open-invalid = { $file } cannot be opened: the file has { $count } problem(s).
app-open-invalid-what-now = Correct the file in a text editor at the lines shown and open it again, or open another project.
app-error-io = A file could not be read or written. ({ $detail })
app-error-forbidden = That file can only be opened with Open….
app-error-invalid = The policy still has errors. Fix them first: the review step lists them.
app-error-not-a-project = “{ $file }” is not a Policywright project. Open a project file that Policywright saved (.toml), or start a new project.
app-error-render = The policy could not be produced. ({ $detail })
app-error-internal = Something unexpected happened. ({ $detail })

## Start screen and recovery

app-start-title = Your privacy policy
app-start-intro = Answer questions about how your organisation handles personal data, and get a privacy policy in Swedish and English. Nothing leaves this computer.
app-recent = Recent projects
app-recent-empty = No recent projects yet.
app-start-welcome = Welcome! Start a new project for your own organisation, or open an example to see what a finished policy looks like.
app-examples = Open an example
app-examples-intro = A made-up organisation's answers, to look at or start from. It opens as a new copy: your own projects are not changed, and Save asks where to keep it.
app-example-webshop = An online shop
app-example-consultancy = A consultancy
app-example-association = A non-profit association
app-example-title = { $name } (example)
app-about-version = Policywright { $version }
app-about-legal-checked = The legal information the checks rely on (EEA countries, adequacy decisions, laws) was last checked on { $date }.
app-back-to-project = Back to the open project
app-recovery-title = Restore unsaved work?
app-recovery-text = The app closed without saving. A copy of your changes from { $time } was kept. Do you want to continue with it?
app-recovery-restore = Restore my changes
app-recovery-discard = Throw the copy away

## Unsaved changes

app-unsaved-title = Save your changes?
app-unsaved-text-close = { $file } has changes that are not saved. Save them before closing?
app-unsaved-text-new = { $file } has changes that are not saved. Save them before starting a new project?
app-unsaved-text-open = { $file } has changes that are not saved. Save them before opening another project?
app-unsaved-save = Save
app-unsaved-discard = Don't save

## Progress and sections

app-progress = Steps
app-state-complete = complete
app-state-incomplete = not finished
app-state-errors = has errors
app-previous-section = Back: { $name }
app-next-section = Next: { $name }
app-section-organisation = Organisation
app-section-organisation-intro = Who is responsible for the personal data, and how people can reach you.
app-section-activities = What you collect and why
app-section-activities-intro = Describe each thing you use personal data for: whose data, which data, on what legal basis and for how long.
app-section-sharing = Sharing
app-section-sharing-intro = Everyone you give personal data to: suppliers who handle it for you, other companies, authorities.
app-section-transfers = Outside the EEA
app-section-transfers-intro = Recipients in countries outside the EU, Iceland, Liechtenstein and Norway need a legal safeguard for the transfer.
app-section-rights = Rights and contact
app-section-rights-intro = How people use their rights, such as seeing or deleting their data, and where they can complain.
app-section-cookies = Cookies
app-section-cookies-intro = The cookies and similar techniques your website uses, and how visitors give and withdraw consent.
app-section-children = Children and automated decisions
app-section-children-intro = Whether your service is meant for children, and whether a computer makes important decisions about people on its own.
app-section-security = Security
app-section-security-intro = How you protect the personal data.
app-section-review = Review and publish
app-section-review-intro = Version, date and languages of the policy, and everything that still needs your attention.

## Fields

app-choice-none = (none)
app-choice-pick = Choose…
app-yes = Yes
app-no = No
app-missing-translation = { $lang } translation missing
app-diag-error = Error:
app-diag-warning = Check:
app-item-move-up = Up
app-item-move-up-label = Move { $item } up
app-item-move-down = Down
app-item-move-down-label = Move { $item } down
app-item-remove = Remove
app-item-remove-label = Remove { $item }
app-item-removed = { $item } was removed.
app-undo = Undo
app-transfer-adequate = The EU has decided that this country protects personal data well enough (an adequacy decision). For the USA, that covers only companies certified under the Data Privacy Framework.
app-transfer-not-adequate = The EU has no adequacy decision for this country: the transfer needs another safeguard, usually the standard contractual clauses.
app-transfer-varies = The countries vary, so only a safeguard that goes with the data wherever it goes can cover the transfer: standard contractual clauses or binding corporate rules.
app-lifetime-form = Kept
app-lifetime-session = until the browser is closed (session)
app-lifetime-for = for a set time
app-lifetime-up-to = up to a set time
app-lifetime-range = between two times
app-lifetime-until-deleted = until deleted
app-lifetime-none = nothing is stored
app-lifetime-count = Number
app-lifetime-unit = Unit
app-lifetime-to-count = To, number
app-lifetime-to-unit = To, unit
app-lifetime-seconds = seconds
app-lifetime-minutes = minutes
app-lifetime-hours = hours
app-lifetime-days = days
app-lifetime-weeks = weeks
app-lifetime-months = months
app-lifetime-years = years
app-own-add = Other…
app-own-add-help = Add something the list lacks, in your own words in Swedish and English
app-subset-empty = Tick whose data it is first, under "Whose data".
app-own-entry = Own entry { $n }
app-own-special = Special category (for example health, religion or sex life)
app-own-remove-label = Remove { $entry }
app-field-in-lang = { $field } ({ $lang })
app-field-whole-project = The whole project

## Review

app-review-problems = What needs attention
app-review-none = Nothing to fix: the policy is ready to publish.
app-review-summary = Errors: { $errors }. Things to check: { $warnings }. Choose one to go to the question.

## Preview

app-preview = Preview
app-preview-hide = Hide preview
app-preview-show = Show preview
app-preview-language = Show
app-preview-both = Both languages
app-preview-doc = Policy in { $lang }
app-preview-table = Table: { $heading }
app-preview-failed = The preview could not be made: { $error }

## Export

app-export-title = Export the policy
app-export-intro = Choose the formats, then the folder to save them in. Each format is written for every language the policy is published in.
app-export-formats = Formats
app-format-html = Web page (HTML)
app-format-html-help = A complete page you can publish as it is.
app-format-fragment = HTML fragment
app-format-fragment-help = Only the policy text, to paste into a page of your existing website.
app-format-md = Markdown
app-format-md-help = Plain text with simple formatting, for editing or version control.
app-format-pdf = PDF
app-format-pdf-help = A print-ready document.
app-format-json = Policy as data (JSON)
app-format-json-help = One file with the policy's facts in every language, for developers and tools (described by a JSON Schema).
app-format-consent = Cookie banner (folder)
app-format-consent-help = A folder to put on your website: a consent banner that lists the policy's cookies, in every language, with instructions.
app-export-has-errors = The policy still has errors ({ $errors }). Fix them first: nothing is exported while errors remain. The review step lists them.
app-export-run = Choose folder and export
app-export-progress = Writing { $file } ({ $done } of { $total })
app-export-done = Files written: { $count }, in { $dir }
app-copy-fragment = Copy HTML fragment ({ $lang })
app-copied = Copied to the clipboard.
app-reveal-export = Open export folder

## Questions: organisation

q-org-legal-name = Legal name
q-org-legal-name-help = The name of the company or association as it is registered, for example "Bageri Lund AB". This is who is responsible for the personal data.
q-org-number = Organisation number
q-org-number-help = The number the organisation is registered under in its country, checked by that country's rule: in Sweden the organisation number (556677-8899), in Finland the Business ID (1234567-8), in Denmark the CVR number (eight digits), in Norway the organisation number (nine digits), in the UK the company number (01234567 or SC123456). Every Swedish company has one; leave it empty only if the organisation has none, such as a small association. You then get a reminder, not an error.
q-org-address-street = Street address
q-org-address-street-help = The postal address where people can write to you.
q-org-address-postal-code = Postcode
q-org-address-postal-code-help = For a Swedish address, five digits, for example 222 21.
q-org-address-city = Town or city
q-org-address-city-help = The town of the postal address.
q-org-address-country = Country
q-org-address-country-help = The country the organisation is established in. It decides which law the policy names beside the GDPR and which supervisory authority takes complaints.
q-org-email = Email
q-org-email-help = An address people can use for questions about their personal data. A shared address (such as info@) is better than a personal one.
q-org-phone = Phone
q-org-phone-help = Optional. A number people can call about their personal data.
q-org-website = Website
q-org-website-help = Optional. The address of your website, starting with https://.
q-org-dpo = We have a data protection officer
q-org-dpo-help = Tick this if you have appointed a data protection officer. Most small businesses do not need one; public authorities and those who monitor people on a large scale do.
q-org-dpo-name = Name of the data protection officer
q-org-dpo-name-help = Optional. A name, or a role such as "Data protection officer".
q-org-dpo-email = The data protection officer's email
q-org-dpo-email-help = People must be able to contact the data protection officer directly.
q-org-dpo-phone = The data protection officer's phone
q-org-dpo-phone-help = Optional.
q-org-rep = We have a representative in the EU
q-org-rep-help = Only for organisations established outside the EU that serve people in the EU: they name a representative inside the EU (GDPR Article 27).
q-org-rep-name = Name of the representative
q-org-rep-name-help = The person or company that represents you in the EU.
q-org-rep-address-street = Representative's street address
q-org-rep-address-street-help = The representative's postal address.
q-org-rep-address-postal-code = Representative's postcode
q-org-rep-address-postal-code-help = The postcode of that address.
q-org-rep-address-city = Representative's town or city
q-org-rep-address-city-help = The town of that address.
q-org-rep-address-country = Representative's country
q-org-rep-address-country-help = Must be a country in the EU.
q-org-rep-email = Representative's email
q-org-rep-email-help = Where people can reach the representative.
q-org-gdpr-reach = Why the GDPR applies to you
q-org-gdpr-reach-help = You are established outside the EU and the EEA, so the GDPR applies to you only for people in the EU or the EEA to whom you offer goods or services, or whose behaviour you monitor there (Article 3(2)). Choose which, so that the policy states the ground that is true.

## Questions: what you collect and why

q-activities = Uses of personal data
q-activities-help = Add one entry for each purpose, for example handling orders, sending a newsletter or recruiting. The policy describes each one.
q-activities-empty = No uses added yet.
q-activity-add = Add a use of personal data
q-activity-item = { $n }. { $name }
q-activity-item-unnamed = { $n }. (purpose not chosen yet)
q-act-purpose = Purpose
q-act-purpose-help = What you use the data for. Choose a common purpose, or choose "(none)" and describe it in your own words below.
q-act-title = Short title
q-act-title-help = A few words that name the purpose, such as "Sorting your spending". It is the heading in the policy and names the purpose in the tables. With a common purpose chosen, it replaces the list's wording. Keep it short: the explanation goes below.
q-act-description = Explanation
q-act-description-help = What you do and why, in a few short sentences, shown below the heading. Without a common purpose or a short title, this text is the heading itself, so then keep it short.
q-act-people = Whose data
q-act-people-help = Tick every group of people this concerns.
q-act-data = Which data
q-act-data-help = Tick every kind of data you use for this purpose. Health, religion, trade union membership and the like are sensitive data with stricter rules.
q-act-legal-basis = Legal basis
q-act-legal-basis-help = The reason the law allows this use. Contract: you need the data to deliver what the person ordered. Legal obligation: a law requires it, such as bookkeeping. Legitimate interest: you have an interest that the person's interests and fundamental rights and freedoms do not override, as a balancing test shows. Consent: the person has agreed and can withdraw it at any time.
q-act-special-condition = Condition for sensitive data
q-act-special-condition-help = Sensitive data may only be used under one of the exceptions in GDPR Article 9(2). Choose the one that applies.
q-act-legitimate-interest = Your legitimate interest
q-act-legitimate-interest-help = Say what your interest is, for example "to keep our customer records correct" or "to prevent fraud". People have the right to know.
q-act-bases = Several legal bases
q-act-bases-help = Only if the law allows this use on different grounds for different people, for example a contract for your customers and legitimate interests for their contact persons. Add one legal basis for each group; every person under "Whose data" needs one. Leave the list empty when one legal basis covers everyone.
q-act-bases-empty = One legal basis covers everyone.
q-basis-add = Add a legal basis
q-basis-item = { $n }. { $name }
q-basis-item-unnamed = { $n }. (legal basis not chosen yet)
q-act-basis = Legal basis
q-act-basis-help = The reason the law allows this use for these people.
q-act-basis-people = For whose data
q-act-basis-people-help = Tick the people this legal basis covers, among those you ticked under "Whose data".
q-act-basis-situation = When this legal basis applies
q-act-basis-situation-help = Only if the legal basis depends on the situation rather than on whose data it is. Write words that complete "when …", for example "the law requires your consent" or "we disclose data to protect our rights". A basis with a situation and no people ticked applies to everyone.
q-act-basis-interest = Your legitimate interest for these people
q-act-basis-interest-help = Say what your interest is in using these people's data, for example "to be able to work with the people our customer has named".
q-act-balancing-test = We have made and recorded a balancing test
q-act-balancing-test-help = Tick this only if you have weighed your interest against the person's interests and fundamental rights and freedoms, found that they do not override yours, and kept a record of it. The policy then says so. If you have not, make the test first: the law expects you to be able to show it.
q-act-consent-collected-by = Who collects the consent for you, if someone else does
q-act-consent-collected-by-help = Fill this in only if a partner asks for the consent on your behalf, for example a booking site or a comparison service. Write words that complete "You gave your consent through …", such as "the booking site Resekollen when you booked there". The policy then says so and that the person can withdraw the consent with you or with the partner. Leave it empty if you collect the consent yourselves.
q-act-laws = The law that lays down the obligation or task
q-act-laws-help = The policy names it beside the legal basis (Article 6(3) GDPR). Choose it from the list or write its name, such as "the Bookkeeping Act". Only EU law or the law of an EU or EEA country counts.
q-act-restrictions = Laws that make you keep this data
q-act-restrictions-help = Tick a law that requires you to keep the data even if the person asks you to erase it. The policy then explains the limit on their rights and what they can do instead. Patient records are included without ticking. These are Swedish laws.
q-act-identity-number-reason = Why you need the personal identity number
q-act-identity-number-reason-help = In Sweden a personal identity number (personnummer) may be used without consent only when it is clearly justified, for example for secure identification. Explain why.
q-act-requirement = Must people give this data?
q-act-requirement-help = Say whether a law requires you to collect the data, whether a contract requires it, or whether it is needed to enter into a contract. If giving it is voluntary, choose that. Under a legal obligation this must be answered: the policy never assumes it is voluntary.
q-act-consequence = What happens if they do not
q-act-consequence-help = For example "we cannot deliver the order" or "we cannot employ you". People must know what follows from saying no.
q-act-direct-marketing = This is direct marketing
q-act-direct-marketing-help = Tick this if you use the data to market your products or services to the person, by post, email, phone or online, also to business contacts. The policy then says the person can always object, and you must stop. Newsletters and marketing from the list of purposes count as direct marketing anyway.
q-act-profiling = This involves profiling
q-act-profiling-help = Tick this if you evaluate people automatically for this purpose without making decisions that have legal or similarly significant effects: for example targeting ads, personalising content, scoring sales leads or sorting transactions into categories. The policy names it as profiling and says how the person can object to it.
q-act-profiling-logic = How the profiling works
q-act-profiling-logic-help = In plain words: what data you look at and what comes out, for example "we give each contact a score from 0 to 100 based on the company's size and the person's role".
q-act-sources = Sources other than the person
q-act-sources-help = Add each place you get the data from other than the person, for example a credit reference agency, an employer, a public register or a bought address list. Say for each whether it is publicly available. Leave the list empty if all the data comes from the person.
q-act-sources-empty = No other sources: all the data comes from the person.
q-source-add = Add a source
q-source-item = { $n }. { $name }
q-source-item-unnamed = { $n }. (not described yet)
q-act-source-description = Where the data comes from
q-act-source-description-help = Name the source or the kind of source.
q-act-source-public = The source is publicly available
q-act-source-public-help = For example a public register or a website anyone can read. A list you have bought is not.
q-act-from-person = Part of the data also comes from the person
q-act-from-person-help = Tick this if the person also gives you some of the data themselves, for example by replying to you. The policy then also says whether they must give it.
q-act-retention = How long you keep the data
q-act-retention-help = Choose the rule that decides when you delete the data. If none fits, choose your own description.
q-act-retention-months = Number of months
q-act-retention-months-help = How many months you keep the data, counted as the chosen rule says.
q-act-retention-text = Retention in your own words
q-act-retention-text-help = Describe how long you keep the data, or what decides it.
q-act-retention-end = What ends the retention period
q-act-retention-end-help = After the minimum time, what decides when you delete the data? For example "After that we review the record every year and delete it once it is no longer needed for your care." The policy says you delete data when the period ends, so it must have an end.
q-act-retention-anonymised = At the end we anonymise the data instead of deleting it
q-act-retention-anonymised-help = Tick this if, when the period ends, you remove everything that links the data to a person and keep the rest, for example for statistics. The policy then says so instead of "we delete the data". Data that can still be linked to someone is not anonymised.
q-act-retention-ends = What ends before the period starts
q-act-retention-ends-help = Say what the months are counted from, so that the policy names it: the membership, the contract, the account, the employment, the last purchase or the last contact. Not answered, the policy says "after our relationship with you ends".
q-act-id = Id that recipients link this use by

## Questions: sharing

q-recipients = Recipients
q-recipients-help = Add everyone you give personal data to. You can name a company or describe a group, such as "our accounting firm".
q-recipients-empty = No recipients added yet.
q-recipient-add = Add a recipient
q-recipient-item = { $n }. { $name }
q-recipient-item-unnamed = { $n }. (no name yet)
q-rec-name = Name of the recipient
q-rec-name-help = A company name, or a description of a group of recipients.
q-rec-kind = Kind of recipient
q-rec-kind-help = A processor handles data on your behalf (an IT supplier, for example) under a data processing agreement. An independent controller decides for itself, like a bank or the Tax Agency. A joint controller decides with you, like Meta for a pixel on your site. Other users of your service and the public (for a published review) can be recipients too.
q-rec-purpose = Why they get the data
q-rec-purpose-help = For example "to host our website" or "to do our bookkeeping".
q-rec-country = Country where the data is handled
q-rec-country-help = Where the recipient stores or handles the data. Choose "countries that vary" when it moves between countries you cannot name in advance, such as a cloud provider's subcontractors. A country outside the EEA needs a safeguard, asked for in the next step.
q-rec-activities = What they receive data for
q-rec-activities-help = Tick the uses of personal data this recipient receives data for. The policy's table of recipients then shows them in a column "For". Leave them all unticked to say nothing about it.
q-rec-laws = The law that requires the disclosure
q-rec-laws-help = If a law obliges you to give the data to this authority, name it; the policy then says so. Leave it empty for a disclosure no law requires.
q-rec-joint-essence = What each of you is responsible for
q-rec-joint-essence-help = The essence of your arrangement (GDPR Art. 26(2)), which the policy must state. For example "We are responsible for asking your consent and informing you; Meta is responsible for the data once it has received it."
q-rec-joint-contact = Whom people contact about the joint processing
q-rec-joint-contact-help = For example "Us at privacy@example.com" or the other controller's page. Leave it empty and the policy says to contact you. Either way the policy says that people can exercise their rights against each of you.
q-rec-other-countries = Other countries where the data is handled
q-rec-other-countries-help = Add every further country where this recipient handles the data, or "countries that vary". Each country outside the EEA needs its own safeguard.
q-rec-other-countries-empty = No other countries.
q-rec-other-country-add = Add a country
q-rec-other-country-item = { $name }
q-rec-other-country-item-unnamed = Country { $n }
q-rec-other-country = Country
q-rec-other-country-help = A country, or "countries that vary" (then only standard contractual clauses or binding corporate rules can be the safeguard).

## Questions: transfers outside the EEA

q-transfers = Recipients outside the EEA
q-transfers-help = For each country outside the EEA where a recipient handles the data, choose what makes the transfer lawful. A recipient in several such countries needs a safeguard for each.
q-transfers-empty = No recipient handles data outside the EEA, so there is nothing to answer here.
q-transfer-item = { $name }
q-transfer-item-unnamed = Recipient { $n }
q-tr-safeguard = Safeguard for the transfer
q-tr-safeguard-help = An adequacy decision means the EU has found the country's protection good enough. Otherwise the usual safeguard is the EU standard contractual clauses from 2021. For the USA, the Data Privacy Framework covers only certified companies. Not sure what the provider uses? Its data processing agreement (DPA) says. If you chose the service from the catalogue under Sharing, it is filled in already wherever the provider states it.
q-tr-varies-how = What varies
q-tr-varies-how-help = Say what "countries that vary" means here, so that the policy says something true: countries that change over time, several countries you do not list, the country the person chooses, or wherever the law requires a disclosure. Not answered, the policy says the countries change over time.
q-tr-dpf-fallback = If the Data Privacy Framework ceases to apply
q-tr-dpf-fallback-help = The decision on the framework stands, but it has been appealed to the EU Court of Justice. If you have already agreed standard contractual clauses with the recipient, or it follows binding corporate rules, choose that here; the policy then says the transfer continues under that safeguard. Leave it empty if you have neither.
q-tr-derogation = Which derogation the transfer relies on
q-tr-derogation-help = Article 49 allows a transfer without a safeguard only in specific situations, and only occasionally. Choose the one that applies; the policy names it.
q-tr-uk-safeguard = Safeguard under the UK GDPR
q-tr-uk-safeguard-help = You are established in the United Kingdom, and UK law does not treat this country as adequate. The EU tools above do not count under UK law on their own: choose what the transfer rests on under the UK GDPR.
q-tr-safeguard-copy = How people can get a copy of the safeguard
q-tr-safeguard-copy-help = For example "Contact us and we will send a copy" or a link to the supplier's page.

## Questions: rights and contact

q-rights-email = Email for requests
q-rights-email-help = Where people send requests to see, correct or delete their data. Leave it empty to use the organisation's email.
q-rights-form-url = Web form for requests
q-rights-form-url-help = Optional. The address of a form on your website, if you have one.
q-rights-response-days = A shorter time to answer, in days (optional)
q-rights-response-days-help = Leave empty and the policy says you answer within one month, as the law requires. Give a number only to promise a quicker answer: at most 28 days, since a longer promise can exceed a month (February).
q-rights-identity-check = How you check who is asking
q-rights-identity-check-help = So you do not hand data to the wrong person. For example "we reply only to the email address we have on file".
q-authority = We name the authority for complaints ourselves
q-authority-help = The policy names the supervisory authority people can complain to. By default that is the authority of the country you are established in (in Sweden IMY); outside the EU and the EEA, the one where your EU representative is. Tick this to name another one, or when policywright does not know yours.
q-authority-country = Authority
q-authority-country-help = One of the authorities policywright knows, with its address kept up to date. Leave it at “(none)” to write another authority’s details below.
q-authority-name = Name of the authority
q-authority-name-help = The authority's name in both languages.
q-authority-address = The authority's postal address
q-authority-address-help = The full postal address.
q-authority-website = The authority's website
q-authority-website-help = Starting with https://.
q-authority-email = The authority's email
q-authority-email-help = Optional.
q-authority-phone = The authority's phone
q-authority-phone-help = Optional.

## Questions: cookies

q-cookies = Cookies
q-cookies-help = List each cookie your website sets, and each similar technology your website or app uses to store or read information on the visitor's device: local or session storage, tracking pixels, SDKs in an app. Leave the list empty if there are none, or if your own cookie policy (below) lists them.
q-cookies-empty = No cookies or similar technologies added.
q-cookie-add = Add a cookie or technology
q-cookie-item = { $n }. { $name }
q-cookie-item-unnamed = { $n }. (no name yet)
q-cookie-name = Name
q-cookie-name-help = The technical name, as the browser shows it, for example "_ga", or the technology's name, for example "Meta Pixel".
q-cookie-technology = What it is
q-cookie-technology-help = A cookie, or a similar technology that stores or reads information on the visitor's device: local storage or session storage in the browser, a tracking pixel, an SDK in your app, or device fingerprinting. The same rules on consent apply to them all.
q-cookie-provider = Set by
q-cookie-provider-help = Who sets it: your organisation (write its name as in the Organisation step) or the company whose script or service does, for example "Hotjar".
q-cookie-data-recipient = Who receives the data
q-cookie-data-recipient-help = Only when someone other than the one that sets it receives the data it collects. Google Analytics' _ga is set through your own website, but Google receives the data: write "Google". Leave it empty when the one that sets it receives the data.
q-cookie-purpose = What it is for
q-cookie-purpose-help = In plain words, for example "remembers what is in the shopping basket".
q-cookie-category = Category
q-cookie-category-help = Necessary cookies need no consent. Preferences, statistics and marketing need the visitor's consent first.
q-cookie-lifetime = How long it lasts
q-cookie-lifetime-help = How long it stays on the device: until the browser is closed (a session), for a set time ("1 minute", "13 months"), up to a set time ("up to 2 years"), between two times ("30 seconds to 1 year"), until deleted (local storage has no end of its own), or nothing is stored (a pixel or fingerprinting only reads).
q-cookie-party = First or third party
q-cookie-party-help = Whose domain it belongs to, not who gets the data. First party: your website's domain, which includes _ga and _fbp even though Google and Meta receive their data. Third party: another company's domain, such as an ad network's.
q-cookies-consent = How visitors give consent
q-cookies-consent-help = For example "through the cookie banner when you first visit".
q-cookies-withdrawal = How visitors change or withdraw consent
q-cookies-withdrawal-help = Withdrawing must be as easy as giving consent. For example "through the Cookie settings link at the bottom of every page".
q-cookies-policy-url = Your cookie policy or consent tool
q-cookies-policy-url-help = If your website has a cookie policy of its own, or a page of your consent tool that lists the cookies, give its address (https://…). The privacy policy links to it for the details it keeps.

## Questions: children and automated decisions

q-children-addressed = Our service is meant for children
q-children-addressed-help = Tick this if children are among the people you want to reach, for example with a game or a school service.
q-children-guardian-consent = How a guardian gives consent
q-children-online-service = Do you offer an online service directly to children?
q-children-online-service-help = Answer yes for an app, a game or another service on the internet that children use themselves. Only for such a service does the law set a fixed age from which a child consents alone (13 in Sweden, 15 in Denmark, 16 in Germany). For other consent, such as to photos or health data, other rules decide.
q-children-guardian-consent-help = Describe how a parent or guardian gives consent when a child cannot consent alone: below 13 for an online service, otherwise when the child is not mature enough.
q-children-minimum-age = Age limit
q-children-minimum-age-help = If your service is not for people under a certain age, give that age, for example 18. Leave it empty if there is no age limit. This is different from a service meant for children.
q-children-younger-found = If you find data about someone younger
q-children-younger-found-help = Say what you do when you find out that you have data about someone under the age limit, for example "we close the account and delete the data".
q-ad-used = We make automated decisions about people
q-ad-used-help = Tick this only if a computer alone makes decisions that significantly affect people, such as refusing credit, without a person looking at the case.
q-ad-logic = How the decisions are made
q-ad-logic-help = Explain in plain words what information is used and how it leads to the decision.
q-ad-consequences = What it means for the person
q-ad-consequences-help = Describe what the decision can lead to, and how a person can ask for a human to look at it.
q-ad-ground = Why the law allows these decisions
q-ad-ground-help = Such decisions are allowed only if they are necessary for a contract with the person, authorised by law, or based on the person's explicit consent (Article 22(2)). Without one of these, a person must take the decisions.
q-ad-laws = The law that allows the decisions
q-ad-laws-help = Name the EU or member-state law that allows these decisions and sets safeguards for them (Article 22(2)(b) GDPR).
q-ad-profiling = We use profiling
q-ad-profiling-help = Tick this if you evaluate people automatically, for example their interests, behaviour or ability to pay, even when no decision follows. The policy names it as profiling. Profiling for one purpose is better stated with that purpose, under "Uses of personal data"; this section then lists it.
q-ad-profiling-description = What the profiling is and what it is for
q-ad-profiling-description-help = In plain words, for example "the app suggests exercises based on how the child has done before".

## Questions: security

q-security-measures = Security measures
q-security-measures-help = Tick what you actually do to protect the data. The policy lists them in general terms only, so no details that help an attacker.
q-security-description = More about security
q-security-description-help = Optional. Anything else you want to say about how you protect the data.

## Questions: review and publish

q-policy-version = Version
q-policy-version-help = The version number people see, for example 1.0. Raise it when you change the policy.
q-policy-effective-date = Valid from
q-policy-effective-date-help = The date the policy applies from, written as 2026-03-01. It is printed in the policy, and the same date always gives the same document.
q-policy-languages = Languages to publish
q-policy-languages-help = The policy is written in each language ticked. Texts you type are asked for in these languages.
q-policy-url = The policy’s address on your website
q-policy-url-help = The address of the page where you publish the policy, for example https://salongklippet.se/privacy. The cookie banner links there, to the section on cookies. You can leave it empty until the page exists.
q-policy-prevailing-language = Language that applies if the versions differ
q-policy-prevailing-language-help = If the translations ever say different things, this language decides.
q-policy-change-channels = How you tell people about changes
q-policy-change-channels-help = Where people learn that the policy has changed.
q-policy-processor-data = Data you handle for your customers as their processor
q-policy-processor-data-help = If you also process personal data on your customers' behalf, such as the data they store in your software, describe it here, for example "the data our customers store in our booking system". The policy then says that it does not cover that data and that each customer's own privacy policy does. Leave it empty if you process no data for customers.
q-policy-new-purpose-consent = We ask for consent before we use data for a new purpose
q-policy-new-purpose-consent-help = The law requires you to tell people before you use their data for a new purpose. Tick this only if you also promise to ask for their consent first and not to use the data for the new purpose without it. The policy then makes that promise, so keep it.
q-policy-change-summary = What changed in this version
q-policy-change-summary-help = One or two sentences about what is new since the last published version. When you publish, it is kept with the version in the history and shown in the policy's version history, beside the sections that changed.

## Publishing, history, comparison, review memo (ui/src/versions.ts)
app-publish = Publish version…
app-publish-title = Publish a version
app-publish-intro = Publishing records this version of the policy, in every language it is published in, in the project's history: its number, the date it applies from, its text and what changed. Save the project afterwards to keep it.
app-publish-version = Version number
app-publish-date = Applies from (YYYY-MM-DD)
app-publish-run = Publish
app-history = Versions…
app-history-title = Published versions
app-history-empty = No version has been published yet. Publish one with “Publish version…”.
app-history-version = Version
app-history-date = Date
app-history-languages = Languages
app-history-summary = What changed
app-history-not-recorded = text not kept
app-history-open = Read version { $version }
app-version-title = Version { $version } (read only)
app-compare-title = Compare versions
app-compare-from = From
app-compare-to = To
app-compare-lang = Language
app-compare-run = Compare
app-compare-draft = Current answers (draft)
app-compare-old = Before
app-compare-new = After
app-compare-legend = Deleted words are struck through and marked [−…]; inserted words are underlined and marked [+…].
app-memo = Review memo…
app-memo-title = Review memo
app-memo-intro = The review memo lists the information Articles 13 and 14 require and the clause giving each, every error and warning, the lint findings and how readable each section is: HTML and PDF in each published language.
app-memo-run = Choose folder and write
app-memo-done = Files written: { $count }, in { $dir }
app-lint = Review findings
app-lint-none = No findings.
app-lint-silenced = Silenced: { $id } — { $reason }
app-export-versioned = Put the version in the file names (policy-{ $version }.sv.pdf)
app-overwrite-title = Files of another version
app-overwrite-intro = The folder has files of another version of the policy:
app-overwrite-yes = Overwrite them
app-overwrite-no = Cancel
q-history-version = Number of a published version
q-history-date = Date of a published version
q-history-summary = What changed in a published version
q-silenced-lint = Silenced review check
q-silenced-reason = Reason for silencing a review check


# The Clauses view (docs/clauses.md).
app-clauses = Clauses
app-clauses-title = Clauses
app-clauses-intro = Every clause of the policy in order, in each language: whether it applies to these answers, where its text comes from, whether its default changed since it was rewritten, and the GDPR Art. 13/14 items it covers. Rewrite a clause for this project with Edit.
app-clauses-uncovered = These items apply to the answers, but no clause covers them:
app-house-style = House style
app-house-style-none = None: the built-in texts are used.
app-house-style-choose = Choose a house style folder…
app-house-style-clear = Use the built-in texts
app-clause-id = Clause
app-clause-edit = Edit ({ $lang })
app-clause-applies = applies
app-clause-not-applies = does not apply to these answers
app-clause-source-built-in = Built-in text
app-clause-source-house-style = House style
app-clause-source-override = This project's text
app-clause-source-custom = Custom clause
app-clause-stale = default changed
app-clause-broken = has an error
app-clause-remove = Remove
app-clause-add-title = Add a custom clause
app-clause-new-id = Id (lower-case letters, digits, hyphens)
app-clause-new-after = After clause
app-clause-add = Add clause
app-clause-editing = Clause “{ $clause }” ({ $lang })
app-clause-template = Template
app-clause-rendered = The clause as rendered for this project
app-clause-close = Close the editor
app-clause-reset = Reset to default
app-clause-reset-undo = Undo reset
app-clause-cursor = Line { $line }, column { $column }
app-clause-problem-at = Line { $line }, column { $column }:
app-clause-stale-text = The default text of this clause has changed since this project's text was written. Your text is still used. Compare the old default, the new default and your text, then accept the merge.
app-clause-merge-old = Old default
app-clause-merge-new = New default
app-clause-merge-mine = This project's text
app-clause-merge-clean = Merged text (no conflicts):
app-clause-merge-conflicts = Merged text: resolve the conflicts between <<<<<<< and >>>>>>> before accepting.
app-clause-merge-accept = Accept the merge
app-clause-covers = GDPR Art. 13/14 items this text covers
q-services = Which of these services do you use?
q-services-help = Tick the services your business uses. Each adds the company behind it as a recipient, with its role, where it sends the data and on what safeguard, and its cookies, as far as the provider's own documents say (checked { $date }). You can change any of it below; unticking a service removes what it added.
app-services-search = Search services
app-services-shown = { $shown } of { $total } services shown
app-service-from = Facts from the catalogue of services: { $name }. Each says where it was read and when; change any of them below and your answer counts.
app-service-fact = { $what } (source: { $source }, checked { $date })
app-service-role-unknown = The provider's documents we could read do not say whether it is your processor or a controller in its own right: choose its role below (its data processing agreement says, if it has one).
app-service-location-unknown = The catalogue does not know whether the data leaves the EEA: look in the provider's data processing agreement or its list of sub-processors, and add any country outside the EEA below.
app-service-safeguard-unknown = The provider names the countries but not its safeguard: its data processing agreement says (often standard contractual clauses); choose it in the step Outside the EEA.
app-service-controller-transfers = { $name } decides itself where it sends the data it receives (an independent controller), so its own transfers belong in its privacy notice, not in yours.
app-service-stays-in-eea = the data stays in the EEA
app-service-unknown = “{ $id }” is not in this version's catalogue of services: its facts are as your project states them.
app-about-services-checked = The catalogue of services (providers, roles, transfers, cookies) was last checked on { $date }.
app-export-draft = The answers have changed since version { $version } was published, so this is not version { $version }'s text. The files will be marked as a draft: the version line, the PDF's metadata and, with the version in the file names, “draft” there. To export the new text as a version, publish it first.
app-export-publish-first = Publish a new version…
app-history-export = Export version { $version }…
app-export-version-title = Export version { $version } as it was published
app-state-unvisited = not visited yet
app-menu-file = File
app-menu-versions = Publishing
q-org-sole-trader = The business is a sole trader (enskild firma)
q-org-sole-trader-help = Then its number is the owner's personal identity number: it is not asked for, and the policy does not publish it. The name, address and email identify the business well enough.

