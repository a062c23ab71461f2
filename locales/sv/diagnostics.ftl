# Meddelanden om fel och varningar i ett projekt (diag-<kod>).
diag-file-too-large = Filen är större än { $max } byte och läses inte: ett projekt får ta högst { $project } byte.
diag-project-too-large = Sparat tar projektet { $size } byte; ett projekt får ta högst { $max } byte. Förkorta de längsta svaren.
diag-text-too-long = Svaret har { $length } tecken; ett svar får ha högst { $max } tecken.
diag-toml-syntax = Filen är inte giltig TOML: { $detail }
diag-unknown-field = Okänt fält ”{ $name }”. Tillåtna fält: { $expected }
diag-missing-field = Det obligatoriska fältet ”{ $name }” saknas.
diag-unknown-choice = ”{ $value }” är inte ett av valen här ({ $expected }).
diag-wrong-type = Fel sorts värde: { $detail }
diag-schema-version = Filen har schemaversion { $found }; den här versionen av policywright läser versioner till och med { $supported }. Öppna filen med en nyare version av policywright.
diag-required = Svaret är obligatoriskt.
diag-translation-missing = { $lang ->
    [sv] Den svenska texten saknas.
   *[en] Den engelska texten saknas.
}
diag-email-invalid = ”{ $value }” är ingen giltig e-postadress.
diag-url-invalid = ”{ $value }” är ingen webbadress som börjar med https:// (eller http://).
diag-date-invalid = ”{ $value }” är inget datum skrivet som ÅÅÅÅ-MM-DD.
diag-date-nonexistent = Datumet { $value } finns inte: kontrollera månaden och dagen.
diag-country-unknown = ”{ $value }” är ingen landskod som appen känner till (två bokstäver, till exempel SE eller US).
diag-org-number-format = ”{ $value }” är inget organisationsnummer: skriv tio siffror som NNNNNN-NNNN.
diag-org-number-checksum = ”{ $value }” har fel kontrollsiffra: kontrollera organisationsnumret.
diag-fi-business-id-format = ”{ $value }” är inte ett finländskt FO-nummer (Y-tunnus): skriv sju siffror, ett bindestreck och kontrollsiffran, som 1234567-8.
diag-fi-business-id-checksum = ”{ $value }” har fel kontrollsiffra för ett finländskt FO-nummer: kontrollera att det är rätt skrivet.
diag-dk-cvr-format = ”{ $value }” är inte ett danskt CVR-nummer: skriv dess åtta siffror.
diag-dk-cvr-checksum = ”{ $value }” klarar inte kontrollen av ett danskt CVR-nummer: kontrollera att det är rätt skrivet.
diag-no-orgnr-format = ”{ $value }” är inte ett norskt organisationsnummer: skriv dess nio siffror.
diag-no-orgnr-checksum = ”{ $value }” har fel kontrollsiffra för ett norskt organisationsnummer: kontrollera att det är rätt skrivet.
diag-uk-company-number-format = ”{ $value }” är inte ett brittiskt registreringsnummer (company number): skriv dess åtta tecken, som 01234567 eller SC123456.
diag-org-number-missing = Organisationsnummer saknas: ange det om organisationen har ett (alla svenska bolag har det; en liten förening kan sakna det).
diag-postal-code-invalid = ”{ $value }” är inget svenskt postnummer: skriv fem siffror, till exempel 111 34.
diag-representative-missing = Organisationen finns utanför EU: ange dess företrädare i EU (artikel 27 i dataskyddsförordningen), om inte ett undantag gäller.
diag-gdpr-reach-unanswered = Ni är etablerade utanför EU och EES. Ange varför dataskyddsförordningen gäller för er (artikel 3.2): ni erbjuder varor eller tjänster till personer i EU eller EES, ni övervakar deras beteende där, eller båda. Tills ni har svarat nämner policyn båda som alternativ.
diag-authority-unknown = policywright känner inte till tillsynsmyndigheten i ”{ $value }”. Välj ett av { $known }, eller lämna landet tomt och ange myndighetens namn och adress.
diag-authority-country-and-details = Välj antingen myndigheten efter land eller ange dess namn och adress, inte båda.
diag-authority-needed = policywright känner inte till tillsynsmyndigheten i { $country } (den känner till { $known }): ange vilken myndighet som tar emot klagomål, med namn och adress.
diag-identity-number-rule-swedish = Regeln om personnummer (3 kap. 10 § dataskyddslagen) är svensk lag, så policyn hänvisar inte till den för en organisation i { $country }: kontrollera vad ert lands lag säger om nationella identifikationsnummer (artikel 87 i dataskyddsförordningen).
diag-retention-bookkeeping-swedish = policywright vet inte hur länge bokföringslagen i { $country } kräver att räkenskapsinformation sparas. Beskriv med egna ord den tid som er lag föreskriver (välj ”med egna ord”).
diag-languages-empty = Välj minst ett språk att publicera policyn på.
diag-prevailing-not-published = Språket som ska gälla vid skillnader är inte ett av de språk som policyn publiceras på.
diag-history-version-repeated = Version { $version } finns redan i historiken: varje publicerad version har ett eget nummer.
diag-lint-unknown = ”{ $value }” är ingen granskningskontroll. Förväntade en av: { $expected }.
diag-activities-empty = Lägg till minst en behandling: vilka personuppgifter ni använder och varför.
diag-purpose-missing = Välj ett ändamål i listan eller beskriv ändamålet med egna ord.
diag-purpose-title-long = Rubriken har { $length } tecken; ett ändamål läses bäst med en rubrik på högst { $max }. Skriv en kort rubrik och flytta resten till förklaringen.
diag-name-long = Namnet har { $length } tecken; en organisations namn är sällan längre än { $max }. Kontrollera att bara det registrerade namnet står här: det står i policyns rubrik.
diag-legitimate-interest-missing = Den rättsliga grunden är berättigat intresse: beskriv vilket intresse ni har.
diag-legal-basis-ignored = Ändamålet anger flera rättsliga grunder under ”bases”, så den här enda rättsliga grunden används inte. Ta bort den, eller ta bort listan.
diag-basis-people-unknown = De här personerna finns inte bland ändamålets ”vems uppgifter”: en rättslig grund kan bara gälla personer som ändamålet nämner.
diag-basis-people-uncovered = Ingen av ändamålets rättsliga grunder gäller de här personerna: lägg till dem under en av grunderna.
diag-profiling-logic-missing = Ändamålet innebär profilering: beskriv med egna ord hur den går till och vad den används till.
diag-special-condition-missing = Behandlingen omfattar känsliga personuppgifter: välj det undantag i artikel 9.2 som gör den tillåten.
diag-special-data-unmarked = ”{ $word-sv }” låter som { $category ->
        [health] uppgifter om hälsa
        [trade-union] medlemskap i en fackförening
        [religion] religiös eller filosofisk övertygelse
        [ethnicity] etniskt ursprung
        [sex-life] en persons sexualliv eller sexuella läggning
        [biometric] biometriska uppgifter
        [genetic] genetiska uppgifter
        [political] politiska åsikter
       *[other] en känslig personuppgift
    }, alltså en känslig personuppgift (artikel 9.1). Allergier, diagnoser och läkemedel är uppgifter om hälsa. Om det stämmer, markera uppgiften som känslig: då behöver ni ett undantag i artikel 9.2, till exempel uttryckligt samtycke, och policyn anger det.
