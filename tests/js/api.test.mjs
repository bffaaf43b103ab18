// Every function of the package, through the built and installed npm package, with `require`
// and with `import`. Assertions name findings that exist; totals are never fixed, so the tests
// keep passing as rules are added.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { byRule, importEnglish, importImporter, importJixiao, readData, requireEnglish, requireImporter, requireJixiao } from "./helpers.mjs";

const cjs = requireJixiao();
const esm = await importJixiao();
const cjsImporter = requireImporter();
const esmImporter = await importImporter();
const cjsEnglish = requireEnglish();
const esmEnglish = await importEnglish();

for (const [entry, api, viaRequire, viaImport] of [
  ["jixiao", ["Validator", "normalize"], cjs, esm],
  ["jixiao/en", ["Validator", "normalize"], cjsEnglish, esmEnglish],
  ["jixiao/import", ["importGrid", "importText"], cjsImporter, esmImporter],
]) {
  test(`require('${entry}') and import('${entry}') give the same API`, () => {
    for (const name of api) {
      assert.equal(typeof viaRequire[name], "function", `require: ${name}`);
      assert.equal(viaImport[name], viaRequire[name], `import shares the CommonJS instance: ${name}`);
    }
    assert.deepEqual(Object.keys(viaRequire).sort(), api);
  });
}

