import type { CaseEntity } from "../case/case.entity.js";
import { departmentName } from "../case/department-names.js";

const SIGN = "【共享政务】";

/** What is still needed before the station can accept the case, in the form's own words. */
function outstanding(row: CaseEntity): string[] {
  const fields = row.formFields
    .filter((f) => f.required && (f.value === null || f.value === ""))
    .map((f) => f.label);
  const materials = row.materials
    .filter((m) => m.required && m.status === "OUTSTANDING")
    .map((m) => m.name);
  return [...fields, ...materials];
}

/** The resident's notice of the case's new status, in Chinese, naming departments as residents know them. */
export function statusText(row: CaseEntity, opinion: string | null): string {
  const about = `您的${row.itemName}申请（${row.number}）`;
  const dept = departmentName(row.department);
  switch (row.status) {
    case "DRAFT": {
      const needed = outstanding(row);
      return needed.length
        ? `${SIGN}${about}已登记，尚需补充：${needed.join("、")}。`
        : `${SIGN}${about}已登记，材料齐全，等待受理。`;
    }
    case "REFUSED":
      return `${SIGN}${about}不予受理。原因：${row.refusalRule ? `不符合“${row.refusalRule}”` : "不在受理范围内"}。如有疑问请咨询服务站。`;
    case "ACCEPTED":
      return `${SIGN}${about}已受理，${dept}承诺于${row.deadline ?? "规定期限"}前办结。`;
    case "SUPPLEMENT_REQUIRED":
      return `${SIGN}${about}需补正：${row.supplementRequest?.items.join("、") ?? ""}。${row.supplementRequest?.note ?? ""}`;
    case "REVIEWED":
      return `${SIGN}${about}已通过${dept}审核，等待审批。`;
    case "APPROVED":
      return `${SIGN}${about}已获${dept}批准。`;
    case "REJECTED":
      return `${SIGN}${about}经${dept}审查不予批准${opinion ? `，理由：${opinion}` : ""}。`;
    case "COMPLETED":
      return `${SIGN}${about}已办结${row.resultLicenceIdentifier ? "，电子证照已签发" : ""}。`;
    case "DELIVERED":
      return `${SIGN}${about}的办理结果已送达。`;
    default:
      return `${SIGN}${about}状态已更新。`;
  }
}

export function supervisionText(row: CaseEntity, red: boolean): string {
  return `${SIGN}您的${row.itemName}申请（${row.number}）${red ? "已超过" : "即将到达"}办理期限${row.deadline}，${departmentName(row.department)}正在督办。`;
}

export function followUpAnswerText(row: CaseEntity, answer: string): string {
  return `${SIGN}关于您对${row.number}的评价，${departmentName(row.department)}回复：${answer}`;
}
