# Publishing, history, comparison, lint and the review memo (src/review/).

## Lint: one line each, shown with the place (`lint-<id>`, ids in src/review/lint.rs).
lint-repealed-reference = The text cites { $reference }, which is repealed or invalid: cite what applies today instead.
lint-outdated-name = “{ $reference }” is out of date: { $now }.
lint-consent-without-withdrawal = Consent is a legal basis here, but the text never says that and how consent can be withdrawn (Art. 7(3), 13(2)(c)).
lint-children-without-guardian-consent = The service is aimed at children, but the text does not say how a parent or guardian consents for a child too young to consent alone.
lint-languages-differ = This document's sections differ from the { $other } document's: { $sections }.
lint-vague-wording = Vague wording, { $count } in this section ({ $phrases }): say what you do and when.
lint-hard-to-read = Hard to read ({ $score }; the limit is { $limit }): shorter sentences and shorter words help.
lint-document-sv = the Swedish document
lint-document-en = the English document
lint-silenced = silenced: { $reason }
lint-title-repealed-reference = Repealed law cited
lint-title-outdated-name = Out-of-date name
lint-title-consent-without-withdrawal = Consent without withdrawal
lint-title-children-without-guardian-consent = No guardian's consent
lint-title-languages-differ = Languages differ
lint-title-vague-wording = Vague wording
lint-title-hard-to-read = Hard to read

## Publishing and the history
publish-refused-errors = { $count ->
    [one] The project has one error
   *[other] The project has { $count } errors
}: fix them before publishing. The file was not changed.
publish-refused-no-version = No version number: give one with --version or in the policy's version field. The file was not changed.
publish-refused-already-published = Version { $version } was published already ({ $date }): give the new version its own number. The file was not changed.
publish-refused-bad-date = “{ $date }” is not a date of the form YYYY-MM-DD. The file was not changed.
publish-refused-date-before-last = { $date } is earlier than the last published version, { $version } of { $last }: a new version cannot take effect before it. The file was not changed.
publish-done = Published version { $version }, effective from { $date }, in { $languages }.
history-empty = No version has been published yet.
history-not-recorded = text not recorded
version-unknown = Version { $version } is not in the history.
version-not-recorded = Version { $version } has no recorded text in { $language } (it was published before policywright kept the text).
version-label = version { $version }
version-draft = the draft
export-other-version = { $file } is from another version ({ $version }): overwrite it?

## The comparison
diff-title = Changes to the privacy policy of { $org }: { $from } → { $to }
diff-summary = { $count ->
    [0] No section changed.
    [one] One section changed.
   *[other] { $count } sections changed.
}
diff-legend = Inserted words are underlined and marked { $ins }; deleted words are struck through and marked { $del }.
diff-legend-inserted = inserted
diff-legend-deleted = deleted
diff-unchanged = Unchanged.
diff-changed = Changed.
diff-added = New section.
diff-removed = Section removed.
diff-moved = Moved; the text is unchanged.
diff-moved-changed = Moved and changed.
diff-renamed = (Previously “{ $old }”.)

## The review memo
memo-name = Review memo
memo-subject = Review of the privacy policy of { $org }
memo-title = Review memo: privacy policy of { $org }
memo-version-line = Version { $version } · effective from { $date }
memo-intro = This memo reviews the privacy policy of { $org }, version { $version }, in { $languages }. It lists which information Articles 13 and 14 of the GDPR require and where the policy gives it, every error and warning in the answers, the lint findings and how readable the text is.
memo-summary = Summary
memo-summary-items = Art. 13/14 items that apply: { $applies }; not covered: { $missing }.
memo-summary-diagnostics = Errors: { $errors }; warnings: { $warnings } ({ $answers } in the answers and { $findings } findings in the text).
memo-summary-lint = Lint findings: { $findings }; silenced checks: { $silenced }.
memo-coverage = Information required by Articles 13 and 14
memo-col-item = Item
memo-col-articles = Article
memo-col-applies = Applies
memo-yes = yes
memo-no = no
memo-not-covered = **not covered**
memo-not-applicable = –
memo-diagnostics = Errors and warnings
memo-diagnostics-none = No errors or warnings.
memo-error = Error
memo-warning = Warning
memo-field = field { $path }
memo-lint = Lint findings
memo-lint-none = No lint findings.
memo-col-check = Check
memo-col-where = Where
memo-col-finding = Finding
memo-silenced = Silenced checks
memo-silenced-none = No check is silenced.
memo-col-reason = Reason
memo-col-hidden = Findings hidden
memo-readability = Readability
# Under the heading of the text's language, for a language measured with LIX (or Flesch below).
memo-readability-intro-lix = LIX (words per sentence plus the share of words over six letters, in per cent). Up to 40 is easy to read; above { $limit } is difficult.
memo-readability-intro-flesch = Flesch reading ease (0–100, higher is easier). 60 and above is plain English; below { $limit } is difficult.
memo-col-section = Section
memo-col-words = Words
memo-col-sentences = Sentences
memo-col-score = Score
memo-col-assessment = Assessment
memo-hard = difficult
memo-ok = acceptable
memo-total = Whole document
memo-clauses = Clause texts other than the built-in ones
memo-clauses-none = Every clause uses the program's built-in text.
memo-col-clause = Clause
memo-col-language = Language
memo-col-source = Text from
memo-col-status = Status
memo-source-house-style = house style
memo-source-override = rewritten for this project
memo-source-custom = this project's own clause
memo-clause-current = in use
memo-clause-stale = in use, but the default text has changed since this text was written: compare and merge
memo-clause-not-applying = not in the policy: it does not apply to these answers
memo-item-controller = Identity and contact details of the controller
memo-item-dpo = Contact details of the data protection officer
memo-item-purposes = Purposes and legal basis
memo-item-categories = Categories of personal data
memo-item-legitimate-interests = Legitimate interests pursued
memo-item-recipients = Recipients
memo-item-transfers = Transfers outside the EEA and safeguards
memo-item-retention = Storage period
memo-item-rights = The data subject's rights
memo-item-withdraw-consent = Right to withdraw consent
memo-item-complaint = Right to complain to a supervisory authority
memo-item-requirement = Whether the data must be provided, and what follows if not
memo-item-source = Source of the data
memo-item-automated-decisions = Automated decisions and profiling
memo-item-further-processing = Information before processing for a new purpose
export-refused-other-version = Nothing was exported: pass --force to write over these files, or --versioned to put the version in the file names.
project-unreadable = { $file } cannot be read as a project (see the problems above).
services-column-id = id
services-column-name = name
services-column-provider = provider
services-column-role = role
services-column-countries = countries
services-column-safeguard = safeguard
services-column-checked = checked
services-checked = The catalogue's facts were last checked on { $date }. A project names a service with service = "id" in a recipient or a cookie item.
services-none-found = No service in the catalogue matches.
export-draft-marked = The answers have changed since version { $version } was published, so the files are marked as a draft (the version line, the PDF's metadata and, with --versioned, the file names). Publish a new version to export it as one.
service-not-in-catalogue = “{ $id }” is not in this version's catalogue of services.
not-a-project = { $file } is not a Policywright project. A project is a TOML file with schema_version and an [organisation] table; start one with “policywright new FILE”.
