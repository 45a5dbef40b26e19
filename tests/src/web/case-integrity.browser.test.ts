import type { Page } from "playwright-core";
import { describeInBrowser, openBrowser, type Browser } from "../support/browser.js";
import { CASE, caseFlow, type CaseView } from "../support/case-flow.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { checkPage, seeText, signInAs } from "../support/web-app.js";

const DONG = "130926193604120317";
// 黄丽萍, registered in another county: the elderly allowance is handled within the county.
const HUANG = "450803198802290242";
const VILLAGE = "130926101216"; // 后丰乐堡村便民服务站, agent-houfenglebao's station
jest.setTimeout(300_000);

describeInBrowser(
  "cases a department can stand behind, in Chromium: refusal as a result, attestation, a conflict reloaded (issues 16, 17)",
  () => {
    let t: TestHub;
    let browser: Browser;
    let page: Page;
    let web: string;

    beforeAll(async () => {
      t = await startTestHub();
      web = t.hub.web.url;
      browser = await openBrowser();
      page = browser.page;
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
    });

    it("shows the counter a refused case as a result naming the rule, never the applicant's values", async () => {
      await signInAs(page, web, "agent-houfenglebao");
      await page.check('input[name="item"][value="elderly-allowance"]');
      await page.fill('input[name="citizenId"]', HUANG);
      await page.click("form.start-case button[type=submit]");
      const refusal = page.locator('[data-testid="refusal"]');
      await refusal.waitFor();
      const text = await refusal.innerText();
      expect(text).toContain("不予受理");
      expect(text).toContain("scope COUNTY");
      // The rule, never her data: no ID, birth date or name.
      expect(text).not.toMatch(/450803|1988|黄丽萍/);
      await checkPage(page, "30-counter-refused");
      await page.getByRole("button", { name: "退出" }).click();
    });

    it("lets the clerk attest a rule the data cannot decide, and reloads on a conflict", async () => {
      // The agent starts and accepts a pension enrolment: hrss reads nothing yet (its grant is
      // only requested), so its rules are manual checks and the station types the form in.
      const flow = caseFlow(t);
      const agent = await flow.agentAt(VILLAGE, "hrss");
      let c: CaseView = (
        await flow.startCase(agent, "resident-pension-enrolment", DONG, "dong-pension")
      ).data!.startCase;
      expect(c.eligibility[0]).toMatchObject({ manualCheck: true, outcome: "UNDECIDED" });
      const values: Record<string, string> = {
        name: "董志明",
        citizenId: DONG,
        gender: "MALE",
        birthDate: "1936-04-12",
        address: "河北省沧州市肃宁县梁家村镇后丰乐堡村3组12号",
        phone: "13803171234",
      };
      for (const key of c.formFields
        .filter((f) => f.manual && f.value === null)
        .map((f) => f.key)) {
        const filled = await flow.fill(agent, c, key, values[key] ?? "1");
        expect(filled.errors).toBeUndefined();
        c = filled.data!.setCaseFields;
      }
      for (const material of c.materials.filter((m) => m.status === "OUTSTANDING")) {
        c = (await flow.upload(agent, c, material.name)).data!.uploadMaterial;
      }
      const accepted = await flow.act(agent, "decideCase", c.id, c.version, ", decision: ACCEPT");
      expect(accepted.errors).toBeUndefined();
      c = accepted.data!.decideCase!;

      await signInAs(page, web, "clerk-suning-hrss");
      await page.goto(new URL(`/office/cases/${c.id}`, web).toString());
      const rule = page.locator('[data-rule="0"]');
      await rule.waitFor();
      expect(await rule.getAttribute("data-outcome")).toBe("UNDECIDED");
      await checkPage(page, "31-office-attest");

      // Meanwhile the station records the applicant's phone: the page's version is stale.
      const contact = await t.query<{ setCaseContact: { version: number } }>(
        `mutation { setCaseContact(id: "${c.id}", expectedVersion: ${c.version}, phone: "13912345678") { version } }`,
        { token: agent },
      );
      expect(contact.errors).toBeUndefined();
      await rule.getByLabel("核验说明（必填）").fill("申请人本人到场，核验户口簿原件");
      await rule.getByRole("button", { name: "核验符合" }).click();
      await seeText(page, "案件已被他人更新，请刷新后重试");
      await page.getByRole("link", { name: "重新加载本页" }).click();
      await rule.waitFor();
      await rule.getByLabel("核验说明（必填）").fill("申请人本人到场，核验户口簿原件");
      await rule.getByRole("button", { name: "核验符合" }).click();
      await page.locator('[data-rule="0"][data-outcome="ATTESTED_HOLDS"]').waitFor();
      await seeText(page, "申请人本人到场，核验户口簿原件");
      await checkPage(page, "32-office-attested");
      const stored = await t.query<{ case: { eligibility: { outcome: string }[] } }>(
        `{ case(id: "${c.id}") { ${CASE} } }`,
        { token: await flow.official("clerk", "130926", "hrss") },
      );
      expect(stored.data!.case.eligibility[0]!.outcome).toBe("ATTESTED_HOLDS");
    });
  },
);
