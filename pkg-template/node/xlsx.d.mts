export * from "./jixiao_xlsx.js";

/** Nothing to wait for in Node; here so code shared with the browser build can `await init()`. */
export default function init(): Promise<void>;

/** Likewise a no-op in Node. */
export function initSync(): void;
