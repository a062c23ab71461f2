# The data subject's rights (templates/rights.md).

rights-title = Your rights
# The start of the sentence for an organisation in the UK (UK GDPR and GDPR). Continues with rights-intro.
rights-intro-uk = The UK GDPR and the GDPR give
# The start of the sentence for other organisations. Continues with rights-intro.
rights-intro-gdpr = The GDPR gives
# The rest of the sentence begun by rights-intro-uk or rights-intro-gdpr.
rights-intro = you a number of rights when we use your personal data.
rights-intro-with-us = These are the rights you have with us.

## One item per right. The label is in bold and ends with a full stop.

rights-access-label = Right of access.
rights-access-know = You have the right to know whether we use personal data about you.
rights-access-copy = If we do, you have the right to a copy of the data and to information about how we use it.
rights-rectification-label = Right to rectification.
rights-rectification = If data about you is wrong or incomplete, you have the right to have it corrected or completed.
rights-erasure-label = Right to erasure.
# Ends without a full stop: rights-erasure-withdrawn may follow.
rights-erasure = You have the right to have your data deleted, for example when we no longer need it for the purpose
# Follows rights-erasure when some processing is based on consent. Ends without a full stop.
rights-erasure-withdrawn = or when you withdraw your consent
# When other laws limit the rights (the list further down).
rights-erasure-limited = Laws limit this right for some data, as described below.
rights-erasure-kept-by-law = We delete data that the law requires us to keep, such as our accounting records, only when that period has ended.
rights-restriction-label = Right to restriction of processing.
rights-restriction = You have the right to ask us only to store your data for the time being, and not use it in any other way.
rights-restriction-example = This applies, for example, while we check whether it is correct.
rights-object-label = Right to object.
# Ends without a full stop: rights-object-public-task and rights-object-profiling may follow.
rights-object = You have the right to object at any time to processing that we base on a legitimate interest
# Follows rights-object. Ends without a full stop.
rights-object-public-task = or a task in the public interest
# Follows rights-object after a comma. Ends without a full stop.
rights-object-profiling = including profiling based on it
rights-object-grounds = Your objection must rest on grounds relating to your particular situation.
rights-object-stop = We then stop, unless we can show compelling legitimate grounds that override your interests, rights and freedoms.
rights-object-legal-claims = We can also continue if we need the data to establish, exercise or defend legal claims.
# Direct marketing. The sentence is rights-marketing-you + (rights-marketing-also when the right to object has already been stated) + rights-marketing.
rights-marketing-you = You
rights-marketing-also = also
# Ends without a full stop: rights-marketing-profiling may follow.
rights-marketing = always have the right to object to our use of your data for direct marketing
# Follows rights-marketing after a comma. Ends without a full stop.
rights-marketing-profiling = including profiling linked to it
rights-marketing-stop = We then stop, with no weighing of interests.
rights-portability-label = Right to data portability.
rights-portability = You have the right to receive the data you have given us in a structured, commonly used and machine-readable format.
rights-portability-when = This applies where we process it by automated means on the basis of your consent or a contract with you.
rights-portability-transfer = You also have the right to have it sent directly to another organisation, where that is technically possible.
rights-withdraw-label = Right to withdraw consent.
rights-withdraw = When we use your data on the basis of your consent, you have the right to withdraw it at any time.
rights-withdraw-before = This does not affect what we did with the data before you withdrew your consent.

## Limits in other laws. $law in each item: the statute's name.

rights-restrictions-intro = Other laws limit some of these rights:
rights-patient-records-label = Patient records.
rights-patient-records-keep = We must keep patient records under { $law }, as a rule for at least ten years after the last entry.
rights-patient-records-no-erasure = So we cannot erase a record when you ask us to (Article 17(3)(b) and (c) GDPR).
rights-patient-records-ivo = Only the Health and Social Care Inspectorate (IVO) can decide that a record is destroyed, on an application from you.
rights-patient-records-correct = If an entry in your record is wrong, we correct it so that the old entry can still be read.
rights-patient-records-note = You can also have a note entered in the record that you disagree.
rights-patient-records-copy = Your first copy of your record is free of charge.
# When the organisation has patients under 18.
rights-patient-records-minor = If you are under 18, your parent or guardian usually exercises your rights.
rights-patient-records-minor-maturity = Once you have reached a certain age and maturity, we take your wishes into account, and your parent or guardian can then be refused access to information in your record.
rights-bookkeeping-records-label = Accounting records.
rights-bookkeeping-records-keep = We must keep invoices, receipts and other accounting records under { $law } until the end of the seventh year after the calendar year in which the financial year ended.
rights-bookkeeping-records-no-erasure = Until then we cannot erase them, even if you ask us to.
rights-aml-records-label = Customer due diligence.
rights-aml-records-keep = We must keep the data we collected to know our customers for as long as { $law } requires.
rights-aml-records-no-erasure = Until then we cannot erase it.
rights-aml-records-tipping-off = If we have reported a suspicion of money laundering, we are not allowed to tell you, not even when you ask for your data.
rights-employment-records-label = Employment records.
rights-employment-records-keep = We must keep some data about employees under { $law } and other laws.
rights-employment-records-erase = We erase it only when the period the law sets has ended.

## How to exercise the rights, fees and response times.

rights-exercise = Do you want to exercise any of your rights?
# $email: the organisation's email address as a link. Ends without a full stop: rights-exercise-form may follow.
rights-exercise-email = Email us at { $email }
# $form: the address of the organisation's form as a link. Ends without a full stop.
rights-exercise-form = or use the form at { $form }
# When the organisation gave no email address.
rights-exercise-contact = Contact us.
rights-free = It is normally free of charge.
rights-unfounded = If a request is manifestly unfounded or excessive, for example because it is repeated, the law lets us charge a reasonable fee or refuse to act on it.
rights-extra-copies = If you ask for more than one copy of your data, we can charge a reasonable fee for the extra copies.
# The organisation's own response time. $number: the number of days in words or figures. Followed by rights-day or rights-days and then rights-reply-from-request.
rights-reply-within = We reply without undue delay and within { $number }
rights-day = day
rights-days = days
# Ends the sentence begun by rights-reply-within (after the number of days).
rights-reply-from-request = of receiving your request at the latest.
rights-reply-promise = The law gives us one month, so this is a promise of a quicker reply.
# When the organisation gave no response time of its own: the legal time limit (Article 12(3)).
rights-reply-month = We reply without undue delay and within one month of receiving your request at the latest.
rights-extension = If your request is particularly complex, or if you have made many requests, the law lets us extend this by up to two further months.
# Ends without a full stop: followed by the response time (number of days and rights-day/rights-days, or rights-one-month) and rights-extension-why.
rights-extension-notice = We will then tell you so within
rights-one-month = one month
# Ends the sentence begun by rights-extension-notice.
rights-extension-why = of receiving your request and explain why.

# Followed by the organisation's description of how it checks identity.
rights-identity = We need to know that it is really you asking, so that we do not give data to the wrong person.