for (const [how, jixiao, importer, english] of [
  ["require", cjs, cjsImporter, cjsEnglish],
  ["import", esm, esmImporter, esmEnglish],
]) {
  const { Validator, normalize } = jixiao;
  const { importText, importGrid } = importer;
  const English = english.Validator;

  describe(`through ${how}`, () => {
    const shaoxiandui = readData("seed-shaoxiandui.json");

    test("validate reports the seed's 培训完成及时率 “≥ 100 %” with a fix, and counts", () => {
      const v = new Validator();
      const { diagnostics, counts } = v.validate(shaoxiandui);
      const [d] = byRule(diagnostics, "rate-at-least-100");
      assert.ok(d, JSON.stringify(diagnostics));
      assert.equal(d.severity, "warning");
      assert.equal(d.path, "indicators.4.operator");
      assert.match(d.message, /第5行（培训完成及时率）/);
      assert.deepEqual(d.fix, { path: "indicators.4.operator", value: "＝", label: "改为 ＝100" });
      for (const s of ["error", "warning", "info"]) {
        assert.equal(counts[s], diagnostics.filter((x) => x.severity === s).length, s);
      }
      assert.deepEqual(Object.keys(counts), ["error", "warning", "info"]);
      // Plain objects and arrays, as JSON would give them.
      assert.equal(Object.getPrototypeOf(d), Object.prototype);
      assert.ok(Array.isArray(diagnostics));
    });

    test("options: locale, rule levels, limits", () => {
      const en = new English({ rules: { "rate-at-least-100": "error" }, limits: { maxRows: 100 } });
      const [d] = byRule(en.validate(shaoxiandui).diagnostics, "rate-at-least-100");
      assert.equal(d.severity, "error");
      assert.match(d.message, /row 5 \(培训完成及时率\)/);
      const off = new Validator({ rules: { "rate-at-least-100": "off" } });
      assert.equal(byRule(off.validate(shaoxiandui).diagnostics, "rate-at-least-100").length, 0);
      new Validator({
        framework: "2021", year: 2024, locale: "zh-CN", amountUnit: "元", amountDecimals: 2,
        satisfactionMin: 90, qualitativeGrades: ["好"], deadlineRequired: false,
        rules: {}, limits: { maxRows: 10, maxTextLength: 100 },
      });
      // Each validator module has one language; asking one for the other names the module.
      assert.throws(() => new Validator({ locale: "en" }), /jixiao\/en/);
      assert.throws(() => new English({ locale: "zh-CN" }), /`jixiao`/);
      new English({ locale: "en-US" });
    });

    test("jixiao/en finds what jixiao finds, in English", () => {
      const tables = [...importText(readFileSync(new URL("../data/seed.txt", import.meta.url), "utf8")).tables, shaoxiandui];
      const zh = new Validator({ year: 2024 });
      const en = new English({ year: 2024 });
      const strip = (ds) => ds.map(({ rule, severity, path, fix }) => ({ rule, severity, path, fix: fix && { path: fix.path, value: fix.value } }));
      for (const t of tables) {
        const a = zh.validate(t);
        const b = en.validate(t);
        assert.deepEqual(strip(b.diagnostics), strip(a.diagnostics), t.projectName);
        assert.deepEqual(b.counts, a.counts);
        for (const [x, y] of b.diagnostics.map((d, i) => [d, a.diagnostics[i]])) {
          assert.doesNotMatch(x.message, /第\d+行/, x.rule);
          assert.notEqual(x.message, y.message, x.rule);
        }
      }
    });

    test("a bad option throws an Error that names it", () => {
      const cases = [
        [{ year: "x" }, "year"],
        [{ frobnicate: 1 }, "frobnicate"],
        [{ limits: { maxRowz: 1 } }, "maxRowz"],
        [{ limits: { maxRows: 0 } }, "limits"],
        [{ rules: { "no-such-rule": "off" } }, "no-such-rule"],
        [{ rules: { "rate-at-least-100": "fatal" } }, "rate-at-least-100"],
        [{ locale: "fr" }, "locale"],
        [{ amountUnit: "美元" }, "amountUnit"],
        [{ satisfactionMin: 101 }, "satisfactionMin"],
        [{ framework: "2019" }, "framework"],
        [{ deadlineRequired: "yes" }, "deadlineRequired"],
        [[], "options"],
        ["zh", "options"],
      ];
      for (const [options, name] of cases) {
        assert.throws(
          () => new Validator(options),
          (e) => e instanceof Error && e.message.includes(name),
          JSON.stringify(options),
        );
      }
      for (const fn of [importText, normalize]) {
        assert.throws(() => fn(fn === importText ? "" : {}, { year: "x" }), /year/);
      }
    });

    const rewrites = (f) => {
      try {
        return typeof f() === "object";
      } catch (e) {
        return e instanceof Error && /cannot read the table/.test(e.message);
      }
    };

    test("input that is not a table never throws", () => {
      const v = new Validator();
      const odd = [null, undefined, 3, "x", [], { indicators: "x" }, { projectName: { a: 1 } },
        { indicators: [null, 3, { value: true }] }, Symbol("s"), () => 1, 10n,
        { get projectName() { throw new Error("a getter that throws"); } }];
      for (const input of odd) {
        const r = v.validate(input);
        assert.ok(Array.isArray(r.diagnostics), String(input));
        assert.ok(Array.isArray(v.validateField(input, "projectName")));
        // Rewriting returns a table, or throws an Error when the input cannot be read whole
        // (a table rebuilt from part of it would lose what was typed).
        assert.ok(rewrites(() => v.applyFixes(input)), String(input));
        assert.ok(rewrites(() => normalize(input)), String(input));
      }
      // The validator still works afterwards.
      assert.ok(byRule(v.validate(shaoxiandui).diagnostics, "rate-at-least-100").length);
    });

    test("wrong types are reported by invalid-input at their path", () => {
      const v = new Validator();
      for (const input of [null, 3, [], "x"]) {
        const { diagnostics } = v.validate(input);
        const found = byRule(diagnostics, "invalid-input");
        assert.equal(found.length, 1, `${JSON.stringify(input)}: ${JSON.stringify(diagnostics)}`);
        assert.equal(found[0].path, "");
        assert.equal(found[0].severity, "error");
      }
      const paths = (input) => byRule(v.validate(input).diagnostics, "invalid-input").map((d) => d.path);
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
      const v = new Validator();
      const row = v.validateField(shaoxiandui, "indicators.4");
      assert.ok(byRule(row, "rate-at-least-100").length);
      assert.ok(row.every((d) => d.path === "indicators.4" || d.path.startsWith("indicators.4.")));
      assert.equal(byRule(v.validateField(shaoxiandui, "indicators.3"), "rate-at-least-100").length, 0);
      assert.deepEqual(
        v.validateField(shaoxiandui, "indicators.4.operator"),
        v.validate(shaoxiandui).diagnostics.filter((d) => d.path === "indicators.4.operator"),
      );
      assert.throws(() => v.validateField(shaoxiandui, "indicators.x"), Error);
    });

    test("applyFixes returns a new table and never mutates its input", () => {
      const v = new Validator();
      const input = structuredClone(shaoxiandui);
      const fixed = v.applyFixes(input);
      assert.deepEqual(input, shaoxiandui, "input untouched");
      assert.notEqual(fixed, input);
      assert.equal(fixed.indicators[4].operator, "＝");
      assert.equal(byRule(v.validate(fixed).diagnostics, "rate-at-least-100").length, 0);

      // Chosen fixes only, a removal (value null) among them.
      const chosen = [
        { fix: { path: "indicators.0", value: null, label: "删除" } },
        { rule: "x", fix: { path: "budget", value: "7", label: "改" } },
        { rule: "no fix here" },
      ];
      const out = v.applyFixes(shaoxiandui, chosen);
      assert.equal(out.indicators.length, shaoxiandui.indicators.length - 1);
      assert.equal(out.indicators[0].name, shaoxiandui.indicators[1].name);
      assert.equal(out.budget, "7");
      assert.equal(out.indicators[3].operator, ">=", "only the chosen fixes");
      assert.deepEqual(v.applyFixes(shaoxiandui, []), shaoxiandui, "no fixes: the same table");
      assert.throws(() => v.applyFixes(shaoxiandui, [{ fix: { path: "nope" } }]), /path/);
      assert.throws(() => v.applyFixes(shaoxiandui, "x"), /array/);
    });

    test("the same table again gives fresh, equal results; a table changed in place is checked again", () => {
      const v = new Validator();
      const t = structuredClone(shaoxiandui);
      const first = v.validate(t);
      const again = v.validate(t);
      assert.deepEqual(again, first);
      assert.notEqual(again, first);
      again.diagnostics.length = 0;
      again.counts.warning = 99;
      assert.deepEqual(v.validate(t), first, "changing a result changes no later result");
      assert.ok(byRule(v.validateField(t, "indicators.4"), "rate-at-least-100").length);
      t.indicators[4].operator = "＝";
      assert.equal(byRule(v.validate(t).diagnostics, "rate-at-least-100").length, 0);
      assert.equal(byRule(v.validateField(t, "indicators.4"), "rate-at-least-100").length, 0);
      t.indicators[4].operator = "≥";
      assert.deepEqual(v.validate(t), first);
    });

    test("one validator fed a run of edits answers as a new validator does for each table", () => {
      // A validator sends what did not change since its last result as references to the
      // objects it keeps; every answer must still be the whole, fresh answer.
      const v = new Validator({ year: 2024 });
      const t = structuredClone(shaoxiandui);
      const edits = [
        () => (t.indicators[4].value += "0"),
        () => (t.indicators[4].value = "100"),
        () => t.indicators.splice(1, 0, { name: "新增指标", value: "95", unit: "%" }),
        () => (t.indicators[0].name = t.indicators[2].name),
        () => t.indicators.splice(0, 2),
        () => (t.overallGoal = "按时完成。"),
        () => (t.projectName = ""),
        () => t.indicators.reverse(),
        () => (t.indicators = []),
        () => (t.indicators = structuredClone(shaoxiandui.indicators)),
      ];
      for (const [i, edit] of edits.entries()) {
        edit();
        const fresh = new Validator({ year: 2024 });
        const got = v.validate(t);
        assert.deepEqual(got, fresh.validate(t), `after edit ${i}`);
        for (const path of ["indicators.0", "indicators.4.value", "overallGoal"]) {
          assert.deepEqual(v.validateField(t, path), fresh.validateField(t, path), `after edit ${i}, ${path}`);
        }
        got.diagnostics.forEach((d) => (d.message = "changed by the caller"));
      }
    });

    test("one validator fed random typing answers as a new validator does, at every step", () => {
      // While a validator holds its last table, JS sends only the texts that changed; edits
      // that change more (a number, a row added or made null, the year, a throwing getter)
      // send the table whole. Each answer must equal a fresh validator's, under the default
      // limits and under limits tight enough that texts are left out.
      let seed = 7;
      const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
      const pick = (xs) => xs[random(xs.length)];
      const CELLS = ["level1", "level2", "name", "operator", "value", "unit", "deadline", "weight", "direction"];
      const TEXTS = ["", "0", "%", "率", "≥", "＝", "100", "95%", "2024年12月", "产出指标", "质量指标", "满意度", "人次", "万元", "--", "好", "\0"];
      const sources = [shaoxiandui, readData("seed-yinshua.json"), readData("good.json")];
      for (const options of [{ year: 2024 }, { limits: { maxInputLength: 300, maxTextLength: 20, maxRows: 12 } }]) {
        const v = new Validator(options);
        let t = structuredClone(sources[0]);
        for (let step = 0; step < 400; step++) {
          const rows = t.indicators;
          const r = rows.length ? random(rows.length) : 0;
          const edit = random(100);
          if (edit < 45 && rows[r]) rows[r][pick(CELLS)] += pick(TEXTS);
          else if (edit < 60 && rows[r]) rows[r][pick(CELLS)] = pick(TEXTS);
          else if (edit < 65 && rows[r]) rows[r] = {};
          else if (edit < 70) t[pick(["projectName", "department", "budget", "overallGoal"])] += pick(TEXTS);
          else if (edit < 73) rows.splice(r, 0, { name: pick(TEXTS), value: pick(TEXTS) });
          else if (edit < 76) rows.splice(r, 1);
          else if (edit < 78 && rows[r]) rows[r].value = random(200);
          else if (edit < 79) rows[r] = null;
          else if (edit < 80) t.year = pick([2024, 2025, "2024", undefined]);
          else if (edit < 81) t = structuredClone(pick(sources));
          else if (edit < 82) {
            const bad = { ...t, get overallGoal() { throw new Error("getter"); } };
            assert.deepEqual(v.validate(bad), new Validator(options).validate(bad), `step ${step}: a throwing getter`);
          }
          const fresh = new Validator(options);
          assert.deepEqual(v.validate(t), fresh.validate(t), `step ${step}`);
          const path = pick(["", "overallGoal", `indicators.${r}`, `indicators.${r}.value`]);
          assert.deepEqual(v.validateField(t, path), fresh.validateField(t, path), `step ${step}, ${path}`);
        }
      }
    });

    test("a table of class instances reads as the same table of plain objects", () => {
      // Own enumerable keys are what is read, whatever the prototype.
      class Row {}
      const careful = (o) => Object.assign(new Row(), o);
      const tables = [...importText(readFileSync(new URL("../data/seed.txt", import.meta.url), "utf8")).tables, shaoxiandui, readData("seed-yinshua.json")];
      tables.push({ year: 2024, budget: 12, indicators: [{ name: "x", value: 95, weight: 100 }, undefined] });
      for (const v of [new Validator(), new English({ framework: "2021" })]) {
        for (const t of tables) {
          const slow = careful({ ...t, indicators: t.indicators.map((r) => (r ? careful(r) : r)) });
          assert.deepEqual(v.validate(t), v.validate(slow), t.projectName);
          assert.deepEqual(v.validateField(t, "indicators.0"), v.validateField(slow, "indicators.0"));
        }
      }
    });

    test("text holding NUL survives both ways across the boundary", () => {
      const v = new Validator();
      const t = { projectName: "p\0q", indicators: [{ level1: "产出指标", name: "a\0b", operator: "≥" }] };
      const { diagnostics, counts } = v.validate(t);
      assert.ok(diagnostics.some((d) => d.message.includes("a\0b")), JSON.stringify(diagnostics));
      assert.equal(counts.error, diagnostics.filter((d) => d.severity === "error").length);
      assert.deepEqual(v.validateField(t, "indicators.0.name"),
        diagnostics.filter((d) => d.path.startsWith("indicators.0.name")));
    });

    test("a removal fix carries value null", () => {
      const v = new Validator();
      const t = structuredClone(shaoxiandui);
      t.indicators.push(structuredClone(t.indicators[0]));
      const removal = v.validate(t).diagnostics.find((d) => d.fix && d.fix.value === null);
      assert.ok(removal, "an exact duplicate row gets a fix that removes it");
      assert.equal(removal.fix.path, "indicators.9");
      assert.equal(v.applyFixes(t, [removal]).indicators.length, 9);
    });

    test("rules() lists every rule with its level and texts in the locale", () => {
      const zh = new Validator().rules();
      const en = new English({ rules: { "rate-at-least-100": "off" } }).rules();
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
      assert.deepEqual(new Validator().normalize(t), n);
    });

    test("importText and importGrid return tables and diagnostics", () => {
      for (const r of [importText("项目(政策)名称\t巡察经费\n"), importGrid([["项目(政策)名称", "巡察经费"], [null, 1.5]])]) {
        assert.ok(Array.isArray(r.tables));
        assert.ok(Array.isArray(r.diagnostics));
        for (const d of r.diagnostics) assert.equal(typeof d.table, "number");
      }
      assert.throws(() => importGrid([[{}]]), /cells/);
      assert.throws(() => importGrid("x"), /cells/);
    });
  });
}
