# Names of the catalogue choices (`<kind>-<id>`) and a help text for the questionnaire (`.help`).
#
# Style: the names appear in the questionnaire and inside the policy's sentences, lists and
# tables. British spelling.
# - Purposes (purpose-) start with a capital letter: they become headings in the policy
#   ("Sending newsletters").
# - Countries (country-) are proper names, without an article ("United States"); the templates
#   use them in brackets or table cells, never after "in".
# - Everything else starts lower-case so that it can stand inside a sentence ("name, postal
#   address and purchase history"); the templates add a capital where a name opens a table
#   cell or a list item.
# - No Markdown characters (* _ [ ] # |) in names: they reach the document unchanged.
# - The help text is one plain sentence to the person filling in the questionnaire ("you").

## Purposes

purpose-order-fulfilment = Handling and delivering orders
    .help = You take orders and deliver the goods or services the customer has bought.
purpose-customer-service = Answering questions and requests
    .help = You answer questions, complaints and other requests from customers and visitors.
purpose-customer-account = Managing customer accounts
    .help = Customers can open an account with you to log in, see their orders or save settings.
purpose-payments = Taking payments
    .help = You take payment, send invoices and reconcile what has been paid.
purpose-newsletter = Sending newsletters
    .help = You email a newsletter to people who have signed up for it.
purpose-marketing = Marketing our products and services
    .help = You advertise or send offers, beyond a newsletter people sign up for.
purpose-website-analytics = Measuring how our website is used
    .help = You collect statistics on visits to your website, for example with an analytics tool.
purpose-website-operation = Running our website
    .help = Data needed for the website to work and display correctly, such as server logs.
purpose-recruitment = Recruiting staff
    .help = You receive applications, interview and select candidates for vacancies.
purpose-employment = Managing employment
    .help = You pay salaries, keep staff records and meet your duties as an employer.
purpose-business-contacts = Keeping in touch with customers and partners
    .help = You keep records of contact persons at companies you do business with or want to do business with.
purpose-supplier-management = Managing suppliers
    .help = You order from suppliers and keep in touch with their contact persons.
purpose-membership = Managing membership
    .help = You keep a membership register, collect fees and send information to members.
purpose-events = Organising events
    .help = You take bookings for events, courses or meetings and run them.
purpose-health-care = Providing health care and treatment
    .help = You examine, treat or care for patients, for example at a clinic or practice.
purpose-education = Teaching and running our courses
    .help = You have pupils, students or course participants and run their education.
purpose-renting = Letting homes and premises
    .help = You let flats, premises or other property and manage leases and rent.
purpose-fundraising = Raising funds and keeping in touch with donors
    .help = You receive gifts or donations and keep in touch with the people who give.
purpose-bookkeeping = Keeping our accounts
    .help = You record transactions and keep the records as the Bookkeeping Act requires.
purpose-security = Keeping our systems secure and preventing misuse
    .help = You use data to detect and stop intrusions, fraud and other misuse.
purpose-legal-claims = Handling legal claims
    .help = You keep or use data to establish, exercise or defend legal claims.

## Whose data

people-customers = customers
    .help = People who buy or have bought something from you.
people-website-visitors = website visitors
    .help = Everyone who visits your website, whether or not they buy anything.
people-newsletter-subscribers = newsletter subscribers
    .help = People who have signed up for your newsletter.
people-job-applicants = job applicants
    .help = People who apply for a job with you.
people-sourced-candidates = candidates we have found ourselves
    .help = People you approach about a vacancy who have not applied, found for example through their public professional profile.
people-employees = employees
    .help = People who work for you, including former employees.
people-supplier-contacts = contact persons at suppliers
    .help = The people you deal with at your suppliers.
people-business-contacts = business contacts
    .help = Contact persons at customers, partners and other companies you deal with in business.
people-members = members
    .help = Members of your association or organisation, including former members.
people-event-participants = event participants
    .help = People who book or take part in your events, courses or meetings.
