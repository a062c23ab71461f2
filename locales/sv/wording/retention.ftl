# Hur länge uppgifterna sparas (templates/retention.md).

retention-title = Hur länge vi sparar uppgifterna
# Slutar utan punkt: klausulen lägger till meningen om anonymisering när en behandling har den.
retention-intro = Vi sparar inte dina personuppgifter längre än vi behöver dem för ändamålet. När lagringstiden har gått ut raderar vi uppgifterna
retention-or-anonymise = , eller anonymiserar dem där det står nedan. Anonymiserade uppgifter kan inte längre kopplas till dig
# $period: lagringstiden i ord, från makrot "retention" (macros.ftl).
retention-keep = Vi sparar uppgifterna { $period }
retention-anonymised = Därefter anonymiserar vi uppgifterna i stället för att radera dem.
