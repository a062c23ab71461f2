# Changes to the policy (templates/changes.md).

changes-title = Changes to this policy
changes-new-purpose = Before we use your personal data for a purpose other than the one we collected it for, we tell you about the new purpose.
changes-same-information = You will then get the same kind of information as in this policy.
changes-consent = We also ask for your consent first, and without it we do not use the data for the new purpose.
# $channels: the channels changes are announced in, already in words ("by email and on our website").
changes-announce = When we change this policy, we announce it { $channels }.
# $version: the policy's version number. $date: the date the version takes effect, in words ("1 January 2026").
changes-version = This is version { $version }, which applies from { $date }.
# $languages: the names of the languages it is published in, joined ("Swedish and English").
changes-languages = This policy is available in { $languages }.
# $language: the language that prevails, as an adjective ("Swedish", "English").
changes-prevailing = If the two versions differ, the { $language } version applies.
changes-history-title = Version history
# Bold label in the version history; the date follows it.
changes-history-version = Version { $version }
# $sections: the headings of the sections that changed, already as a list in words.
changes-history-sections = Sections changed: { $sections }.
