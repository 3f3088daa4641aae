# Trust pages, sharing previews and the layout's skip link.
trust-footer-label = About Alif24
trust-about-title = About
trust-privacy-title = Privacy policy
trust-terms-title = Terms of use
trust-contact-title = Contact
trust-contact-unset = the operator of this server has not published a contact address yet. Ask the school or learning centre that gave you Alif24's address.
og-title = Alif24 — letters and tests for children
og-description = Children learn letters with pictures and voice and take their teacher's tests, and parents see their progress. In Uzbek, Russian and English.
og-image-alt = The Alif24 logo and the words “Letters, tests and coins”
skip-to-content = Skip to the main content
