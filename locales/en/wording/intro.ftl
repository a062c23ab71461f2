# About the policy (templates/intro.md).

intro-title = About this policy
# The first sentence is split in three: "In this policy," + who ("we at …" or "we") + the rest of the sentence.
intro-here = In this policy,
# $name: the organisation's name.
intro-we-at = we at { $name }
intro-we = we
intro-how = explain how we use your personal data.
intro-what-data = You can read what data we collect, why we collect it, who we share it with and how long we keep it.
intro-what-rights = You can also read what rights you have and how to exercise them.
intro-personal-data = Personal data is any information that can be linked to you as a person, such as your name, your email address or your IP address.

## The organisation is established in the EU or EEA.

# $gdpr: the GDPR's name ("the General Data Protection Regulation (EU) 2016/679"). Ends with "and": the national act's name, or the message intro-national-rules, and a full stop follow.
intro-we-follow = We follow { $gdpr }, often called the GDPR, and
# When the national act is not known. $country: the country where the organisation is established.
intro-national-rules = the national rules that supplement it where we are established ({ $country })

## The organisation is established outside the EU and EEA.

# Ends without a full stop: intro-outside-law or the country in brackets can follow.
intro-outside = We are established outside the EU and the EEA
# Continues the sentence intro-outside. $country: the country where the organisation is established. $law: the law that applies there (plural verb: "the UK GDPR and the Data Protection Act 2018").
intro-outside-law = , in { $country }, where { $law } apply to how we use personal data
# Why the GDPR applies all the same (Article 3(2)): one sentence per answer to the question. The answer also chooses the article reference (intro-cite-…) of the next sentence.
intro-reach-offering = We also offer goods or services to people in the EU or the EEA.
intro-reach-monitoring = We also monitor the behaviour of people in the EU or the EEA.
intro-reach-both = We also offer goods or services to people in the EU or the EEA and monitor their behaviour there.
intro-reach-either = We also offer goods or services to people in the EU or the EEA, or monitor their behaviour there.
# $gdpr: the GDPR's name ("the General Data Protection Regulation (EU) 2016/679"); the sentence's first letter is made a capital, so it can begin with the name. $cite: the article reference, one of the messages intro-cite-….
intro-gdpr-applies = { $gdpr }, often called the GDPR, then applies to our use of their data ({ $cite }).
# The same sentence when the country where the organisation is established has its own data protection law (intro-outside-law), which the GDPR applies beside.
intro-gdpr-applies-also = { $gdpr }, often called the GDPR, then also applies to our use of their data ({ $cite }).
# The article reference in brackets in intro-gdpr-applies, by the answer to why the GDPR applies.
intro-cite-offering = Article 3(2)(a) GDPR
intro-cite-monitoring = Article 3(2)(b) GDPR
intro-cite-both = Article 3(2)(a) and (b) GDPR
intro-cite = Article 3(2) GDPR

## Data the organisation handles as a processor.

# $data: which data this is, in the organisation's own words.
intro-processor-scope = This policy does not cover { $data }.
intro-processor-role = For that data we are a processor: we handle it on our customers' behalf and on their instructions, and each customer's own privacy policy tells you how it is used.
