# Känsliga personuppgifter och personnummer (templates/special-data.md).

## Rubriken: efter vad policyn tar upp.

special-data-title-both = Känsliga personuppgifter och personnummer
special-data-title-special = Känsliga personuppgifter
special-data-title-identity-number = Personnummer

## Känsliga personuppgifter (artikel 9)

special-data-intro = Vissa personuppgifter är extra skyddsvärda, till exempel uppgifter om hälsa. Lagen kallar dem känsliga personuppgifter. Vi får bara behandla dem om ett av undantagen i artikel 9.2 i dataskyddsförordningen gäller.
# $data: de slags känsliga uppgifter som ändamålet behandlar, som en lista i ord.
special-data-processed = Vi behandlar { $data }.
# $name: undantagets namn; $point: punkten i artikel 9.2 ("a"); $cite: hur dataskyddsförordningen citeras (document.ftl).
special-data-condition = Undantaget som gör det tillåtet är { $name } (artikel 9.2 { $point } i { $cite }).
special-data-explicit-consent = Vi ber om ditt uttryckliga samtycke innan vi samlar in uppgifterna. Du kan när som helst återkalla det.
special-data-health-care = Vår personal har tystnadsplikt (artikel 9.3).

## Personnummer

special-data-identity-number = Ditt personnummer identifierar dig entydigt, men det kan också missbrukas.
# $rule: lagrummet om när personnummer får användas utan samtycke ("3 kap. 10 § dataskyddslagen (2018:218)"). Bara för en organisation i Sverige; annars står meningen inte med.
special-data-identity-number-rule = Därför får vi använda det utan ditt samtycke bara när det är klart motiverat, enligt { $rule }.
# Inleder listan över ändamål; därför kolon.
special-data-identity-number-uses = Så här använder vi personnummer:
# När organisationen inte har angett varför ändamålet behöver personnumret.
special-data-identity-number-needed = Vi behöver ditt personnummer för det här ändamålet.
