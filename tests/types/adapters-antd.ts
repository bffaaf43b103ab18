// jixiao/async-validator's rules are React antd 5's `Rule` (rc-field-form's, which antd
// re-exports) without a cast.
import type { Rule } from "rc-field-form/lib/interface";
import { Form } from "jixiao";
import { createRules } from "jixiao/async-validator";

const jx = createRules(new Form());
const rules: Rule[] = [jx.rule, jx.warningRule];
const one: Rule = jx.rule;
export { rules, one };
