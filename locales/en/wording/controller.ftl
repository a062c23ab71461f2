# The controller and its contact details (templates/controller.md).

controller-title = Who is responsible for your data
# The rest of a sentence that begins with the organisation's name (and its registration number in brackets, if any).
controller-named-is-controller = is the controller of your personal data.
# When the organisation has given no name.
controller-we-are-controller = We are the controller of your personal data.
controller-meaning = This means that we decide why and how the data is used.
controller-lawful = We are also responsible for using it lawfully.
# Introduces the list of the organisation's contact details.
controller-contact-us = How to reach us:
# The labels of the contact lists (the organisation, the data protection officer, the representative); the detail follows the colon.
controller-label-address = Postal address:
controller-label-email = Email:
controller-label-phone = Phone:
controller-label-website = Website:
controller-label-name = Name:
controller-dpo = We have a data protection officer.
controller-dpo-contact = You can contact the data protection officer about anything to do with how we use your personal data and about your rights.
# The representative under Article 27 GDPR (one sentence here, two in Swedish).
controller-representative = We are not established in the EU, so we have appointed a representative in the EU under Article 27 GDPR.
controller-representative-contact = You can contact the representative instead of us or as well as us, and so can the supervisory authorities.
