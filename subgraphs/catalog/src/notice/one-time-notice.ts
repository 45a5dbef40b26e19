import { departmentNames, type Department } from "@gongxiang/kit";
import type { ServiceItem } from "../service-item/service-item.type.js";

const LEVELS: Record<string, string> = {
  VILLAGE: "村（社区）便民服务站",
  TOWN: "乡镇（街道）便民服务中心",
  COUNTY: "县级政务服务中心",
  CITY: "市级政务服务中心",
};
const SCOPES: Record<string, string> = {
  SITE: "在户籍所在地的便民服务站办理",
  TOWN: "乡镇（街道）范围内通办",
  COUNTY: "县（区）范围内通办",
  CITY: "市范围内通办",
};
const ROLES: Record<string, string> = {
  agent: "代办员",
  clerk: "经办人员",
  approver: "审批人员",
};

const departmentName = (code: string | null) =>
  code ? (departmentNames[code as Department] ?? code) : "受理站点";

/** The notice's parts, in order: a heading and its lines. */
function sections(item: ServiceItem): [string, string[]][] {
  const accept = item.steps[0];
  return [
    ["事项", [`${item.name}（${item.code}）`, `办理部门：${departmentName(item.department)}`]],
    ["受理条件", [item.acceptanceConditions]],
    [
      "申请材料",
      item.materials.map(
        (m, i) =>
          `${i + 1}. ${m.name}：${
            m.licenceType
              ? "无需提交，由电子证照自动核验"
              : `请携带${m.required ? "" : "（如有）"}，现场扫描留存`
          }${m.originalRequired ? "；需出示原件" : ""}`,
      ),
    ],
    [
      "办理地点",
      [
        `受理：${(accept?.levels ?? []).map((level) => LEVELS[level] ?? level).join("、")}`,
        `通办范围：${SCOPES[item.scope] ?? item.scope}`,
      ],
    ],
    [
      "办理流程",
      item.steps.map(
        (s) =>
          `${s.order}. ${s.name}（${s.levels.map((l) => LEVELS[l] ?? l).join("、")}，${departmentName(s.department)}${ROLES[s.role] ?? s.role}）`,
      ),
    ],
    [
      "办理时限",
      [
        `承诺时限：${item.promisedWorkingDays}个工作日`,
        `法定时限：${item.statutoryWorkingDays}个工作日`,
      ],
    ],
    ["收费标准", [item.feeFen === 0 ? "免费" : `${(item.feeFen / 100).toFixed(2)}元`]],
    ["跑动次数", [`最多跑${item.maxTrips}次`]],
    ["设定依据", [item.legalBasis]],
  ];
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** 一次性告知单: everything a resident must know and bring, once, as text and a printable page. */
export function oneTimeNotice(item: ServiceItem): { text: string; html: string } {
  const parts = sections(item);
  const text = [
    `一次性告知单：${item.name}`,
    ...parts.map(([heading, lines]) => `【${heading}】\n${lines.join("\n")}`),
  ].join("\n\n");
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一次性告知单：${escape(item.name)}</title>
<style>body{font:16px/1.7 "Noto Sans CJK SC",sans-serif;max-width:46em;margin:2em auto;color:#111}
h1{font-size:1.6em;border-bottom:2px solid #b00;padding-bottom:.3em}h2{font-size:1.15em;margin:1.2em 0 .3em}
p{margin:.2em 0}@media print{body{margin:0}}</style></head>
<body><h1>一次性告知单：${escape(item.name)}</h1>
${parts.map(([heading, lines]) => `<h2>${escape(heading)}</h2>\n${lines.map((l) => `<p>${escape(l)}</p>`).join("\n")}`).join("\n")}
</body></html>`;
  return { text, html };
}
