//! Workbooks built in code (rust_xlsxwriter), read by `jixiao::workbook` (calamine): merged
//! cells, number formats, date serials, several tables on one sheet, empty and chart sheets,
//! files that are not workbooks, damaged or password-protected; and the seed's ten tables as a
//! workbook giving the same findings as the pasted text.
#![cfg(all(feature = "xlsx", not(target_arch = "wasm32")))]

use jixiao::diagnostic::Path;
use jixiao::raw::{Column, ExecField, Field, RawTable, Stage};
use jixiao::workbook::{self, WorkbookError};
use jixiao::{import_text, validate, Profile};
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet};

mod common;
use common::{encrypted_package, ole_with_stream, seed_workbook};

type R = Result<(), rust_xlsxwriter::XlsxError>;

const HEADINGS: [&str; 8] = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "运算符号",
    "指标值",
    "度量单位",
    "完成时限",
];

/// A table in the standard layout from `row`, level cells merged; returns the next free row.
/// Values: the quality rate as 1 formatted `0%`, the deadline as a date serial.
fn standard_table(
    ws: &mut Worksheet,
    row: u32,
    name: &str,
) -> Result<u32, rust_xlsxwriter::XlsxError> {
    let merge = Format::new();
    let percent = Format::new().set_num_format("0%");
    let money = Format::new().set_num_format("0.00");
    let date = Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    ws.merge_range(
        row,
        0,
        row,
        7,
        "2024年部门预算项目（政策）绩效目标表",
        &merge,
    )?;
    ws.write_string(row + 1, 0, "单位：万元")?;
    ws.write_string(row + 2, 0, "项目(政策)名称")?;
    ws.merge_range(row + 2, 1, row + 2, 7, name, &merge)?;
    ws.write_string(row + 3, 0, "主管部门")?;
    ws.write_string(row + 3, 1, "铁西区教育局")?;
    ws.write_string(row + 3, 4, "实施单位")?;
    ws.write_string(row + 3, 5, "铁西区教师进修学校")?;
    ws.write_string(row + 4, 0, "预算资金情况")?;
    ws.write_number_with_format(row + 4, 1, 125.07, &money)?;
    ws.write_string(row + 5, 0, "总体目标")?;
    ws.merge_range(
        row + 5,
        1,
        row + 5,
        7,
        "2024年完成全区教师培训1200人次，培训合格率达到95%以上，提升教师教学能力。",
        &merge,
    )?;
    for (c, h) in HEADINGS.iter().enumerate() {
        ws.write_string(row + 6, c as u16, *h)?;
    }
    let r = row + 7;
    // 产出指标 merged over three rows, 数量指标 over two.
    ws.merge_range(r, 1, r + 2, 1, "产出指标", &merge)?;
    ws.merge_range(r, 2, r + 1, 2, "数量指标", &merge)?;
    ws.write_string(r, 3, "培训教师人次")?;
    ws.write_string(r, 4, "≥")?;
    ws.write_number(r, 5, 1200)?;
    ws.write_string(r, 6, "人次")?;
    ws.write_number_with_format(r, 7, 45657.0, &date)?;
    ws.write_string(r + 1, 3, "培训班次")?;
    ws.write_string(r + 1, 4, "≥")?;
    ws.write_number(r + 1, 5, 12)?;
    ws.write_string(r + 1, 6, "期")?;
    ws.write_number_with_format(r + 1, 7, 45657.0, &date)?;
    ws.write_string(r + 2, 2, "质量指标")?;
    ws.write_string(r + 2, 3, "培训合格率")?;
    ws.write_string(r + 2, 4, "≥")?;
    ws.write_number_with_format(r + 2, 5, 1.0, &percent)?;
    ws.write_string(r + 2, 6, "%")?;
    ws.write_number_with_format(r + 2, 7, 45657.0, &date)?;
    ws.write_string(r + 3, 1, "效益指标")?;
    ws.write_string(r + 3, 2, "社会效益指标")?;
    ws.write_string(r + 3, 3, "教师教学能力提升率")?;
    ws.write_string(r + 3, 4, "≥")?;
    ws.write_number_with_format(r + 3, 5, 0.9, &percent)?;
    ws.write_string(r + 3, 6, "%")?;
    ws.write_number_with_format(r + 3, 7, 45657.0, &date)?;
    ws.write_string(r + 4, 1, "满意度指标")?;
    ws.write_string(r + 4, 2, "服务对象满意度指标")?;
    ws.write_string(r + 4, 3, "参训教师满意度")?;
    ws.write_string(r + 4, 4, "≥")?;
    ws.write_number_with_format(r + 4, 5, 0.95, &percent)?;
    ws.write_string(r + 4, 6, "%")?;
    ws.write_number_with_format(r + 4, 7, 45657.0, &date)?;
    ws.write_string(r + 5, 0, "注：本表由项目单位填报。")?;
    Ok(r + 7)
}

