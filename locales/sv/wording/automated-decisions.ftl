# Automatiserade beslut och profilering (templates/automated-decisions.md).

## Rubriken: beror på om organisationen fattar automatiserade beslut, profilerar eller båda.

automated-decisions-title-both = Automatiserade beslut och profilering
automated-decisions-title-decisions = Automatiserade beslut
automated-decisions-title-profiling = Profilering

## Profilering.

automated-decisions-profiling-used = Vi använder profilering.
automated-decisions-profiling-meaning = Det betyder att vi behandlar dina uppgifter automatiskt för att bedöma vissa personliga egenskaper hos dig. Det kan till exempel gälla din ekonomi, dina intressen eller hur du beter dig.
# Artikel 22.1: står bara när profileringen inte leder till automatiserade beslut.
automated-decisions-profiling-no-decisions = Profileringen leder inte till beslut som fattas enbart automatiskt och som har rättsliga följder för dig. Den leder inte heller till sådana beslut som på ett liknande sätt påverkar dig i betydande grad.

## Ändamål med profilering. Meningen är "Vi gör det för" + ändamålet/ändamålen + resten; en lista med ändamålen följer.

# Slutar utan punkt: fortsätter med automated-decisions-purposes-one eller -many.
automated-decisions-purposes-for = Vi gör det för
# Ett ändamål. Fortsätter med automated-decisions-purposes-no-decisions.
automated-decisions-purposes-one = ändamålet nedan. Där leder
# Flera ändamål. Fortsätter med automated-decisions-purposes-no-decisions.
automated-decisions-purposes-many = ändamålen nedan. Där leder
# Fortsättningen av meningen som börjar med automated-decisions-purposes-for.
automated-decisions-purposes-no-decisions = profileringen inte till beslut som fattas enbart automatiskt och som har rättsliga följder för dig. Den leder inte heller till sådana beslut som på ett liknande sätt påverkar dig i betydande grad.
automated-decisions-purposes-read-more = Du kan läsa mer om varje ändamål och om hur profileringen går till i avsnittet om vilka uppgifter vi behandlar och varför.

## Automatiserade beslut (artikel 22).

automated-decisions-used = Vi fattar vissa beslut om dig enbart automatiskt, utan att någon människa är inblandad.
automated-decisions-used-effects = Besluten har rättsliga följder för dig eller påverkar dig på ett liknande sätt i betydande grad.
automated-decisions-used-profiling = Besluten bygger på profilering.
automated-decisions-logic-label = Så fattas besluten:
automated-decisions-consequences-label = Vad det betyder för dig:
automated-decisions-ground-label = Varför vi får fatta sådana beslut:
# Grunden för besluten. Slutar utan punkt: hänvisningen till artikel 22.2 följer inom parentes.
automated-decisions-ground-contract = Besluten är nödvändiga för att ingå eller fullgöra ett avtal med dig
# $laws: de lagar som tillåter besluten, som organisationen har angett dem. Slutar utan punkt (hänvisning följer).
automated-decisions-ground-laws = Besluten är tillåtna enligt { $laws }
# När organisationen inte har angett någon lag. Slutar utan punkt (hänvisning följer).
automated-decisions-ground-law = En lag tillåter besluten
# Slutar utan punkt (hänvisning följer).
automated-decisions-ground-consent = Du har gett ditt uttryckliga samtycke till besluten
# Står inom parentes efter grunden. $point: bokstaven i artikel 22.2 (a, b eller c); $gdpr: "dataskyddsförordningen", för en organisation i Storbritannien "UK GDPR och dataskyddsförordningen".
automated-decisions-ground-cite = artikel 22.2 { $point } i { $gdpr }
automated-decisions-withdraw = Du kan när som helst återkalla ditt samtycke.

## Skydd för den registrerade (artikel 22.3 och 22.2 b).

automated-decisions-law-safeguards = Den lag som tillåter besluten kräver också åtgärder som skyddar dina rättigheter och intressen.
# Slutar utan punkt: e-postadressen (automated-decisions-at-email) kan följa.
automated-decisions-law-questions = Har du frågor om ett beslut, kontakta oss
# $email: organisationens e-postadress som länk. Följer "kontakta oss".
automated-decisions-at-email = på { $email }
automated-decisions-review = Du har rätt att få beslutet prövat av en av våra medarbetare, att framföra dina synpunkter och att bestrida beslutet.
# Meningen är "Kontakta oss" + ev. e-postadressen + automated-decisions-if-you-want.
automated-decisions-contact = Kontakta oss
automated-decisions-if-you-want = om du vill det.
