//! XMP metadata and the sRGB output intent: what PDF/UA-1 and PDF/A-2a require besides the
//! structure tree. The XMP repeats the document information (title, author, subject,
//! creator, producer, dates) exactly, as PDF/A asks, and states the two claims (pdfuaid part
//! 1; pdfaid part 2, conformance A) with the extension schema PDF/A needs for pdfuaid.

use lopdf::{Dictionary, Object, Stream};

/// sRGB IEC 61966-2.1 (ICC v2), from Debian's icc-profiles-free; licence beside it.
static SRGB_ICC: &[u8] = include_bytes!("../../../assets/icc/sRGB.icc");

/// What the XMP states; every field is also in the document information dictionary.
pub struct Info<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub subject: &'a str,
    /// BCP 47, e.g. "sv-SE".
    pub lang: &'a str,
    pub creator: &'a str,
    pub producer: &'a str,
    /// "YYYY-MM-DD".
    pub date: &'a str,
}

/// `s` as XML character data or attribute value.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0: dropped (none can reach here from a policy).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet.
pub fn packet(info: &Info) -> String {
    let date = format!("{}T00:00:00Z", info.date);
    let alt = |s: &str| {
        format!(
            "<rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>",
            esc(s)
        )
    };
    let property = |name: &str, ty: &str, desc: &str| {
        format!(
            "<rdf:li rdf:parseType=\"Resource\">\
             <pdfaProperty:name>{name}</pdfaProperty:name>\
             <pdfaProperty:valueType>{ty}</pdfaProperty:valueType>\
             <pdfaProperty:category>internal</pdfaProperty:category>\
             <pdfaProperty:description>{desc}</pdfaProperty:description>\
             </rdf:li>"
        )
    };
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" \
xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" \
xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" \
xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title>{title}</dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
<dc:description>{subject}</dc:description>\n\
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
<xmp:CreatorTool>{creator}</xmp:CreatorTool>\n\
<xmp:CreateDate>{date}</xmp:CreateDate>\n\
<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{date}</xmp:MetadataDate>\n\
<pdf:Producer>{producer}</pdf:Producer>\n\
<pdfaid:part>2</pdfaid:part>\n\
<pdfaid:conformance>A</pdfaid:conformance>\n\
<pdfuaid:part>1</pdfuaid:part>\n\
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
<pdfaSchema:property><rdf:Seq>{part}</rdf:Seq></pdfaSchema:property>\
</rdf:li></rdf:Bag></pdfaExtension:schemas>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"r\"?>",
        title = alt(info.title),
        author = esc(info.author),
        subject = alt(info.subject),
        lang = esc(info.lang),
        creator = esc(info.creator),
        producer = esc(info.producer),
        part = property(
            "part",
            "Integer",
            "Indicates, which part of ISO 14289 standard is followed"
        ),
    )
}

/// The catalog's /Metadata stream: uncompressed, so a reader without a PDF parser finds it.
pub fn metadata_stream(info: &Info) -> Stream {
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"Metadata".to_vec()));
    d.set("Subtype", Object::Name(b"XML".to_vec()));
    let mut s = Stream::new(d, packet(info).into_bytes());
    s.allows_compression = false;
    s
}

/// The ICC profile stream of the output intent.
pub fn icc_stream() -> Stream {
    let mut d = Dictionary::new();
    d.set("N", Object::Integer(3));
    Stream::new(d, SRGB_ICC.to_vec())
}

/// The /OutputIntents entry's one intent, with the profile at `icc`.
pub fn output_intent(icc: lopdf::ObjectId) -> Dictionary {
    let s = |v: &str| Object::String(v.as_bytes().to_vec(), lopdf::StringFormat::Literal);
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"OutputIntent".to_vec()));
    d.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    d.set("OutputConditionIdentifier", s("sRGB IEC61966-2.1"));
    d.set("Info", s("sRGB IEC61966-2.1"));
    d.set("DestOutputProfile", Object::Reference(icc));
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packet_states_both_claims_and_escapes_the_organisation() {
        let xmp = packet(&Info {
            title: "Integritetspolicy – Lindqvist & Berg <AB>",
            author: "Lindqvist & Berg <AB>",
            subject: "S",
            lang: "sv-SE",
            creator: "policywright",
            producer: "policywright",
            date: "2026-01-15",
        });
        for want in [
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
            "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
            "<rdf:li xml:lang=\"x-default\">Integritetspolicy – Lindqvist &amp; Berg &lt;AB&gt;</rdf:li>",
            "<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>",
            "<xmp:CreateDate>2026-01-15T00:00:00Z</xmp:CreateDate>",
        ] {
            assert!(xmp.contains(want), "{want} missing in\n{xmp}");
        }
        assert!(!xmp.contains("& "));
    }

    #[test]
    fn profile_is_an_rgb_icc_profile() {
        // ICC header: 'acsp' signature at 36, colour space 'RGB ' at 16, class 'mntr' at 12.
        assert_eq!(&SRGB_ICC[36..40], b"acsp");
        assert_eq!(&SRGB_ICC[16..20], b"RGB ");
        assert_eq!(&SRGB_ICC[12..16], b"mntr");
    }
}
