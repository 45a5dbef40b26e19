import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Caller, CaseVouch } from "../auth/caller.js";
import { CALLER_CONTEXT_HEADER } from "../auth/caller-context.js";
import { createLogger } from "../util/logger.js";
import { CasePurposes } from "./case-purposes.js";

const CASE = "0b7e0c1c-5c1a-4f43-9a55-2f1f8f0b9d11";
const OTHER = "6a0f3c1e-8f1d-4a7b-b1e1-0c6b1f2d3e4f";
const CLOSED = "1d2c3b4a-0000-4000-8000-00000000c105";
const UNKNOWN = "1d2c3b4a-0000-4000-8000-0000000000f0";
const SHARED = "1d2c3b4a-0000-4000-8000-0000000005a1";
const LATER = "1d2c3b4a-0000-4000-8000-00000000017e";
let server: http.Server;
let url: string;
const asked: { path?: string; context?: string | string[] }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push({ path: req.url, context: req.headers[CALLER_CONTEXT_HEADER] });
    // Answers late, so that askers overlap; the department is the one the context names.
    setTimeout(() => {
      const [dept, detail] = String(req.headers[CALLER_CONTEXT_HEADER]).split(":");
      if (detail === "refused") return res.writeHead(401).end();
      if (detail === "failing") return res.writeHead(500).end();
      const caseId = req.url!.split("/").pop();
      if (caseId === UNKNOWN) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          caseId,
          open: caseId !== CLOSED,
          department: dept,
          applicant: "130926193604120317",
          itemCode: "elderly-allowance",
          number: "130926101216-20261203-0001",
        }),
      );
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => (asked.length = 0));

const log = createLogger("test", "silent");

describe("case purposes", () => {
  it("asks the cases base once for the bases of one process asking at the same time", async () => {
    const population = new CasePurposes(url, log);
    const licences = new CasePurposes(url, log);
    const answers = await Promise.all([
      population.confirm(CASE, "civil-affairs", "civil-affairs:population"),
      licences.confirm(CASE, "civil-affairs", "civil-affairs:licences"),
      licences.confirm(CASE, "civil-affairs", "civil-affairs:licences"),
    ]);
    expect(asked).toHaveLength(1);
    for (const answer of answers) expect(answer).toMatchObject({ caseId: CASE });
    // Kept: asked again within two seconds, it is not asked again.
    await population.confirm(CASE, "civil-affairs", "civil-affairs:population");
    expect(asked).toHaveLength(1);
  });

  it("never shares an answer between departments or cases", async () => {
    const purposes = new CasePurposes(url, log);
    const [own, other, otherCase] = await Promise.all([
      purposes.confirm(OTHER, "civil-affairs", "civil-affairs:population"),
      purposes.confirm(OTHER, "hrss", "hrss:population"),
      purposes.confirm(CASE, "hrss", "hrss:population"),
    ]);
    expect(asked).toHaveLength(3);
    expect(own).toMatchObject({ caseId: OTHER });
    expect(other).toMatchObject({ caseId: OTHER });
    expect(otherCase).toMatchObject({ caseId: CASE });
    // Each asked with its own caller's context.
    expect(asked.map((a) => a.context).sort()).toEqual([
      "civil-affairs:population",
      "hrss:population",
      "hrss:population",
    ]);
  });

  it("counts a closed or an unknown case for nothing", async () => {
    const purposes = new CasePurposes(url, log);
    expect(await purposes.confirm(CLOSED, "civil-affairs", "civil-affairs:population")).toBeNull();
    expect(await purposes.confirm(UNKNOWN, "civil-affairs", "civil-affairs:population")).toBeNull();
  });

  it("never hands one asker's refusal to another, nor keeps it", async () => {
    const population = new CasePurposes(url, log);
    const licences = new CasePurposes(url, log);
    // The first asker's context is refused; the second, in flight at once, asks again alone.
    const [refused, own] = await Promise.all([
      population.confirm(SHARED, "civil-affairs", "civil-affairs:refused"),
      licences.confirm(SHARED, "civil-affairs", "civil-affairs:licences"),
    ]);
    expect(refused).toBeNull();
    expect(own).toMatchObject({ caseId: SHARED });
    expect(asked).toHaveLength(2);
    // A failing base's answer is not kept: the next asker asks again.
    expect(await population.confirm(LATER, "civil-affairs", "civil-affairs:failing")).toBeNull();
    expect(
      await population.confirm(LATER, "civil-affairs", "civil-affairs:population"),
    ).toMatchObject({ caseId: LATER });
    expect(asked).toHaveLength(4);
  });

  it("counts for nothing when the cases base cannot be reached", async () => {
    const unreachable = new CasePurposes("http://127.0.0.1:1", log);
    const answers = await Promise.all([
      unreachable.confirm(CASE, "civil-affairs", "civil-affairs:population"),
      unreachable.confirm(CASE, "civil-affairs", "civil-affairs:population"),
    ]);
    expect(answers).toEqual([null, null]);
  });

  describe("a vouch in the signed context", () => {
    const VOUCHED = "1d2c3b4a-0000-4000-8000-0000000000b1";
    const ANOTHER = "1d2c3b4a-0000-4000-8000-0000000000b3";
    const caller = (vouch: Partial<CaseVouch>, purpose = `case:${VOUCHED}`): Caller => ({
      sub: "agent",
      dept: "civil-affairs",
      roles: ["agent"],
      site: "130926101216",
      purpose,
      casePurpose: {
        caseId: VOUCHED,
        department: "civil-affairs",
        applicant: "450803198802290242",
        itemCode: "senior-card",
        number: "130926101216-20261203-0009",
        until: Date.now() + 10_000,
        ...vouch,
      },
    });

    it("stands for the cases base's answer while in time: nobody is asked", async () => {
      const purposes = new CasePurposes(url, log);
      expect(await purposes.forCaller(caller({}), "civil-affairs:population")).toEqual({
        caseId: VOUCHED,
        itemCode: "senior-card",
        applicant: "450803198802290242",
        number: "130926101216-20261203-0009",
      });
      expect(asked).toHaveLength(0);
    });

    it("is not taken out of time, for another case or for another department: the base is asked", async () => {
      const purposes = new CasePurposes(url, log);
      const expired = await purposes.forCaller(
        caller({ until: Date.now() - 1 }),
        "civil-affairs:population",
      );
      // The cases base's own answer (its applicant, not the vouch's).
      expect(expired).toMatchObject({ caseId: VOUCHED, applicant: "130926193604120317" });
      const otherCase = await purposes.forCaller(
        caller({ caseId: OTHER, until: Date.now() + 10_000 }),
        "civil-affairs:population",
      );
      expect(otherCase).toMatchObject({ caseId: VOUCHED, applicant: "130926193604120317" });
      expect(
        await purposes.forCaller(
          caller({ caseId: ANOTHER, department: "hrss" }, `case:${ANOTHER}`),
          "civil-affairs:population",
        ),
      ).toMatchObject({ caseId: ANOTHER, applicant: "130926193604120317" });
      expect(asked.map((a) => a.path)).toEqual([
        `/case-purposes/${VOUCHED}`,
        `/case-purposes/${ANOTHER}`,
      ]);
    });

    it("means nothing without a case purpose", async () => {
      const purposes = new CasePurposes(url, log);
      expect(
        await purposes.forCaller(caller({}, "item:senior-card"), "civil-affairs:population"),
      ).toBeNull();
      expect(asked).toHaveLength(0);
    });
  });
});
