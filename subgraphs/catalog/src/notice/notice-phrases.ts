import { departmentNames, type Department } from "@gongxiang/kit";
import type { Language } from "../service-item/service-item.enums.js";

/** Everything a one-time notice says besides the catalog's own texts, per language. */
export interface NoticePhrases {
  lang: string;
  title: (name: string) => string;
  heading: (heading: string) => string;
  headings: {
    item: string;
    conditions: string;
    materials: string;
    where: string;
    steps: string;
    limits: string;
    fee: string;
    trips: string;
    basis: string;
  };
  department: (code: string | null) => string;
  itemType: Record<string, string>;
  levels: Record<string, string>;
  scopes: Record<string, string>;
  roles: Record<string, string>;
  itemLine: (name: string, code: string) => string;
  who: (department: string, role: string) => string;
  colon: string;
  handledBy: (department: string) => string;
  implementedBy: (body: string) => string;
  typeLine: (type: string) => string;
  byLicence: string;
  bring: (required: boolean) => string;
  original: string;
  acceptAt: (levels: string) => string;
  scope: (scope: string) => string;
  step: (order: number, name: string, levels: string, who: string) => string;
  promised: (days: number) => string;
  statutory: (days: number) => string;
  fee: (fen: number) => string;
  trips: (trips: number) => string;
  list: string;
}

const zh: NoticePhrases = {
  lang: "zh-CN",
  title: (name) => `一次性告知单：${name}`,
  heading: (heading) => `【${heading}】`,
  headings: {
    item: "事项",
    conditions: "受理条件",
    materials: "申请材料",
    where: "办理地点",
    steps: "办理流程",
    limits: "办理时限",
    fee: "收费标准",
    trips: "跑动次数",
    basis: "设定依据",
  },
  department: (code) => (code ? (departmentNames[code as Department] ?? code) : "受理站点"),
  itemType: {
    ADMINISTRATIVE_LICENSING: "行政许可",
    ADMINISTRATIVE_PAYMENT: "行政给付",
    ADMINISTRATIVE_CONFIRMATION: "行政确认",
    ADMINISTRATIVE_LEVY: "行政征收",
    ADMINISTRATIVE_REWARD: "行政奖励",
    ADMINISTRATIVE_RULING: "行政裁决",
    OTHER_ADMINISTRATIVE_POWER: "其他行政权力",
    PUBLIC_SERVICE: "公共服务",
  },
  levels: {
    VILLAGE: "村（社区）便民服务站",
    TOWN: "乡镇（街道）便民服务中心",
    COUNTY: "县级政务服务中心",
    CITY: "市级政务服务中心",
  },
  scopes: {
    SITE: "在户籍所在地的便民服务站办理",
    TOWN: "乡镇（街道）范围内通办",
    COUNTY: "县（区）范围内通办",
    CITY: "市范围内通办",
  },
  roles: { agent: "代办员", clerk: "经办人员", approver: "审批人员" },
  itemLine: (name, code) => `${name}（${code}）`,
  who: (department, role) => `${department}${role}`,
  colon: "：",
  handledBy: (department) => `办理部门：${department}`,
  implementedBy: (body) => `实施主体：${body}`,
  typeLine: (type) => `事项类型：${type}`,
  byLicence: "无需提交，由电子证照自动核验",
  bring: (required) => `请携带${required ? "" : "（如有）"}，现场扫描留存`,
  original: "；需出示原件",
  acceptAt: (levels) => `受理：${levels}`,
  scope: (scope) => `通办范围：${scope}`,
  step: (order, name, levels, who) => `${order}. ${name}（${levels}，${who}）`,
  promised: (days) => `承诺时限：${days}个工作日`,
  statutory: (days) => `法定时限：${days}个工作日`,
  fee: (fen) => (fen === 0 ? "免费" : `${(fen / 100).toFixed(2)}元`),
  trips: (trips) => `最多跑${trips}次`,
  list: "、",
};

const departmentNamesEn: Record<Department, string> = {
  "public-security": "Public Security Bureau",
  "civil-affairs": "Civil Affairs Bureau",
  hrss: "Human Resources and Social Security Bureau",
  "medical-insurance": "Medical Security Bureau",
  "disabled-persons-federation": "Disabled Persons' Federation",
  "data-bureau": "Government Services and Data Administration",
};

const en: NoticePhrases = {
  lang: "en",
  title: (name) => `One-time notice: ${name}`,
  heading: (heading) => `[${heading}]`,
  headings: {
    item: "Service item",
    conditions: "Conditions",
    materials: "What to bring",
    where: "Where",
    steps: "Steps",
    limits: "Time limits",
    fee: "Fee",
    trips: "Visits",
    basis: "Legal basis",
  },
  department: (code) => (code ? (departmentNamesEn[code as Department] ?? code) : "site"),
  itemType: {
    ADMINISTRATIVE_LICENSING: "administrative licensing",
    ADMINISTRATIVE_PAYMENT: "administrative payment",
    ADMINISTRATIVE_CONFIRMATION: "administrative confirmation",
    ADMINISTRATIVE_LEVY: "administrative levy",
    ADMINISTRATIVE_REWARD: "administrative reward",
    ADMINISTRATIVE_RULING: "administrative ruling",
    OTHER_ADMINISTRATIVE_POWER: "other administrative power",
    PUBLIC_SERVICE: "public service",
  },
  levels: {
    VILLAGE: "village or community service station",
    TOWN: "town or street service centre",
    COUNTY: "county government service centre",
    CITY: "city government service centre",
  },
  scopes: {
    SITE: "at the station of your registered residence",
    TOWN: "anywhere in the town",
    COUNTY: "anywhere in the county",
    CITY: "anywhere in the city",
  },
  roles: { agent: "agent", clerk: "clerk", approver: "approver" },
  itemLine: (name, code) => `${name} (${code})`,
  who: (department, role) => `${department} ${role}`,
  colon: ": ",
  handledBy: (department) => `Department: ${department}`,
  implementedBy: (body) => `Implementing body: ${body}`,
  typeLine: (type) => `Type: ${type}`,
  byLicence: "nothing to bring: checked from the e-licence",
  bring: (required) => `bring it${required ? "" : " if you have it"}; it is scanned at the counter`,
  original: "; show the original",
  acceptAt: (levels) => `Accepted at: ${levels}`,
  scope: (scope) => `Handled: ${scope}`,
  step: (order, name, levels, who) => `${order}. ${name} (${levels}, ${who})`,
  promised: (days) => `Promised: ${days} working day${days === 1 ? "" : "s"}`,
  statutory: (days) => `Statutory: ${days} working day${days === 1 ? "" : "s"}`,
  fee: (fen) => (fen === 0 ? "free" : `CNY ${(fen / 100).toFixed(2)}`),
  trips: (trips) =>
    trips === 0 ? "no visit needed" : `at most ${trips} visit${trips === 1 ? "" : "s"}`,
  list: ", ",
};

export const noticePhrases: Record<Language, NoticePhrases> = { ZH: zh, EN: en };
