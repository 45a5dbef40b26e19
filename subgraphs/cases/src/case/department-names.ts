import type { Department } from "@gongxiang/kit";

/** How a department is named to residents: in notices, and on the licences it issues. */
export const DEPARTMENT_NAMES: Record<Department, string> = {
  "public-security": "公安部门",
  "civil-affairs": "民政部门",
  hrss: "人力资源和社会保障部门",
  "medical-insurance": "医疗保障部门",
  "disabled-persons-federation": "残疾人联合会",
  "data-bureau": "数据管理部门",
};

export function departmentName(code: string): string {
  return (DEPARTMENT_NAMES as Record<string, string>)[code] ?? "主管部门";
}
