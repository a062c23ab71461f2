//! The logical structure of the tagged PDF (PDF/UA-1, PDF/A-2a).
//!
//! [`Structure::build`] makes the tree's skeleton from the flow blocks, in reading order:
//! Document > P (organisation), H1 (title), P (version line), then a Sect for every H2 and,
//! inside it, one for every H3, holding the heading and its P, L > LI > (Lbl, LBody > P),
//! Table > TR > (TH | TD), and the contents as TOC > TOCI > Link (nested TOC for H3
//! entries). While the writer draws, [`Structure::content`] gives each text command the
//! element it belongs to, and [`Structure::mcid`] numbers marked content per page; links in
//! the text become Link elements at the place their text is met. [`Structure::write`] then
//! adds the elements, the parent tree and the link annotations' /StructParent to the file.

use super::layout::{FlowBlock, Role, TextTag};
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::BTreeMap;

pub type ElemId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kid {
    Elem(ElemId),
    /// Marked content with this MCID on this page (index from 0).
    Mcid {
        page: usize,
        mcid: i64,
    },
    /// A link annotation: index into the writer's annotation list.
    Annot {
        page: usize,
        index: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    /// /O /List /ListNumbering.
    Numbering(&'static str),
    /// /O /Table /Scope.
    Scope(&'static str),
}

#[derive(Debug)]
struct Elem {
    s: &'static str,
    parent: Option<ElemId>,
    kids: Vec<Kid>,
    attr: Option<Attr>,
    /// The text drawn inside, for a Link's annotation /Contents.
    text: String,
}

/// Where a block's text goes.
#[derive(Debug, Clone)]
enum Slots {
    None,
    Leaf(ElemId),
    Item {
        lbl: ElemId,
        body: ElemId,
    },
    /// [row][column]; row 0 is the header row.
    Table(Vec<Vec<ElemId>>),
    /// The Link of a contents entry: its text, page number and annotation.
    Toc(ElemId),
}

/// What a piece of drawn content is: part of an element, or an artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Elem(ElemId),
    /// A running footer or page number: /Artifact /Pagination /Footer.
    Footer,
    /// A table's header row repeated on a continuation page.
    Repeated,
    /// A hyphen added where a word was broken at the line end.
    Hyphen,
    /// Text that has no place in the tree (none is drawn so today): a layout artifact.
    Layout,
}

#[derive(Debug)]
pub struct Structure {
    elems: Vec<Elem>,
    slots: Vec<Slots>,
    /// Link index (document link table) -> its Link element, made when its text is met.
    links: BTreeMap<usize, ElemId>,
    /// Per page: the element of each MCID.
    pages: Vec<Vec<ElemId>>,
}

const DOCUMENT: ElemId = 0;

fn heading_type(level: u8) -> &'static str {
    match level {
        0 | 1 => "H1",
        2 => "H2",
        3 => "H3",
        4 => "H4",
        5 => "H5",
        _ => "H6",
    }
}

/// ListNumbering for a list whose first item has this marker.
fn numbering(marker: &str) -> Option<&'static str> {
    if marker.starts_with(|c: char| c.is_ascii_digit()) {
        Some("Decimal")
    } else if marker == "•" {
        Some("Disc")
    } else {
        // A dash has no ListNumbering name: the default (None) says the Lbl is its text.
        None
    }
}

impl Structure {
    fn add(&mut self, s: &'static str, parent: ElemId) -> ElemId {
        let id = self.elems.len();
        self.elems.push(Elem {
            s,
            parent: Some(parent),
            kids: Vec::new(),
            attr: None,
            text: String::new(),
        });
        self.elems[parent].kids.push(Kid::Elem(id));
        id
    }