people-guardians = parents or guardians
    .help = Parents or other guardians you deal with on a child's behalf.
people-patients = patients
    .help = People you examine, treat or care for.
people-pupils = pupils and students
    .help = People who attend your school or take part in your courses.
people-tenants = tenants
    .help = People who rent, or apply to rent, a home or premises from you.
people-volunteers = volunteers
    .help = People who work for you without pay and without being employed.
people-donors = donors
    .help = People who give money or other gifts to you.
people-app-users = users of our app
    .help = People who have installed and use your mobile app.
people-guests = guests
    .help = People who stay, eat or spend time with you as guests, for example at a hotel or restaurant.

## Data

data-name = name
    .help = First name and surname.
data-contact = contact details (such as email or phone)
    .help = Email address and phone number.
data-address = postal address
    .help = Street address, postcode and town.
data-personal-identity-number = personal identity number
    .help = A Swedish personal identity number or coordination number. Without consent it may only be used where clearly justified.
data-date-of-birth = date of birth
    .help = Date of birth without the last four digits of the personal identity number.
data-payment = payment details
    .help = Details of payments, such as amounts, payment method and invoices.
data-purchase-history = purchase history
    .help = What the person has bought, when and at what price.
data-account = login details
    .help = Username, password and settings for an account with you.
data-correspondence = correspondence with us
    .help = What the person writes to you, and your replies, by email, chat or form.
data-technical = technical data (IP address, browser, device)
    .help = Data a browser or device sends when someone uses your website or service.
data-usage = information on how you use the website
    .help = Which pages are visited, for how long and what is clicked.
data-location = location data
    .help = Where the person or device is, for example from GPS or the IP address.
data-cv = application documents (CV, cover letter)
    .help = CV, cover letter, certificates, references and anything else an applicant sends.
data-professional-profile = professional profile (experience, education, current job)
    .help = What a person has published about their working life, such as on a professional networking site: for candidates you approach, not applicants.
data-employment = employment details (role, salary, period of employment)
    .help = Data needed to manage employment, such as role, salary and holidays.
data-bank-account = bank account number
    .help = An account number for paying salaries, expenses or refunds.
data-membership = membership details (membership number, fees)
    .help = When the person joined, membership number, fees paid and roles in the association.
data-images = photos
    .help = Photographs and other pictures in which the person can be seen.
data-video = video recordings
    .help = Film or video in which the person can be seen or heard, for example from camera surveillance.
data-health = data concerning health
    .help = For example allergies, illnesses or disabilities. This is a special category of data.
data-patient-records = health data in patient records
    .help = Notes on examinations and treatments, including X-ray images. They are health data, a special category.
data-ethnic-origin = data revealing ethnic origin
    .help = Data that shows a person's ethnic origin. This is a special category of data.
data-political-opinions = political opinions
    .help = Data that shows someone's political views. This is a special category of data.
data-religious-beliefs = religious or philosophical beliefs
    .help = Data that shows someone's faith or outlook on life. This is a special category of data.
data-trade-union = trade union membership
    .help = Data showing that someone belongs to a trade union. This is a special category of data.
data-genetic = genetic data
    .help = Data about someone's inherited characteristics, for example from a DNA test. This is a special category of data.
data-biometric = biometric data that identifies you
    .help = For example fingerprints or face recognition used to identify someone. This is a special category of data.
data-sex-life = data about sex life or sexual orientation
    .help = Data about someone's sex life or sexual orientation. This is a special category of data.

## Legal basis (Article 6(1) GDPR)

basis-consent = consent
    .help = The person has said yes to the processing and can take that yes back at any time.
basis-contract = contract
    .help = The data is needed to enter into or carry out a contract with the person themselves.
basis-legal-obligation = legal obligation
    .help = A law requires you to process the data, such as the Bookkeeping Act.
basis-vital-interests = vital interests
    .help = The data is needed to protect someone's life or health.
basis-public-task = public task
    .help = You carry out a task in the public interest or exercise official authority set out in law, usually as a public body.
