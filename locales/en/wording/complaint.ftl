# Complaints to the supervisory authority (templates/complaint.md).

complaint-title = Complaints to the supervisory authority
complaint-unhappy = Are you unhappy with how we use your personal data?
complaint-contact-us-first = You are welcome to contact us first, and we will try to put it right.
# Only where a law requires it (section 164A of the UK Data Protection Act 2018).
complaint-acknowledge = We confirm within 30 days that we have received your complaint.
# $rule: the rule that requires this handling ("section 164A of the Data Protection Act 2018").
complaint-handle = We look into it without undue delay and tell you the outcome, as { $rule } requires.
# The organisation is established in the EU or EEA.
complaint-right-eea = You have the right to complain to a data protection supervisory authority, in particular in the EU or EEA country where you live or work or where the alleged infringement took place.
# The start of a sentence that ends with the authority's name and a colon; the authority's contact details follow. $country: the country of the authority.
complaint-in-country = In { $country } it is
# The same kind of sentence start when the country is not known, or the authority is one of several.
complaint-one-of-them = One of them is
# The organisation is established outside the EU and EEA, in a country with its own authority. $authority: that authority's name. Ends without a full stop: the authority's website can follow in brackets.
complaint-right-home = You have the right to complain to { $authority }
complaint-also-eea = If you live or work in the EU or EEA, or the alleged infringement took place there, you can also complain to a supervisory authority in that country.
# The organisation is established outside the EU and EEA, in a country with no known authority.
complaint-right-any = You have the right to complain to a data protection supervisory authority in the EU or EEA country where you live or work or where the alleged infringement took place.
# The labels of the list of the authority's contact details; the detail follows the colon.
complaint-label-address = Postal address:
complaint-label-website = Website:
complaint-label-email = Email:
complaint-label-phone = Phone:
