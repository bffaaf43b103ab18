import { createApp } from "vue";
import ElementPlus from "element-plus";
import "element-plus/dist/index.css";
import init from "jixiao";
import App from "./App.vue";
import "./page.css";

await init(); // loads the wasm (served next to the bundle, offline)
createApp(App).use(ElementPlus).mount("#app");
document.body.dataset.ready = "true";
