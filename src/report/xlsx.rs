//! Workbooks written with rust_xlsxwriter: the review workbook of a batch, and tables in the
//! standard 绩效目标表 layout.

use super::{row_label, severity_label, TableReport};
use crate::import::export::{layout, Line, LineKind};
use crate::opinion::Section;
use crate::profile::Profile;
use crate::raw::{RawTable, Stage};
use crate::rules;
use crate::workbook::format::general;
use rust_xlsxwriter::{
    Color, Format, FormatAlign, FormatBorder, Url, Workbook, Worksheet, XlsxError,
};

/// A file that could not be checked, and why.
#[derive(Clone, Debug)]
pub struct Unreadable {
    pub file: String,
    pub reason: String,
}

/// Display width of a text in Excel's character units: CJK and full-width characters count
/// two. Lines of a multi-line cell are measured separately.
fn width(s: &str) -> usize {
    s.lines()
        .map(|l| {
            l.chars()
                .map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 })
                .sum::<usize>()
        })
        .max()
        .unwrap_or(0)
}

/// The height of a line of text in a row, in points.
const LINE: f64 = 16.0;

/// The lines a text takes in a wrapped column of `col` character units.
fn lines(s: &str, col: usize) -> usize {
    let col = col.saturating_sub(2).max(1);
    s.lines()
        .map(|l| width(l).div_ceil(col).max(1))
        .sum::<usize>()
        .max(1)
}

/// Column widths from the longest text of each column (header included), within bounds.
struct Widths(Vec<usize>);

impl Widths {
    fn new(headers: &[&str]) -> Widths {
        Widths(headers.iter().map(|h| width(h) + 2).collect())
    }

    fn see(&mut self, col: usize, s: &str) {
        if let Some(w) = self.0.get_mut(col) {
            *w = (*w).max(width(s) + 1);
        }
    }

    fn apply(&self, ws: &mut Worksheet, max: usize) -> Result<(), XlsxError> {
        for (c, w) in self.0.iter().enumerate() {
            ws.set_column_width(c as u16, (*w).clamp(4, max) as f64)?;
        }
        Ok(())
    }
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(0xDDEBF7))
        .set_border(FormatBorder::Thin)
}

fn write_header(ws: &mut Worksheet, headers: &[&str]) -> Result<(), XlsxError> {
    let f = header_format();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &f)?;
    }
    ws.set_freeze_panes(1, 0)?;
    // Printed: landscape, one page wide, the header on every page.
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

/// The amount as a number when it is one as typed, else the text.
fn write_maybe_number(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    s: &str,
    f: &Format,
) -> Result<(), XlsxError> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && general(v) == s => ws.write_number_with_format(row, col, v, f)?,
        _ => ws.write_string_with_format(row, col, s, f)?,
    };
    Ok(())
}

