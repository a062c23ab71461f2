# Who we share your data with (templates/recipients.md).

recipients-title = Who we share your data with
# Start of the introduction. When at least one recipient is linked to our purposes, "recipients-intro-purposes" follows; then always "recipients-intro-country".
recipients-intro = Here you can see who we give personal data to, why they receive it
# Continues "recipients-intro" when the table has the column "For".
recipients-intro-purposes = , for which of our purposes
# End of the introduction, after "recipients-intro" (and sometimes "recipients-intro-purposes").
recipients-intro-country = and in which country the data is processed.

## The table's column headings.

recipients-col-recipient = Recipient
recipients-col-role = Role
recipients-col-why = Why they receive the data
# The column with the purposes (processing activities) the recipient receives the data for.
recipients-col-for = For
recipients-col-country = Country

## Paragraphs on the kinds of recipient.

recipients-processor = A processor handles the data on our behalf and only on our instructions. It must not use the data for its own purposes.
# Added when the security measure "processor agreements" is chosen.
recipients-processor-agreement = We have a data processing agreement with each of our processors.
recipients-controller = A recipient that is an independent controller decides for itself how it uses the data and is responsible for that use. Its own privacy policy explains how it uses the data.
# $name: the joint controller's name, in bold (**). $gdpr: the citation of the GDPR.
recipients-joint = We are joint controllers with **{ $name }**: together we decide why and how the data is processed (Article 26 { $gdpr }).
# $essence: the essence of the arrangement, in the user's own words (whole sentences with a full stop).
recipients-joint-division = This is how we have divided the responsibility between us: { $essence }
# $contact: whom to contact, in the user's own words.
recipients-joint-contact = Whom to contact about this processing: { $contact }
# Instead of "recipients-joint-contact" when no contact is given.
recipients-joint-contact-us = You can contact us about this processing.
recipients-joint-rights = Whatever we have agreed between us, you may exercise your rights under the GDPR against each of us.
recipients-group-company = Companies in our group receive the data only for the purposes shown in the table.
recipients-authority = Public authorities receive data from us when the law requires it.
# One sentence per authority that has laws given. $name: the authority's name. $laws: the laws.
recipients-authority-law = { $name } receives it under { $laws }.
recipients-prospective-buyer = If we plan to sell our business or merge it with another, we give a prospective buyer or successor the data it needs to assess the business and take it over, and no more.
recipients-other-users = Other users of our service can see some of your data, as the table describes.
recipients-public = Some of your data is published, as the table describes. Once published, it can be read by anyone, wherever they are.

## Pointer to the section on transfers.

# Start of the sentence when one recipient processes the data outside the EU/EEA; "recipients-transfers" continues it. In English the verb is part of this fragment.
recipients-transfers-one = One recipient processes
# Start of the sentence when several recipients do; "recipients-transfers" continues it. In English the verb is part of this fragment.
recipients-transfers-some = Some recipients process
# Continues "recipients-transfers-one" or "recipients-transfers-some".
recipients-transfers = the data outside the EU and the EEA. The next section explains how we protect it there.
