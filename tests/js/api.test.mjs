// Every function of the package, through the built and installed npm package, with `require`
// and with `import`. Assertions name findings that exist; totals are never fixed, so the tests
// keep passing as rules are added.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  byRule, importEnglish, importImporter, importJixiao, importLifecycle, readData, requireEnglish, requireImporter, requireJixiao,
  requireLifecycle,
} from "./helpers.mjs";

const cjs = requireJixiao();
const esm = await importJixiao();
const cjsImporter = requireImporter();
const esmImporter = await importImporter();
const cjsEnglish = requireEnglish();
const esmEnglish = await importEnglish();
const cjsLifecycle = requireLifecycle();
const esmLifecycle = await importLifecycle();

const API = ["Form", "applyFixes", "normalize", "rules", "validate", "validateField"];
for (const [entry, api, viaRequire, viaImport] of [
  ["jixiao", API, cjs, esm],
  ["jixiao/en", API, cjsEnglish, esmEnglish],
  // … plus `computed`, the values the later forms' rules compute (tests/js/computed.test.mjs).
  ["jixiao/lifecycle", [...API, "computed"].sort(), cjsLifecycle, esmLifecycle],
  ["jixiao/import", ["importGrid", "importText"], cjsImporter, esmImporter],
]) {
  test(`require('${entry}') and import('${entry}') give the same API`, () => {
    for (const name of api) {
      assert.equal(typeof viaRequire[name], "function", `require: ${name}`);
      assert.equal(viaImport[name], viaRequire[name], `import shares the CommonJS instance: ${name}`);
    }
    assert.deepEqual(Object.keys(viaRequire).sort(), api);
    assert.equal(typeof viaImport.default, "function", "init() exists in Node too");
  });
}

/**
 * Whether `f()` throws an Error with `code` (and, when given, the `option` or `path` named, or
 * one inside it: `diagnostics.0.fix.path` names `diagnostics.0.fix`).
 */
function throwsCode(f, code, named) {
  const names = (n) => n !== undefined && (n === named || n.startsWith(`${named}.`));
  try {
    f();
  } catch (e) {
    return e instanceof Error && e.code === code && (named === undefined || names(e.option) || names(e.path));
  }
  return false;
}

const ids = (ds) => ds.map((d) => d.id);

