//! Boilerplate (套话): the phrases that fit any project and say nothing about this one, in
//! indicator names (正常运转率, 足额保障率, 确保机关事业单位平稳运行, 维护社会稳定) and in goals
//! (保证单位正常运转, 保障人员经费). Read as patterns, not as a list of one district's names:
//! a name made only of words that carry no subject of its own — keep / ensure, in full / on
//! time, normal running, funds paid out, the unit, the year — is boilerplate however the words
//! are put together; and so is "keep / ensure + a short subject + running normally".

/// Words that name no subject of a project's own: verbs of keeping and ensuring, the unit and
/// its people, running normally, paying out in full and on time, the plan and its completion,
/// stability and sustainability in general. Longest first where one contains another.
const EMPTY_WORDS: &[&str] = &[
    "机关事业单位",
    "事业单位",
    "干部群众",
    "工作人员",
    "社会稳定",
    "社会和谐",
    "和谐稳定",
    "可持续发展",
    "可持续性",
    "可持续",
    "按标准",
    "规范性",
    "满意度",
    "满意率",
    "保障",
    "保证",
    "确保",
    "维持",
    "保持",
    "维护",
    "促进",
    "全年",
    "年度",
    "单位",
    "机关",
    "本级",
    "部门",
    "正常",
    "运转",
    "运行",
    "平稳",
    "有序",
    "顺利",
    "日常",
    "足额",
    "按时",
    "及时",
    "标准",
    "发放",
    "缴纳",
    "拨付",
    "到位",
    "支付",
    "资金",
    "经费",
    "工资",
    "计划",
    "工作",
    "任务",
    "完成",
    "水平",
    "政策",
    "支出",
    "各项",
    "程度",
    "情况",
    "稳定",
    "发展",
    "社会",
    "率",
    "的",
    "和",
    "及",
];

/// True when a name is made only of [`EMPTY_WORDS`] (`正常运转率`, `足额保障率`,
/// `机关事业单位干部群众满意度`, `维护社会稳定`): it measures nothing of its own.
pub fn is_empty_name(name: &str) -> bool {
    let c = crate::text::compact(name);
    let c = c.trim_matches(|ch: char| !ch.is_alphanumeric());
    !c.is_empty() && covered(c)
}

/// True when `s` splits wholly into [`EMPTY_WORDS`]: which byte offsets a split reaches, left to
/// right, so that no suffix is tried twice (trying every split backtracked through each of them).
fn covered(s: &str) -> bool {
    let mut reached = vec![false; s.len() + 1];
    reached[0] = true;
    for i in 0..s.len() {
        if !reached[i] {
            continue;
        }
        for w in EMPTY_WORDS {
            if s[i..].starts_with(w) {
                reached[i + w.len()] = true;
            }
        }
    }
    reached[s.len()]
}

/// How boilerplate clauses start: keep / ensure / guarantee.
const VERBS: &[&str] = &["保证", "确保", "保障", "维持", "保持", "满足"];

/// How they end: running normally, functions carried out, staff and funds paid.
const ENDINGS: &[&str] = &[
    "正常运转需要",
    "正常运转",
    "正常运行",
    "平稳运转",
    "平稳运行",
    "有序运转",
    "有序运行",
    "顺利运转",
    "顺利运行",
    "日常运转",
    "日常运行",
    "高效运转",
    "正常开展",
    "正常办公",
    "运转需要",
    "运行需要",
    "职能实现",
    "职能履行",
    "履职需要",
    "工作需要",
    "工资发放",
    "经费",
];

/// The most characters between verb and ending: a subject such as 单位, 机关事业单位,
/// 少先队工作, 林业局 — not a specific clause.
const MAX_SUBJECT: usize = 8;

/// True when a clause is boilerplate: verb + a short subject + "running normally" (保证单位
/// 正常运转, 保持少先队工作正常运行, 保证林业局职能实现), or only empty words.
pub fn is_empty_clause(clause: &str) -> bool {
    let s = crate::text::compact(clause);
    let s = s.trim_matches(|c: char| !c.is_alphanumeric());
    let s = s.strip_prefix(['为', '以']).unwrap_or(s);
    if s.is_empty() {
        return false;
    }
    if covered(s) {
        return true;
    }
    let Some(rest) = VERBS.iter().find_map(|v| s.strip_prefix(v)) else {
        return false;
    };
    ENDINGS.iter().any(|e| {
        rest.strip_suffix(e).is_some_and(|subject| {
            subject.chars().count() <= MAX_SUBJECT
                && !subject
                    .chars()
                    .any(|c| c.is_ascii_digit() || "，,、".contains(c))
        })
    })
}

/// True when a sentence is boilerplate: each of its clauses (between commas) is.
pub fn is_empty_sentence(sentence: &str) -> bool {
    let mut clauses = sentence
        .split(['，', ',', '、'])
        .filter(|c| !crate::text::is_only_symbols(c))
        .peekable();
    clauses.peek().is_some() && clauses.all(is_empty_clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_names() {
        for n in [
            "正常运转率",
            "保障全年正常运转率",
            "足额保障率",
            "足额发放率",
            "足额缴纳率",
            "资金到位率",
            "按标准保障率",
            "保障及时率",
            "经费足额发放率",
            "计划工作完成率",
            "确保机关事业单位平稳运行",
            "保障水平",
            "政策可持续性",
            "机关事业单位干部群众满意度",
            "经费支出规范性",
            "维护社会稳定",
            "工作任务完成率",
        ] {
            assert!(is_empty_name(n), "{n}");
        }
        for n in [
            "维修合格率",
            "体检老年人满意度",
            "培训人次",
            "预算执行率",
            "政府采购执行率",
            "项目完成及时率",
            "残疾儿童入学增长率",
            "促进乡村产业可持续发展",
        ] {
            assert!(!is_empty_name(n), "{n}");
        }
    }

    #[test]
    fn empty_goals() {
        for g in [
            "保证单位正常运转",
            "确保单位正常运转",
            "保持少先队工作正常运行。",
            "确保机关事业单位平稳运行",
            "保证林业局职能实现,保障人员经费。",
        ] {
            assert!(is_empty_sentence(g), "{g}");
        }
        for g in [
            "通过配备维修配件、维修服务等，解决在工作存在的维修维护等问题，确保单位工作正常运转",
            "确保2024年12月前全区路灯正常运行",
            "保障全区12000名老年人健康体检经费",
        ] {
            assert!(!is_empty_sentence(g), "{g}");
        }
    }
}
