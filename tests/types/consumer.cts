// A CommonJS TypeScript consumer (node16, require).
import jixiao = require("jixiao");
import importer = require("jixiao/import");
import lifecycle = require("jixiao/lifecycle");
const form = new jixiao.Form();
const c: jixiao.Change = form.load({});
const r: jixiao.ValidationResult = jixiao.validate({ indicators: [] });
const i: importer.ImportResult = importer.importText("");
const se: lifecycle.ValidationResult = lifecycle.validate({ stage: "selfEvaluation", totalScore: "90", indicators: [] });
export = r.counts.error + c.added.length + i.tables.length + se.counts.error;
