//! `placeholder-in-name` — 名称或目标中留有模板占位符.
//!
//! Templates print example targets and markers inside the text the user is to replace:
//! `苗木成活率(≥**%)`, `项目总投入(≥**万元)`, `XX项目`, `××单位`, a leading `*`, a trailing
//! `……`. Left in a name or the goal, they show the table was not finished, and the name then
//! states a target (`≥**%`) that is not the row's. Real tables from 宁夏 (原州区自然资源局),
//! 安徽 (金寨经济开发区, 濉溪县民政局) carry them. The bracketed example (`(≥**%)`) is removed by the
//! fix; other leftovers need words only the user has. A `★` is not reported: the 衔接资金
//! templates print it to mark a core indicator (核心指标), and it stays.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::placeholder_in_name,
    level: Level::Warning,
    stages: Stages::ALL,
    title: Tr {
        zh: "名称或目标中留有模板占位符",
        en: "A template placeholder is left in a name or the goal",
    },
    description: Tr {
        zh: "“(≥**%)”“XX”“××”“……”之类模板示例应替换为实际内容。",
        en: "Template examples such as “(≥**%)”, “XX”, “××” or “……” must be replaced by the real content.",
    },
    check: Check::Table(check),
};

/// What a template leaves in text: the part to show, and the text without it when that is
/// certain (a bracketed example).
struct Leftover {
    shown: String,
    without: Option<String>,
}

/// The leftover in `text`, if any.
fn leftover(text: &str) -> Option<Leftover> {
    // Most texts hold none of the characters a leftover is made of (full-width forms fold to
    // ASCII): nothing to clean or scan then, on every row at every keystroke.
    let marks = |c| matches!(c, '*' | '×' | '○' | '□' | 'X' | 'x' | '…' | '.' | '\u{FF01}'..='\u{FF5E}');
    if !text.chars().any(marks) {
        return None;
    }
    let t = crate::text::clean(text);
    // A bracketed example with stars: `(≥**%)`, `（≤**万元）`.
    let (example, without) = strip_examples(&t);
    if let Some(shown) = example {
        let without = without.trim().to_string();
        return Some(Leftover {
            without: (!crate::text::is_only_symbols(&without)).then_some(without),
            shown,
        });
    }
    let c = crate::text::compact(&t);
    let marker = ["**", "××", "○○", "□□", "XX", "xx", "ＸＸ"]
        .into_iter()
        .find(|m| c.contains(m))
        .map(str::to_string)
        .or_else(|| c.starts_with('*').then(|| "*".to_string()))
        .or_else(|| {
            (c.ends_with("……") || c.ends_with("...") && c.chars().count() > 3)
                .then(|| "……".to_string())
        });
    if let Some(shown) = marker {
        // `xx` inside a word (a model number) is not a placeholder: only between CJK or at an end.
        if shown.eq_ignore_ascii_case("xx") && !placeholder_xx(&c) {
            return None;
        }
        // A name that is nothing but `……` is a template's empty row: not this rule's.
        if crate::text::is_only_symbols(&c) {
            return None;
        }
        return Some(Leftover {
            shown,
            without: None,
        });
    }
    None
}

/// The first bracketed example in `t` (`(≥**%)`), and `t` without every one of them.
fn strip_examples(t: &str) -> (Option<String>, String) {
    let (mut shown, mut out, mut group, mut depth) = (None, String::new(), String::new(), 0);
    for ch in t.chars() {
        match ch {
            '(' | '（' => {
                depth += 1;
                group.push(ch);
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                group.push(ch);
                if depth == 0 {
                    if group.contains("**") || group.contains('＊') || group.contains("××") {
                        shown.get_or_insert_with(|| group.clone());
                    } else {
                        out.push_str(&group);
                    }
                    group.clear();
                }
            }
            _ if depth > 0 => group.push(ch),
            _ => out.push(ch),
        }
    }
    out.push_str(&group);
    (shown, out)
}

/// True when `xx`/`XX` in `c` stands where a name would (`XX项目`, `关于XX的`), not inside a
/// Latin word or code.
fn placeholder_xx(c: &str) -> bool {
    let chars: Vec<char> = c.chars().collect();
    chars.windows(2).enumerate().any(|(i, w)| {
        w[0].eq_ignore_ascii_case(&'x')
            && w[1].eq_ignore_ascii_case(&'x')
            && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_ascii_alphanumeric())
            && !chars.get(i + 2).is_some_and(|n| n.is_ascii_alphanumeric())
    })
}

fn check(table: &Table, cx: &mut Context) {
    if let Some(l) = leftover(&table.header.overall_goal) {
        let shown = l.shown;
        let msg = tr!(
            cx,
            "总体目标中留有模板占位符“{shown}”，请替换为本项目的实际内容。",
            "The overall goal still holds the template placeholder “{shown}”; replace it with this project's own words."
        );
        cx.report(Path::Field(Field::OverallGoal), msg);
    }
    for ind in &table.indicators {
        let Some(l) = leftover(&ind.name) else {
            continue;
        };
        let row = cx.row(ind.index);
        let shown = &l.shown;
        let path = Path::Cell(ind.index, Column::Name);
        let msg = tr!(
            cx,
            "{row}的名称中留有模板占位符“{shown}”。请删去，目标值写在指标值栏。",
            "{row}: the name still holds the template placeholder “{shown}”. Remove it; the target belongs in the target value column."
        );
        let label = tr!(cx, "删去“{shown}”", "Remove “{shown}”");
        let d = cx.report(path, msg);
        if let Some(without) = l.without {
            d.fix(path, without, label);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "placeholder-in-name";

    #[test]
    fn hit_bracketed_example_with_fix() {
        // 原州区自然资源局: 苗木成活率(≥**%), value 85.
        let mut t = good();
        t.indicators[1].name = "苗木成活率(≥**%)".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "indicators.1.name");
        assert_eq!(
            fix_of(&d),
            ("indicators.1.name".into(), Some("苗木成活率"))
        );
        messages_contain(ID, &t, &["“(≥**%)”", "第2行"], &["placeholder"]);
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn hit_other_leftovers() {
        for name in ["XX项目验收合格率", "××单位培训人次", "*维修数量", "宣传活动……"] {
            let mut t = good();
            t.indicators[0].name = name.into();
            let d = only(ID, &t);
            assert!(d.fix.is_none(), "{name}");
        }
        let mut t = good();
        t.overall_goal = "完成XX项目建设，提高XX水平。".into();
        assert_eq!(paths(ID, &t), ["overallGoal"]);
    }

    #[test]
    fn a_core_mark_is_not_a_leftover() {
        let mut t = good();
        t.indicators[0].name = "★补助鱼塘面积".into();
        assert!(run(ID, &t).is_empty());
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Brackets that say something, a model number, a template's empty row.
        t.indicators[0].name = "修建作业道长度(公里)".into();
        t.indicators[1].name = "XX3000型设备采购数量".into();
        t.indicators[2].name = "……".into();
        t.indicators[3].name = "人均体检成本（元/人）".into();
        assert!(run(ID, &t).is_empty(), "{:?}", paths(ID, &t));
        assert!(run(ID, &good()).is_empty());
    }
}