fn book() -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("教育局")?;
    let next = standard_table(ws, 0, "教师培训经费")?;
    standard_table(ws, next + 1, "教研活动经费")?;
    wb.add_worksheet().set_name("空白")?;
    let mut chart = Chart::new(ChartType::Column);
    chart.add_series().set_values("教育局!$F$8:$F$9");
    let cs = wb.add_chartsheet();
    cs.set_name("图表")?;
    cs.insert_chart(0, 0, &chart)?;
    let ws = wb.add_worksheet();
    ws.set_name("数字")?;
    let f = |code: &str| Format::new().set_num_format(code);
    ws.write_number(0, 0, 125.07)?;
    ws.write_number(0, 1, 0.1 + 0.2)?;
    ws.write_number_with_format(0, 2, 0.955, &f("0.0%"))?;
    ws.write_number_with_format(0, 3, 1_250_700.0, &f("#,##0.00"))?;
    ws.write_number_with_format(0, 4, 45657.0, &f("yyyy-mm-dd"))?;
    ws.write_number_with_format(0, 5, 45657.0, &f("yyyy\"年\"m\"月\""))?;
    ws.write_number_with_format(0, 6, 7.0, &f("@"))?;
    ws.write_boolean(0, 7, true)?;
    ws.write_string(1, 1, "  有空格的文字  ")?;
    wb.save_to_buffer()
}

#[test]
fn sheets_cells_merges_and_number_formats() -> R {
    let bytes = book()?;
    let sheets = workbook::read(&bytes).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    // The chart sheet is skipped; the empty sheet is there, empty.
    assert_eq!(names, ["教育局", "空白", "数字"]);
    assert!(sheets[1].rows.is_empty());
    let n = &sheets[2].rows[0];
    assert_eq!(
        n,
        &[
            "125.07",
            "0.3",
            "95.5%",
            "1,250,700.00",
            "2024-12-31",
            "2024年12月",
            "7",
            "TRUE"
        ]
    );
    assert_eq!(sheets[2].rows[1][1], "  有空格的文字  ");
    let t = &sheets[0].rows;
    // A merged title: its text in its top-left cell only.
    assert_eq!(t[0][0], "2024年部门预算项目（政策）绩效目标表");
    assert!(t[0][1..].iter().all(String::is_empty));
    // Merged level cells: the top-left only, empty below, as a paste gives them.
    assert_eq!(t[7][1], "产出指标");
    assert_eq!(t[8][1], "");
    assert_eq!(t[8][2], "");
    assert_eq!(t[9][5], "100%");
    assert_eq!(t[7][7], "2024年12月31日");
    assert_eq!(t[4][1], "125.07");
    Ok(())
}