for (const [how, jixiao, importer, english] of [
  ["require", cjs, cjsImporter, cjsEnglish],
  ["import", esm, esmImporter, esmEnglish],
]) {
  const { Form, validate, validateField, applyFixes, normalize, rules } = jixiao;
  const { importText, importGrid } = importer;

  describe(`through ${how}`, () => {
    const shaoxiandui = readData("seed-shaoxiandui.json");
    const seedTables = () => importText(readFileSync(new URL("../data/seed.txt", import.meta.url), "utf8")).tables;

    test("validate reports the seed's 培训完成及时率 “≥ 100 %” with a fix, and counts", () => {
      const { diagnostics, counts } = validate(shaoxiandui);
      const [d] = byRule(diagnostics, "rate-at-least-100");
      assert.ok(d, JSON.stringify(diagnostics));
      assert.equal(d.severity, "warning");
      assert.equal(d.path, "indicators.4.operator");
      assert.match(d.id, /^rate-at-least-100@indicators\.4\.operator#[0-9a-f]{8}$/);
      assert.match(d.message, /第5行（培训完成及时率）/);
      assert.equal(d.fix.path, "indicators.4.operator");
      assert.equal(d.fix.value, "＝");
      assert.match(d.fix.label, /＝100/);
      for (const s of ["error", "warning", "info"]) {
        assert.equal(counts[s], diagnostics.filter((x) => x.severity === s).length, s);
      }
      assert.deepEqual(Object.keys(counts), ["error", "warning", "info"]);
      // Plain objects and arrays, as JSON would give them.
      assert.equal(Object.getPrototypeOf(d), Object.prototype);
      assert.ok(Array.isArray(diagnostics));
      assert.equal(new Set(ids(diagnostics)).size, diagnostics.length, "ids are unique");
    });

    test("options: rule levels and limits; each module has one locale and names the other", () => {
      const [d] = byRule(english.validate(shaoxiandui, { rules: { "rate-at-least-100": "error" }, limits: { maxRows: 100 } }).diagnostics, "rate-at-least-100");
      assert.equal(d.severity, "error");
      assert.match(d.message, /row 5 \(培训完成及时率\)/);
      assert.equal(byRule(validate(shaoxiandui, { rules: { "rate-at-least-100": "off" } }).diagnostics, "rate-at-least-100").length, 0);
      new Form({
        framework: "2021", year: 2024, locale: "zh-CN", amountUnit: "元", amountDecimals: 2,
        satisfactionMin: 90, qualitativeGrades: ["好"], deadlineRequired: false,
        rules: {}, limits: { maxRows: 10, maxTextLength: 100 },
      }).free();
      assert.throws(() => new Form({ locale: "en" }), (e) => e.code === "invalid-option" && e.option === "locale" && /jixiao\/en/.test(e.message));
      assert.throws(() => new english.Form({ locale: "zh-CN" }), /`jixiao`/);
      new english.Form({ locale: "en-US" }).free();
    });

    test("jixiao/en finds what jixiao finds, in English", () => {
      const strip = (ds) => ds.map(({ rule, severity, path, fix }) => ({ rule, severity, path, fix: fix && { path: fix.path, value: fix.value } }));
      for (const t of [...seedTables(), shaoxiandui]) {
        const a = validate(t, { year: 2024 });
        const b = english.validate(t, { year: 2024 });
        assert.deepEqual(strip(b.diagnostics), strip(a.diagnostics), t.projectName);
        assert.deepEqual(b.counts, a.counts);
        for (const [x, y] of b.diagnostics.map((d, i) => [d, a.diagnostics[i]])) {
          assert.doesNotMatch(x.message, /第\d+行/, x.rule);
          assert.notEqual(x.message, y.message, x.rule);
        }
      }
    });

    test("a bad option throws an Error with a code that names it", () => {
      const cases = [
        [{ year: "x" }, "invalid-option", "year"],
        [{ frobnicate: 1 }, "unknown-option", "frobnicate"],
        [{ limits: { maxRowz: 1 } }, "unknown-option", "limits.maxRowz"],
        [{ limits: { maxRows: 0 } }, "invalid-option", "limits.maxRows"],
        [{ rules: { "no-such-rule": "off" } }, "unknown-option", "rules.no-such-rule"],
        [{ rules: { "rate-at-least-100": "fatal" } }, "invalid-option", "rules.rate-at-least-100"],
        [{ locale: "fr" }, "invalid-option", "locale"],
        [{ amountUnit: "美元" }, "invalid-option", "amountUnit"],
        [{ satisfactionMin: 101 }, "invalid-option", "satisfactionMin"],
        [{ framework: "2019" }, "invalid-option", "framework"],
        [{ deadlineRequired: "yes" }, "invalid-option", "deadlineRequired"],
        [[], "invalid-options", undefined],
        ["zh", "invalid-options", undefined],
        [{ get year() { throw new Error("getter"); } }, "invalid-options", undefined],
      ];
      for (const [options, code, option] of cases) {
        const name = option ?? code;
        assert.ok(throwsCode(() => new Form(options), code, option), `new Form(${name})`);
        assert.ok(throwsCode(() => validate({}, options), code, option), `validate({}, ${name})`);
        if (option) assert.match(String((() => { try { new Form(options); } catch (e) { return e.message; } })()), new RegExp(option.split(".").pop()));
      }
      for (const f of [() => importText("", { year: "x" }), () => normalize({}, { year: "x" }), () => rules({ year: "x" }), () => applyFixes({}, [], { year: "x" })]) {
        assert.ok(throwsCode(f, "invalid-option", "year"), String(f));
      }
    });

    const rewrites = (f) => {
      try {
        return typeof f() === "object";
      } catch (e) {
        return e instanceof Error && e.code === "unreadable" && /cannot read the table/.test(e.message);
      }
    };

    test("input that is not a table never throws", () => {
      const odd = [null, undefined, 3, "x", [], { indicators: "x" }, { projectName: { a: 1 } },
        { indicators: [null, 3, { value: true }] }, Symbol("s"), () => 1, 10n,
        { get projectName() { throw new Error("a getter that throws"); } }];
      const form = new Form();
      for (const input of odd) {
        const r = validate(input);
        assert.ok(Array.isArray(r.diagnostics), String(input));
        assert.ok(Array.isArray(validateField(input, "projectName")));
        const c = form.load(input);
        assert.ok(Array.isArray(c.added) && Array.isArray(c.removed), String(input));
        assert.deepEqual(form.diagnostics(), r.diagnostics, String(input));
        // Rewriting returns a table, or throws an Error when the input cannot be read whole
        // (a table rebuilt from part of it would lose what was typed).
        assert.ok(rewrites(() => applyFixes(input)), String(input));
        assert.ok(rewrites(() => normalize(input)), String(input));
      }
      // The form still works afterwards.
      assert.ok(byRule(form.load(shaoxiandui).added, "rate-at-least-100").length);
      form.free();
    });

    test("wrong types are reported by invalid-input at their path", () => {
      for (const input of [null, 3, [], "x"]) {
        const { diagnostics } = validate(input);
        const found = byRule(diagnostics, "invalid-input");
        assert.equal(found.length, 1, `${JSON.stringify(input)}: ${JSON.stringify(diagnostics)}`);
        assert.equal(found[0].path, "");
        assert.equal(found[0].severity, "error");
      }
      const paths = (input) => byRule(validate(input).diagnostics, "invalid-input").map((d) => d.path);
      assert.deepEqual(paths({ indicators: "x" }), ["indicators"]);
      assert.ok(paths({ projectName: { a: 1 } }).includes("projectName"));
      const p = paths(readData("wrong-types.json"));
      for (const path of ["year", "projectName", "department", "overallGoal", "indicators.0",
        "indicators.1", "indicators.3.name", "indicators.3.value"]) {
        assert.ok(p.includes(path), `${path} in ${p}`);
      }
      assert.ok(!p.includes("budget"), "a number is fine for the budget");
    });

    test("validateField keeps the diagnostics at or inside a path", () => {
      const row = validateField(shaoxiandui, "indicators.4");
      assert.ok(byRule(row, "rate-at-least-100").length);
      assert.ok(row.every((d) => d.path === "indicators.4" || d.path.startsWith("indicators.4.")));
      assert.equal(byRule(validateField(shaoxiandui, "indicators.3"), "rate-at-least-100").length, 0);
      assert.deepEqual(
        validateField(shaoxiandui, "indicators.4.operator"),
        validate(shaoxiandui).diagnostics.filter((d) => d.path === "indicators.4.operator"),
      );
      assert.ok(throwsCode(() => validateField(shaoxiandui, "indicators.x"), "no-such-path", "indicators.x"));
    });

    test("applyFixes returns a new table and never mutates its input", () => {
      const input = structuredClone(shaoxiandui);
      const fixed = applyFixes(input);
      assert.deepEqual(input, shaoxiandui, "input untouched");
      assert.notEqual(fixed, input);
      assert.equal(fixed.indicators[4].operator, "＝");
      assert.equal(byRule(validate(fixed).diagnostics, "rate-at-least-100").length, 0);

      // Chosen fixes only, a removal (value null) among them.
      const chosen = [
        { fix: { path: "indicators.0", value: null, label: "删除" } },
        { rule: "x", fix: { path: "budget", value: "7", label: "改" } },
        { rule: "no fix here" },
      ];
      const out = applyFixes(shaoxiandui, chosen);
      assert.equal(out.indicators.length, shaoxiandui.indicators.length - 1);
      assert.equal(out.indicators[0].name, shaoxiandui.indicators[1].name);
      assert.equal(out.budget, "7");
      assert.equal(out.indicators[3].operator, ">=", "only the chosen fixes");
      assert.deepEqual(applyFixes(shaoxiandui, []), shaoxiandui, "no fixes: the same table");
      assert.ok(throwsCode(() => applyFixes(shaoxiandui, [{ fix: { path: "nope" } }]), "unreadable", "diagnostics.0.fix"));
      assert.ok(throwsCode(() => applyFixes(shaoxiandui, "x"), "unreadable"));
    });

    test("a removal fix carries value null", () => {
      const t = structuredClone(shaoxiandui);
      t.indicators.push(structuredClone(t.indicators[0]));
      const removal = validate(t).diagnostics.find((d) => d.fix && d.fix.value === null);
      assert.ok(removal, "an exact duplicate row gets a fix that removes it");
      assert.equal(removal.fix.path, "indicators.9");
      assert.equal(applyFixes(t, [removal]).indicators.length, 9);
    });

    test("a table of class instances reads as the same table of plain objects", () => {
      // Own enumerable keys are what is read, whatever the prototype.
      class Row {}
      const careful = (o) => Object.assign(new Row(), o);
      const tables = [...seedTables(), shaoxiandui, readData("seed-yinshua.json")];
      tables.push({ year: 2024, budget: 12, indicators: [{ name: "x", value: 95, weight: 100 }, undefined] });
      for (const [v, options] of [[jixiao, undefined], [english, { framework: "2021" }]]) {
        for (const t of tables) {
          const slow = careful({ ...t, indicators: t.indicators.map((r) => (r ? careful(r) : r)) });
          assert.deepEqual(v.validate(t, options), v.validate(slow, options), t.projectName);
          assert.deepEqual(v.validateField(t, "indicators.0", options), v.validateField(slow, "indicators.0", options));
        }
      }
    });

    test("text holding NUL survives both ways across the boundary", () => {
      const t = { projectName: "p\0q", indicators: [{ level1: "产出指标", name: "a\0b", operator: "≥" }] };
      const { diagnostics, counts } = validate(t);
      assert.ok(diagnostics.some((d) => d.message.includes("a\0b")), JSON.stringify(diagnostics));
      assert.equal(counts.error, diagnostics.filter((d) => d.severity === "error").length);
      assert.deepEqual(validateField(t, "indicators.0.name"), diagnostics.filter((d) => d.path.startsWith("indicators.0.name")));
      const form = new Form();
      form.load(t);
      assert.equal(form.table().indicators[0].name, "a\0b");
      form.free();
    });

    test("rules() lists every rule with its level and texts in the locale", () => {
      const zh = rules();
      const en = english.rules({ rules: { "rate-at-least-100": "off" } });
      assert.ok(zh.length >= 49);
      assert.equal(new Set(zh.map((r) => r.id)).size, zh.length, "ids unique");
      for (const r of zh) {
        assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(["error", "warning", "info", "off"].includes(r.level), r.id);
        assert.equal(r.configuredLevel, r.level);
        assert.ok(r.title && r.description, r.id);
      }
      const rate = en.find((r) => r.id === "rate-at-least-100");
      assert.equal(rate.level, "warning");
      assert.equal(rate.configuredLevel, "off");
      assert.match(rate.title, /rate/i);
      assert.notEqual(rate.title, zh.find((r) => r.id === "rate-at-least-100").title);
    });

    test("normalize returns the canonical table", () => {
      const t = {
        department: "820001-铁西区教育局", budget: "1,250,700元",
        indicators: [{ level1: "产出", level2: "进度指标", name: " 及时率 ", value: "≥９５％", deadline: "2024 年 12 月" }],
      };
      const before = structuredClone(t);
      const n = normalize(t);
      assert.deepEqual(t, before, "input untouched");
      assert.equal(n.department, "铁西区教育局");
      assert.equal(n.budget, "125.07");
      assert.deepEqual(
        { ...n.indicators[0] },
        { level1: "产出指标", level2: "时效指标", name: "及时率", operator: "≥", value: "95", unit: "%", deadline: "2024年12月" },
      );
      assert.deepEqual(normalize(n), n, "idempotent");
      assert.equal(normalize({ budget: "1000" }, { amountUnit: "元" }).budget, "1000");
    });

    test("importText and importGrid return tables and diagnostics", () => {
      for (const r of [importText("项目(政策)名称\t巡察经费\n"), importGrid([["项目(政策)名称", "巡察经费"], [null, 1.5]])]) {
        assert.ok(Array.isArray(r.tables));
        assert.ok(Array.isArray(r.diagnostics));
        for (const d of r.diagnostics) assert.equal(typeof d.table, "number");
      }
      assert.ok(throwsCode(() => importGrid([[{}]]), "unreadable"));
      assert.ok(throwsCode(() => importGrid("x"), "unreadable"));
    });

    // ------------------------------------------------------------------ the live document
    test("Form: load, then each edit answers with the findings it added and removed", () => {
      const form = new Form({ year: 2024 });
      const load = form.load(shaoxiandui);
      const [rate] = byRule(load.added, "rate-at-least-100");
      assert.ok(rate);
      assert.deepEqual(form.diagnostics(), validate(shaoxiandui, { year: 2024 }).diagnostics);
      assert.deepEqual(load.counts, form.counts());

      let c = form.set("indicators.4.value", "95");
      assert.deepEqual(c.added, []);
      assert.deepEqual(c.removed, [rate.id]);
      assert.equal(c.counts.warning, load.counts.warning - 1);
      c = form.set("indicators.4.value", "100");
      assert.deepEqual(c.added, [rate]);
      assert.deepEqual(c.removed, []);

      // A finding in another row: a duplicate of row 0's name appears in row 5 and goes again.
      const name = shaoxiandui.indicators[0].name;
      c = form.set("indicators.5.name", name);
      assert.ok(c.added.some((d) => d.rule === "duplicate-indicator" || d.rule === "near-duplicate-indicator"), JSON.stringify(c));
      c = form.set("indicators.5.name", shaoxiandui.indicators[5].name);
      assert.ok(c.removed.some((id) => /duplicate-indicator/.test(id)), JSON.stringify(c));
      assert.deepEqual(form.diagnostics(), validate(shaoxiandui, { year: 2024 }).diagnostics);

      // diagnostics(path), table(), counts().
      assert.ok(form.diagnostics("indicators.4").every((d) => d.path.startsWith("indicators.4")));
      assert.deepEqual(form.table(), applyFixes(shaoxiandui, []));
      assert.ok(throwsCode(() => form.diagnostics("nope"), "no-such-path", "nope"));
      form.free();
    });

    test("Form: values of other types, header fields, rows inserted, removed and moved", () => {
      const form = new Form();
      form.load(shaoxiandui);
      let c = form.set("indicators.0.name", 5);
      assert.ok(c.added.some((d) => d.rule === "invalid-input" && d.path === "indicators.0.name"));
      c = form.set("indicators.0.name", shaoxiandui.indicators[0].name);
      assert.ok(c.removed.some((id) => id.startsWith("invalid-input@indicators.0.name")));
      form.set("year", 2025);
      assert.ok(form.diagnostics().some((d) => d.rule === "deadline-outside-year"));
      form.set("year", "2024");
      form.set("budget", 6.7);
      form.set("overallGoal", null);
      assert.ok(form.diagnostics("overallGoal").some((d) => d.severity === "error"), "an empty goal is an error");
      form.set("overallGoal", shaoxiandui.overallGoal);

      form.insertRow(0, { name: "培训人次", value: 20, unit: "人次" });
      form.insertRow(form.table().indicators.length);
      form.moveRow(0, 2);
      assert.equal(form.table().indicators[2].name, "培训人次");
      assert.equal(form.table().indicators[2].value, "20");
      form.removeRow(2);
      form.removeRow(form.table().indicators.length - 1);
      assert.deepEqual(form.diagnostics(), validate(shaoxiandui).diagnostics);

      for (const [f, code, path] of [
        [() => form.set("indicators.99.value", "1"), "no-such-row", "indicators.99"],
        [() => form.set("indicators.0", "1"), "no-such-path", "indicators.0"],
        [() => form.set("nope", "1"), "no-such-path", "nope"],
        [() => form.removeRow(99), "no-such-row", "indicators.99"],
        [() => form.moveRow(0, 99), "no-such-row", "indicators.99"],
        [() => form.insertRow(99), "no-such-row", "indicators.99"],
        [() => form.applyFix("nope"), "no-such-fix", undefined],
      ]) {
        assert.ok(throwsCode(f, code, path), String(f));
      }
      // A value that cannot even say what it is (a revoked Proxy) is a finding, and the form
      // still answers afterwards.
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      c = form.set("projectName", revoked.proxy);
      assert.ok(c.added.some((d) => d.rule === "invalid-input" && d.path === "projectName"));
      for (const v of [Symbol("s"), 10n, () => 1, {}, [], true, NaN]) form.set("projectName", v);
      form.insertRow(0, revoked.proxy);
      form.removeRow(0);
      form.set("projectName", shaoxiandui.projectName);
      assert.deepEqual(form.diagnostics(), validate(shaoxiandui).diagnostics);
      form.free();
    });

    test("Form: fixes by id, a removal among them", () => {
      const form = new Form();
      const t = structuredClone(shaoxiandui);
      t.indicators.push(structuredClone(t.indicators[0]));
      form.load(t);
      const removal = form.diagnostics().find((d) => d.fix && d.fix.value === null);
      assert.ok(removal);
      form.applyFix(removal.id);
      assert.equal(form.table().indicators.length, 9);
      const rate = byRule(form.diagnostics(), "rate-at-least-100")[0];
      const c = form.applyFix(rate.id);
      assert.ok(c.removed.includes(rate.id));
      assert.equal(form.table().indicators[4].operator, "＝");
      assert.ok(throwsCode(() => form.applyFix(rate.id), "no-such-fix"));
      assert.deepEqual(form.diagnostics(), validate(form.table()).diagnostics);
      form.free();
    });

    test("a Form fed 400 random edits answers as a fresh validate does, at every step", () => {
      // Each edit goes in as a page sends it (set, insertRow, removeRow, moveRow, load,
      // applyFix) and into a plain copy of what the page holds; after each, the form's findings
      // must be a fresh validation's of that copy, and what the change said must turn the
      // findings before into those after. Under the default limits and under limits tight
      // enough that texts are left out.
      let seed = 7;
      const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      const pick = (xs) => xs[random(xs.length)];
      const CELLS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];
      const HEADER = ["projectName", "department", "implementingUnit", "budget", "overallGoal"];
      const TEXTS = ["", "0", "%", "率", "≥", "＝", "100", "95%", "2024年12月", "产出指标", "质量指标", "满意度", "人次", "万元", "--", "好", "\0"];
      const sources = [shaoxiandui, readData("seed-yinshua.json"), readData("good.json")];
      const setAt = (t, path, value) => {
        const keys = path.split(".");
        if (keys.length === 1) t[keys[0]] = value;
        else t.indicators[Number(keys[1])][keys[2]] = value;
      };
      for (const options of [{ year: 2024 }, { limits: { maxInputLength: 300, maxTextLength: 20, maxRows: 12 } }]) {
        const form = new Form(options);
        let typed = structuredClone(sources[0]);
        form.load(typed);
        let shown = new Map(form.diagnostics().map((d) => [d.id, d]));
        for (let step = 0; step < 400; step++) {
          const rows = typed.indicators;
          const r = rows.length ? random(rows.length) : 0;
          const edit = random(100);
          let what;
          let c;
          const set = (path, value) => {
            what = `set ${path} ${JSON.stringify(value)}`;
            setAt(typed, path, value);
            c = form.set(path, value);
          };
          if (edit < 50 && rows[r]) {
            const col = pick(CELLS);
            set(`indicators.${r}.${col}`, (rows[r][col] ?? "") + pick(TEXTS));
          } else if (edit < 60 && rows[r]) {
            set(`indicators.${r}.${pick(CELLS)}`, pick([...TEXTS, 95, null]));
          } else if (edit < 70) {
            const f = pick(HEADER);
            set(f, (typed[f] ?? "") + pick(TEXTS));
          } else if (edit < 74) {
            set("year", pick([2024, 2025, "2024", null, "x"]));
          } else if (edit < 80) {
            const at = random(rows.length + 1);
            const row = pick([undefined, { name: pick(TEXTS), value: pick(TEXTS) }, { value: 95 }]);
            what = `insertRow ${at}`;
            rows.splice(at, 0, row === undefined ? {} : structuredClone(row));
            c = form.insertRow(at, row);
          } else if (edit < 86 && rows.length) {
            what = `removeRow ${r}`;
            rows.splice(r, 1);
            c = form.removeRow(r);
          } else if (edit < 92 && rows.length) {
            const to = random(rows.length);
            what = `moveRow ${r} ${to}`;
            rows.splice(to, 0, ...rows.splice(r, 1));
            c = form.moveRow(r, to);
          } else if (edit < 97) {
            const fixable = form.diagnostics().filter((d) => d.fix);
            if (!fixable.length) continue;
            const d = pick(fixable);
            what = `applyFix ${d.id}`;
            if (d.fix.value === null) rows.splice(Number(d.fix.path.split(".")[1]), 1);
            else for (const e of [d.fix, ...(d.fix.also || [])]) setAt(typed, e.path, e.value);
            c = form.applyFix(d.id);
          } else {
            what = "load";
            typed = structuredClone(pick(sources));
            c = form.load(typed);
          }
          const now = form.diagnostics();
          const fresh = validate(typed, options);
          assert.deepEqual(now, fresh.diagnostics, `step ${step}: ${what}`);
          assert.deepEqual(c.counts, fresh.counts, `step ${step}: ${what}, counts`);
          for (const id of c.removed) {
            assert.ok(shown.delete(id), `step ${step}: ${what} removed ${id}, which was not there`);
          }
          for (const d of c.added) {
            assert.ok(!shown.has(d.id), `step ${step}: ${what} added ${d.id} twice`);
            shown.set(d.id, d);
          }
          assert.deepEqual([...shown.keys()].sort(), ids(now).sort(), `step ${step}: ${what}, the change`);
          const path = pick(["", "overallGoal", `indicators.${r}`, `indicators.${r}.value`]);
          assert.deepEqual(form.diagnostics(path), validateField(typed, path, options), `step ${step}, ${path}`);
        }
        form.free();
      }
    });
  });
}
