# Strings printed in the PDF (src/pdf). The caller fills PdfMeta/PdfLabels from these.

# Document title: metadata, title bar and the title block.
pdf-title = Integritetspolicy
# Metadata subject.
pdf-subject = Hur { $organisation } behandlar personuppgifter
# Heading of the table of contents.
pdf-contents = Innehåll
# Under the title. $version: "2.0"; $date: the effective date already written out in
# Swedish, e.g. "15 januari 2026".
pdf-version-line = Version { $version } · gäller från { $date }
# Footer, right. $page: this page; $pages: number of pages.
pdf-page-of = Sida { $page } av { $pages }