diag-special-condition-unused = Ett undantag för känsliga personuppgifter är valt, men behandlingen omfattar inga känsliga personuppgifter.
diag-identity-number-reason-missing = Förklara varför personnummer behövs: utan samtycke får de bara användas när det är klart motiverat (3 kap. 10 § dataskyddslagen).
diag-consequence-missing = Beskriv vad som händer om personen inte lämnar uppgifterna.
diag-requirement-missing = Ändamålet grundar sig på en rättslig förpliktelse: ange om personen måste lämna uppgifterna (artikel 13.2 e). Policyn utgår inte från att det är frivilligt.
diag-requirement-unanswered = Ange om personen måste lämna uppgifterna (artikel 13.2 e); tills dess säger policyn ingenting om det för det här ändamålet.
diag-tracking-without-cookies = Uppgifter om hur personer använder webbplatsen samlas in, men ingen kaka eller liknande teknik finns med: lägg till det som samlar in dem under Kakor.
diag-cookie-data-needs-consent = Ändamålet använder uppgifter om hur personer använder webbplatsen, och webbplatsen har kakor som kräver samtycke. Om uppgifterna läses in genom de kakorna eller liknande teknik bör den rättsliga grunden vara samtycke, inte berättigat intresse: samtycket som reglerna om kakor kräver kommer först, och uppgifter som samlats in med samtycke får inte användas vidare på en annan grund (EDPB:s riktlinjer 8/2020 och 2/2023).
diag-pixel-with-health-data = Det här ser ut som en annonsörs spårningspixel ({ $provider }), och ni behandlar uppgifter om hälsa. En pixel kan skicka vad en besökare tittar på eller köper till annonsören, och på er webbplats kan det avslöja besökarens hälsa. År 2024 fick två apotek sanktionsavgifter på 37 och 8 miljoner kronor av Integritetsskyddsmyndigheten för att Metapixeln på deras webbplatser skickade kunders uppgifter till Meta. Håll pixeln borta från varje sida som kan avslöja hälsa, eller ta bort den.
diag-balancing-test-missing = Den rättsliga grunden är berättigat intresse, men ni har inte angett att ni har vägt ert intresse mot personens intressen och grundläggande rättigheter och friheter. Gör den intresseavvägningen, dokumentera den och kryssa i rutan; tills dess påstår policyn inte att någon avvägning har gjorts.
diag-consent-collector-without-consent = Ni anger vem som samlar in samtycket för ändamålet, men ändamålet vilar inte på samtycke, så policyn nämner det inte. Välj samtycke som rättslig grund (för alla eller för några), eller ta bort vem som samlar in det.
diag-online-service-unanswered = Er verksamhet vänder sig till barn: ange om ni erbjuder dem en tjänst på internet direkt. Åldersregeln för barnets eget samtycke beror på det, så policyn anger ingen åldersregel förrän ni har svarat. (Filer från tiden innan frågan ställdes saknar svar.)
diag-law-missing = Ändamålet grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse: ange vilken lag som fastställer den (artikel 6.3 i dataskyddsförordningen), från listan eller med egna ord. Tills dess säger policyn inte vilken lag det är.
diag-decision-law-missing = Besluten grundar sig på en lag som tillåter dem (artikel 22.2 b i dataskyddsförordningen): ange vilken lag det är, från listan eller med egna ord.
diag-law-outside-eu = Enligt dataskyddsförordningen kan bara EU-rätt eller lag i ett land inom EU eller EES fastställa en rättslig förpliktelse eller tillåta sådana beslut (artiklarna 6.3 och 22.2 b). En lag i ett land utanför EU och EES ({ $country }) räcker inte ensam: ange lagen inom EU, eller välj en annan rättslig grund för personer i EU.
diag-restriction-swedish = Den här begränsningen av rättigheterna är svensk lag, så policyn anger den inte för en organisation utanför Sverige: beskriv vad lagen i ert land kräver att ni sparar i ändamålets beskrivning.
diag-uk-safeguard-missing = Ni är etablerade i Storbritannien, och brittisk lag anser inte att { $country } har en adekvat skyddsnivå: välj vilken skyddsåtgärd överföringen har enligt UK GDPR (EU:s verktyg räcker inte ensamma enligt brittisk lag). Tills dess anger policyn bara vad dataskyddsförordningen säger om den.
diag-uk-safeguard-not-needed = Brittisk lag täcker redan { $country } (Storbritannien självt, eller ett land som de brittiska reglerna om adekvat skyddsnivå omfattar): ingen skyddsåtgärd enligt UK GDPR behövs, och svaret används inte.
diag-uk-extension-not-us = Den brittiska utvidgningen av Data Privacy Framework gäller bara certifierade organisationer i USA.
diag-retention-end-missing = Beskriv regeln som avslutar lagringstiden efter den kortaste tiden, till exempel när ni går igenom och raderar uppgifterna.
diag-retention-open-ended = Texten anger bara en kortaste tid: säg vad som avslutar den, eller välj ”minst ett antal månader” och beskriv regeln.
diag-derogation-missing = Välj vilket undantag i artikel 49 som överföringen stöder sig på.
diag-decision-ground-missing = Beslut som fattas enbart automatiskt och har rättsliga eller liknande betydande följder kräver en grund i artikel 22.2: ett avtal, en lag eller uttryckligt samtycke. Välj en, eller låt en människa fatta besluten.
diag-retention-months-missing = Ange hur många månader uppgifterna sparas.
diag-retention-text-missing = Beskriv hur länge uppgifterna sparas, eller vad som avgör hur länge.
diag-retention-withdrawn-without-consent = "Tills samtycket återkallas" passar bara för behandling som grundar sig på samtycke.
diag-transfer-safeguard-missing = { $country } ligger utanför EES: välj skyddsåtgärd för överföringen (beslut om adekvat skyddsnivå, Data Privacy Framework, standardavtalsklausuler, bindande företagsbestämmelser eller ett undantag enligt artikel 49).
diag-safeguard-not-needed = { $country } ligger inom EES: ingen skyddsåtgärd för överföring behövs.
diag-adequacy-missing = Det finns inget beslut om adekvat skyddsnivå för { $country }: välj en annan skyddsåtgärd.
diag-adequacy-needs-dpf = Beslutet om adekvat skyddsnivå för USA gäller bara organisationer som är certifierade enligt EU–US Data Privacy Framework: välj den skyddsåtgärden i stället.
diag-dpf-not-us = Data Privacy Framework gäller bara organisationer i USA, inte { $country }.
diag-safeguard-copy-missing = Beskriv hur en person kan få en kopia av skyddsåtgärden (artikel 13.1 f).
diag-dpf-fallback-invalid = Om Data Privacy Framework slutar gälla kan standardavtalsklausuler eller bindande företagsbestämmelser ta över: välj en av dem.
diag-countries-vary-safeguard = Länderna varierar, så välj en skyddsåtgärd som följer med uppgifterna vart de än går: standardavtalsklausuler eller bindande företagsbestämmelser. Ett beslut om adekvat skyddsnivå och Data Privacy Framework gäller bara namngivna länder, och ett undantag enligt artikel 49 bara en bestämd överföring som personen får veta om.
diag-recipient-country-repeated = { $country } står två gånger för den här mottagaren: ange varje land en gång, med sin skyddsåtgärd.
diag-joint-essence-missing = Beskriv vad ni och den andra personuppgiftsansvarige var för sig ansvarar för (det väsentliga i ert arrangemang, artikel 26.2); policyn måste ange det.
diag-recipient-activity-unknown = Ingen användning av personuppgifter har id:t ”{ $value }”. De id som finns är: { $expected }. En användnings id är dess ändamål i listan, eller det id ni ger den.
diag-recipient-activity-ambiguous = Flera användningar av personuppgifter har id:t ”{ $value }”: ge dem egna id och länka den ni menar.
diag-activity-id-repeated = En annan användning av personuppgifter har redan id:t ”{ $value }”: varje användning behöver ett eget.
diag-lifetime-invalid = ”{ $value }” är ingen livslängd. Skriv den på engelska i någon av de här formerna: "session" (tills webbläsaren stängs), "none" (inget sparas), "until deleted" (tills den raderas), ett tal och en enhet ("1 minute", "13 months"), "up to" och en tid ("up to 2 years", upp till 2 år) eller ett intervall ("30 seconds to 1 year", 30 sekunder till 1 år). Enheterna är seconds, minutes, hours, days, weeks, months och years.
diag-lifetime-range-reversed = ”{ $value }” anger den längre tiden först: skriv den kortare först, som i "30 seconds to 1 year".
diag-lifetime-none-stored = { $technology ->
    [local-storage] Lokal lagring
    [session-storage] Sessionslagring
   *[other] En kaka
} sparar information i besökarens enhet, så "none" kan inte vara livslängden: ange hur länge den sparas, till exempel "session" eller "13 months".
diag-cookie-consent-missing = Vissa kakor kräver samtycke: beskriv hur besökaren lämnar det.
diag-cookie-withdrawal-missing = Beskriv hur besökaren återkallar eller ändrar sitt samtycke till kakor.
diag-guardian-consent-missing = Tjänsten riktar sig till barn: beskriv hur ni får vårdnadshavarens samtycke när ett barn inte kan samtycka själv.
diag-children-consent-unused = Inget ändamål vilar på samtycke, så åldern då ett barn får samtycka själv (artikel 8) och vårdnadshavarens samtycke gäller inte, och policyn säger inget om dem. En vårdnadshavares godkännande av vård, en resa eller ett avtal är inte samtycke enligt dataskyddsförordningen. Om ni ber om samtycke för att använda ett barns uppgifter, välj samtycke som rättslig grund för det ändamålet.
diag-age-limit-invalid = { $age } är ingen åldersgräns: ange en ålder från 1 till 99, eller ta bort åldersgränsen.
diag-younger-found-missing = Tjänsten har en åldersgräns: beskriv vad ni gör när ni upptäcker uppgifter om någon som är yngre, till exempel att ni raderar dem.
diag-age-limit-excludes-children = Tjänsten riktar sig till barn, men åldersgränsen { $age } år utesluter alla under 18. Ta bort åldersgränsen, eller ange att tjänsten inte riktar sig till barn.
diag-age-limit-above-consent-age = Tjänsten på internet erbjuds direkt till barn och policyn förklarar åldern { $consent } år för barnets eget samtycke, men åldersgränsen { $age } år utesluter så unga barn. Kontrollera åldersgränsen, eller om tjänsten erbjuds till barn.
diag-response-too-slow = Ett löfte om { $days } dagar kan bli längre än den månad som dataskyddsförordningen ger för att svara (artikel 12.3). Lämna fältet tomt för att skriva ”inom en månad”, eller lova högst 28 dagar.
# A project's own clause texts (docs/clauses.md).
# How a clause problem names its place (the clause editor shows the reason without it).
clause-problem-place = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }:
diag-clause-syntax = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: mallen kan inte läsas här (”{ $detail }”): kontrollera att varje {"{{"} har sitt {"}}"}, varje {"{%"} sitt {"%}"} och att citattecken och parenteser är stängda.
diag-clause-tag-unclosed = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: taggen stängs aldrig: lägg till ”{ $detail }” där den slutar.
diag-clause-unclosed = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: { $detail ->
    [for] slingan som börjar här stängs aldrig: lägg till {"{"}% endfor %{"}"} där den ska sluta.
    [if] villkoret som börjar här stängs aldrig: lägg till {"{"}% endif %{"}"} där det ska sluta.
   *[other] blocket ”{ $detail }” som börjar här stängs aldrig: lägg till {"{"}% end{ $detail } %{"}"} där det ska sluta.
}
diag-clause-end-mismatch = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: ”{ $end }” kan inte stänga { $open ->
    [for] slingan
    [if] villkoret
   *[other] blocket ”{ $open }”
} som börjar på rad { $opened }: stäng det först med {"{"}% end{ $open } %{"}"}.
diag-clause-end-extra = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: ”{ $detail }” hör inte till något öppet villkor eller någon öppen slinga: ta bort den, eller öppna blocket den hör till.
diag-clause-unknown-variable = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: det finns ingen variabel ”{ $detail }”. Klausulredigeraren listar de variabler en klausul kan använda.
diag-clause-unknown-macro = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: det finns inget makro ”{ $detail }”. Importera de inbyggda makrona med {"{"}% import "{ $lang }/macros.md" as m %{"}"} och använd något av dem.
diag-clause-unknown-filter = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: filtret ”{ $detail }” kan inte användas i en klausul.
diag-clause-unknown-test = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: testet ”{ $detail }” kan inte användas i en klausul.
diag-clause-forbidden-function = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en klausul kan inte anropa funktioner (”{ $detail }”).
diag-clause-forbidden-tag = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en klausul kan inte använda ”{ $detail }”: den får inte läsa andra mallar eller filer eller definiera makron.
diag-clause-forbidden-import = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en klausul kan bara importera de inbyggda makrona ”{ $lang }/macros.md”, inte ”{ $detail }”.
diag-clause-set-chain = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en ”set” får bara använda ett värde som en ”set” har skapat, och ”{ $detail }” är ett andra; en text får inte fördubblas.
diag-clause-set-in-loop = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en ”set” i en loop får bara använda loopens element och värden som ”set” har skapat, inte ”{ $detail }”.
diag-clause-nested-loop = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en loop inuti en loop måste gå över ett fält i den yttre loopens element (som a.data), inte över ”{ $detail }”.
diag-clause-too-long = Klausul ”{ $clause }” ({ $lang }): mallen är längre än { $detail } tecken.
diag-clause-too-nested = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: mallen har för djupt nästlade block eller parenteser.
diag-clause-expression-too-large = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: ett uttryck får använda högst { $detail } värden; dela upp det i flera.
diag-clause-output-too-large = Klausul ”{ $clause }” ({ $lang }): klausulen växer utan gräns och stoppades; se över dess loopar.
diag-clause-too-slow = Klausul ”{ $clause }” ({ $lang }): klausulen tog för lång tid att rendera och stoppades; se över dess loopar.
diag-clause-heading-missing = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: en klausul måste börja med sin rubrik, en rad ”# Rubrik”.
diag-clause-render = Klausul ”{ $clause }” ({ $lang }), rad { $line }, kolumn { $column }: klausulen kan inte renderas: { $detail }
diag-clause-language-missing = Den egna klausulen ”{ $clause }” saknar text på { $lang ->
    [sv] svenska
   *[en] engelska
}, som policyn publiceras på.
diag-wording-unknown = Ingen klausul har en mening ”{ $message }”: ta bort omformuleringen, eller ange ett meddelande som ”policywright clause wording” listar.
diag-wording-invalid = Omformuleringen av ”{ $message }” passar inte klausulen: { $detail }
diag-wording-stale = Programmets ord för ”{ $message }” ({ $lang }) har ändrats sedan omformuleringen skrevs. Jämför dem med ”policywright clause wording” och formulera om den igen eller återställ den.
clause-heading-empty = Skriv den nya klausulens rubrik.
clause-heading-too-long = En rubrik är en rad på högst 120 tecken.
clause-heading-taken = Projektet har redan en klausul med rubriken ”{ $heading }”.
diag-clause-stale = Standardtexten för klausul ”{ $clause }” ({ $lang }) har ändrats sedan projektets version skrevs ({ $source ->
    [house-style] husstil
   *[built-in] inbyggd text
}). Projektets text används fortfarande: jämför och slå ihop i vyn Klausuler eller med ”policywright clause show”.
diag-clause-unknown = Det finns ingen klausul ”{ $clause }”.
diag-clause-duplicate = Klausul ”{ $clause }” ({ $lang }) är ersatt två gånger; behåll en.
diag-clause-id-taken = ”{ $clause }” kan inte vara id för en egen klausul: använd små bokstäver, siffror och bindestreck, inte id:t för en inbyggd klausul eller en annan egen klausul.
diag-coverage-item-unknown = ”{ $item }” är ingen uppgift i artikel 13 eller 14 GDPR (se ”policywright coverage”).
diag-coverage-item-uncovered = Ingen klausul i den { $lang ->
    [sv] svenska
   *[en] engelska
} policyn täcker { $item } (artikel { $articles }), som gäller för de här svaren. Ta med det i en klausul, eller ange vilken klausul som täcker det.
diag-service-unknown = Tjänsten ”{ $value }” finns inte i katalogen över tjänster. Kör ”policywright services” för att se vilka som finns, eller ta bort ”service” och fyll i uppgifterna själv.
diag-service-cookie-unknown = Katalogen beskriver ingen kaka ”{ $value }” för { $service } ({ $expected ->
        [none] den beskriver inga kakor för tjänsten
       *[other] den beskriver: { $expected }
    }). Fyll i kakans uppgifter själv.
diag-service-changed = Katalogens uppgifter om { $service } ändrades { $date }, efter att policyn senast publicerades ({ $published }): { $what-sv } Läs igenom texten och publicera en ny version.
diag-org-number-personal = Det här är ett personnummer, som en enskild firmas nummer är: i policyn skulle det visa alla ägarens födelsedatum. Markera i stället att verksamheten är en enskild firma, så utelämnar policyn numret.

## Omformulera en mening i en klausul (vyn Klausuler, `policywright clause reword`).

reword-unknown-clause = Det finns ingen klausul ”{ $clause }”.
reword-unknown-message = Ingen klausul har en mening ”{ $message }”.
reword-not-built-in = Klausulen ”{ $clause }” har inte programmets ord här: en husstil eller projektets egen text ersätter den, så redigera den texten i stället.
reword-unknown-placeable = ”{ $name }” är inget svar som den här meningen kan visa. Den kan visa: { $passes }.
reword-not-words = Orden kan inte sparas som de är: { $detail }
