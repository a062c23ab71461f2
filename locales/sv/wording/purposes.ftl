# Vilka uppgifter vi behandlar och varför (templates/purposes.md).

purposes-title = Vilka uppgifter vi behandlar och varför
purposes-intro = Här beskriver vi varför vi behandlar personuppgifter.
# Slutar mitt i meningen: klausulen lägger till förordningens namn (purposes-intro-law eller purposes-intro-law-uk) och sedan purposes-intro-each-end.
purposes-intro-each = För varje ändamål ser du vems uppgifter det gäller, vilka uppgifter vi använder och vilken rättslig grund i
# Förordningens namn mitt i purposes-intro-each, för en organisation i Storbritannien (samma ord som gdpr-cite-uk i document.ftl).
purposes-intro-law-uk = UK GDPR och dataskyddsförordningen
# Förordningens namn mitt i purposes-intro-each, för övriga organisationer (samma ord som gdpr-cite i document.ftl).
purposes-intro-law = dataskyddsförordningen
# Slutet på meningen som purposes-intro-each börjar.
purposes-intro-each-end = vi stöder oss på.
purposes-intro-requirement = Du ser också om du måste lämna uppgifterna till oss.
purposes-none = Vi har ännu inte beskrivit några ändamål.

## Etiketterna i listan under varje ändamål. Klausulen sätter kolon efter dem.

purposes-people-label = Vems uppgifter
purposes-data-label = Uppgifter
# Följs av purposes-basis-for och purposes-basis-when när en rättslig grund bara gäller vissa personer eller situationer.
purposes-basis-label = Rättslig grund
# Efter purposes-basis-label. $people: de personer grunden gäller, som en lista i ord.
purposes-basis-for = för { $people }
# Efter purposes-basis-label. $situation: när grunden gäller, med organisationens egna ord.
purposes-basis-when = när { $situation }
purposes-interest-label = Vårt berättigade intresse
# Efter purposes-interest-label. $people: de personer intresset gäller, som en lista i ord.
purposes-interest-regarding = i fråga om { $people }
purposes-direct-marketing-label = Direktmarknadsföring
purposes-profiling-label = Profilering
purposes-sources-label = Varifrån uppgifterna kommer
# Etikett utan kolon: frågan har sitt frågetecken.
purposes-requirement-label = Måste du lämna uppgifterna?

## Den rättsliga grunden

# $name: grundens namn ("samtycke"); $point: punkten i artikel 6.1 ("a"); $cite: hur dataskyddsförordningen citeras (document.ftl).
purposes-basis = { $name } (artikel 6.1 { $point } i { $cite }).
# $via: den som samlar in samtycket åt organisationen.
purposes-consent-via = Du lämnade ditt samtycke via { $via }, som samlar in det åt oss. Du kan när som helst återkalla det, hos oss eller hos dem.
purposes-consent-withdraw = Du kan när som helst återkalla ditt samtycke.
# $laws: de lagar skyldigheten följer av, som organisationen har angett dem.
purposes-legal-obligation = Skyldigheten följer av { $laws }.
# $laws: de lagar uppgiften följer av, som organisationen har angett dem.
purposes-public-task = Uppgiften följer av { $laws }.
# Berättigat intresse, när organisationen har gjort en intresseavvägning.
purposes-balancing-done = Vi har gjort en intresseavvägning och bedömt att dina intressen eller grundläggande rättigheter och friheter inte väger tyngre än vårt intresse.
# Berättigat intresse, när organisationen inte har sagt att den har gjort en intresseavvägning.
purposes-balancing-rule = Vi använder uppgifterna på den grunden bara om dina intressen eller grundläggande rättigheter och friheter inte väger tyngre än vårt intresse.
# Berättigat intresse utom direktmarknadsföring (som har en punkt av sin egen).
purposes-object = Du har rätt att invända mot behandlingen.
purposes-direct-marketing = Den här behandlingen är direktmarknadsföring. Du kan när som helst invända mot det, och då slutar vi.

## Profilering

# Följs av organisationens beskrivning av logiken bakom profileringen och sedan purposes-profiling-no-decisions.
purposes-profiling = För det här ändamålet använder vi profilering: vi behandlar dina uppgifter automatiskt för att bedöma personliga egenskaper hos dig.
purposes-profiling-no-decisions = Profileringen leder inte till beslut som fattas enbart automatiskt och som har rättsliga följder för dig. Den leder inte heller till sådana beslut som på ett liknande sätt påverkar dig i betydande grad.
purposes-profiling-object-marketing = Eftersom den används för direktmarknadsföring kan du när som helst invända mot profileringen, och då slutar vi, utan någon avvägning.
# Rätten att invända, i delar. När ändamålet har flera rättsliga grunder:
# purposes-profiling-object-where, ibland purposes-profiling-object-or-task, purposes-profiling-object-where-you, purposes-profiling-object.
# Annars: purposes-profiling-object-you, purposes-profiling-object.
purposes-profiling-object-where = När den grundar sig på ett berättigat intresse
# Efter purposes-profiling-object-where, när profileringen också kan grunda sig på en uppgift av allmänt intresse.
purposes-profiling-object-or-task = eller en uppgift av allmänt intresse
# Efter purposes-profiling-object-where (och purposes-profiling-object-or-task). Börjar med ett mellanslag ({" "}), eftersom den engelska texten här börjar med ett kommatecken utan mellanslag.
purposes-profiling-object-where-you = {" "}har du
purposes-profiling-object-you = Du har
# Slutet på meningen som purposes-profiling-object-where-you eller purposes-profiling-object-you börjar.
purposes-profiling-object = rätt att invända mot profileringen av skäl som gäller din särskilda situation.
purposes-profiling-object-stop = Då slutar vi, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter.
# Början på meningen om samtycke när ändamålet har flera rättsliga grunder; fortsätter med purposes-profiling-consent.
purposes-profiling-consent-where = När den grundar sig på ditt samtycke kan du
# Början på meningen om samtycke annars; fortsätter med purposes-profiling-consent.
purposes-profiling-consent-you = Du kan
purposes-profiling-consent = stoppa profileringen genom att återkalla ditt samtycke.

## Måste du lämna uppgifterna?

purposes-requirement-statutory = Lagen kräver att vi har uppgifterna.
purposes-requirement-contractual = Ja, vårt avtal med dig kräver att du lämnar dem.
purposes-requirement-contract-prerequisite = Uppgifterna krävs för att vi ska kunna ingå avtal med dig.
purposes-requirement-reused = Vi ber dig inte om några nya uppgifter för det här ändamålet. Vi använder uppgifter som vi redan har fått för våra andra ändamål.
purposes-requirement-voluntary = Nej, du är inte skyldig att lämna dem.

## Varifrån uppgifterna kommer. Följs av purposes-sources-see.

purposes-sources-you-and-others = Från dig och från andra källor
purposes-sources-others = Från andra källor än dig
# Fortsätter purposes-sources-you-and-others eller purposes-sources-others; börjar därför med kommatecken.
purposes-sources-see = , se avsnittet om var vi får uppgifterna ifrån.
