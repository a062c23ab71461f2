# Barn och åldersgräns (templates/children.md).

# Rubriken när verksamheten vänder sig till barn.
children-title = Barn
# Rubriken när verksamheten inte vänder sig till barn men har en åldersgräns.
children-title-age-limit = Åldersgräns

## Verksamheten vänder sig till barn. $age i detta avsnitt: en ålder i år, i siffror.

children-addressed = Vår verksamhet vänder sig också till barn.
children-age-limit = Åldersgränsen är { $age } år: våra tjänster är inte till för yngre barn.

## Samtycke till en tjänst på internet som erbjuds direkt till barn (artikel 8). Ett av tre stycken visas.

# Organisation utanför EES (Storbritannien), där åldern är känd. Följs av children-online-uk.
children-online-fixed-age = För vår tjänst på internet, som vi erbjuder direkt till barn, gäller en fast åldersgräns.
# $country: organisationens land; $age: åldern för samtycke där; $rule: den nationella regeln om åldern.
children-online-uk = Ett barn i { $country } som har fyllt { $age } år kan själv samtycka till att tjänsten behandlar barnets personuppgifter, enligt artikel 8 i UK GDPR och { $rule }.
children-online-eea = För ett barn i ett land inom EU eller EES gäller den ålder som det landet har bestämt, mellan 13 och 16 år.
# Organisation inom EES, där åldern i landet är känd. $age: den åldern.
children-online-consent-age = För vår tjänst på internet, som vi erbjuder direkt till barn, gäller en fast åldersgräns: ett barn som har fyllt { $age } år kan själv samtycka till att tjänsten behandlar barnets personuppgifter.
# Slutar utan punkt: children-online-and-rule kan följa.
children-online-article-8 = Det följer av artikel 8 i dataskyddsförordningen
# $rule: den nationella regeln om åldern, när den är känd. Följer children-online-article-8; slutar utan punkt.
children-online-and-rule = och { $rule }
# När åldern i organisationens land inte är känd.
children-online-national-age = För vår tjänst på internet, som vi erbjuder direkt till barn, gäller en fast åldersgräns enligt artikel 8 i dataskyddsförordningen: från den ålder som nationell lag anger, mellan 13 och 16 år, kan barnet själv samtycka till att tjänsten behandlar barnets personuppgifter.
# Avslutar vart och ett av de tre styckena.
children-online-younger = Är barnet yngre ber vi barnets vårdnadshavare om samtycke.

## Annat samtycke från barn, utan fast åldersgräns.

# $when: children-when-other-consent eller children-when-consent. För en organisation i Sverige.
children-no-fixed-age = { $when } finns ingen fast åldersgräns.
# $when: children-when-other-consent eller children-when-consent. För en organisation utanför Sverige.
children-no-fixed-age-gdpr = { $when } finns ingen fast åldersgräns i dataskyddsförordningen.
# När det finns en tjänst på internet för barn (stycket ovan).
children-when-other-consent = För annat samtycke än till tjänsten på internet
# När det inte finns någon sådan tjänst.
children-when-consent = När vi behöver samtycke för att behandla uppgifter om ett barn
# Följer children-no-fixed-age (Sverige).
children-maturity = Barnets ålder och mognad avgör om barnet kan samtycka själv.
# Följer children-no-fixed-age-gdpr (utanför Sverige).
children-maturity-country = Om barnet kan samtycka själv beror på barnets ålder och mognad och på reglerna i barnets land.
children-guardian-if-cannot = Kan barnet inte det, ber vi barnets vårdnadshavare om samtycke.

## Avtal med barn (svensk lag).

# $rule: den svenska regeln om omyndigas avtal.
children-contracts-minors = Ett barn under 18 år kan i regel inte ingå avtal på egen hand ({ $rule }).
children-contracts-approval = Innan ett barn ingår ett avtal med oss behöver vi därför vårdnadshavarens godkännande.
# Slutar utan punkt: följs av children-contracts-purpose eller -purposes och ändamålens namn.
children-contracts-applies = Det gäller
children-contracts-purpose = ändamålet
children-contracts-purposes = ändamålen
# Följs av organisationens egen beskrivning.
children-guardian-consent = Så får vi vårdnadshavarens samtycke:

## Åldersgräns. $age: den lägsta åldern, i siffror.

# När verksamheten inte vänder sig till barn.
children-not-for-younger = Våra tjänster är inte till för personer under { $age } år, och vi riktar dem inte till någon som är yngre.
# Följs av organisationens egen beskrivning.
children-younger-found = Om vi upptäcker att vi har personuppgifter om någon som är under { $age } år gör vi så här:
