# Fraser i de inbyggda makrona (templates/macros.md): tal, tider och skyddsåtgärder vid överföring.

## Talen ett till tolv i ord (större tal skrivs med siffror).

number-1 = en
number-2 = två
number-3 = tre
number-4 = fyra
number-5 = fem
number-6 = sex
number-7 = sju
number-8 = åtta
number-9 = nio
number-10 = tio
number-11 = elva
number-12 = tolv
# "ett" före ett substantiv i neutrum: "ett år", inte "en år".
number-one-neuter = ett

## Ett antal månader, som makrot "months" skriver det.

months-unknown = ett antal månader
months-one = en månad
months-one-year = ett år
# $years: ett tal från två, i ord upp till tolv.
months-years = { $years } år
# $months: ett tal i ord upp till tolv, inte ett helt antal år.
months-months = { $months } månader

## Lagringstiden för en behandling. Varje fras följer "Vi sparar uppgifterna" (retention-keep) och avslutar meningen.

# $period: tiden som organisationen anger ("sju år"); $law: bokföringslagen med namn.
period-bookkeeping = { $period }. Så länge ska räkenskapsinformation sparas enligt { $law }.
period-bookkeeping-law = så länge som bokföringslagen kräver.
period-until-withdrawn = tills du återkallar ditt samtycke.
# $party: period-party-organisation eller period-party-you.
period-contract-term = så länge avtalet med { $party } gäller.
period-party-organisation = din organisation
period-party-you = dig
# $months: från makrot "months"; $end: en av fraserna period-end-*, som börjar med "efter".
period-after = i { $months } { $end }.
period-end-membership = efter att ditt medlemskap har upphört
period-end-contract = efter att vårt avtal med { $party } har upphört
period-end-account = efter att du har avslutat ditt konto
period-end-employment = efter att din anställning har upphört
period-end-last-purchase = efter ditt senaste köp
period-end-last-contact = efter vår senaste kontakt med dig
period-end-relationship = efter att vår relation med { $party } har upphört
period-after-collection = i { $months } från det att vi fick dem.
period-at-least = i minst { $months }.

## Vad dataskyddsförordningen säger om en överföring till tredjeland (makrot "eu_transfer").

# $decision: beslutets nummer.
transfer-adequacy-commercial = EU-kommissionen har beslutat att landet har en adekvat skyddsnivå för uppgifter som kommersiella organisationer behandlar, och mottagaren är en sådan organisation (beslut { $decision }). Därför behövs ingen ytterligare skyddsåtgärd.
# $decision: transfer-decision eller transfer-decision-renewed.
transfer-adequacy = EU-kommissionen har beslutat att landet har en adekvat skyddsnivå ({ $decision }). Det betyder att landet skyddar personuppgifter tillräckligt väl, så ingen ytterligare skyddsåtgärd behövs.
transfer-decision = beslut { $decision }
# $renewed och $valid_until: datum.
transfer-decision-renewed = beslut { $decision }, förnyat den { $renewed }; det gäller till och med den { $valid_until }
transfer-dpf = Mottagaren är certifierad enligt EU–US Data Privacy Framework. EU-kommissionen har beslutat att certifierade organisationer i USA har en adekvat skyddsnivå (genomförandebeslut { $decision }).
transfer-dpf-fallback-scc = Om ramverket slutar att gälla stöder sig överföringen i stället på EU-kommissionens standardavtalsklausuler (genomförandebeslut { $decision }), som vi redan har avtalat med mottagaren.
transfer-dpf-fallback-bcr = Om ramverket slutar att gälla stöder sig överföringen i stället på mottagarens bindande företagsbestämmelser, som en dataskyddsmyndighet i EU har godkänt (artikel 47 i dataskyddsförordningen).
transfer-scc = Vi har avtalat med mottagaren om EU-kommissionens standardavtalsklausuler (genomförandebeslut { $decision }). Klausulerna förpliktar mottagaren att skydda uppgifterna enligt EU:s krav.
transfer-scc-several = Mottagaren behandlar uppgifterna i flera länder, och några av dem ligger utanför EU och EES. Klausulerna gäller varje överföring dit.
transfer-scc-varies = Mottagaren behandlar uppgifterna i länder som skiftar över tid, så vi kan inte räkna upp dem här. Klausulerna gäller vilket av länderna uppgifterna än förs över till.
transfer-bcr = Mottagaren följer bindande företagsbestämmelser, alltså dataskyddsregler för hela koncernen som en dataskyddsmyndighet i EU har godkänt (artikel 47 i dataskyddsförordningen).
transfer-bcr-several = Mottagaren behandlar uppgifterna i flera länder, och några av dem ligger utanför EU och EES. Reglerna gäller varje överföring dit.
transfer-bcr-varies = Mottagaren behandlar uppgifterna i länder som skiftar över tid, så vi kan inte räkna upp dem här. Reglerna gäller vilket av länderna uppgifterna än förs över till.
transfer-none-chosen-by-person = Vilket land det blir beror på ditt val. Inom EU eller EES är det ingen överföring till tredjeland. Utanför finns varken ett beslut om adekvat skyddsnivå eller någon annan skyddsåtgärd för överföringen.
transfer-none-where-required = Vi lämnar bara ut uppgifter utomlands när lagen kräver det, och landet beror på fallet. Det finns varken ett beslut om adekvat skyddsnivå eller någon annan skyddsåtgärd för en sådan överföring.
transfer-none = Det finns varken ett beslut om adekvat skyddsnivå eller någon annan skyddsåtgärd för överföringen.
# $point: punkten i artikel 49.1, "a" till "g". Följs av en av meningarna transfer-derogation-*.
transfer-derogation = Den stöder sig i stället på ett undantag för en särskild situation (artikel 49.1 { $point } i dataskyddsförordningen):
transfer-derogation-explicit-consent = du har uttryckligen samtyckt till överföringen efter att vi har berättat om riskerna med den.
transfer-derogation-contract = överföringen är nödvändig för att fullgöra vårt avtal med dig, eller för åtgärder före ett avtal som du har begärt.
transfer-derogation-contract-for-person = överföringen är nödvändig för att ingå eller fullgöra ett avtal som ligger i ditt intresse.
transfer-derogation-public-interest = överföringen är nödvändig av viktiga skäl som rör allmänintresset.
transfer-derogation-legal-claims = överföringen är nödvändig för att fastställa, göra gällande eller försvara rättsliga anspråk.
transfer-derogation-vital-interests = överföringen är nödvändig för att skydda ditt eller någon annans liv eller hälsa när du inte kan samtycka.
transfer-derogation-public-register = uppgifterna kommer ur ett register som enligt lag är till för att informera allmänheten.
transfer-derogation-unnamed = Den stöder sig på ett av undantagen för särskilda situationer i artikel 49 i dataskyddsförordningen.
