export * from "./jixiao.js";
export { default, initSync } from "./jixiao.js";