basis-legitimate-interests = legitimate interests
    .help = You have an interest that the person's interests and fundamental rights and freedoms do not override (a balancing test shows it); describe the interest.

## Conditions for special categories of data (Article 9(2))

special-explicit-consent = explicit consent
    .help = The person has explicitly agreed to these sensitive data being used for this purpose.
special-employment-law = obligations in employment and social security law
    .help = You need the data to meet your duties as an employer under law or a collective agreement.
special-vital-interests = protecting vital interests when you cannot consent
    .help = The data is needed to protect someone's life or health when the person cannot give consent.
special-non-profit-members = a not-for-profit body's processing of data about its members
    .help = You are a not-for-profit body with a political, philosophical, religious or trade union aim and process data about your members.
special-made-public = data you have made public yourself
    .help = The person has clearly made the data public themselves.
special-legal-claims = legal claims
    .help = The data is needed to establish, exercise or defend legal claims.
special-substantial-public-interest = a substantial public interest set out in law
    .help = A law allows the processing because it is needed for reasons of substantial public interest.
special-health-care = health or social care
    .help = The data is needed for care, treatment or assessing working capacity, under a duty of confidentiality.

## Must the person give the data? (Article 13(2)(e))

requirement-none = voluntary
    .help = The person decides whether to give the data.
requirement-statutory = required by law
    .help = A law requires you to collect the data, such as the Bookkeeping Act. The law binds you, not the person.
requirement-contractual = required by a contract
    .help = A contract with the person requires them to give the data.
requirement-contract-prerequisite = needed to enter into a contract
    .help = You cannot enter into a contract with the person without the data.
requirement-reused = nothing new: data collected for other purposes
    .help = You collect nothing new for this purpose: it uses data you already have for other purposes, such as invoicing or security. The policy says so instead of asking the person.

## Retention

retention-bookkeeping = as the bookkeeping law requires
    .help = As long as the bookkeeping law of your country keeps accounting records. In Sweden, until the end of the seventh year after the calendar year in which the financial year ended (Chapter 7, Section 2 of the Bookkeeping Act); policywright also knows Denmark's, Finland's and Norway's periods.
retention-until-withdrawn = until consent is withdrawn
    .help = The data is kept until the person takes back their consent.
retention-contract-term = for as long as the contract lasts
    .help = The data is kept while the contract or membership lasts and deleted when it ends.
retention-after-relationship = a number of months after the relationship ends
    .help = The data is kept for a set number of months after the customer relationship, membership or contact ends.
retention-after-collection = a number of months after collection
    .help = The data is kept for a set number of months from when you received it.
retention-at-least = at least a number of months, with a rule for when it ends
    .help = A law requires you to keep the data for at least a set time, such as patient records for at least ten years. Give the shortest time and describe what decides when you delete the data.
retention-custom = in your own words
    .help = Describe the retention period, or what decides it, in your own words.

## Recipients

recipient-kind-processor = processor
    .help = Handles the data on your behalf and on your instructions, for example an IT supplier.
recipient-kind-controller = independent controller
    .help = Decides for itself how the data is used, for example a bank, a carrier with its own responsibility or an auditor.
recipient-kind-joint-controller = joint controller
    .help = Decides together with you why and how the data is processed (GDPR Art. 26), for example Meta for a Facebook pixel or page insights, or group companies sharing one customer register. You then say what each of you is responsible for and whom people contact.
recipient-kind-group-company = group company
    .help = Another company in the same group as you.
recipient-kind-authority = public authority
    .help = A public body you give data to because the law requires it, for example the Swedish Tax Agency.
recipient-kind-other-users = other users of the service
    .help = People who use your service and can see some of the data, for example other members of a forum or the other party to a booking.
recipient-kind-public = the public
    .help = Anyone can read the data because you publish it, for example a review, a comment or a public profile.
recipient-kind-prospective-buyer = a prospective buyer or successor
    .help = If you sell the business or merge it with another, the buyer or successor receives the data it needs to assess and take over the business. Who that is is not known in advance, so no country is asked.