/// The review workbook: 汇总 (one row per table, sorted with the tables to return first, the
/// lowest scores first; autofilter, frozen header; the form — 目标表, 监控表 or 自评表 — and
/// for a self-evaluation the total score and grade it states; each row linked to its findings;
/// the drafted 审核意见 in one column per section), 问题清单 (one row per finding), 审核规则
/// (the rules, their levels and the forms they check), and 无法读取 (the files that could not
/// be checked), when there are any.
pub fn review_workbook(
    reports: &[TableReport],
    unreadable: &[Unreadable],
    profile: &Profile,
) -> Result<Vec<u8>, XlsxError> {
    let zh = profile.zh();
    let t = |a: &'static str, b: &'static str| if zh { a } else { b };
    let summary_name = t("汇总", "Summary");
    let findings_name = t("问题清单", "Findings");
    let rules_name = t("审核规则", "Rules");

    // The order of the summary, and of the findings (each table's together, in that order).
    let mut order: Vec<usize> = (0..reports.len()).collect();
    order.sort_by(|&a, &b| {
        let (ra, rb) = (&reports[a], &reports[b]);
        (ra.verdict.value, ra.score, &ra.file, a).cmp(&(rb.verdict.value, rb.score, &rb.file, b))
    });

    let mut wb = Workbook::new();
    let text = Format::new().set_align(FormatAlign::Top);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let link = Format::new()
        .set_font_color(Color::RGB(0x0563C1))
        .set_underline(rust_xlsxwriter::FormatUnderline::Single)
        .set_align(FormatAlign::Top);
    let returned = Format::new()
        .set_font_color(Color::RGB(0x9C0006))
        .set_background_color(Color::RGB(0xFFC7CE))
        .set_align(FormatAlign::Top);
    let passed = Format::new()
        .set_font_color(Color::RGB(0x006100))
        .set_background_color(Color::RGB(0xC6EFCE))
        .set_align(FormatAlign::Top);

    // Where each table's findings start on the findings sheet (each table's together, in the
    // summary's order), for the summary's links.
    let mut first_finding: Vec<Option<u32>> = vec![None; reports.len()];
    let mut next = 1u32;
    for &i in &order {
        let n = reports[i].diagnostics.len() as u32;
        if n > 0 {
            first_finding[i] = Some(next);
        }
        next += n;
    }

    {
        let sections = [
            Section::Goal,
            Section::Output,
            Section::Benefit,
            Section::Satisfaction,
            Section::Cost,
            Section::Other,
        ];
        let opinion_headers: Vec<String> = sections
            .iter()
            .map(|s| {
                if zh {
                    format!("审核意见：{}", s.label(true))
                } else {
                    format!("Opinion: {}", s.label(false))
                }
            })
            .collect();
        let mut headers = vec![
            t("序号", "No."),
            t("文件", "File"),
            t("工作表", "Sheet"),
            t("主管部门", "Department"),
            t("项目名称", "Project"),
            t("表别", "Form"),
            t("预算金额", "Budget"),
            t("自评总分", "Stated total score"),
            t("自评等级", "Stated grade"),
            t("错误", "Errors"),
            t("警告", "Warnings"),
            t("提示", "Info"),
            t("得分", "Score"),
            t("质量等级", "Grade"),
            t("审核结论", "Verdict"),
            t("问题明细", "Findings"),
        ];
        let fixed = headers.len();
        headers.extend(opinion_headers.iter().map(String::as_str));
        let ws = wb.add_worksheet();
        ws.set_name(summary_name)?;
        ws.set_active(true);
        write_header(ws, &headers)?;
        let mut w = Widths::new(&headers);
        for (n, &i) in order.iter().enumerate() {
            let r = &reports[i];
            let row = n as u32 + 1;
            ws.write_number_with_format(row, 0, (n + 1) as f64, &text)?;
            for (c, s) in [
                r.file.as_str(),
                r.sheet.as_deref().unwrap_or(""),
                r.department.as_str(),
                r.project_name.as_str(),
            ]
            .iter()
            .enumerate()
            {
                ws.write_string_with_format(row, c as u16 + 1, *s, &text)?;
                w.see(c + 1, s);
            }
            let form = stage_label(r.table.stage, zh);
            ws.write_string_with_format(row, 5, form, &text)?;
            w.see(5, form);
            write_maybe_number(ws, row, 6, &r.budget, &text)?;
            w.see(6, &r.budget);
            // What a self-evaluation says of itself: its 总分 and 评价等级 as written.
            if r.table.stage == Stage::SelfEvaluation {
                for (c, v) in [(7, &r.table.total_score), (8, &r.table.grade)] {
                    let v = v.as_deref().unwrap_or("");
                    write_maybe_number(ws, row, c, v, &text)?;
                    w.see(c as usize, v);
                }
            }
            for (c, v) in [
                r.counts.error,
                r.counts.warning,
                r.counts.info,
                r.score as usize,
            ]
            .into_iter()
            .enumerate()
            {
                ws.write_number_with_format(row, c as u16 + 9, v as f64, &text)?;
            }
            ws.write_string_with_format(row, 13, r.grade.label(), &text)?;
            let verdict_format = match r.verdict.value {
                super::Verdict::Pass => &passed,
                super::Verdict::Return => &returned,
            };
            ws.write_string_with_format(row, 14, r.verdict.label(), verdict_format)?;
            match first_finding[i] {
                Some(at) => {
                    let label = if zh {
                        format!("{} 条", r.diagnostics.len())
                    } else {
                        format!("{} findings", r.diagnostics.len())
                    };
                    let url = Url::new(format!("internal:'{findings_name}'!A{}", at + 1));
                    ws.write_url_with_format(row, 15, url.set_text(label), &link)?;
                }
                None => {
                    ws.write_string_with_format(row, 15, t("无", "none"), &text)?;
                }
            }
            let mut height = 1;
            for (k, s) in sections.iter().enumerate() {
                let col = (fixed + k) as u16;
                let text = r
                    .opinion
                    .get(*s)
                    .map(|o| o.text(zh, true))
                    .unwrap_or_default();
                height = height.max(lines(&text, 48));
                ws.write_string_with_format(row, col, text, &wrap)?;
            }
            if height > 1 {
                ws.set_row_height(row, LINE * height.min(20) as f64)?;
            }
        }
        for k in 0..sections.len() {
            w.0[fixed + k] = 48;
        }
        w.apply(ws, 48)?;
        let last = (order.len() as u32).max(1);
        ws.autofilter(0, 0, last, headers.len() as u16 - 1)?;
    }

    {
        let headers = [
            t("序号", "No."),
            t("文件", "File"),
            t("工作表", "Sheet"),
            t("项目名称", "Project"),
            t("位置", "Where"),
            t("单元格", "Cell"),
            t("路径", "Path"),
            t("规则", "Rule"),
            t("级别", "Severity"),
            t("问题说明", "Message"),
            t("修改建议", "Suggested fix"),
        ];
        let ws = wb.add_worksheet();
        ws.set_name(findings_name)?;
        write_header(ws, &headers)?;
        let mut w = Widths::new(&headers);
        let mut row = 1u32;
        for (n, &i) in order.iter().enumerate() {
            let r = &reports[i];
            for f in &r.diagnostics {
                let d = &f.diagnostic;
                let cells = [
                    r.file.as_str(),
                    r.sheet.as_deref().unwrap_or(""),
                    r.project_name.as_str(),
                    &row_label(d, zh),
                    f.cell.as_deref().unwrap_or(""),
                    &d.path.to_string(),
                    d.rule.as_str(),
                    severity_label(d.severity, zh),
                ];
                ws.write_number_with_format(row, 0, (n + 1) as f64, &text)?;
                for (c, s) in cells.iter().enumerate() {
                    ws.write_string_with_format(row, c as u16 + 1, *s, &text)?;
                    w.see(c + 1, s);
                }
                ws.write_string_with_format(row, 9, &d.message, &wrap)?;
                let n = lines(&d.message, 70);
                if n > 1 {
                    ws.set_row_height(row, LINE * n as f64)?;
                }
                let fix = d.fix.as_ref().map_or("", |f| f.label.as_str());
                ws.write_string_with_format(row, 10, fix, &text)?;
                w.see(10, fix);
                row += 1;
            }
        }
        w.0[9] = 70;
        w.apply(ws, 70)?;
        ws.autofilter(0, 0, row.saturating_sub(1).max(1), headers.len() as u16 - 1)?;
    }

    {
        let headers = [
            t("规则", "Rule"),
            t("级别", "Level"),
            t("名称", "Title"),
            t("说明", "Description"),
            t("检查的表", "Forms"),
        ];
        let ws = wb.add_worksheet();
        ws.set_name(rules_name)?;
        write_header(ws, &headers)?;
        let mut w = Widths::new(&headers);
        for (n, r) in rules::ALL.iter().enumerate() {
            let row = n as u32 + 1;
            let level = match profile.level(r).severity() {
                Some(s) => severity_label(s, zh),
                None => t("关闭", "off"),
            };
            for (c, s) in [r.id.as_str(), level, r.title.get(zh)].iter().enumerate() {
                ws.write_string_with_format(row, c as u16, *s, &text)?;
                w.see(c, s);
            }
            ws.write_string_with_format(row, 3, r.description.get(zh), &wrap)?;
            let forms: Vec<&str> = [Stage::Target, Stage::Monitoring, Stage::SelfEvaluation]
                .into_iter()
                .filter(|&s| r.stages.has(s))
                .map(|s| stage_label(s, zh))
                .collect();
            let forms = forms.join(t("、", ", "));
            ws.write_string_with_format(row, 4, &forms, &text)?;
            w.see(4, &forms);
        }
        w.0[3] = 80;
        w.apply(ws, 80)?;
        ws.autofilter(0, 0, rules::ALL.len() as u32, 4)?;
    }

    if !unreadable.is_empty() {
        let headers = [t("文件", "File"), t("原因", "Reason")];
        let ws = wb.add_worksheet();
        ws.set_name(t("无法读取", "Unreadable"))?;
        write_header(ws, &headers)?;
        let mut w = Widths::new(&headers);
        for (n, u) in unreadable.iter().enumerate() {
            let row = n as u32 + 1;
            ws.write_string_with_format(row, 0, &u.file, &text)?;
            ws.write_string_with_format(row, 1, &u.reason, &wrap)?;
            w.see(0, &u.file);
            w.see(1, &u.reason);
        }
        w.apply(ws, 80)?;
    }

    wb.save_to_buffer()
}

