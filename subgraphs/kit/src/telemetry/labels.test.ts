import { OperationLabels, outcomeLabel } from "./labels.js";

describe("metric labels", () => {
  it("keeps a client's operation name and the gateway's subgraph operations under it", () => {
    const labels = new OperationLabels("population");
    expect(labels.label("PersonCard")).toBe("PersonCard");
    expect(labels.label("PersonCard__population__0")).toBe("PersonCard");
    expect(labels.label("PersonCard__licences__1")).toBe("PersonCard__licences__1");
    expect(labels.label(undefined)).toBe("anonymous");
  });

  it("never turns an identifier into a label", () => {
    const labels = new OperationLabels();
    expect(labels.label("Q130926193604120317")).toBe("invalid");
    expect(labels.label("call13812341234")).toBe("invalid");
    expect(labels.label("not a name")).toBe("invalid");
    expect(labels.label("x".repeat(81))).toBe("invalid");
  });

  it("bounds how many distinct operations one service reports", () => {
    const labels = new OperationLabels();
    for (let i = 0; i < 200; i++)
      expect(labels.label(`Op${String.fromCharCode(97 + (i % 26))}${i}`)).not.toBe("other");
    expect(labels.label("OneTooMany")).toBe("other");
    expect(labels.label("Opa0")).toBe("Opa0");
  });

  it("reports outcomes as codes only", () => {
    expect(outcomeLabel(undefined)).toBe("OK");
    expect(outcomeLabel("RATE_LIMITED")).toBe("RATE_LIMITED");
    expect(outcomeLabel("citizen 130926193604120317 not found")).toBe("INTERNAL_SERVER_ERROR");
  });
});
