import { createApp } from "vue";
import ElementPlus from "element-plus";
import "element-plus/dist/index.css";
import init from "jixiao/lifecycle";
import SelfEvaluation from "./SelfEvaluation.vue";
import "./page.css";

await init(); // loads the lifecycle module's wasm (served next to the bundle, offline)
createApp(SelfEvaluation).use(ElementPlus).mount("#app");
document.body.dataset.ready = "true";