#[test]
fn tables_stacked_on_a_sheet_through_the_paste_importer() -> R {
    let bytes = book()?;
    let sheets = workbook::import(&bytes, &Profile::default()).unwrap();
    let s = &sheets[0];
    assert_eq!(s.sheet, "教育局");
    let tables = &s.import.tables;
    let names: Vec<&str> = tables.iter().map(|t| t.project_name.as_str()).collect();
    assert_eq!(names, ["教师培训经费", "教研活动经费"]);
    for t in tables {
        assert_eq!(t.year, Some(2024));
        assert_eq!(t.budget, "125.07");
        assert_eq!(t.indicators.len(), 5);
        let r = &t.indicators[1];
        assert_eq!(
            (r.level1.as_str(), r.level2.as_str(), r.value.as_str()),
            ("产出指标", "数量指标", "12")
        );
        assert_eq!(t.indicators[2].level1, "产出指标");
        assert_eq!(t.indicators[2].value, "100%");
        assert_eq!(t.indicators[4].value, "95%");
        assert_eq!(t.indicators[4].deadline, "2024年12月31日");
    }
    assert!(sheets[1].import.tables.is_empty());
    assert!(sheets[2].import.tables.is_empty());
    // Cells: the second table starts at row 16.
    let cell = |t: usize, p: Path| s.cell(t, &p).unwrap();
    assert_eq!(cell(0, Path::Field(Field::ProjectName)), "B3");
    assert_eq!(cell(0, Path::Field(Field::Budget)), "B5");
    assert_eq!(cell(0, Path::Cell(2, Column::Value)), "F10");
    // A merged level cell filled down: the merged range's top-left.
    assert_eq!(cell(0, Path::Cell(1, Column::Level1)), "B8");
    assert_eq!(cell(0, Path::Cell(1, Column::Level2)), "C8");
    assert_eq!(cell(1, Path::Cell(2, Column::Value)), "F25");
    assert_eq!(cell(1, Path::Indicators), "B22");
    // The rules read what the person saw: "≥100%" is flagged on the quality row.
    let d = validate(&tables[0], &Profile::default());
    let hit = d
        .iter()
        .find(|d| d.rule == "rate-at-least-100")
        .expect("rate-at-least-100");
    assert_eq!(s.cell(0, &hit.path).unwrap(), "E10");
    Ok(())
}

#[test]
fn not_a_workbook_damaged_and_password_protected() -> R {
    assert_eq!(
        workbook::read("项目名称\t巡察经费\n".as_bytes()),
        Err(WorkbookError::NotAWorkbook)
    );
    assert_eq!(workbook::read(b""), Err(WorkbookError::NotAWorkbook));
    // A zip that is no workbook.
    let mut zip = Vec::new();
    {
        let mut w = rust_xlsxwriter::Workbook::new();
        w.add_worksheet();
        zip.extend(w.save_to_buffer()?);
    }
    let half = &zip[..zip.len() / 2];
    assert!(matches!(
        workbook::read(half),
        Err(WorkbookError::Corrupt(_))
    ));
    // Damage anywhere: an error or what could be read, never a panic.
    for start in (30..zip.len() - 64).step_by(97) {
        let mut flipped = zip.clone();
        for b in &mut flipped[start..start + 64] {
            *b ^= 0x5A;
        }
        let _ = workbook::read(&flipped);
    }
    assert_eq!(
        workbook::read(&encrypted_package()),
        Err(WorkbookError::Password)
    );
    // An OLE file that is neither a workbook nor encrypted.
    assert!(matches!(
        workbook::read(&ole_with_stream("WordDocument")),
        Err(WorkbookError::Corrupt(_))
    ));
    for e in [
        WorkbookError::NotAWorkbook,
        WorkbookError::Password,
        WorkbookError::Corrupt("x".into()),
    ] {
        assert!(!e.message(true).is_empty() && !e.to_string().is_empty());
    }
    Ok(())
}

#[test]
fn the_seed_as_a_workbook_gives_the_same_findings_as_the_text() -> R {
    let profile = Profile::default();
    let text = import_text(include_str!("data/seed.txt"), &profile);
    let sheets = workbook::import(&seed_workbook()?, &profile).unwrap();
    assert_eq!(sheets.len(), 1);
    let book = &sheets[0].import;
    assert_eq!(book.tables.len(), 10);
    assert_eq!(book.tables, text.tables);
    assert_eq!(book.diagnostics, text.diagnostics);
    for (i, t) in book.tables.iter().enumerate() {
        assert_eq!(validate(t, &profile), validate(&text.tables[i], &profile));
        // Every finding names a cell.
        for d in validate(t, &profile) {
            assert!(sheets[0].cell(i, &d.path).is_some());
        }
    }
    Ok(())
}

