//! The record as a spreadsheet a DPO can work in: a sheet for the organisation, one with a row
//! per processing activity, one for recipients and transfers, and (Art. 30(2)) one for the
//! organisations it processes data for. Header rows frozen, filters on, text wrapped, columns
//! sized, printed landscape and fit to the page's width.

use crate::gather::{Field, Record, Section};
use crate::RecordError;
use policywright_project::date::parse_date;
use policywright_project::Project;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

/// Width of a column of short facts and of one of long text, in characters.
const NARROW: f64 = 24.0;
const WIDE: f64 = 48.0;

/// The record of `p` in the record's language, as the bytes of an .xlsx file.
pub fn xlsx(p: &Project, record: &Record) -> Result<Vec<u8>, RecordError> {
    let mut book = Workbook::new();
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xDCE6F1))
        .set_border_bottom(FormatBorder::Thin);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let org = p.organisation.legal_name.trim();
    let title = policywright_project::i18n::message(record.lang, "record-title", &[("org", org)])?;
    // The file's dates are the record's, never the clock's: the same answers, the same file.
    let date = [p.record.reviewed.trim(), p.policy.effective_date.trim()]
        .into_iter()
        .find_map(parse_date)
        .and_then(|(y, m, d)| ExcelDateTime::from_ymd(y as u16, m as u8, d as u8).ok())
        .unwrap_or_else(|| ExcelDateTime::from_ymd(2000, 1, 1).expect("a valid date"));
    let properties = DocProperties::new()
        .set_title(title)
        .set_company(org)
        .set_creation_datetime(&date);
    book.set_properties(&properties);

    let sheet = book.add_worksheet();
    sheet.set_name(record.label("record-sheet-organisation")?)?;
    let mut rows: Vec<Vec<String>> = record
        .organisation
        .iter()
        .map(|f| Ok(vec![record.label(f.label)?, f.value.clone()]))
        .collect::<Result<_, RecordError>>()?;
    rows.push(vec![
        record.label("record-part-required")?,
        record.need.statement(record.lang)?,
    ]);
    let heads = [record.label("record-field")?, record.label("record-value")?];
    fill(sheet, &heads, &rows, &[NARROW, 80.0], &header, &cell)?;

    let sheet = book.add_worksheet();
    sheet.set_name(record.label("record-sheet-activities")?)?;
    sections_sheet(
        sheet,
        record,
        "record-column-activity",
        &record.activities,
        &header,
        &cell,
    )?;

    let sheet = book.add_worksheet();
    sheet.set_name(record.label("record-sheet-recipients")?)?;
    recipients_sheet(sheet, record, &header, &cell)?;

    if !record.processor_for.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(record.label("record-sheet-processor")?)?;
        let label = "record-processor-controller";
        sections_sheet(sheet, record, label, &record.processor_for, &header, &cell)?;
    }
    Ok(book.save_to_buffer()?)
}

/// A row per recipient: its role, activities, countries, safeguards and processor contract.
fn recipients_sheet(
    sheet: &mut Worksheet,
    record: &Record,
    header: &Format,
    cell: &Format,
) -> Result<(), RecordError> {
    let heads = [
        record.label("record-name")?,
        record.label("record-role")?,
        record.label("record-part-activities")?,
        record.label("record-countries")?,
        record.label("record-safeguard")?,
        record.label("record-contract")?,
    ];
    let rows: Vec<Vec<String>> = record
        .recipients
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.role.clone(),
                r.activities.clone(),
                r.countries.clone(),
                r.safeguards.clone(),
                r.contract.clone(),
            ]
        })
        .collect();
    let widths = [NARROW, NARROW, WIDE, NARROW, WIDE, WIDE];
    fill(sheet, &heads, &rows, &widths, header, cell)
}

/// A sheet with a row per section (activity, customer): its title, then a column per field.
fn sections_sheet(
    sheet: &mut Worksheet,
    record: &Record,
    first: &str,
    sections: &[Section],
    header: &Format,
    cell: &Format,
) -> Result<(), RecordError> {
    // Every section of a kind has the same fields but the optional ones: the columns are the
    // union, in the order they first appear.
    let mut labels: Vec<&'static str> = Vec::new();
    for f in sections.iter().flat_map(|s| &s.fields) {
        if !labels.contains(&f.label) {
            labels.push(f.label);
        }
    }
    let mut heads = vec![record.label(first)?];
    for l in &labels {
        heads.push(record.label(l)?);
    }
    let rows: Vec<Vec<String>> = sections
        .iter()
        .map(|s| {
            let value = |l: &&str| {
                s.fields
                    .iter()
                    .find(|f: &&Field| f.label == *l)
                    .map(|f| f.value.clone())
                    .unwrap_or_default()
            };
            std::iter::once(s.title.clone())
                .chain(labels.iter().map(value))
                .collect()
        })
        .collect();
    let widths: Vec<f64> = std::iter::once(NARROW)
        .chain(labels.iter().map(|_| WIDE))
        .collect();
    fill(sheet, &heads, &rows, &widths, header, cell)
}

/// A header row (frozen, filtered, repeated on every printed page) and the rows under it.
fn fill(
    sheet: &mut Worksheet,
    heads: &[String],
    rows: &[Vec<String>],
    widths: &[f64],
    header: &Format,
    cell: &Format,
) -> Result<(), RecordError> {
    for (c, (head, width)) in heads.iter().zip(widths).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, head, header)?;
        sheet.set_column_width(c, *width)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string_with_format(r as u32 + 1, c as u16, value, cell)?;
        }
    }
    let last_col = heads.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, last_col)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}
