//! The self-evaluation's narrative cells (LIFECYCLE.md §3.9): template guidance left in them,
//! text compared without its spacing and punctuation, the money amounts a text states and the
//! breakdowns after `其中` that must add up to the amount before it.

use rust_decimal::Decimal;

/// The text with only its letters, digits and CJK characters (full-width folded): what two
/// narratives are compared by, so that `保持少先队工作正常运行。` and `保持 少先队工作正常运行`
/// are the same.
pub fn normalized(s: &str) -> String {
    crate::text::compact(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether a narrative cell holds the form's own instruction or printed note rather than what
/// the unit wrote: the length marker `（300字以内）`, a note restating the form's rules (the rate
/// formula `预算执行率=预算执行数/调整后预算数`, `…的需说明原因`), or a sentence opening with one of
/// `patterns` (the profile's `guidancePatterns`: `请概述`, `请填写` …; a pattern that opens with
/// a bracket or holds `字以内` is looked for anywhere).
pub fn is_guidance(text: &str, patterns: &[String]) -> bool {
    let c = crate::text::compact(text);
    if has_length_marker(&c) {
        return true;
    }
    let anywhere = |p: &str| p.starts_with(['(', '（', '[', '【']) || p.contains("字以内");
    for p in patterns {
        let p = crate::text::compact(p);
        if !p.is_empty() && anywhere(&p) && c.contains(p.as_ref()) {
            return true;
        }
    }
    let noted = clauses(&c, &['。', ';', '；', '!', '?']).any(|clause| {
        let clause = without_numbering(clause);
        patterns.iter().any(|p| {
            let p = crate::text::compact(p);
            !p.is_empty() && !anywhere(&p) && clause.starts_with(p.as_ref())
        }) || is_rule_note(clause)
    });
    noted
}

/// Whether a reason cell explains something: stated (not blank, not only `无` or `/`,
/// [`super::reading::is_stated`]) and not the form's own guidance ([`is_guidance`]).
pub fn explains(text: Option<&str>, patterns: &[String]) -> bool {
    super::reading::is_stated(text) && !text.is_some_and(|t| is_guidance(t, patterns))
}

/// `(300字以内)`, `300字以内`, `不超过300字`.
fn has_length_marker(c: &str) -> bool {
    c.match_indices("字以内").any(|(i, _)| {
        c[..i]
            .trim_end_matches(['(', '（'])
            .ends_with(|ch: char| ch.is_ascii_digit())
    }) || c.match_indices("不超过").any(|(i, m)| {
        let rest = &c[i + m.len()..];
        let digits = rest.trim_start_matches(|ch: char| ch.is_ascii_digit());
        digits.len() < rest.len() && digits.starts_with('字')
    })
}

/// A printed note restating the form's rules: the rate formula, or when a reason is due.
fn is_rule_note(clause: &str) -> bool {
    let formula = clause.contains("执行率")
        && clause.contains(['=', '÷'])
        && (clause.contains("执行数") || clause.contains("支出数"))
        && clause.contains("预算数");
    let due = [
        "需说明",
        "须说明",
        "应说明",
        "需单独说明",
        "须单独说明",
        "应单独说明",
    ]
    .iter()
    .any(|m| {
        clause
            .match_indices(m)
            .any(|(i, _)| !clause[i + m.len()..].starts_with("的是"))
    });
    formula || due
}

/// A clause without the numbering a printed note starts with: `1.`, `1、`, `(1)`, `①`, `注：`.
fn without_numbering(clause: &str) -> &str {
    let c = clause
        .trim_start_matches(|ch: char| ch.is_ascii_digit() || ('①'..='⑳').contains(&ch))
        .trim_start_matches(['.', '、', ')', '）', ' ']);
    let c = c
        .strip_prefix('(')
        .or_else(|| c.strip_prefix('（'))
        .map_or(c, |r| {
            r.trim_start_matches(|ch: char| {
                ch.is_ascii_digit() || "一二三四五六七八九十".contains(ch)
            })
            .trim_start_matches([')', '）'])
        });
    ["注:", "注：", "说明:", "说明："]
        .iter()
        .find_map(|p| c.strip_prefix(p))
        .unwrap_or(c)
}

/// The non-empty clauses of `s` between any of `marks`.
fn clauses<'s>(s: &'s str, marks: &'s [char]) -> impl Iterator<Item = &'s str> + 's {
    s.split(marks).map(str::trim).filter(|c| !c.is_empty())
}

/// An amount of money a text states: `30.5万元`, `1,184,600.00元`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Money {
    /// The amount in 元.
    pub yuan: Decimal,
    /// As written (compacted).
    pub text: String,
    /// Its unit: `亿元`, `万元`, `千元` or `元`.
    pub unit: &'static str,
    /// Byte range in the compacted text.
    pub at: std::ops::Range<usize>,
}

