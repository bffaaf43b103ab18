// jixiao/async-validator's rules are Element Plus's `FormItemRule` without a cast.
import type { FormItemRule, FormRules } from "element-plus";
import { Form } from "jixiao";
import { createRules } from "jixiao/async-validator";

const jx = createRules(new Form());
const rules: FormItemRule[] = [jx.rule];
const one: FormItemRule = jx.rule;
const byProp: FormRules = { projectName: [jx.rule], "indicators.0.value": jx.rule };
export { rules, one, byProp };
