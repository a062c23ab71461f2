# What data we use and why (templates/purposes.md).

purposes-title = What data we use and why
purposes-intro = Here we describe why we use personal data.
# Ends mid-sentence: the clause adds the regulation's name (purposes-intro-law or purposes-intro-law-uk) and then purposes-intro-each-end.
purposes-intro-each = For each purpose you can see whose data it is, what data we use and which legal basis in
# The regulation's name inside purposes-intro-each, for an organisation in the United Kingdom.
purposes-intro-law-uk = the UK GDPR and the GDPR
# The regulation's name inside purposes-intro-each, for other organisations.
purposes-intro-law = the GDPR
# The end of the sentence purposes-intro-each begins.
purposes-intro-each-end = we rely on.
purposes-intro-requirement = You can also see whether you have to give us the data.
purposes-none = We have not described any purposes yet.

## The labels of the list under each purpose. The clause puts a colon after them.

purposes-people-label = Whose data
purposes-data-label = Data
# Followed by purposes-basis-for and purposes-basis-when when a legal basis covers only some people or situations.
purposes-basis-label = Legal basis
# After purposes-basis-label. $people: the people the basis covers, as a list in words.
purposes-basis-for = for { $people }
# After purposes-basis-label. $situation: when the basis applies, in the organisation's own words.
purposes-basis-when = when { $situation }
purposes-interest-label = Our legitimate interest
# After purposes-interest-label. $people: the people the interest concerns, as a list in words.
purposes-interest-regarding = regarding { $people }
purposes-direct-marketing-label = Direct marketing
purposes-profiling-label = Profiling
purposes-sources-label = Where the data comes from
# A label without a colon: the question has its question mark.
purposes-requirement-label = Do you have to give us the data?

## The legal basis

# $name: the basis's name ("consent"); $point: the point of Article 6(1) ("a"); $cite: how the GDPR is cited (document.ftl).
purposes-basis = { $name } (Article 6(1)({ $point }) { $cite }).
# $via: whoever collects the consent on the organisation's behalf.
purposes-consent-via = You gave your consent through { $via }, who collects it on our behalf. You can withdraw it at any time, with us or with them.
purposes-consent-withdraw = You can withdraw your consent at any time.
# $laws: the laws that lay down the obligation, as the organisation gave them.
purposes-legal-obligation = The obligation is laid down in { $laws }.
# $laws: the laws that lay down the task, as the organisation gave them.
purposes-public-task = The task is laid down in { $laws }.
# Legitimate interests, when the organisation has carried out a balancing test.
purposes-balancing-done = We have weighed our interest against your interests and fundamental rights and freedoms, and found that they do not override it.
# Legitimate interests, when the organisation has not said that it carried out a balancing test.
purposes-balancing-rule = We use the data on this basis only where your interests or fundamental rights and freedoms do not override our interest.
# Legitimate interests other than direct marketing (which has an item of its own).
purposes-object = You have the right to object to this use.
purposes-direct-marketing = This use is direct marketing. You can object to it at any time, and we will then stop.

## Profiling

# Followed by the organisation's description of the logic of the profiling and then purposes-profiling-no-decisions.
purposes-profiling = For this purpose we use profiling: we process your data automatically to evaluate personal aspects of you.
purposes-profiling-no-decisions = The profiling does not lead to decisions made solely by automated means that have legal effects for you or similarly significantly affect you.
purposes-profiling-object-marketing = Because it serves direct marketing, you can object to the profiling at any time, and we then stop, with no weighing of interests.
# The right to object, in parts. When the purpose has several legal bases:
# purposes-profiling-object-where, sometimes purposes-profiling-object-or-task, purposes-profiling-object-where-you, purposes-profiling-object.
# Otherwise: purposes-profiling-object-you, purposes-profiling-object.
purposes-profiling-object-where = Where it rests on a legitimate interest
# After purposes-profiling-object-where, when the profiling can also rest on a task in the public interest.
purposes-profiling-object-or-task = or a task in the public interest
# Follows purposes-profiling-object-where (and purposes-profiling-object-or-task) with no space, hence the comma first.
purposes-profiling-object-where-you = , you
purposes-profiling-object-you = You
# The end of the sentence purposes-profiling-object-where-you or purposes-profiling-object-you begins.
purposes-profiling-object = have the right to object to the profiling on grounds relating to your particular situation.
purposes-profiling-object-stop = We then stop, unless we can show compelling legitimate grounds that override your interests, rights and freedoms.
# The start of the sentence on consent when the purpose has several legal bases; continues with purposes-profiling-consent.
purposes-profiling-consent-where = Where it rests on your consent, you
# The start of the sentence on consent otherwise; continues with purposes-profiling-consent.
purposes-profiling-consent-you = You
purposes-profiling-consent = can stop the profiling by withdrawing your consent.

## Do you have to give us the data?

purposes-requirement-statutory = The law requires us to have the data.
purposes-requirement-contractual = Yes, our contract with you requires you to give it.
purposes-requirement-contract-prerequisite = The data is required for us to enter into a contract with you.
purposes-requirement-reused = We do not ask you for any new data for this purpose. We use data we already have for our other purposes.
purposes-requirement-voluntary = No, you are not obliged to give it.

## Where the data comes from. Followed by purposes-sources-see.

purposes-sources-you-and-others = From you and from other sources
purposes-sources-others = From sources other than you
# Continues purposes-sources-you-and-others or purposes-sources-others, hence the comma first.
purposes-sources-see = , as the section on where we get your data shows.
