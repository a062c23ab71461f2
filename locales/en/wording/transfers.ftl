# Transfers outside the EU/EEA (templates/transfers.md).

transfers-title = Transfers outside the EU/EEA
# The introduction when we are established in the United Kingdom (both the UK GDPR and the GDPR apply).
transfers-uk-intro = We are established in the United Kingdom, so two laws decide where we can send your personal data. The UK GDPR applies when the data leaves the United Kingdom. The GDPR applies to us under Article 3(2) when the data goes to a country outside the EU and the EEA (the European Economic Area). For each recipient you can see what each law requires and what we rely on.

## The introduction otherwise, in parts: the start (one or several recipients), "transfers-intro-outside", the words for third country (one or several countries) and their full stop, "transfers-intro-grounds".

# The start when one recipient has the data outside the EU/EEA.
transfers-intro-one = One recipient processes your personal data in a country
# The start when several recipients do.
transfers-intro-some = Some recipients process your personal data in countries
# Follows "transfers-intro-one" or "transfers-intro-some". Ends without a full stop: the sentence goes on with "transfers-intro-third-country" or "transfers-intro-third-countries".
transfers-intro-outside = outside the EU and the EEA (the European Economic Area), known as
# When there is one country. Ends without a full stop: the clause adds it.
transfers-intro-third-country = a third country
# When there are several countries. Ends without a full stop: the clause adds it.
transfers-intro-third-countries = third countries
transfers-intro-grounds = EU data protection rules do not apply there in the same way. So we transfer data there only on one of the grounds that the GDPR sets out. For each recipient you can see which one we rely on.

## One item per recipient.

# Instead of the recipient's name when it has none.
transfers-recipient = Recipient
transfers-uk-domestic = Under the UK GDPR, this is not a restricted transfer, because the data stays in the United Kingdom.
# $rule: the adequacy regulations or rule in UK law.
transfers-uk-adequacy = Under the UK GDPR, the country gives adequate protection, so no further safeguard is needed. This follows from { $rule }.
# $rule: the rule in UK law that makes the UK Extension a basis for transfers.
transfers-uk-extension = Under the UK GDPR, the transfer relies on the recipient's certification under the UK Extension to the EU–US Data Privacy Framework. This follows from { $rule }.
transfers-uk-idta = Under the UK GDPR, the transfer relies on the International Data Transfer Agreement (IDTA) issued by the Information Commissioner's Office, which we have agreed with the recipient.
transfers-uk-addendum = Under the UK GDPR, the transfer relies on the European Commission's standard contractual clauses with the International Data Transfer Addendum issued by the Information Commissioner's Office, which we have agreed with the recipient.
transfers-uk-binding-corporate-rules = Under the UK GDPR, the transfer relies on the recipient's binding corporate rules, approved by the Information Commissioner's Office.
transfers-uk-derogation = Under the UK GDPR, the transfer relies on a derogation for a specific situation (Article 49 UK GDPR).
# $safeguard: what the GDPR says about the transfer, from the macro "eu_transfer" (macros.md); it starts with a space, so there is none after the colon.
transfers-under-gdpr = Under the GDPR:{ $safeguard }
# When we are established in the United Kingdom and the recipient is in the EU/EEA.
transfers-gdpr-inside-eea = Under the GDPR, this is no transfer to a third country, because the recipient is in the EU or the EEA.
# Followed by the text on how to get a copy of the safeguards, or by "transfers-copy-contact-us".
transfers-copy = How to get a copy:
# After "transfers-copy" when no text of our own is given.
transfers-copy-contact-us = contact us.
