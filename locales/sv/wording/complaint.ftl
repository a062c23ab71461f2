# Klagomål till tillsynsmyndigheten (templates/complaint.md).

complaint-title = Klagomål till tillsynsmyndigheten
complaint-unhappy = Är du missnöjd med hur vi behandlar dina personuppgifter?
complaint-contact-us-first = Kontakta oss gärna först, så försöker vi lösa det.
# Bara där en lag kräver det (section 164A i den brittiska Data Protection Act 2018).
complaint-acknowledge = Inom 30 dagar bekräftar vi att vi har tagit emot ditt klagomål.
# $rule: den regel som kräver hanteringen ("section 164A i den brittiska Data Protection Act 2018").
complaint-handle = Vi utreder det utan onödigt dröjsmål och berättar vad vi har kommit fram till, så som { $rule } kräver.
# Organisationen är etablerad inom EU eller EES.
complaint-right-eea = Du har rätt att lämna klagomål till en tillsynsmyndighet för dataskydd, särskilt i det land inom EU eller EES där du bor eller arbetar eller där den påstådda överträdelsen har skett.
# Början av en mening som slutar med myndighetens namn och ett kolon; därefter följer myndighetens kontaktuppgifter. $country: landet där myndigheten finns.
complaint-in-country = I { $country } är det
# Samma sorts meningsbörjan när landet inte är känt, eller myndigheten är en av flera.
complaint-one-of-them = En av dem är
# Organisationen är etablerad utanför EU och EES, i ett land med egen tillsynsmyndighet. $authority: den myndighetens namn. Slutar utan punkt: myndighetens webbplats kan följa inom parentes.
complaint-right-home = Du har rätt att lämna klagomål till { $authority }
complaint-also-eea = Bor eller arbetar du i EU eller EES, eller har den påstådda överträdelsen skett där, kan du också klaga hos en tillsynsmyndighet i det landet.
# Organisationen är etablerad utanför EU och EES, i ett land utan känd tillsynsmyndighet.
complaint-right-any = Du har rätt att lämna klagomål till en tillsynsmyndighet för dataskydd i det land inom EU eller EES där du bor eller arbetar eller där den påstådda överträdelsen har skett.
# Etiketterna i listan med myndighetens kontaktuppgifter; uppgiften följer efter kolonet.
complaint-label-address = Postadress:
complaint-label-website = Webbplats:
complaint-label-email = E-post:
complaint-label-phone = Telefon:
