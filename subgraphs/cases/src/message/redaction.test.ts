import { BLANK, blankOut, patternSpans } from "./redaction.js";

const blanked = (text: string) => blankOut(text, patternSpans(text));

it("blanks out numbers however they are written", () => {
  for (const [text, expected] of [
    ["身份证130926193604120317", `身份证${BLANK}`],
    ["号码45080319630000017X。", `号码${BLANK}。`],
    ["电话１３８０３１７１２３４", `电话${BLANK}`],
    ["电话138 0317 1234谢谢", `电话${BLANK}谢谢`],
    ["电话139-7790-1234", `电话${BLANK}`],
    ["座机0317-5021234", `座机${BLANK}`],
    ["生于1936年4月12日", `生于${BLANK}`],
    ["生于１９３６年０４月１２日", `生于${BLANK}`],
    ["生于19360412", `生于${BLANK}`],
    ["住3组12号", `住${BLANK}`],
    ["南江社区8栋2单元301", `南江社区${BLANK}`],
    ["邮箱 a.b@example.cn", `邮箱 ${BLANK}`],
  ]) {
    expect(blanked(text!)).toBe(expected);
  }
});

it("leaves what points at nobody", () => {
  for (const text of ["5个工作日内答复", "2026年的政策", "第2个窗口", "共3份材料"]) {
    expect(blanked(text)).toBe(text);
  }
});
