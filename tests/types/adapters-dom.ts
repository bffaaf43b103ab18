// The adapters in a browser project (bundler resolution, DOM lib): a real <form> binds.
import init, { Form } from "jixiao";
import { bindForm, type FormBinding } from "jixiao/form";
import { createRules } from "jixiao/async-validator";

await init();
const root = document.querySelector("form")!;
const binding: FormBinding = bindForm(root, new Form({ locale: "zh-CN" }), {
  reveal: "touched",
  severityLabels: { error: "错误" },
  removeRow: (index: number) => root.querySelectorAll("tr")[index]?.remove(),
  writeValue: (control, value) => (control.value = value),
  onChange: (change, b) => console.log(change.added.length, b.reveal),
});
binding.load({ projectName: "x", indicators: [] });
binding.focus("indicators.0.value");
binding.setForm(new Form({ framework: "2021" }));
const div = document.createElement("div");
bindForm(div, new Form());
// @ts-expect-error: a form is needed
bindForm(root, {});
const jx = createRules(new Form(), { revalidate: (paths) => console.log(paths) });
export { jx };