/// Tables in the standard 绩效目标表 layout, one per worksheet (named after the project): the
/// title with the year, the header fields, the indicator grid with 一级指标 and 二级指标
/// merged down the rows they span; a monitoring form or a self-evaluation in the later forms'
/// layout ([`layout`]: the execution block, the later columns, the totals and the narrative).
/// [`crate::workbook::import`] reads it back to the same tables, under the conditions
/// [`crate::import::to_tsv`] gives for text.
pub fn table_workbook(tables: &[RawTable]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let mut names: Vec<String> = Vec::new();
    let cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::VerticalCenter);
    let label = cell
        .clone()
        .set_bold()
        .set_background_color(Color::RGB(0xF2F2F2));
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    for (k, table) in tables.iter().enumerate() {
        let lines: Vec<Line> = layout(table);
        let ncols = lines
            .iter()
            .map(|l| l.cells.len())
            .max()
            .unwrap_or(1)
            .max(8);
        let last = (ncols - 1) as u16;
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&table.project_name, k, &mut names))?;
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        let mut heading_row = None;
        let mut data_end = None;
        let mut widths = vec![10usize; ncols];
        for (r, line) in lines.iter().enumerate() {
            let row = r as u32;
            let cells = &line.cells;
            let first = cells.first().map_or("", String::as_str);
            match line.kind {
                LineKind::Title => {
                    // The title, across the table.
                    ws.merge_range(row, 0, row, last, first, &title)?;
                    ws.set_row_height(row, 28)?;
                }
                LineKind::Unit => {
                    ws.write_string(row, 0, first)?;
                }
                LineKind::Field if cells.len() == 2 => {
                    ws.write_string_with_format(row, 0, first, &label)?;
                    ws.merge_range(row, 1, row, last, "", &cell)?;
                    write_maybe_number(ws, row, 1, &cells[1], &cell)?;
                    if width(&cells[1]) > 60 {
                        ws.set_row_height(row, 15.0 * (width(&cells[1]) / 60 + 1) as f64)?;
                    }
                }
                LineKind::Field => {
                    // 主管部门 | value | 实施单位 | value, halves of the row.
                    let mid = (ncols / 2) as u16;
                    ws.write_string_with_format(row, 0, first, &label)?;
                    ws.merge_range(row, 1, row, mid - 1, &cells[1], &cell)?;
                    ws.write_string_with_format(row, mid, &cells[2], &label)?;
                    ws.merge_range(row, mid + 1, row, last, &cells[3], &cell)?;
                }
                LineKind::Heading | LineKind::ExecHeading => {
                    if line.kind == LineKind::Heading {
                        heading_row = Some(row);
                    }
                    for (c, s) in cells.iter().enumerate() {
                        ws.write_string_with_format(row, c as u16, s, &label)?;
                    }
                }
                LineKind::Row | LineKind::ExecRow | LineKind::Totals => {
                    if line.kind == LineKind::Row {
                        data_end = Some(row);
                    }
                    for (c, s) in cells.iter().enumerate() {
                        if c == 0 && line.kind == LineKind::Totals {
                            ws.write_string_with_format(row, 0, s, &label)?;
                        } else if c > 0 {
                            write_maybe_number(ws, row, c as u16, s, &cell)?;
                            widths[c] = widths[c].max(width(s) + 2);
                        }
                    }
                }
            }
        }
        // Merge the level cells down the rows to_tsv left empty as "same as above": 一级指标
        // over its empty cells below, 二级指标 over the cells below that are empty in both.
        if let Some(h) = heading_row {
            let end = data_end.map_or(h as usize + 1, |e| e as usize + 1);
            let data: Vec<&Vec<String>> = lines[h as usize + 1..end]
                .iter()
                .map(|l| &l.cells)
                .collect();
            let empty = |r: usize, c: usize| data[r].get(c).is_none_or(String::is_empty);
            for (col, needs_l1_empty) in [(1usize, false), (2usize, true)] {
                let mut r = 0;
                while r < data.len() {
                    let mut end = r;
                    while end + 1 < data.len()
                        && empty(end + 1, col)
                        && (!needs_l1_empty || empty(end + 1, 1))
                    {
                        end += 1;
                    }
                    if end > r && !empty(r, col) {
                        let top = h + 1 + r as u32;
                        ws.merge_range(
                            top,
                            col as u16,
                            h + 1 + end as u32,
                            col as u16,
                            &data[r][col],
                            &cell,
                        )?;
                    }
                    r = end + 1;
                }
            }
            if !data.is_empty() {
                ws.merge_range(h, 0, h + data.len() as u32, 0, "绩效指标", &label)?;
            }
        }
        widths[0] = 12;
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w).clamp(8, 40) as f64)?;
        }
    }
    if tables.is_empty() {
        wb.add_worksheet();
    }
    wb.save_to_buffer()
}

/// The form's name as the summary shows it.
fn stage_label(stage: Stage, zh: bool) -> &'static str {
    match (stage, zh) {
        (Stage::Target, true) => "目标表",
        (Stage::Monitoring, true) => "监控表",
        (Stage::SelfEvaluation, true) => "自评表",
        (Stage::Target, false) => "target",
        (Stage::Monitoring, false) => "monitoring",
        (Stage::SelfEvaluation, false) => "self-evaluation",
    }
}

/// A valid, unique worksheet name from a project name.
fn sheet_name(project: &str, k: usize, taken: &mut Vec<String>) -> String {
    let clean: String = project
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\' | '\''))
        .take(28)
        .collect();
    let base = if clean.trim().is_empty() {
        format!("表{}", k + 1)
    } else {
        clean.trim().to_string()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{base}({n})");
        n += 1;
    }
    taken.push(name.clone());
    name
}
