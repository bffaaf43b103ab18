// The Element Plus benchmark page (scripts/bench-element-plus.mjs): a form of N rows (?rows=200)
// wired to jixiao as the package README says (?mode=jixiao), or the same form with hand-written
// required + regex rules (?mode=plain).
import { createApp } from "vue";
import ElementPlus from "element-plus";
import "element-plus/dist/index.css";
import init from "jixiao";
import Bench from "./Bench.vue";

await init();
const params = new URLSearchParams(location.search);
createApp(Bench, { mode: params.get("mode") || "jixiao", rows: Number(params.get("rows") || 200) })
  .use(ElementPlus)
  .mount("#app");
document.body.dataset.ready = "true";