## Safeguards for transfers outside the EU/EEA

safeguard-adequacy = adequacy decision
    .help = The European Commission has decided that the country protects personal data well enough.
safeguard-data-privacy-framework = EU–US Data Privacy Framework
    .help = The recipient in the United States is certified under the Data Privacy Framework. Not sure? Search for the company on the list at www.dataprivacyframework.gov.
safeguard-standard-contractual-clauses = standard contractual clauses
    .help = A ready-made data protection contract from the European Commission. Large providers usually include it in their data processing agreement (DPA): look there for “standard contractual clauses”.
safeguard-binding-corporate-rules = binding corporate rules
    .help = The recipient follows group-wide rules approved by a data protection authority. The provider says so in its data processing agreement or its privacy policy.
safeguard-derogation = derogation for specific situations (Article 49)
    .help = No other safeguard exists and the transfer relies on one of the derogations in Article 49, such as explicit consent. Then choose which derogation.

## Derogations for specific situations (Article 49(1))

derogation-explicit-consent = explicit consent after being told of the risks
    .help = The person has explicitly agreed to this transfer after you told them of its risks (Article 49(1)(a)).
derogation-contract = necessary for a contract with the person
    .help = The transfer is necessary to perform a contract with the person, or for steps before a contract that they asked for (Article 49(1)(b)).
derogation-contract-for-person = necessary for a contract in the person's interest
    .help = The transfer is necessary to make or perform a contract with someone else in the person's interest (Article 49(1)(c)).
derogation-public-interest = important reasons of public interest
    .help = The transfer is necessary for important reasons of public interest recognised in EU or Swedish law (Article 49(1)(d)).
derogation-legal-claims = legal claims
    .help = The transfer is necessary to establish, exercise or defend legal claims (Article 49(1)(e)).
derogation-vital-interests = protecting vital interests
    .help = The transfer is needed to protect someone's life or health when the person cannot consent (Article 49(1)(f)).
derogation-public-register = data from a public register
    .help = The data comes from a register that the law says is there to inform the public (Article 49(1)(g)).

## Grounds for automated decisions (Article 22(2))

decision-ground-contract = necessary for a contract with the person
    .help = The decision is necessary to enter into or perform a contract with the person (Article 22(2)(a)).
decision-ground-law = authorised by law
    .help = An EU or Swedish law authorises the decision and requires safeguards for the person (Article 22(2)(b)).
decision-ground-explicit-consent = the person's explicit consent
    .help = The person has explicitly agreed to the decision being made automatically (Article 22(2)(c)).

## Cookies

cookie-category-necessary = strictly necessary
    .help = Needed for the website, or a service the visitor has asked for, to work. Needs no consent.
cookie-category-preferences = preferences
    .help = Remembers choices the visitor has made, such as language. Needs consent.
cookie-category-statistics = statistics
    .help = Measures how the website is used. Needs consent.
cookie-category-marketing = marketing
    .help = Used for advertising or to follow visitors across websites. Needs consent.

