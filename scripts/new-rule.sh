#!/usr/bin/env bash
# Scaffolds a review rule: its file from a template (row rule; edit to `Check::Table` for a
# rule over the whole table) and its line in the registry (src/rules/mod.rs). Then write the
# check, the why (doc comment with its source), both messages, a hit test and a near-miss
# test; `cargo test` runs the registry test, which fails while a TODO is left.
#   scripts/new-rule.sh ID                      a target-table rule: src/rules/<id>.rs
#   scripts/new-rule.sh ID self-evaluation        a lifecycle rule: src/rules/lifecycle/<id>.rs,
#   scripts/new-rule.sh ID self-evaluation-table    registered under the section of its form
#   scripts/new-rule.sh ID monitoring               (lifecycle: a row rule of both later
#   scripts/new-rule.sh ID lifecycle                forms)
set -euo pipefail
cd "$(dirname "$0")/.."
id=${1:?usage: scripts/new-rule.sh ID [self-evaluation|self-evaluation-table|monitoring|lifecycle]}
form=${2:-target}
[[ $id =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || { echo "not a kebab-case id: $id" >&2; exit 2; }
case $form in
  target) dir=src/rules stages=ALL section="" ;;
  self-evaluation) dir=src/rules/lifecycle stages=SELF_EVALUATION section="// 绩效自评: the rows" ;;
  self-evaluation-table) dir=src/rules/lifecycle stages=SELF_EVALUATION section="// 绩效自评: the table" ;;
  monitoring) dir=src/rules/lifecycle stages=MONITORING section="// 绩效运行监控" ;;
  lifecycle) dir=src/rules/lifecycle stages=LIFECYCLE section="// 绩效自评: the rows" ;;
  *) echo "unknown form: $form" >&2; exit 2 ;;
esac
module=${id//-/_}
file=$dir/$module.rs
mkdir -p "$dir"
[ -e "$file" ] && { echo "$file exists" >&2; exit 2; }
if [ "$form" = target ]; then fixture=good; else fixture=self_evaluation; fi
[ "$form" = monitoring ] && fixture=monitoring
cat > "$file" <<RUST
//! \`$id\` — TODO 一句中文标题.
//!
//! TODO: what it finds, why reviewers send it back, and the source (DOMAIN.md, LIFECYCLE.md,
//! a document, a real table of tests/data/real).

use crate::rules::prelude::*;

pub const RULE: Rule = Rule {
    id: RuleId::$module,
    level: Level::Warning,
    stages: Stages::$stages,
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
        let t = $fixture();
        assert_eq!(paths(ID, &t), ["TODO"]);
    }

    #[test]
    fn near_misses() {
        assert!(run(ID, &$fixture()).is_empty());
    }
}
RUST
# The registry: a target rule last in \`target { … }\`; a lifecycle rule at the end of its
# section of \`lifecycle { … }\` (its findings list after those before it).
python3 - "$module" "$section" <<'PY'
import sys
module, section = sys.argv[1], sys.argv[2]
p = "src/rules/mod.rs"
s = open(p).read()
start = s.index("registry! {")
if not section:
    end = s.index("\n  }\n", s.index("target {", start))
    s = s[:end] + f"\n    {module}," + s[end:]
else:
    head = s.index(section, start)
    # The section runs to the next blank line.
    end = s.index("\n\n", head)
    s = s[:end] + f"\n    {module}," + s[end:]
open(p, "w").write(s)
PY
echo "created $file and registered $module in src/rules/mod.rs"
