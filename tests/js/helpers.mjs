// Shared by the tests in this folder: the BUILT package (dist/jixiao.tgz, made by
// scripts/build-pkg.sh) installed into an empty project in the system temp folder, as a user
// would install it, and loaded from there with both `require` and `import`.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const tarball = join(repo, "dist/jixiao.tgz");

/** The consumer project's folder, installing the tarball there on first use. */
export function consumer() {
  if (!existsSync(tarball)) {
    throw new Error(`${tarball} is missing: run scripts/build-pkg.sh first`);
  }
  const hash = createHash("sha256").update(readFileSync(tarball)).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `jixiao-consumer-${hash}`);
  mkdirSync(dir, { recursive: true });
  // An ES module inside the project, so `import('jixiao')` resolves from there. Written every
  // time: it changes with the tests, not with the tarball.
  const load =
    'export * as jixiao from "jixiao";\nexport { default as init } from "jixiao";\n' +
    'export * as importer from "jixiao/import";\nexport { default as initImporter } from "jixiao/import";\n' +
    'export * as english from "jixiao/en";\nexport { default as initEnglish } from "jixiao/en";\n' +
    'export * as lifecycle from "jixiao/lifecycle";\nexport { default as initLifecycle } from "jixiao/lifecycle";\n' +
    'export * as xlsx from "jixiao/xlsx";\nexport { default as initXlsx } from "jixiao/xlsx";\n';
  if (!existsSync(join(dir, "load.mjs")) || readFileSync(join(dir, "load.mjs"), "utf8") !== load) {
    writeFileSync(join(dir, "load.mjs"), load);
  }
  if (!existsSync(join(dir, "node_modules/jixiao/package.json"))) {
    writeFileSync(join(dir, "package.json"), '{ "name": "consumer", "private": true }\n');
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  return dir;
}

/** `require(id)` from the consumer project (the CommonJS Node build). */
const requireIn = (id) => createRequire(join(consumer(), "package.json"))(id);

/** An entry as `import()` gives it in the consumer project (load.mjs), after its `init()`. */
async function importIn(name, init) {
  const loaded = await import(pathToFileURL(join(consumer(), "load.mjs")).href);
  await loaded[init]();
  return loaded[name];
}

/** `jixiao`, the validator (zh-CN). */
export const requireJixiao = () => requireIn("jixiao");
export const importJixiao = () => importIn("jixiao", "init");
/** `jixiao/en`, the validator with English messages. */
export const requireEnglish = () => requireIn("jixiao/en");
export const importEnglish = () => importIn("english", "initEnglish");
/** `jixiao/lifecycle`, the validator with the later forms' rules (zh-CN). */
export const requireLifecycle = () => requireIn("jixiao/lifecycle");
export const importLifecycle = () => importIn("lifecycle", "initLifecycle");
/** `jixiao/import`, the importer. */
export const requireImporter = () => requireIn("jixiao/import");
export const importImporter = () => importIn("importer", "initImporter");
/** `jixiao/xlsx`, the workbook reader. */
export const requireXlsx = () => requireIn("jixiao/xlsx");
export const importXlsx = () => importIn("xlsx", "initXlsx");

export function readData(name) {
  return JSON.parse(readFileSync(join(repo, "tests/data", name), "utf8"));
}

/** The findings of one rule. */
export const byRule = (diagnostics, rule) => diagnostics.filter((d) => d.rule === rule);
