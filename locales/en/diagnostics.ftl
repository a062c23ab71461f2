# Messages for errors and warnings about a project (`diag-<code>`).
diag-toml-syntax = The file is not valid TOML: { $detail }
diag-unknown-field = Unknown field `{ $name }`. Expected one of: { $expected }
diag-missing-field = The required field `{ $name }` is missing.
diag-unknown-choice = `{ $value }` is not one of the choices here ({ $expected }).
diag-wrong-type = Wrong kind of value: { $detail }
diag-schema-version = This file has schema version { $found }; this version of policywright reads version { $supported }.
diag-required = This answer is required.
diag-translation-missing = { $lang ->
    [sv] The Swedish text is missing.
   *[en] The English text is missing.
}
diag-email-invalid = `{ $value }` is not a valid e-mail address.
diag-url-invalid = `{ $value }` is not a web address starting with https:// (or http://).
diag-date-invalid = `{ $value }` is not a date written as YYYY-MM-DD.
diag-country-unknown = `{ $value }` is not a country code the app knows (two letters, such as SE or US).
diag-org-number-format = `{ $value }` is not an organisation number: write ten digits as NNNNNN-NNNN.
diag-org-number-checksum = `{ $value }` has the wrong check digit: check the organisation number for typing errors.
diag-representative-missing = The organisation is outside the EU: name its representative in the EU (GDPR Art. 27), unless an exception applies.
diag-languages-empty = Choose at least one language to publish the policy in.
diag-prevailing-not-published = The prevailing language is not one of the languages the policy is published in.
diag-activities-empty = Add at least one processing activity: what personal data you use, and why.
diag-purpose-missing = Choose a purpose from the list, or describe the purpose in your own words.
diag-legitimate-interest-missing = The legal basis is legitimate interests: say which interest you pursue.
diag-special-condition-missing = This activity uses special categories of data: choose the condition of GDPR Art. 9(2) that allows it.
diag-special-condition-unused = A condition for special categories is set, but this activity uses no special categories of data.
diag-identity-number-reason-missing = Explain why personal identity numbers are needed: they may be used without consent only where it is clearly justified (Data Protection Act 3:10).
diag-consequence-missing = Say what happens if a person does not provide the data.
diag-retention-months-missing = Enter the number of months the data is kept.
diag-retention-text-missing = Describe how long the data is kept, or the criteria that decide it.
diag-retention-withdrawn-without-consent = "Until consent is withdrawn" fits only processing based on consent.
diag-transfer-safeguard-missing = { $country } is outside the EEA: choose the safeguard for the transfer (adequacy decision, Data Privacy Framework, standard contractual clauses, binding corporate rules or an Art. 49 derogation).
diag-safeguard-not-needed = { $country } is inside the EEA: no transfer safeguard is needed.
diag-adequacy-missing = There is no adequacy decision for { $country }: choose another safeguard.
diag-adequacy-needs-dpf = The adequacy decision for the USA covers only organisations certified under the EU-US Data Privacy Framework: choose that safeguard instead.
diag-dpf-not-us = The Data Privacy Framework applies only to organisations in the USA, not { $country }.
diag-safeguard-copy-missing = Say how a person can get a copy of the safeguard (GDPR Art. 13(1)(f)).
diag-lifetime-invalid = `{ $value }` is not a lifetime: write "session" or a number and a unit, such as "30 days", "13 months" or "2 years".
diag-cookie-consent-missing = Some cookies need consent: describe how visitors give it.
diag-cookie-withdrawal-missing = Describe how visitors withdraw or change their cookie consent.
diag-guardian-consent-missing = The service is aimed at children: describe how a guardian consents for children under 13.
diag-response-too-slow = { $days } days is longer than the month the GDPR allows for answering (Art. 12(3)); an extension must be explained to the person.
diag-repealed-reference = The text cites { $reference }, which is repealed or invalid: cite the current decision instead.
diag-old-authority-name = Datainspektionen has been called Integritetsskyddsmyndigheten (IMY) since 1 January 2021.