    /// The skeleton of the tree, from the blocks in reading order.
    pub fn build(flow: &[FlowBlock]) -> Structure {
        let mut st = Structure {
            elems: vec![Elem {
                s: "Document",
                parent: None,
                kids: Vec::new(),
                attr: None,
                text: String::new(),
            }],
            slots: Vec::with_capacity(flow.len()),
            links: BTreeMap::new(),
            pages: Vec::new(),
        };
        // Open sections (heading level, Sect), lists (depth, L, current LBody) and
        // contents levels (entry level, TOC, last TOCI).
        let mut sects: Vec<(u8, ElemId)> = Vec::new();
        let mut lists: Vec<(usize, ElemId, Option<ElemId>)> = Vec::new();
        let mut tocs: Vec<(u8, ElemId, Option<ElemId>)> = Vec::new();
        // A heading is tagged at most one level below the one before it (a "####" after a
        // "##" is an H3): PDF/UA allows no skipped level.
        let mut last_heading = 0u8;
        for b in flow {
            // Nothing drawn, nothing to read (an empty paragraph); a table always has its
            // header row, which is not in `lines`.
            if b.lines.is_empty() && !matches!(b.role, Role::Table { .. }) {
                st.slots.push(Slots::None);
                continue;
            }
            let section = sects.last().map_or(DOCUMENT, |s| s.1);
            if !matches!(b.role, Role::ListPara { .. }) {
                lists.clear();
            }
            if !matches!(b.role, Role::TocEntry { .. }) {
                tocs.clear();
            }
            let slot = match &b.role {
                Role::Decoration => Slots::None,
                Role::Para => Slots::Leaf(st.add("P", section)),
                Role::Heading(level) => {
                    let level = (*level).clamp(1, last_heading.saturating_add(1));
                    last_heading = level;
                    if level == 1 {
                        sects.clear();
                        Slots::Leaf(st.add("H1", DOCUMENT))
                    } else {
                        while sects.last().is_some_and(|s| s.0 >= level) {
                            sects.pop();
                        }
                        let parent = sects.last().map_or(DOCUMENT, |s| s.1);
                        let sect = st.add("Sect", parent);
                        sects.push((level, sect));
                        Slots::Leaf(st.add(heading_type(level), sect))
                    }
                }
                Role::ListPara { depth, marker } => {
                    while lists.last().is_some_and(|l| l.0 > *depth) {
                        lists.pop();
                    }
                    match marker {
                        Some(m) => {
                            if lists.last().map(|l| l.0) != Some(*depth) {
                                let parent = lists.last().and_then(|l| l.2).unwrap_or(section);
                                let list = st.add("L", parent);
                                st.elems[list].attr = numbering(m).map(Attr::Numbering);
                                lists.push((*depth, list, None));
                            }
                            let list = lists.last().map_or(section, |l| l.1);
                            let item = st.add("LI", list);
                            let lbl = st.add("Lbl", item);
                            let body = st.add("LBody", item);
                            if let Some(l) = lists.last_mut() {
                                l.2 = Some(body);
                            }
                            Slots::Item {
                                lbl,
                                body: st.add("P", body),
                            }
                        }
                        // A further paragraph of the current item.
                        None => {
                            let parent = lists
                                .last()
                                .filter(|l| l.0 == *depth)
                                .and_then(|l| l.2)
                                .unwrap_or(section);
                            Slots::Leaf(st.add("P", parent))
                        }
                    }
                }
                Role::Table { rows, cols } => {
                    let table = st.add("Table", section);
                    let cells = (0..*rows)
                        .map(|r| {
                            let tr = st.add("TR", table);
                            (0..*cols)
                                .map(|_| {
                                    let cell = st.add(if r == 0 { "TH" } else { "TD" }, tr);
                                    if r == 0 {
                                        st.elems[cell].attr = Some(Attr::Scope("Column"));
                                    }
                                    cell
                                })
                                .collect()
                        })
                        .collect();
                    Slots::Table(cells)
                }
                Role::TocEntry { level } => {
                    if tocs.is_empty() {
                        let toc = st.add("TOC", section);
                        tocs.push((*level, toc, None));
                    }
                    while tocs.len() > 1 && tocs.last().is_some_and(|t| t.0 > *level) {
                        tocs.pop();
                    }
                    if let Some(&(l, _, Some(last))) = tocs.last() {
                        if *level > l {
                            let toc = st.add("TOC", last);
                            tocs.push((*level, toc, None));
                        }
                    }
                    let toc = tocs.last().map_or(section, |t| t.1);
                    let entry = st.add("TOCI", toc);
                    if let Some(t) = tocs.last_mut() {
                        t.2 = Some(entry);
                    }
                    Slots::Toc(st.add("Link", entry))
                }
            };
            st.slots.push(slot);
        }
        st
    }

