//! Writing the finished lopdf document as bytes: every object that is not a stream goes into
//! object streams, and the cross-reference table is a stream too (PDF 1.5; PDF/A-2 allows
//! both). The structure tree is hundreds of small dictionaries: packed and deflated together
//! they take a fraction of the room. lopdf's own object-stream writer clones and serialises
//! every object three times, which cost a quarter of a render; here each is serialised once.

use super::PdfError;
use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Object, Stream};
use std::io::Write;

/// Objects per object stream.
const PER_STREAM: usize = 400;

/// One object as PDF syntax, with lopdf's own serialiser (reached through a content
/// stream's operand: the writer module itself is private).
fn encode(obj: Object) -> Result<Vec<u8>, PdfError> {
    let mut bytes = Content {
        operations: vec![Operation {
            operator: String::new(),
            operands: vec![obj],
        }],
    }
    .encode()
    .map_err(|e| PdfError::Write(e.to_string()))?;
    // An operand is followed by a space before its (here empty) operator.
    bytes.pop();
    Ok(bytes)
}

/// `data` deflated, at the fastest level whose output does not end with CR: before the
/// end-of-line and `endstream` such data reads as a CRLF, and a PDF/A validator then counts
/// one byte less than /Length.
pub fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    (1..=9).find_map(|level| {
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
        enc.write_all(data).ok()?;
        enc.finish().ok().filter(|p| p.last() != Some(&b'\r'))
    })
}

/// A stream object's bytes, its /Length set from its content.
fn stream_bytes(mut s: Stream) -> Result<Vec<u8>, PdfError> {
    s.dict
        .set("Length", Object::Integer(s.content.len() as i64));
    encode(Object::Stream(s))
}

fn indirect(out: &mut Vec<u8>, id: u32, body: &[u8]) {
    out.extend_from_slice(format!("{id} 0 obj\n").as_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(b"\nendobj\n");
}

#[derive(Clone, Copy)]
enum Entry {
    Free,
    /// Byte offset in the file.
    Direct(usize),
    /// (object stream, index in it).
    Packed(u32, usize),
}

/// The file: header, stream objects, object streams, cross-reference stream.
pub fn save(mut lo: lopdf::Document) -> Result<Vec<u8>, PdfError> {
    let objects = std::mem::take(&mut lo.objects);
    let max_id = objects.keys().map(|id| id.0).max().unwrap_or(0);
    let mut out = Vec::with_capacity(160 * 1024);
    out.extend_from_slice(format!("%PDF-{}\n", lo.version).as_bytes());
    // Four bytes above 127: the file is binary (PDF/A).
    out.extend_from_slice(b"%\xE2\xE3\xCF\xD3\n");

    let mut entries = vec![Entry::Free; max_id as usize + 1];
    let mut packed: Vec<(u32, Vec<u8>)> = Vec::new();
    for ((id, generation), obj) in objects {
        // lopdf and printpdf make generation 0 only, the only one an object stream may hold.
        if generation != 0 {
            return Err(PdfError::Write(format!(
                "object {id} {generation} has a generation other than 0"
            )));
        }
        match obj {
            Object::Stream(s) => {
                entries[id as usize] = Entry::Direct(out.len());
                indirect(&mut out, id, &stream_bytes(s)?);
            }
            obj => packed.push((id, encode(obj)?)),
        }
    }

    let mut next_id = max_id + 1;
    for chunk in packed.chunks(PER_STREAM) {
        let stream_id = next_id;
        next_id += 1;
        let mut header = Vec::new();
        let mut body = Vec::new();
        for (index, (id, bytes)) in chunk.iter().enumerate() {
            entries[*id as usize] = Entry::Packed(stream_id, index);
            write!(header, "{id} {} ", body.len()).map_err(|e| PdfError::Write(e.to_string()))?;
            body.extend_from_slice(bytes);
            body.push(b'\n');
        }
        let first = header.len();
        header.extend_from_slice(&body);
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"ObjStm".to_vec()));
        d.set("N", Object::Integer(chunk.len() as i64));
        d.set("First", Object::Integer(first as i64));
        let content = match deflate(&header) {
            Some(z) => {
                d.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                z
            }
            None => header,
        };
        entries.push(Entry::Direct(out.len()));
        indirect(&mut out, stream_id, &stream_bytes(Stream::new(d, content))?);
    }

    // Cross-reference stream: [type, offset or object stream, generation or index] in
    // 1, 4 and 2 bytes; it lists itself too.
    let xref_id = next_id;
    let xref_offset = out.len();
    entries.push(Entry::Direct(xref_offset));
    let mut table = Vec::with_capacity(entries.len() * 7);
    for (i, e) in entries.iter().enumerate() {
        let (t, a, b): (u8, u32, u16) = match *e {
            Entry::Free if i == 0 => (0, 0, 0xFFFF),
            Entry::Free => (0, 0, 0),
            Entry::Direct(offset) => (1, offset as u32, 0),
            Entry::Packed(s, index) => (2, s, index as u16),
        };
        table.push(t);
        table.extend_from_slice(&a.to_be_bytes());
        table.extend_from_slice(&b.to_be_bytes());
    }
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"XRef".to_vec()));
    d.set("Size", Object::Integer(entries.len() as i64));
    d.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    for key in [&b"Root"[..], b"Info", b"ID"] {
        if let Ok(v) = lo.trailer.get(key) {
            d.set(key, v.clone());
        }
    }
    let content = match deflate(&table) {
        Some(z) => {
            d.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            z
        }
        None => table,
    };
    indirect(&mut out, xref_id, &stream_bytes(Stream::new(d, content))?);
    out.extend_from_slice(format!("startxref\n{xref_offset}\n%%EOF\n").as_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_document_reads_back_with_every_object() {
        let mut lo = lopdf::Document::with_version("1.7");
        let pages = lo.new_object_id();
        let mut names = Vec::new();
        for i in 0..(PER_STREAM as i64 + 5) {
            names.push(lo.add_object(Object::Integer(i)));
        }
        let content = lo.add_object(Object::Stream(Stream::new(
            Dictionary::new(),
            b"BT ET".to_vec(),
        )));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages));
        page.set("Contents", Object::Reference(content));
        let page = lo.add_object(Object::Dictionary(page));
        let mut p = Dictionary::new();
        p.set("Type", Object::Name(b"Pages".to_vec()));
        p.set("Kids", Object::Array(vec![Object::Reference(page)]));
        p.set("Count", Object::Integer(1));
        lo.objects.insert(pages, Object::Dictionary(p));
        let mut cat = Dictionary::new();
        cat.set("Type", Object::Name(b"Catalog".to_vec()));
        cat.set("Pages", Object::Reference(pages));
        cat.set(
            "Names",
            Object::Array(names.iter().map(|n| Object::Reference(*n)).collect()),
        );
        let root = lo.add_object(Object::Dictionary(cat));
        lo.trailer.set("Root", Object::Reference(root));
        let bytes = save(lo).unwrap();
        assert!(bytes.starts_with(b"%PDF-1.7\n%\xE2"));
        let back = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(back.get_pages().len(), 1);
        for (i, n) in names.iter().enumerate() {
            assert_eq!(back.get_object(*n).unwrap().as_i64().unwrap(), i as i64);
        }
    }

    #[test]
    fn deflated_data_never_ends_with_cr() {
        for n in 0..3000u32 {
            let data: Vec<u8> = (0..n).map(|i| (i * 7919 % 251) as u8).collect();
            if let Some(z) = deflate(&data) {
                assert_ne!(z.last(), Some(&b'\r'), "{n}");
            }
        }
    }
}
