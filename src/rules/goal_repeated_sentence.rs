//! `goal-repeated-sentence` — 总体目标中有重复的句子.
//!
//! Finds a sentence that appears twice in the 总体目标, the trace of pasting it twice; the fix
//! keeps the first occurrence. A reviewer reads it as a table filled in without care, and the
//! duplicate inflates a goal that says nothing more. Source: the seed's 特殊教育…生均公用经费
//! table, whose goal is one sentence written twice (DOMAIN.md, “goal sentence written twice”).

use crate::rules::prelude::*;
use std::collections::HashSet;

pub const RULE: Rule = Rule {
    id: RuleId::goal_repeated_sentence,
    level: Level::Warning,
    title: Tr {
        zh: "总体目标中有重复的句子",
        en: "The overall goal repeats a sentence",
    },
    description: Tr {
        zh: "同一句话在总体目标中出现两次。",
        en: "The same sentence appears twice in the overall goal.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let mut seen = HashSet::new();
    if table
        .header
        .goal_sentences
        .iter()
        .all(|s| seen.insert(crate::text::compact(s)))
    {
        return;
    }
    // The first repeated sentence as typed, and the goal keeping only first occurrences.
    let mut seen = HashSet::new();
    let repeated = crate::table::sentence_pieces(&table.header.goal_text)
        .filter(|(_, s)| !crate::text::is_only_symbols(s))
        .find(|(_, s)| !seen.insert(crate::text::compact(s).into_owned()))
        .map(|(piece, _)| {
            piece
                .trim()
                .trim_end_matches(['。', '！', '？', '；', '!', '?', ';'])
        });
    let Some(repeated) = repeated else {
        return;
    };
    let path = Path::Field(Field::OverallGoal);
    let mut kept = HashSet::new();
    let fixed = crate::table::remove_sentences(&table.header.goal_text, |s| {
        !kept.insert(crate::text::compact(s).into_owned())
    });
    let msg = tr!(
        cx,
        "总体目标中“{repeated}”一句重复出现，请删除重复的部分。",
        "The overall goal says “{repeated}” twice; remove the repetition."
    );
    let label = tr!(cx, "删除重复的句子", "Remove the repetition");
    cx.report(path, msg).fix(path, fixed, label);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "goal-repeated-sentence";

    #[test]
    fn seed_goal_written_twice() {
        let mut t = good();
        t.overall_goal = "提高了办学效率，为完成九年义务教育奠定了良好的基础。 提高了办学效率，为完成九年义务教育奠定了良好的基础。".into();
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "overallGoal");
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(
            fix.value.as_deref(),
            Some("提高了办学效率，为完成九年义务教育奠定了良好的基础。")
        );
        messages_contain(
            ID,
            &t,
            &["“提高了办学效率，为完成九年义务教育奠定了良好的基础”一句"],
            &["twice"],
        );
    }

    #[test]
    fn keeps_other_sentences_and_order() {
        let mut t = good();
        t.overall_goal = "完成体检12000人。建立健康档案；完成体检 12000人。提高健康水平。".into();
        let d = run(ID, &t);
        assert_eq!(
            fix_of(&d[0]).1,
            Some("完成体检12000人。建立健康档案；提高健康水平。")
        );
    }

    #[test]
    fn near_misses() {
        let mut t = good();
        // Similar but different sentences, and a repeated clause inside one sentence.
        t.overall_goal = "完成体检12000人。完成体检13000人。".into();
        assert!(run(ID, &t).is_empty());
        t.overall_goal = "提高效率，提高效率。".into();
        assert!(run(ID, &t).is_empty());
        assert!(run(ID, &good()).is_empty());
    }
}