/// A later form's pasted text, cell by cell, into a worksheet as a portal exports it: amounts
/// as numbers formatted `0.00`, rates as fractions formatted `0.00%` or `0%`, whole numbers
/// as numbers, the rest as text; each level-1 cell of the grid merged down the rows it spans.
#[cfg(feature = "lifecycle")]
fn form_workbook(text: &str) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let rows = jixiao::import::tsv::parse(text);
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("自评表")?;
    let two = Format::new().set_num_format("0.00");
    let pct2 = Format::new().set_num_format("0.00%");
    let pct0 = Format::new().set_num_format("0%");
    let grid = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "绩效指标"));
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (rr, cc) = (r as u32, c as u16);
            let in_grid = grid.is_some_and(|g| r > g);
            if c == 1 && in_grid && !cell.is_empty() {
                // Level 1 merged over the rows below whose level 1 is empty.
                let span = rows[r + 1..]
                    .iter()
                    .take_while(|next| {
                        next.get(1).is_some_and(String::is_empty)
                            && next.get(3).is_some_and(|n| !n.is_empty())
                    })
                    .count() as u32;
                if span > 0 {
                    ws.merge_range(rr, cc, rr + span, cc, cell, &Format::new())?;
                    continue;
                }
            }
            if cell.is_empty() {
                continue;
            }
            let percent = cell.strip_suffix('%').and_then(|n| n.parse::<f64>().ok());
            match (cell.parse::<f64>(), percent) {
                (Ok(v), _) if jixiao::workbook::format::general(v) == *cell => {
                    ws.write_number(rr, cc, v)?
                }
                (Ok(v), _) if format!("{v:.2}") == *cell => {
                    ws.write_number_with_format(rr, cc, v, &two)?
                }
                (_, Some(p)) if format!("{p:.2}%") == *cell => {
                    ws.write_number_with_format(rr, cc, p / 100.0, &pct2)?
                }
                (_, Some(p)) if format!("{p}%") == *cell && p.fract() == 0.0 => {
                    ws.write_number_with_format(rr, cc, p / 100.0, &pct0)?
                }
                _ => ws.write_string(rr, cc, cell)?,
            };
        }
    }
    wb.save_to_buffer()
}

/// The central 项目支出绩效自评表 (LIFECYCLE.md §3.10 A) and a 绩效运行监控表 with tick boxes
/// (§3.10 D), as worksheets: the same tables, notes and findings as their pasted text, and
/// every finding at a cell.
#[cfg(feature = "lifecycle")]
#[test]
fn later_forms_as_workbooks_read_like_their_text() -> R {
    let profile = Profile::default();
    for text in [
        include_str!("data/lifecycle/central.txt"),
        include_str!("data/lifecycle/monitoring.txt"),
    ] {
        let pasted = import_text(text, &profile);
        let sheets = workbook::import(&form_workbook(text)?, &profile).unwrap();
        let book = &sheets[0].import;
        assert_eq!(book.tables, pasted.tables);
        assert_eq!(book.diagnostics, pasted.diagnostics);
        assert_ne!(book.tables[0].stage, Stage::Target);
        for d in validate(&book.tables[0], &profile) {
            assert!(sheets[0].cell(0, &d.path).is_some(), "{d:?}");
        }
    }
    // Where the later cells were read.
    let sheets = workbook::import(
        &form_workbook(include_str!("data/lifecycle/central.txt"))?,
        &profile,
    )
    .unwrap();
    let s = &sheets[0];
    let t = &s.import.tables[0];
    let e = t.execution.as_ref().unwrap();
    assert_eq!(
        (e.annual_budget.as_deref(), e.rate.as_deref()),
        (Some("6.70"), Some("97.31%"))
    );
    assert_eq!(t.indicators[3].actual.as_deref(), Some("80%"));
    assert_eq!(t.indicators[3].level1, "产出指标（50分）");
    let cell = |p: Path| s.cell(0, &p).unwrap();
    assert_eq!(cell(Path::Exec(ExecField::Rate)), "G7");
    assert_eq!(cell(Path::Source(0, Some(ExecField::Executed))), "E8");
    assert_eq!(cell(Path::Cell(4, Column::Score)), "K17");
    assert_eq!(cell(Path::Cell(4, Column::Level1)), "B13");
    assert_eq!(cell(Path::Field(Field::TotalScore)), "K22");
    Ok(())
}

