# Automated decisions and profiling (templates/automated-decisions.md).

## The heading: depends on whether the organisation makes automated decisions, profiles, or both.

automated-decisions-title-both = Automated decisions and profiling
automated-decisions-title-decisions = Automated decisions
automated-decisions-title-profiling = Profiling

## Profiling.

automated-decisions-profiling-used = We use profiling.
automated-decisions-profiling-meaning = This means that we process personal data automatically to evaluate certain personal aspects of you, such as your economic situation, interests or behaviour.
# Article 22(1): only said when the profiling leads to no automated decisions.
automated-decisions-profiling-no-decisions = The profiling does not lead to decisions made solely by automated means that have legal effects for you or similarly significantly affect you.

## Purposes with profiling. The sentence is "We do so for" + the purpose(s) + the rest; a list of the purposes follows.

# Ends without a full stop: continues with automated-decisions-purposes-one or -many.
automated-decisions-purposes-for = We do so for
# One purpose. Continues with automated-decisions-purposes-no-decisions.
automated-decisions-purposes-one = the purpose
# Several purposes. Continues with automated-decisions-purposes-no-decisions.
automated-decisions-purposes-many = the purposes
# The rest of the sentence begun by automated-decisions-purposes-for.
automated-decisions-purposes-no-decisions = below. There the profiling does not lead to decisions made solely by automated means that have legal effects for you or similarly significantly affect you.
automated-decisions-purposes-read-more = The section on what data we use and why tells you more about each purpose and how its profiling works.

## Automated decisions (Article 22).

automated-decisions-used = We make some decisions about you solely by automated means, without any person being involved.
automated-decisions-used-effects = The decisions have legal effects for you or affect you in a similarly significant way.
automated-decisions-used-profiling = The decisions are based on profiling.
automated-decisions-logic-label = How the decisions are made:
automated-decisions-consequences-label = What this means for you:
automated-decisions-ground-label = What allows us to make such decisions:
# The ground for the decisions. Ends without a full stop: the reference to Article 22(2) follows in brackets.
automated-decisions-ground-contract = The decisions are necessary to enter into or perform a contract with you
# $laws: the laws that authorise the decisions, as the organisation gave them. Ends without a full stop (reference follows).
automated-decisions-ground-laws = The decisions are authorised by { $laws }
# When the organisation named no law. Ends without a full stop (reference follows).
automated-decisions-ground-law = A law authorises the decisions
# Ends without a full stop (reference follows).
automated-decisions-ground-consent = You have given your explicit consent to the decisions
# In brackets after the ground. $point: the letter of Article 22(2) (a, b or c); $gdpr: "GDPR", for an organisation in the UK "UK GDPR and GDPR".
automated-decisions-ground-cite = Article 22(2)({ $point }) { $gdpr }
automated-decisions-withdraw = You can withdraw your consent at any time.

## Safeguards for the data subject (Article 22(3) and 22(2)(b)).

automated-decisions-law-safeguards = The law that authorises the decisions also requires measures that protect your rights and interests.
# Ends without a full stop: the email address (automated-decisions-at-email) may follow.
automated-decisions-law-questions = If you have questions about a decision, contact us
# $email: the organisation's email address as a link. Follows "contact us".
automated-decisions-at-email = at { $email }
automated-decisions-review = You have the right to have one of our staff review the decision, to give your point of view and to contest the decision.
# The sentence is "Contact us" + the email address if any + automated-decisions-if-you-want.
automated-decisions-contact = Contact us
automated-decisions-if-you-want = if you want to do so.