/// The money units a text writes amounts in, longest first, with their yuan.
const MONEY_UNITS: [(&str, u64); 4] = [
    ("亿元", 100_000_000),
    ("万元", 10_000),
    ("千元", 1_000),
    ("元", 1),
];

/// The total amounts of money in a compacted text, in order: a number followed by a money unit;
/// not unit amounts (`每人500元`, `人均200元`, `50元/人`).
pub fn amounts(c: &str) -> Vec<Money> {
    let mut out = Vec::new();
    let bytes = c.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0 && (bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'))
        {
            i += 1;
            continue;
        }
        let end = number_end(c, i);
        let rest = &c[end..];
        let Some((unit, yuan)) = MONEY_UNITS.iter().find(|(u, _)| rest.starts_with(u)) else {
            i = end.max(i + 1);
            continue;
        };
        let after = end + unit.len();
        let per = c[after..].starts_with(['/', '每'])
            || c[..i]
                .chars()
                .rev()
                .take(3)
                .any(|ch| matches!(ch, '每' | '均'));
        if let (false, Some(v)) = (per, crate::amount::parse_decimal(&c[i..end])) {
            if let Some(yuan) = v.checked_mul(Decimal::from(*yuan)) {
                out.push(Money {
                    yuan,
                    text: c[i..after].to_string(),
                    unit,
                    at: i..after,
                });
            }
        }
        i = after;
    }
    out
}

/// Where the number starting at `i` ends: digits, thousands groups of exactly three digits
/// (`1,184,600`, not the `6,培训` of a list), then decimals.
fn number_end(c: &str, i: usize) -> usize {
    let b = c.as_bytes();
    let digits = |from: usize| {
        let mut j = from;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let mut j = digits(i);
    while j < b.len() && b[j] == b',' {
        let k = digits(j + 1);
        if k - (j + 1) != 3 {
            break;
        }
        j = k;
    }
    if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
        j = digits(j + 1);
    }
    j
}

/// A total and the parts listed after `其中`: `预算30.5万元，其中：12万元用于…；10万元用于…；8万元用于…`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    pub total: Money,
    pub parts: Vec<Money>,
}

impl Money {
    /// An amount in 元 expressed in this amount's unit (`300000` → 30 for 万元).
    pub fn in_unit(&self, yuan: Decimal) -> Option<Decimal> {
        let per = MONEY_UNITS.iter().find(|(u, _)| *u == self.unit)?.1;
        crate::amount::div_pow10(yuan, per).map(|v| v.normalize())
    }
}

impl Breakdown {
    /// Σ of the parts in 元.
    pub fn sum(&self) -> Option<Decimal> {
        self.parts
            .iter()
            .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(p.yuan))
    }
}

/// The breakdowns of a text: in each sentence with one `其中`, the last amount before it and the
/// amounts after it to the sentence's end, when there are two or more (one amount after `其中`
/// is a share, not a breakdown). Sentences with two `其中` (a nested breakdown) are left alone.
pub fn breakdowns(text: &str) -> Vec<Breakdown> {
    let mut out = Vec::new();
    for sentence in text.split(['。', '！', '？', '!', '?', '\n']) {
        let c = crate::text::compact(sentence);
        let mut found = c.match_indices("其中");
        let (Some((at, m)), None) = (found.next(), found.next()) else {
            continue;
        };
        let money = amounts(&c);
        let Some(total) = money.iter().rev().find(|a| a.at.end <= at).cloned() else {
            continue;
        };
        let parts: Vec<Money> = money
            .into_iter()
            .filter(|a| a.at.start >= at + m.len())
            .collect();
        if parts.len() >= 2 {
            out.push(Breakdown { total, parts });
        }
    }
    out
}

/// Whether every clause of a text is about money (资金, 预算, 支付, an amount): a completion
/// that says what was spent and not what was delivered.
pub fn is_about_money_only(text: &str) -> bool {
    const MONEY: [&str; 9] = [
        "资金",
        "预算",
        "经费",
        "支付",
        "支出",
        "拨付",
        "执行率",
        "执行数",
        "报销",
    ];
    let c = crate::text::compact(text);
    let mut any = false;
    for clause in clauses(&c, &['。', ',', '，', ';', '；', '、', '!', '?', ':', '：']) {
        if crate::text::is_only_symbols(clause) {
            continue;
        }
        any = true;
        if !MONEY.iter().any(|m| clause.contains(m)) && amounts(clause).is_empty() {
            return false;
        }
    }
    any
}

