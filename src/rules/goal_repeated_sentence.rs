//! `goal-repeated-sentence` — 总体目标中有重复的句子.
//!
//! TODO: why, and its source.

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: "goal-repeated-sentence",
    level: Level::Warning,
    title: Tr {
        zh: "总体目标中有重复的句子",
        en: "The overall goal repeats a sentence",
    },
    description: Tr {
        zh: "同一句话重复出现是复制粘贴的痕迹。",
        en: "A sentence written twice is a copy-and-paste slip.",
    },
    check,
};

fn check(_table: &Table, _cx: &mut Context) {}
