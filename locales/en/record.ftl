# The record of processing activities (Article 30 GDPR): policywright record and the app's
# "Record of processing…". The answers only the record holds never appear in the policy.

record-title = Record of processing activities: { $org }
# $date: the day the record was last reviewed, or the day the policy applies from.
record-article = Article
record-date-line = Article 30 GDPR · last reviewed { $date }
record-date-line-unreviewed = Article 30 GDPR · not yet reviewed
record-intro = This record describes the processing of personal data that { $org } is responsible for. It is built from the same answers as the privacy policy, version { $version }, and from the internal answers of the step “For your record”. The supervisory authority may ask to see it.

record-part-controller = Controller
record-part-required = Must you keep a record?
record-part-activities = Processing activities
record-part-recipients = Recipients and transfers
record-part-measures = Security measures
record-part-processor = Processing on behalf of others (Article 30(2))

record-field = Item
record-value = Content
record-name = Name
record-contact = Contact details
record-org-number = Organisation number
record-dpo = Data protection officer
record-representative = Representative in the EU (Article 27)
record-joint = Joint controllers
record-keeper = Responsible for the record
record-none = None
record-not-given = Not given

record-purpose = Purpose (Article 30(1)(b))
record-basis = Legal basis (Article 6(1))
record-special-condition = Condition for special categories of data (Article 9(2))
record-laws = Law the processing rests on
record-people = Categories of data subjects (Article 30(1)(c))
record-data = Categories of personal data (Article 30(1)(c))
record-special = special category
record-recipients = Categories of recipients (Article 30(1)(d))
record-transfers = Transfers to third countries (Article 30(1)(e))
record-retention = Time limit for erasure (Article 30(1)(f))
record-owner = Business function or owner
record-systems = Systems and places where the data is kept
record-source = Where the data comes from
record-source-person = From the data subject
record-rights = Rights that apply
record-dpia = Data protection impact assessment (Article 35)
record-dpia-not-needed = Not needed
record-dpia-done = Done
record-dpia-needed = Needed but not done
record-dpia-unanswered = Not assessed
record-consent-where = Where consent is recorded
record-assessment-where = Where the legitimate interests assessment is
record-contract = Processor contract
record-role = Role
record-countries = Countries
record-safeguard = Safeguard (Chapter V)
record-in-eea = within the EEA
record-measures-lead = General description of the technical and organisational security measures (Articles 30(1)(g) and 32(1)):
record-processor-controller = Controller (customer)
record-processor-processing = Categories of processing (Article 30(2)(b))
record-processor-transfers = Transfers to third countries (Article 30(2)(c))
record-processor-measures = Security measures (Article 30(2)(d))

# Article 30(5): the exemption for organisations with fewer than 250 employees.
record-required-many = Yes. You have { $employees } employees, and the exemption in Article 30(5) applies only to organisations with fewer than 250.
record-required-regular = Yes. You have fewer than 250 employees, but the exemption in Article 30(5) applies only if the processing is occasional. Your processing is regular, such as a customer register, bookkeeping or a newsletter, so the record must be kept.
record-required-special = Yes. You have fewer than 250 employees, but you process special categories of personal data ({ $data }), so the exemption in Article 30(5) does not apply.
record-maybe-exempt = Perhaps not. You have fewer than 250 employees, the processing is only occasional and includes no special categories of data. The exemption in Article 30(5) then applies, but only if the processing is also unlikely to result in a risk to the people concerned. A record is still the simplest way to show that you comply.
record-required-unknown = Give the number of employees in the step “For your record”. The exemption in Article 30(5) applies only to organisations with fewer than 250 employees whose processing is occasional, unlikely to result in a risk and includes no special categories of data or data on criminal offences. Almost every organisation processes data regularly and must therefore keep a record.

# The spreadsheet: the sheets' names (at most 31 characters).
record-sheet-organisation = Organisation
record-sheet-activities = Processing activities
record-sheet-recipients = Recipients and transfers
record-sheet-processor = On behalf of others
record-column-activity = Processing activity

# The record's PDF: title and subject in the metadata, the version line.
record-name-pdf = Record of processing activities
record-subject = Processing of personal data by { $org }
record-version-line = Built on the privacy policy version { $version } · effective from { $date }
