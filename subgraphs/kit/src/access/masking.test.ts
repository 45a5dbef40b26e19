import { maskValue } from "./masking.js";

describe("masking rules", () => {
  it("masks as the sharing rules show", () => {
    expect(maskValue("PHONE", "13803171234")).toBe("138****1234");
    expect(maskValue("CITIZEN_ID", "450803196311050173")).toBe("4508031963******73");
    expect(maskValue("NAME", "李文华")).toBe("李*华");
    expect(maskValue("NAME", "王五")).toBe("王*");
    expect(maskValue("DATE", "1936-04-12")).toBe("1936-**-**");
    expect(maskValue("ADDRESS", "河北省沧州市肃宁县梁家村镇后丰乐堡村3组12号")).toBe(
      "河北省沧州市肃宁县****",
    );
  });

  it("leaves null alone and never returns a short value in full", () => {
    expect(maskValue("PHONE", null)).toBeNull();
    expect(maskValue("PHONE", "1234")).toBe("****");
  });
});