    /// The element a text command of block `block` belongs to. `link_ok` says whether a
    /// link of the document's link table goes somewhere (a link that does not is drawn as
    /// plain text and tagged so).
    pub fn content(
        &mut self,
        block: usize,
        repeat: bool,
        tag: &TextTag,
        link_ok: impl Fn(usize) -> bool,
    ) -> Mark {
        if repeat {
            return Mark::Repeated;
        }
        let base = match self.slots.get(block) {
            Some(Slots::Leaf(e)) => *e,
            Some(Slots::Item { lbl, body }) => {
                if tag.label {
                    *lbl
                } else {
                    *body
                }
            }
            Some(Slots::Table(cells)) => {
                match tag
                    .cell
                    .and_then(|(r, c)| cells.get(r as usize)?.get(c as usize))
                {
                    Some(e) => *e,
                    None => return Mark::Layout,
                }
            }
            Some(Slots::Toc(link)) => return Mark::Elem(*link),
            Some(Slots::None) | None => return Mark::Layout,
        };
        match tag.link.filter(|k| link_ok(*k)) {
            Some(k) => {
                let next = self.elems.len();
                let e = *self.links.entry(k).or_insert(next);
                if e == next {
                    self.add("Link", base);
                }
                Mark::Elem(e)
            }
            None => Mark::Elem(base),
        }
    }

    /// The Link element of a link area of block `block` (`link`: its index in the link
    /// table, `None` for a contents entry).
    pub fn link_elem(&self, block: usize, link: Option<usize>) -> Option<ElemId> {
        match (self.slots.get(block), link) {
            (Some(Slots::Toc(e)), _) => Some(*e),
            (_, Some(k)) => self.links.get(&k).copied(),
            _ => None,
        }
    }

