// Tables of a given number of rows for the benchmarks (scripts/bench-*.mjs): a project whose
// rows cover every level of the 2020 framework, with distinct names, and no finding at all, so
// that what a keystroke changes is only what it typed. As a table (JSON) and as the text
// Excel/WPS put on the clipboard (tab-separated), which the demo's paste reads.
const KINDS = [
  ["产出指标", "数量指标", "完成数量", "≥", "12", "项"],
  ["产出指标", "质量指标", "验收合格率", "≥", "95", "%"],
  ["产出指标", "时效指标", "按时完成率", "≥", "90", "%"],
  ["产出指标", "成本指标", "单位服务成本", "≤", "300", "元/人次"],
  ["效益指标", "社会效益指标", "服务覆盖人次", "≥", "300", "人次"],
];

export function benchTable(rows) {
  const indicators = Array.from({ length: rows - 1 }, (_, i) => {
    const [level1, level2, name, operator, value, unit] = KINDS[i % KINDS.length];
    return { level1, level2, name: `第${i + 1}项服务${name}`, operator, value, unit, deadline: "2024年12月" };
  });
  indicators.push({ level1: "满意度指标", level2: "服务对象满意度指标", name: "居民满意度", operator: "≥", value: "90", unit: "%", deadline: "2024年12月" });
  return {
    year: 2024,
    projectName: "社区综合服务能力提升",
    department: "某区民政局",
    implementingUnit: "某区社区服务中心",
    budget: "480",
    overallGoal: "2024年完成辖区社区服务设施改造和服务项目，提升社区综合服务能力和居民满意度。",
    indicators,
  };
}

/** The table as tab-separated text, as copied from a spreadsheet. */
export function benchTsv(rows) {
  const t = benchTable(rows);
  const lines = [
    `${t.year}年部门预算项目（政策）绩效目标表`,
    `项目(政策)名称\t${t.projectName}`,
    `主管部门\t${t.department}\t实施单位\t${t.implementingUnit}`,
    `预算资金情况\t${t.budget}`,
    `总体目标\t${t.overallGoal}`,
    "一级指标\t二级指标\t三级指标\t运算符号\t指标值\t度量单位\t完成时限",
    ...t.indicators.map((r) => [r.level1, r.level2, r.name, r.operator, r.value, r.unit, r.deadline].join("\t")),
  ];
  return lines.join("\n") + "\n";
}
