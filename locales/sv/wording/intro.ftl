# Om policyn (templates/intro.md).

intro-title = Om den här policyn
# Första meningen är delad i tre: "Här berättar" + vem ("vi på …" eller "vi") + resten av meningen.
intro-here = Här berättar
# $name: organisationens namn.
intro-we-at = vi på { $name }
intro-we = vi
intro-how = hur vi behandlar dina personuppgifter.
intro-what-data = Du får veta vilka uppgifter vi samlar in, varför vi gör det, vem vi delar dem med och hur länge vi sparar dem.
intro-what-rights = Du får också veta vilka rättigheter du har och hur du utövar dem.
intro-personal-data = Personuppgifter är alla uppgifter som kan kopplas till dig som person, till exempel ditt namn, din e-postadress eller din IP-adress.

## Organisationen är etablerad inom EU eller EES.

# $gdpr: dataskyddsförordningens namn ("dataskyddsförordningen (EU) 2016/679"). Slutar med "och": sedan följer den nationella lagens namn, eller meddelandet intro-national-rules, och en punkt.
intro-we-follow = Vi följer { $gdpr }, som ofta kallas GDPR, och
# När den nationella lagen inte är känd. $country: landet där organisationen är etablerad.
intro-national-rules = de nationella regler som kompletterar den där vi är etablerade ({ $country })

## Organisationen är etablerad utanför EU och EES.

# Slutar utan punkt: intro-outside-law eller landet inom parentes kan följa.
intro-outside = Vi är etablerade utanför EU och EES
# Fortsätter meningen intro-outside. $country: landet där organisationen är etablerad. $law: den lag som gäller där.
intro-outside-law = , i { $country }, där { $law } gäller för hur vi behandlar personuppgifter
# Varför dataskyddsförordningen ändå gäller (artikel 3.2): en mening per svar på frågan. Svaret väljer också artikelhänvisningen (intro-cite-…) i nästa mening.
intro-reach-offering = Vi erbjuder också varor eller tjänster till personer i EU eller EES.
intro-reach-monitoring = Vi övervakar också beteendet hos personer i EU eller EES.
intro-reach-both = Vi erbjuder också varor eller tjänster till personer i EU eller EES och övervakar deras beteende där.
intro-reach-either = Vi erbjuder också varor eller tjänster till personer i EU eller EES, eller övervakar deras beteende där.
# $gdpr: dataskyddsförordningens namn ("dataskyddsförordningen (EU) 2016/679"); meningens första bokstav görs stor, så ett språk kan börja meningen med namnet. $cite: artikelhänvisningen, ett av meddelandena intro-cite-….
intro-gdpr-applies = För hur vi behandlar deras uppgifter gäller då { $gdpr }, som ofta kallas GDPR ({ $cite }).
# Samma mening när landet där organisationen är etablerad har en egen dataskyddslag (intro-outside-law), som förordningen gäller utöver.
intro-gdpr-applies-also = För hur vi behandlar deras uppgifter gäller då också { $gdpr }, som ofta kallas GDPR ({ $cite }).
# Artikelhänvisningen inom parentes i intro-gdpr-applies, efter svaret på frågan om varför förordningen gäller.
intro-cite-offering = artikel 3.2 a i dataskyddsförordningen
intro-cite-monitoring = artikel 3.2 b i dataskyddsförordningen
intro-cite-both = artikel 3.2 a och b i dataskyddsförordningen
intro-cite = artikel 3.2 i dataskyddsförordningen

## Uppgifter som organisationen behandlar som personuppgiftsbiträde.

# $data: vilka uppgifter det gäller, med organisationens egna ord.
intro-processor-scope = Den här policyn gäller inte { $data }.
intro-processor-role = De uppgifterna behandlar vi som personuppgiftsbiträde, på uppdrag av våra kunder och enligt deras instruktioner. Hur de används står i varje kunds egen integritetspolicy.
