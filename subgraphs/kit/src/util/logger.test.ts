import { createLogger } from "./logger.js";

describe("the logger", () => {
  it("leaves out a request's credentials and its signed caller context", () => {
    const lines: string[] = [];
    const logger = createLogger("test", "info", { write: (line: string) => lines.push(line) });
    logger.info(
      {
        req: {
          headers: {
            authorization: "Bearer token",
            // A context vouching for a case carries its applicant's citizen ID.
            "x-gongxiang-caller": "eyJhbGciOiJFZERTQSJ9.context.signature",
            host: "127.0.0.1",
          },
        },
      },
      "request",
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ req: { headers: { host: "127.0.0.1" } } });
    expect(lines[0]).not.toContain("Bearer");
    expect(lines[0]).not.toContain("eyJhbGciOiJFZERTQSJ9");
  });
});