    /// Structure type of an element, the tag of its marked content.
    pub fn tag_name(&self, e: ElemId) -> &'static str {
        self.elems[e].s
    }

    /// A new MCID on page `page` for content of `e`.
    pub fn mcid(&mut self, e: ElemId, page: usize) -> i64 {
        if self.pages.len() <= page {
            self.pages.resize(page + 1, Vec::new());
        }
        let mcid = self.pages[page].len() as i64;
        self.pages[page].push(e);
        self.elems[e].kids.push(Kid::Mcid { page, mcid });
        mcid
    }

    /// Text drawn inside `e`, kept for a Link's annotation /Contents.
    pub fn note_text(&mut self, e: ElemId, text: &str) {
        if self.elems[e].s == "Link" {
            self.elems[e].text.push_str(text);
        }
    }

    /// The annotation `index` (on `page`) is the link of `e`.
    pub fn annot(&mut self, e: ElemId, page: usize, index: usize) {
        self.elems[e].kids.push(Kid::Annot { page, index });
    }

    /// The text of a Link element, white space folded, for its annotation's /Contents.
    pub fn link_text(&self, e: ElemId) -> String {
        self.elems[e]
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Add the elements, the parent tree and /StructParent(s) to the document; returns the
    /// StructTreeRoot. `annots[i]` is the object id of annotation i (None if dropped);
    /// its /StructParent is `pages + i` in the parent tree.
    pub fn write(
        &self,
        lo: &mut lopdf::Document,
        page_ids: &[ObjectId],
        annots: &[Option<ObjectId>],
    ) -> ObjectId {
        let root = lo.new_object_id();
        let ids: Vec<ObjectId> = (0..self.elems.len()).map(|_| lo.new_object_id()).collect();
        for (i, e) in self.elems.iter().enumerate() {
            let mut d = Dictionary::new();
            d.set("S", Object::Name(e.s.as_bytes().to_vec()));
            d.set("P", Object::Reference(e.parent.map_or(root, |p| ids[p])));
            // The page of the first marked content: integer MCIDs there, MCR dictionaries
            // with their own /Pg elsewhere.
            let home = e.kids.iter().find_map(|k| match k {
                Kid::Mcid { page, .. } => Some(*page),
                _ => None,
            });
            if let Some(p) = home {
                d.set("Pg", Object::Reference(page_ids[p]));
            }
            let kids: Vec<Object> = e
                .kids
                .iter()
                .filter_map(|k| match *k {
                    Kid::Elem(c) => Some(Object::Reference(ids[c])),
                    Kid::Mcid { page, mcid } if Some(page) == home => Some(Object::Integer(mcid)),
                    Kid::Mcid { page, mcid } => {
                        let mut mcr = Dictionary::new();
                        mcr.set("Type", Object::Name(b"MCR".to_vec()));
                        mcr.set("Pg", Object::Reference(page_ids[page]));
                        mcr.set("MCID", Object::Integer(mcid));
                        Some(Object::Dictionary(mcr))
                    }
                    Kid::Annot { page, index } => {
                        let obj = annots.get(index).copied().flatten()?;
                        let mut r = Dictionary::new();
                        r.set("Type", Object::Name(b"OBJR".to_vec()));
                        r.set("Pg", Object::Reference(page_ids[page]));
                        r.set("Obj", Object::Reference(obj));
                        Some(Object::Dictionary(r))
                    }
                })
                .collect();
            if !kids.is_empty() {
                d.set("K", Object::Array(kids));
            }
            if let Some(a) = e.attr {
                let mut attr = Dictionary::new();
                match a {
                    Attr::Numbering(n) => {
                        attr.set("O", Object::Name(b"List".to_vec()));
                        attr.set("ListNumbering", Object::Name(n.as_bytes().to_vec()));
                    }
                    Attr::Scope(s) => {
                        attr.set("O", Object::Name(b"Table".to_vec()));
                        attr.set("Scope", Object::Name(s.as_bytes().to_vec()));
                    }
                }
                d.set("A", Object::Dictionary(attr));
            }
            lo.objects.insert(ids[i], Object::Dictionary(d));
        }

        // Parent tree: page i -> its MCIDs' elements; annotation j -> its Link.
        let mut nums = Vec::new();
        for (p, pid) in page_ids.iter().enumerate() {
            let elems = self.pages.get(p).map(Vec::as_slice).unwrap_or(&[]);
            nums.push(Object::Integer(p as i64));
            nums.push(Object::Array(
                elems.iter().map(|e| Object::Reference(ids[*e])).collect(),
            ));
            if let Ok(page) = lo.get_dictionary_mut(*pid) {
                page.set("StructParents", Object::Integer(p as i64));
            }
        }
        let mut annot_parent: Vec<Option<ElemId>> = vec![None; annots.len()];
        for (i, e) in self.elems.iter().enumerate() {
            for k in &e.kids {
                if let Kid::Annot { index, .. } = k {
                    if let Some(slot) = annot_parent.get_mut(*index) {
                        *slot = Some(i);
                    }
                }
            }
        }
        for (j, (obj, parent)) in annots.iter().zip(&annot_parent).enumerate() {
            let (Some(obj), Some(parent)) = (obj, parent) else {
                continue;
            };
            let key = (page_ids.len() + j) as i64;
            nums.push(Object::Integer(key));
            nums.push(Object::Reference(ids[*parent]));
            if let Ok(a) = lo.get_dictionary_mut(*obj) {
                a.set("StructParent", Object::Integer(key));
            }
        }
        let mut tree = Dictionary::new();
        tree.set("Nums", Object::Array(nums));
        let tree_id = lo.add_object(Object::Dictionary(tree));

        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
        d.set("K", Object::Reference(ids[DOCUMENT]));
        d.set("ParentTree", Object::Reference(tree_id));
        d.set(
            "ParentTreeNextKey",
            Object::Integer((page_ids.len() + annots.len()) as i64),
        );
        lo.objects.insert(root, Object::Dictionary(d));
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Kind, LineBox};

    fn block(role: Role) -> FlowBlock {
        FlowBlock {
            space_before: 0.0,
            kind: Kind::Text,
            lines: vec![LineBox::default()],
            role,
        }
    }

    /// The tree as "S(kids…)" text, MCIDs and annotations left out.
    fn shape(st: &Structure, e: ElemId) -> String {
        let kids: Vec<String> = st.elems[e]
            .kids
            .iter()
            .filter_map(|k| match k {
                Kid::Elem(c) => Some(shape(st, *c)),
                _ => None,
            })
            .collect();
        if kids.is_empty() {
            st.elems[e].s.to_string()
        } else {
            format!("{}({})", st.elems[e].s, kids.join(" "))
        }
    }

    fn item(depth: usize, marker: Option<&str>) -> FlowBlock {
        block(Role::ListPara {
            depth,
            marker: marker.map(String::from),
        })
    }

    #[test]
    fn headings_open_sections_nested_as_in_the_outline() {
        let flow = [
            block(Role::Para),
            block(Role::Heading(1)),
            block(Role::Heading(2)),
            block(Role::TocEntry { level: 2 }),
            block(Role::TocEntry { level: 3 }),
            block(Role::TocEntry { level: 3 }),
            block(Role::TocEntry { level: 2 }),
            block(Role::Decoration),
            block(Role::Heading(2)),
            block(Role::Para),
            block(Role::Heading(3)),
            block(Role::Para),
            block(Role::Heading(2)),
        ];
        let st = Structure::build(&flow);
        assert_eq!(
            shape(&st, DOCUMENT),
            "Document(P H1 \
             Sect(H2 TOC(TOCI(Link TOC(TOCI(Link) TOCI(Link))) TOCI(Link))) \
             Sect(H2 P Sect(H3 P)) Sect(H2))"
        );
    }

    #[test]
    fn an_empty_block_has_no_element() {
        let mut empty = block(Role::Para);
        empty.lines.clear();
        let st = Structure::build(&[item(1, Some("•")), empty, item(1, Some("•"))]);
        assert_eq!(
            shape(&st, DOCUMENT),
            "Document(L(LI(Lbl LBody(P)) LI(Lbl LBody(P))))"
        );
    }

    #[test]
    fn a_skipped_heading_level_is_tagged_one_below_the_last() {
        let flow = [
            block(Role::Heading(1)),
            block(Role::Heading(2)),
            block(Role::Heading(4)),
            block(Role::Heading(3)),
            block(Role::Heading(2)),
        ];
        let st = Structure::build(&flow);
        assert_eq!(
            shape(&st, DOCUMENT),
            "Document(H1 Sect(H2 Sect(H3) Sect(H3)) Sect(H2))"
        );
    }

    #[test]
    fn lists_nest_in_the_item_they_follow() {
        let flow = [
            block(Role::Para),
            item(1, Some("•")),
            item(1, Some("•")),
            item(2, Some("1.")),
            item(2, None),
            item(1, Some("•")),
            block(Role::Para),
            item(1, Some("–")),
        ];
        let st = Structure::build(&flow);
        assert_eq!(
            shape(&st, DOCUMENT),
            "Document(P \
             L(LI(Lbl LBody(P)) LI(Lbl LBody(P L(LI(Lbl LBody(P P))))) LI(Lbl LBody(P))) \
             P L(LI(Lbl LBody(P))))"
        );
        let numbering: Vec<Option<Attr>> = st
            .elems
            .iter()
            .filter(|e| e.s == "L")
            .map(|e| e.attr)
            .collect();
        assert_eq!(
            numbering,
            [
                Some(Attr::Numbering("Disc")),
                Some(Attr::Numbering("Decimal")),
                None
            ]
        );
    }

    #[test]
    fn tables_have_every_cell_and_header_scope() {
        let st = Structure::build(&[block(Role::Table { rows: 2, cols: 2 })]);
        assert_eq!(shape(&st, DOCUMENT), "Document(Table(TR(TH TH) TR(TD TD)))");
        let th = st.elems.iter().find(|e| e.s == "TH").unwrap();
        assert_eq!(th.attr, Some(Attr::Scope("Column")));
    }

    #[test]
    fn text_goes_to_its_cell_label_or_link() {
        let flow = [item(1, Some("•")), block(Role::Table { rows: 2, cols: 2 })];
        let mut st = Structure::build(&flow);
        let tag = |f: fn(&mut TextTag)| {
            let mut t = TextTag::default();
            f(&mut t);
            t
        };
        let Mark::Elem(lbl) = st.content(0, false, &tag(|t| t.label = true), |_| true) else {
            panic!()
        };
        assert_eq!(st.tag_name(lbl), "Lbl");
        let Mark::Elem(link) = st.content(0, false, &tag(|t| t.link = Some(3)), |_| true) else {
            panic!()
        };
        assert_eq!(st.tag_name(link), "Link");
        assert_eq!(st.link_elem(0, Some(3)), Some(link));
        // Same link again: same element; a link going nowhere is plain text of the P.
        assert_eq!(
            st.content(0, false, &tag(|t| t.link = Some(3)), |_| true),
            Mark::Elem(link)
        );
        let Mark::Elem(p) = st.content(0, false, &tag(|t| t.link = Some(4)), |k| k != 4) else {
            panic!()
        };
        assert_eq!(st.tag_name(p), "P");
        let Mark::Elem(td) = st.content(1, false, &tag(|t| t.cell = Some((1, 1))), |_| true) else {
            panic!()
        };
        assert_eq!(st.tag_name(td), "TD");
        assert_eq!(
            st.content(1, true, &tag(|t| t.cell = Some((0, 0))), |_| true),
            Mark::Repeated
        );
        assert_eq!(st.mcid(td, 2), 0);
        assert_eq!(st.mcid(p, 2), 1);
    }
}
