# Överföring till länder utanför EU/EES (templates/transfers.md).

transfers-title = Överföring till länder utanför EU/EES
# Ingressen när vi är etablerade i Storbritannien (både UK GDPR och dataskyddsförordningen gäller).
transfers-uk-intro = Vi är etablerade i Storbritannien. Därför avgör två lagar vart vi får föra dina uppgifter. UK GDPR gäller när uppgifterna förs ut ur Storbritannien. Dataskyddsförordningen gäller för oss enligt artikel 3.2 när de förs till länder utanför EU och EES, alltså utanför EU, Island, Liechtenstein och Norge. För varje mottagare ser du vad båda lagarna kräver och vad vi stöder oss på.

## Ingressen annars, i delar: början (en eller flera mottagare), "transfers-intro-outside", meningen om tredjeland (ett eller flera länder) och dess punkt, "transfers-intro-grounds".

# Början när en mottagare har uppgifterna utanför EU/EES.
transfers-intro-one = En mottagare behandlar dina uppgifter i ett land
# Början när flera mottagare har det.
transfers-intro-some = Några mottagare behandlar dina uppgifter i länder
# Följer på "transfers-intro-one" eller "transfers-intro-some". Sedan kommer "transfers-intro-third-country" eller "transfers-intro-third-countries".
transfers-intro-outside = utanför EU och EES, alltså utanför EU, Island, Liechtenstein och Norge.
# När det är ett land. Slutar utan punkt: klausulen sätter punkten. (Texten är i dag densamma som för flera länder.)
transfers-intro-third-country = Ett sådant land kallas tredjeland
# När det är flera länder. Slutar utan punkt: klausulen sätter punkten.
transfers-intro-third-countries = Sådana länder kallas tredjeländer
transfers-intro-grounds = Där gäller inte EU:s regler om dataskydd på samma sätt. Därför för vi bara över uppgifter dit på en grund som dataskyddsförordningen anger. För varje mottagare ser du vilken grund vi använder.

## En punkt per mottagare.

# I stället för mottagarens namn när det saknas.
transfers-recipient = Mottagare
transfers-uk-domestic = Enligt UK GDPR är det ingen överföring som lagen begränsar. Uppgifterna stannar ju i Storbritannien.
# $rule: beslutet eller regeln i brittisk rätt om adekvat skyddsnivå.
transfers-uk-adequacy = Enligt UK GDPR har landet en adekvat skyddsnivå, så inget mer skydd behövs. Det följer av { $rule }.
# $rule: regeln i brittisk rätt som gör den brittiska delen av ramverket till grund.
transfers-uk-extension = Enligt UK GDPR stöder sig överföringen på att mottagaren är certifierad enligt den brittiska delen av EU–US Data Privacy Framework. Det följer av { $rule }.
transfers-uk-idta = Enligt UK GDPR stöder sig överföringen på ett avtal från den brittiska tillsynsmyndigheten ICO (International Data Transfer Agreement). Vi har ingått det med mottagaren.
transfers-uk-addendum = Enligt UK GDPR stöder sig överföringen på EU-kommissionens standardavtalsklausuler med ett tillägg från den brittiska tillsynsmyndigheten ICO (International Data Transfer Addendum). Vi har avtalat om båda med mottagaren.
transfers-uk-binding-corporate-rules = Enligt UK GDPR stöder sig överföringen på mottagarens bindande företagsbestämmelser. Den brittiska tillsynsmyndigheten ICO har godkänt dem.
transfers-uk-derogation = Enligt UK GDPR stöder sig överföringen på ett undantag för en särskild situation (artikel 49 i UK GDPR).
# $safeguard: vad dataskyddsförordningen säger om överföringen, från makrot "eu_transfer" (macros.md); börjar med ett mellanslag, därför inget mellanslag efter kolonet.
transfers-under-gdpr = Enligt dataskyddsförordningen:{ $safeguard }
# När vi är etablerade i Storbritannien och mottagaren finns inom EU/EES.
transfers-gdpr-inside-eea = Enligt dataskyddsförordningen är det ingen överföring till tredjeland. Mottagaren finns ju inom EU eller EES.
# Följs av texten om hur man får en kopia av skyddsåtgärderna, eller av "transfers-copy-contact-us".
transfers-copy = Så får du en kopia:
# Efter "transfers-copy" när ingen egen text är angiven.
transfers-copy-contact-us = kontakta oss.
