# The cookie banner (render --format consent): the texts of the orestbida/cookieconsent
# configuration and of the folder's README. Category names come from catalog.ftl
# (cookie-category-*).

consent-title = Cookies on this website
# $categories: the categories that need consent, as a list ("statistics and marketing").
consent-description = We use necessary cookies to make this website work. If you agree, we also use cookies and similar technologies for { $categories }. The choice is yours, and you can change it whenever you like.
consent-description-necessary = We only use cookies that the website needs to work. They do not need your consent, but here you can see which they are.
consent-accept-all = Accept all
consent-accept-necessary = Necessary only
consent-show-preferences = Let me choose
consent-preferences-title = Cookie settings
consent-save = Save my choices
consent-close = Close
# cookieconsent shows the singular or the plural on either side of |.
consent-service-counter = service|services
consent-intro-title = What you choose here
consent-intro = Switch on the categories you accept. Necessary cookies are always on, because the website does not work without them. Your choice is stored in a cookie, and you can change it here at any time.
consent-category-necessary = Needed for the website and the services you use on it to work. They cannot be switched off.
consent-category-preferences = Remember choices you have made, such as your language.
consent-category-statistics = Show us how the website is used, so that we can improve it.
consent-category-marketing = Used for advertising and to follow your visit across websites.
# $category: the category's name.
consent-table-caption = Cookies and similar technologies: { $category }
consent-column-name = Name
consent-column-provider = Provider
consent-column-purpose = Purpose
consent-column-lifetime = Lifetime
consent-more-title = More information
# $link: a link to the cookie section of the privacy policy.
consent-more = Everything about how we use cookies is in { $link }.
consent-policy-link = our privacy policy

consent-readme-title = Cookie banner for { $org }
consent-readme-intro = This folder holds a ready-made cookie banner that says the same as the privacy policy, version { $version }. It is built on cookieconsent { $library } (MIT licence) by Orest Bida. Everything loads from your own website, nothing from anyone else's server.
consent-readme-steps = How to add it
consent-readme-step-copy = Copy the folder consent to the root of the website, so that its files are served under /consent/.
consent-readme-step-head = Paste the contents of head.html into the head element of your pages, before any other script that sets cookies.
consent-readme-step-lang = The banner appears in the language the page's html lang names (sv or en). Other languages get { $default }.
consent-readme-step-scripts = Scripts that set cookies needing consent must only run once the visitor has accepted their category: give them type="text/plain" and data-category with the category's id ({ $categories }).
consent-readme-step-link = Put a link or button with data-cc="show-preferencesModal" in the footer, so that visitors can change their choice.
consent-readme-google = The website uses Google's services. head.html therefore sets Google Consent Mode v2 to denied before any Google tag loads, and updates it from the visitor's choice.
consent-readme-revision = Revision { $revision }: when a published version of the policy changes the cookies or their purposes, the revision changes and visitors are asked again.
consent-readme-no-url = Note: the project has no policy.url, so the link to the policy points to #cookies on the same page. Give the address of the policy page and export again.