/// `jixiao export --xlsx` of the later forms: each table on its sheet in the later forms'
/// layout, read back to the same table.
#[cfg(feature = "lifecycle")]
#[cfg(feature = "cli")]
#[test]
fn later_forms_exported_as_a_workbook_read_back() -> R {
    let profile = Profile::default();
    let mut tables = Vec::new();
    for text in [
        include_str!("data/lifecycle/central.txt"),
        include_str!("data/lifecycle/monitoring.txt"),
    ] {
        tables.extend(import_text(text, &profile).tables);
    }
    let book = jixiao::report::table_workbook(&tables)?;
    let sheets = workbook::import(&book, &profile).unwrap();
    let back: Vec<RawTable> = sheets.into_iter().flat_map(|s| s.import.tables).collect();
    assert_eq!(back, tables);
    Ok(())
}

/// Files LibreOffice 7.4 saved: `book-libreoffice.xls` and `.ods` are [`book`] saved so;
/// `seed-export.xls` and `seed-export.ods` are `jixiao export --xlsx` of the seed (one table
/// per sheet, level cells merged) saved as `.xls` and `.ods`.
#[test]
fn xls_and_ods_with_number_formats() {
    let bytes = include_bytes!("data/book-libreoffice.xls");
    let ods = include_bytes!("data/book-libreoffice.ods");
    for bytes in [&bytes[..], &ods[..]] {
        shows_numbers_as_formatted(bytes);
    }
}

fn shows_numbers_as_formatted(bytes: &[u8]) {
    let sheets = workbook::read(bytes).unwrap();
    let numbers = sheets.iter().find(|s| s.name == "数字").unwrap();
    assert_eq!(
        numbers.rows[0],
        [
            "125.07",
            "0.3",
            "95.5%",
            "1,250,700.00",
            "2024-12-31",
            "2024年12月",
            "7",
            "TRUE"
        ]
    );
    let books = workbook::import(bytes, &Profile::default()).unwrap();
    let t = &books[0].import.tables;
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].indicators[2].value, "100%");
    assert_eq!(t[0].indicators[2].deadline, "2024年12月31日");
    assert_eq!(
        books[0].cell(0, &Path::Cell(1, Column::Level1)).unwrap(),
        "B8"
    );
}

#[test]
fn xls_and_ods_of_the_seed() {
    let profile = Profile::default();
    let text = import_text(include_str!("data/seed.txt"), &profile).tables;
    for bytes in [
        &include_bytes!("data/seed-export.xls")[..],
        &include_bytes!("data/seed-export.ods")[..],
    ] {
        let sheets = workbook::import(bytes, &profile).unwrap();
        let tables: Vec<_> = sheets.into_iter().flat_map(|s| s.import.tables).collect();
        assert_eq!(tables, text);
    }
    // Damaged anywhere: an error or what could be read, and never memory beyond the file's
    // claims nor a loop (calamine's own parsers may still panic: `jixiao check` reads each
    // workbook in a child process for that; tests/cli_xlsx.rs).
    for fixture in [
        &include_bytes!("data/book-libreoffice.xls")[..],
        &include_bytes!("data/book-libreoffice.ods")[..],
    ] {
        for start in (0..fixture.len() - 48).step_by(401) {
            let mut damaged = fixture.to_vec();
            for b in &mut damaged[start..start + 48] {
                *b = b.wrapping_mul(31).wrapping_add(7);
            }
            let _ = std::panic::catch_unwind(|| workbook::import(&damaged, &profile));
        }
    }
}