party-first = first party
    .help = It belongs to your own website's domain, even when another company's script sets it and receives its data (Google Analytics' _ga).
party-third = third party
    .help = It belongs to another company's domain, such as an ad network's.

technology-cookie = cookie
    .help = A small text file the website stores in the visitor's browser.
technology-local-storage = local storage
    .help = Data the website keeps in the browser's local storage; it stays until it is deleted.
technology-session-storage = session storage
    .help = Data the website keeps in the browser's session storage; it goes when the tab is closed.
technology-pixel = tracking pixel
    .help = An invisible image or script (a web beacon, such as the Meta pixel) that reports the visit to its provider.
technology-sdk = SDK in an app
    .help = A software development kit in your mobile app that stores or reads data on the phone, such as an analytics or advertising SDK.
technology-fingerprinting = device fingerprinting
    .help = The device's characteristics (screen, fonts, settings) read to recognise it without storing anything.

## How changes are announced (used in the sentence "We announce changes …")

change-channel-website = on our website
    .help = You publish the new version on your website and show that the policy has changed.
change-channel-email = by email
    .help = You email the change to the people whose email address you have.
change-channel-account-message = with a message in your account
    .help = You show a message when users log in to their account.

## Security measures

security-encryption-in-transit = encryption of data sent over the internet
    .help = Your website and email use encryption (HTTPS and TLS).
security-encryption-at-rest = encryption of stored data
    .help = The data is encrypted where it is stored, for example on servers and computers.
security-access-control = access control, so that only those who need the data can reach it
    .help = Each member of staff can reach only the data they need for their work.
security-two-factor = two-factor authentication for logging in
    .help = Logging in to systems with personal data takes more than a password.
security-backups = regular backups
    .help = You take backups so that data is not lost.
security-logging = logs of who has accessed data
    .help = Your systems log who reads or changes data.
security-staff-training = data protection training for staff
    .help = Those who handle personal data are trained to do it safely.
security-processor-agreements = data processing agreements with everyone who processes data for us
    .help = You have written agreements with every processor (Article 28).
security-pseudonymisation = pseudonymisation, so that the data cannot be linked directly to you
    .help = Names and other direct identifiers are replaced with codes where they are not needed.
security-physical-security = locked premises and protected equipment
    .help = Paper and computers with personal data are kept locked away or protected.

## Countries (proper names; the help says whether a transfer there needs a safeguard)

country-AT = Austria
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-BE = Belgium
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-BG = Bulgaria
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-HR = Croatia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-CY = Cyprus
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-CZ = Czechia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-DK = Denmark
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-EE = Estonia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-FI = Finland
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-FR = France
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-DE = Germany
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-GR = Greece
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-HU = Hungary
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-IE = Ireland
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-IT = Italy
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-LV = Latvia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-LT = Lithuania
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-LU = Luxembourg
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-MT = Malta
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-NL = Netherlands
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-PL = Poland
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-PT = Portugal
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-RO = Romania
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-SK = Slovakia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-SI = Slovenia
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-ES = Spain
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-SE = Sweden
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-IS = Iceland
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-LI = Liechtenstein
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-NO = Norway
    .help = Inside the EU/EEA: the same data protection rules apply, so no extra safeguard is needed.
country-US = United States
    .help = Outside the EEA: a transfer here needs a recipient certified under the Data Privacy Framework or another safeguard, such as standard contractual clauses.
country-GB = United Kingdom
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-CH = Switzerland
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-CA = Canada
    .help = Outside the EEA: the European Commission has decided that the country gives adequate protection for commercial organisations.
country-JP = Japan
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-KR = South Korea
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-NZ = New Zealand
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-IL = Israel
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-AR = Argentina
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-UY = Uruguay
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-AD = Andorra
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-FO = Faroe Islands
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-GG = Guernsey
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-IM = Isle of Man
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-JE = Jersey
    .help = Outside the EEA, but the European Commission has decided that the country gives adequate protection.
country-AU = Australia
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-IN = India
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-CN = China
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-SG = Singapore
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-BR = Brazil
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-ZA = South Africa
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-AE = United Arab Emirates
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-TR = Turkey
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-UA = Ukraine
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-RS = Serbia
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-PH = Philippines
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-VN = Vietnam
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-TW = Taiwan
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-HK = Hong Kong
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-ID = Indonesia
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-MY = Malaysia
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-MU = Mauritius
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-MX = Mexico
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-RU = Russia
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-VG = British Virgin Islands
    .help = Outside the EEA and without an adequacy decision: a transfer here needs a safeguard, such as standard contractual clauses.
country-varies = countries that vary
    .help = The recipient processes the data in countries that change over time, such as a cloud provider's subcontractors. Only standard contractual clauses or binding corporate rules can cover such transfers.

# Laws that keep data against some rights (activities[].restrictions).
restriction-patient-records = patient records (Patient Data Act)
restriction-bookkeeping-records = accounting records (Bookkeeping Act)
restriction-anti-money-laundering-records = customer due diligence records (Anti-Money Laundering Act)
restriction-employment-records = employment records kept by law

# Safeguards under the UK GDPR, for an organisation in the UK (recipients[].uk_safeguard).
uk-safeguard-uk-extension = UK Extension to the Data Privacy Framework (certified US organisations)
    .help = The recipient in the United States is certified under the UK Extension to the EU–US Data Privacy Framework.
uk-safeguard-idta = International Data Transfer Agreement (IDTA)
    .help = The ICO’s transfer agreement, agreed with the recipient.
uk-safeguard-addendum = EU standard contractual clauses with the UK Addendum
    .help = The EU clauses, with the ICO’s International Data Transfer Addendum, agreed with the recipient.
uk-safeguard-binding-corporate-rules = binding corporate rules approved by the ICO
    .help = The recipient’s group rules, approved by the Information Commissioner’s Office.
uk-safeguard-derogation = a derogation for a specific situation (UK GDPR Art. 49)
    .help = Only for an occasional transfer in a situation Article 49 names; choose which under “Which derogation the transfer relies on”.

# What varies when a recipient's countries vary (recipients[].varies_how).
varies-how-change-over-time = they change over time
    .help = Such as a cloud provider's subcontractors. Only standard contractual clauses or binding corporate rules cover such transfers.
varies-how-several = several fixed countries, not listed
    .help = Such as a group's companies or suppliers inside and outside the EU/EEA. Only standard contractual clauses or binding corporate rules cover them all.
varies-how-chosen-by-person = the country the person chooses
    .help = Such as a seller, a host or a hotel the person picks. It may be inside the EU/EEA; outside, a derogation such as the contract with the person can cover the transfer.
varies-how-where-required = wherever the law requires it
    .help = Such as courts and authorities abroad that a disclosure goes to when the law requires it. A derogation (legal claims, public interest) can cover it.

# What ends when the "after the relationship ends" retention period starts (activities[].retention.ends).
relationship-end-membership = the membership
    .help = The policy says “after your membership ends”.
relationship-end-contract = the contract
    .help = The policy says “after our contract with you ends”, or “with your organisation” for contact persons.
relationship-end-account = the account
    .help = The policy says “after you close your account”.
relationship-end-employment = the employment
    .help = The policy says “after your employment ends”.
relationship-end-last-purchase = the last purchase
    .help = For a shop without customer accounts. The policy says “after your last purchase”.
relationship-end-last-contact = the last contact
    .help = Such as business contacts and enquiries. The policy says “after our last contact with you”.

# Why the GDPR reaches an organisation outside the EEA (organisation.gdpr_reach, Art. 3(2)).
gdpr-reach-offering = we offer goods or services to people in the EU or the EEA
    .help = Article 3(2)(a): you sell or offer something to people there, paid or free, for example a website in their language or prices in euros.
gdpr-reach-monitoring = we monitor the behaviour of people in the EU or the EEA
    .help = Article 3(2)(b): you track or profile people there, for example online tracking for advertising or scoring of leads.
gdpr-reach-both = both
    .help = Article 3(2)(a) and (b): you offer goods or services to people there and monitor their behaviour.

# The data subject's rights, with the article of the GDPR (the policy as data).

right-access = right of access
right-rectification = right to rectification
right-erasure = right to erasure
right-restriction = right to restriction of processing
right-portability = right to data portability
right-objection = right to object
right-automated-decisions = right not to be subject to a decision based solely on automated processing
right-withdraw-consent = right to withdraw consent
right-complaint = right to lodge a complaint with a supervisory authority

# An impact assessment of a processing activity (activities[].record.dpia, Article 35).
dpia-not-needed = not needed
    .help = The processing is unlikely to result in a high risk to the people concerned.
dpia-done = done
    .help = An impact assessment has been made. Say where it is kept.
dpia-needed = needed but not done
    .help = The processing may result in a high risk, such as special categories of data on a large scale or systematic monitoring. Make the assessment before the processing starts.
