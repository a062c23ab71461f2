# Strings printed in the PDF (src/pdf). The caller fills PdfMeta/PdfLabels from these.

# Document title: metadata, title bar and the title block.
pdf-title = Privacy policy
# Metadata subject.
pdf-subject = How { $organisation } processes personal data
# Heading of the table of contents.
pdf-contents = Contents
# Under the title. $version: "2.0"; $date: the effective date already written out in
# English, e.g. "15 January 2026".
pdf-version-line = Version { $version } · effective from { $date }
# Footer, right. $page: this page; $pages: number of pages.
pdf-page-of = Page { $page } of { $pages }
