/**
 * The words a resident reads the access log in (Chinese): departments, roles, data items and
 * outcomes by their names instead of their codes.
 */

export const DEPARTMENT_NAMES: Record<string, string> = {
  "public-security": "公安局",
  "civil-affairs": "民政局",
  hrss: "人力资源和社会保障局",
  "medical-insurance": "医疗保障局",
  "disabled-persons-federation": "残疾人联合会",
  "data-bureau": "政务服务和数据管理局",
};

export const ROLE_NAMES: Record<string, string> = {
  agent: "代办员",
  clerk: "经办人员",
  approver: "审批人员",
  issuer: "发证人员",
  "data-officer": "数据管理员",
  auditor: "审计人员",
  citizen: "本人",
};

export const BASE_NAMES: Record<string, string> = {
  population: "人口基础库",
  licences: "电子证照库",
  cases: "办件库",
};

/** Data items by their labels; licence types come from the catalog's classification. */
export const DATA_ITEM_LABELS: Record<string, string> = {
  "Person.id": "户籍记录编号",
  "Person.citizenId": "公民身份号码",
  "Person.name": "姓名",
  "Person.gender": "性别",
  "Person.birthDate": "出生日期",
  "Person.age": "年龄",
  "Person.ethnicity": "民族",
  "Person.address": "住址",
  "Person.divisionCode": "户籍所在地区划",
  "Person.phone": "手机号码",
  "Person.maritalStatus": "婚姻状况",
  "Person.status": "户籍状态",
  "Person.deathDate": "死亡日期",
  "Person.relationToHead": "与户主关系",
  "Person.household": "所在户",
  "Person.licences": "电子证照",
  "Household.number": "户号",
  "Household.divisionCode": "户所在地区划",
  "Household.address": "户地址",
  "Household.head": "户主",
  "Household.members": "户成员",
  "Case.applicant": "申请人",
  "Case.applicantCitizenId": "申请人身份号码",
  "Case.formFields": "办件表单内容",
  "Case.materials": "办件材料",
  "Case.history": "办件经过",
};

const OUTCOME_TEXT: Record<string, string> = {
  FULL: "已提供",
  MASKED: "已提供（部分遮蔽）",
  VERIFY: "仅核验是否一致，未提供内容",
  UNAUTHORIZED_FIELD_OR_TYPE: "未获授权，已拒绝",
  PURPOSE_REQUIRED: "未说明用途，已拒绝",
  RATE_LIMITED: "核验次数超限，已拒绝",
  FORBIDDEN: "无权查看，已拒绝",
};

/** Whether the outcome let something out (a value, masked or not, or a yes/no answer). */
export const RELEASED = new Set(["FULL", "MASKED", "VERIFY"]);

export function outcomeText(outcome: string): string {
  return OUTCOME_TEXT[outcome] ?? `已拒绝（${outcome}）`;
}

/** The Chinese name at the head of a classification's description: "居民身份证 (resident...)". */
export function chineseName(description: string | undefined): string | null {
  const head = description?.split(/[ (（:：]/)[0]?.trim();
  return head && /\p{Script=Han}/u.test(head) ? head : null;
}
