// 指标体系 of the two frameworks (same as the library's src/taxonomy.rs), for the dropdowns.
// 2020: 财预〔2020〕10号 lineage (cost under output); 2021: 财预〔2021〕101号 (cost at level 1).
export const TAXONOMY = {
  2020: [
    ["产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
  2021: [
    ["产出指标", ["数量指标", "质量指标", "时效指标"]],
    ["成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]],
    ["效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]],
    ["满意度指标", ["服务对象满意度指标"]],
  ],
};

/** Level-1 names of a framework. */
export function level1s(framework) {
  return TAXONOMY[framework].map(([l1]) => l1);
}

/** Level-2 names under `level1` (all of the framework's when level 1 is blank or unknown). */
export function level2s(framework, level1) {
  const hit = TAXONOMY[framework].find(([l1]) => l1 === level1);
  return hit ? hit[1] : TAXONOMY[framework].flatMap(([, l2]) => l2);
}

/** The rows a new table starts with, as portals pre-fill them. */
export function templateRows(framework) {
  const rows =
    framework === "2021"
      ? [
          ["产出指标", "数量指标"],
          ["产出指标", "质量指标"],
          ["产出指标", "时效指标"],
          ["成本指标", "经济成本指标"],
          ["效益指标", "社会效益指标"],
          ["满意度指标", "服务对象满意度指标"],
        ]
      : [
          ["产出指标", "数量指标"],
          ["产出指标", "质量指标"],
          ["产出指标", "时效指标"],
          ["产出指标", "成本指标"],
          ["效益指标", "社会效益指标"],
          ["满意度指标", "服务对象满意度指标"],
        ];
  return rows.map(([level1, level2]) => ({
    level1, level2, name: "", operator: "", value: "", unit: "", deadline: "",
  }));
}

export const OPERATORS = ["≥", "＞", "＝", "＜", "≤", "定性"];
