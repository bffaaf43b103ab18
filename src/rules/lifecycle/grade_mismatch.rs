//! `grade-mismatch` — 评价等级与总分不符.
//!
//! The stated grade (优 · 良 · 中 · 差) is not the band of the stated 总分 under the profile's
//! `gradeBands` — centrally 优 ≥ 90 · 良 [80, 90) · 中 [60, 80) · 差 < 60; the vendor's stock
//! configuration 80/70/60. The grade is what the self-evaluation is ranked and published by (a
//! 准确 finding of 自评抽审); the total itself is checked against the rows by `total-score-sum`.
//! The fix writes the grade of the stated total. Source: LIFECYCLE.md §4.2 rule 24 and §3.8 —
//! B: “财政部预算司…优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)” (dz-gczx); C: the vendor's
//! `selfresultproject` bands (id 55005307643).

use crate::lifecycle::{Grade, Num};
use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::grade_mismatch,
    level: Level::Error,
    stages: Stages::SELF_EVALUATION,
    title: Tr {
        zh: "评价等级与总分不符",
        en: "The grade does not match the total score",
    },
    description: Tr {
        zh: "评价等级应按总分所在的等级区间确定。",
        en: "The grade must be the band the total score falls in.",
    },
    check: Check::Table(check),
};

fn check(table: &Table, cx: &mut Context) {
    let Some(total) = table.header.total_score.as_ref().and_then(Num::value) else {
        return;
    };
    let Some(stated) = table.header.text(Field::Grade).and_then(Grade::parse) else {
        return;
    };
    let o = &cx.profile.lifecycle;
    let grade = Grade::of(total, o);
    if grade == stated {
        return;
    }
    let [a, b, c] = o.grade_bands.map(|x| x.normalize());
    let (was, is) = (stated.name(), grade.name());
    let (was_en, is_en) = (stated.english(), grade.english());
    let msg = tr!(
        cx,
        "评价等级填写为“{was}”，但总分{total}分对应“{is}”（优≥{a}分，良{b}至{a}分，中{c}至{b}分，差<{c}分）。",
        "The grade is “{was}” ({was_en}), but a total of {total} is “{is}” ({is_en}): 优 from {a}, 良 from {b}, 中 from {c}, 差 below."
    );
    let label = tr!(cx, "改为 {is}", "Change to {is}");
    let path = Path::Field(Field::Grade);
    cx.report(path, msg).fix(path, is, label);
}

#[cfg(test)]
mod tests {
    use crate::profile::Profile;
    use crate::rules::testing::*;

    const ID: &str = "grade-mismatch";

    #[test]
    fn hit_excellent_at_89_73() {
        // Total 89.73, grade 优 (central bands) → 良.
        let mut t = self_evaluation();
        t.grade = Some("优".into());
        let d = only(ID, &t);
        assert_eq!(d.path.to_string(), "grade");
        assert_eq!(fix_of(&d), ("grade".into(), Some("良")));
        messages_contain(
            ID,
            &t,
            &["填写为“优”", "总分89.73分对应“良”", "优≥90分"],
            &["89.73", "good"],
        );
        fixes_clear(ID, &t, &[d]);
    }

    #[test]
    fn the_profiles_bands() {
        // Under the vendor's stock bands 89.73 is 优, and the fixture's 良 a mismatch.
        let mut p = Profile::default();
        p.lifecycle.grade_bands = [80.into(), 70.into(), 60.into()];
        let d = run_with(ID, &self_evaluation(), &p);
        assert_eq!(fix_of(&d[0]).1, Some("优"));
    }

    #[test]
    fn near_misses() {
        // §3.10 A: 良 at 89.73; the grade written 良好 or 良等.
        assert!(run(ID, &self_evaluation()).is_empty());
        for ok in ["良好", "良等", " 良 "] {
            let mut t = self_evaluation();
            t.grade = Some(ok.into());
            assert!(run(ID, &t).is_empty(), "{ok}");
        }
        // The grade of the stated total, even when the total is off (total-score-sum's).
        assert!(run(ID, &weights_over_100()).is_empty());
        // No grade cell, a blank or unreadable grade, no total.
        for g in [None, Some(""), Some("B")] {
            let mut t = self_evaluation();
            t.grade = g.map(Into::into);
            assert!(run(ID, &t).is_empty(), "{g:?}");
        }
        let mut t = self_evaluation();
        t.total_score = Some(String::new());
        assert!(run(ID, &t).is_empty());
    }
}
