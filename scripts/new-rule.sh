#!/usr/bin/env bash
# Scaffolds a review rule: src/rules/<id with _>.rs from a template (row rule; edit to
# `Check::Table` for a rule over the whole table) and its line in the registry
# (src/rules/mod.rs). Then write the check, the why (doc comment with its source), both
# messages, a hit test and a near-miss test; `cargo test` runs the registry test.
#   scripts/new-rule.sh ID        e.g. scripts/new-rule.sh satisfaction-direction
set -euo pipefail
cd "$(dirname "$0")/.."
id=${1:?usage: scripts/new-rule.sh ID (kebab-case)}
[[ $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || { echo "not a kebab-case id: $id" >&2; exit 2; }
module=${id//-/_}
file=src/rules/$module.rs
[ -e "$file" ] && { echo "$file exists" >&2; exit 2; }
cat > "$file" <<RUST
//! \`$id\` — TODO 一句中文标题.
//!
//! TODO: what it finds, why reviewers send it back, and the source (DOMAIN.md, a document, a
//! real table of tests/data/real).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::$module,
    level: Level::Warning,
    title: Tr {
        zh: "TODO",
        en: "TODO",
    },
    description: Tr {
        zh: "TODO",
        en: "TODO",
    },
    check: Check::Row(check),
};

fn check(ind: &Indicator, cx: &mut RowContext) {
    let _ = (ind, cx);
    todo!("$id")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const ID: &str = "$id";

    #[test]
    fn hit() {
        let t = good();
        assert_eq!(paths(ID, &t), ["TODO"]);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &good()).is_empty());
    }
}
RUST
# The registry: the new module before the macro's closing brace (its findings list last).
python3 - "$module" <<'PY'
import sys
module = sys.argv[1]
p = "src/rules/mod.rs"
s = open(p).read()
start = s.index("registry! {")
end = s.index("\n}\n", start)
s = s[:end] + f"\n    {module}," + s[end:]
open(p, "w").write(s)
PY
echo "created $file and registered $module in src/rules/mod.rs"