/// Whether a text states a score: a number followed by `分` (`89.73分`), or `得分`/`总分`/`评分`
/// followed by a number (`自评得分：89.73`).
pub fn states_score(text: &str) -> bool {
    let c = crate::text::compact(text);
    let number_then_points = c
        .match_indices('分')
        .any(|(i, _)| c[..i].ends_with(|ch: char| ch.is_ascii_digit()));
    let label_then_number = ["得分", "总分", "评分"].iter().any(|l| {
        c.match_indices(l).any(|(i, m)| {
            c[i + m.len()..]
                .trim_start_matches([':', '：', '为', '是'])
                .starts_with(|ch: char| ch.is_ascii_digit())
        })
    });
    number_then_points || label_then_number
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn patterns() -> Vec<String> {
        crate::lifecycle::LifecycleOptions::default().guidance_patterns
    }

    #[test]
    fn guidance() {
        for g in [
            "请概述本年度项目产出与效益（300字以内）",
            "（300字以内）",
            "200字以内",
            "1.预算执行率=预算执行数÷调整后预算数×100%；2.预算执行率低于90%的，需说明原因。",
            "如有年中预算调整（追加或调减），需单独说明原因。",
            "请填写存在的问题",
            "注：请简要说明改进措施",
            "内容不超过500字",
        ] {
            assert!(is_guidance(g, &patterns()), "{g}");
        }
        for text in [
            "全年开展宣传活动6次、培训1期，少先队工作正常运行。",
            "第二期培训因场地改造推迟至2025年1月举办。",
            "需要说明的是，部分活动经费年底才拨付。",
            "执行率97.31%，未执行部分为结余。",
            "已邀请说明会专家授课。",
            "",
        ] {
            assert!(!is_guidance(text, &patterns()), "{text}");
        }
    }

    #[test]
    fn explanations() {
        assert!(explains(Some("年中追加运维经费8.40万元"), &patterns()));
        for none in [
            None,
            Some(""),
            Some("无"),
            Some("如有年中预算调整，需单独说明原因。"),
        ] {
            assert!(!explains(none, &patterns()), "{none:?}");
        }
    }

    #[test]
    fn money_in_text() {
        let a = amounts("本项目预算30.5万元,其中:12万元用于志愿服务活动;每人500元;50元/人");
        let got: Vec<_> = a.iter().map(|m| (m.text.as_str(), m.yuan)).collect();
        assert_eq!(got, [("30.5万元", d("305000")), ("12万元", d("120000"))]);
        let a = amounts("全年共支出1,184,600.00元");
        assert_eq!(a[0].yuan, d("1184600.00"));
        assert!(amounts("开展活动6,培训1期").is_empty());
    }

    #[test]
    fn breakdowns_after_qizhong() {
        let b = breakdowns(
            "本项目预算30.5万元，其中：12万元用于志愿服务活动；10万元用于文化设施维护；8万元用于宣传资料印制。",
        );
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].total.yuan, d("305000"));
        assert_eq!(b[0].sum(), Some(d("300000")));
        // §6: in 元, adding up.
        let b = breakdowns(
            "全年共支出1,184,600.00元，其中：屋面防水维修523,000.00元，水电维修411,600.00元，门窗及配件更换250,000.00元",
        );
        assert_eq!(b[0].sum(), Some(b[0].total.yuan));
        // A share is not a breakdown; nested ones are left alone; no total before 其中.
        assert!(breakdowns("总投资500万元，其中财政资金300万元。").is_empty());
        assert!(
            breakdowns("预算10万元，其中A 6万元、B 4万元，其中B含税0.2万元、运费0.1万元。")
                .is_empty()
        );
        assert!(breakdowns("其中：12万元用于活动，8万元用于印制。").is_empty());
    }

    #[test]
    fn money_only_and_scores() {
        assert!(is_about_money_only(
            "共完成预算资金6.52万元，执行率97.31%。"
        ));
        assert!(is_about_money_only("资金已按合同全部支付。"));
        assert!(!is_about_money_only("全年开展宣传活动6次，支出6.52万元。"));
        assert!(!is_about_money_only(""));
        assert!(states_score("自评得分89.73分，等级良。"));
        assert!(states_score("自评总分：89.73，等级为良"));
        assert!(!states_score("资金已按合同全部支付。"));
        assert!(!states_score("分批次完成。"));
    }

    #[test]
    fn normalized_text() {
        assert_eq!(
            normalized("保持 少先队工作正常运行。"),
            "保持少先队工作正常运行"
        );
        assert_eq!(normalized("“青年之家”，１００％"), "青年之家100");
    }
}
