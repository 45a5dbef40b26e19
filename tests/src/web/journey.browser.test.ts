import { readFile } from "node:fs/promises";
import type { Page, Request } from "playwright-core";
import { describeInBrowser, openBrowser, PNG_BYTES, type Browser } from "../support/browser.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { checkPage, seeText, signInAs } from "../support/web-app.js";

const DONG = "130926193604120317";
jest.setTimeout(300_000);

describeInBrowser(
  "the reference counter in Chromium: one case from the village to the resident (issue 16)",
  () => {
    let t: TestHub;
    let browser: Browser;
    let page: Page;
    let web: string;
    let caseId = "";
    let caseNumber = "";
    const requests: Request[] = [];

    beforeAll(async () => {
      t = await startTestHub();
      web = t.hub.web.url;
      browser = await openBrowser();
      page = browser.page;
      page.on("request", (request) => requests.push(request));
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
    });

    it("signs the village agent in from the demo identities", async () => {
      await page.goto(new URL("/sign-in", web).toString());
      await page.waitForSelector("[data-identity]");
      await checkPage(page, "01-sign-in");
      await signInAs(page, web, "agent-houfenglebao");
      expect(new URL(page.url()).pathname).toBe("/counter");
      await seeText(page, "后丰乐堡村便民服务站");
    });

    it("checks the citizen ID as it is typed and starts 董志明's elderly allowance filled from the bases", async () => {
      await page.check('input[name="item"][value="elderly-allowance"]');
      const input = page.locator('input[name="citizenId"]');
      await input.pressSequentially("13092619360412031");
      await seeText(page, "还差 1 位");
      await input.press("8");
      await seeText(page, "校验码不对：应为 7");
      expect(await input.getAttribute("aria-invalid")).toBe("true");
      await expect(page.locator("form.start-case button[type=submit]").isDisabled()).resolves.toBe(
        true,
      );
      await input.press("Backspace");
      await input.press("7");
      await seeText(page, "校验码无误");
      await checkPage(page, "02-counter");

      await page.click("form.start-case button[type=submit]");
      await page.waitForSelector('[data-testid="case-number"]');
      caseNumber = (await page.locator('[data-testid="case-number"]').innerText()).trim();
      caseId = new URL(page.url()).pathname.split("/").pop()!;
      const row = (key: string) => page.locator(`tr[data-field="${key}"]`);
      await expect(row("name").innerText()).resolves.toContain("董志明");
      await expect(row("name").innerText()).resolves.toContain("人口库");
      await expect(row("householdNumber").innerText()).resolves.toContain("130926101216-0012");
      await expect(row("bankAccount").innerText()).resolves.toContain("需手工填写");
      const idCard = page.locator('[data-material="居民身份证"]');
      await expect(idCard.innerText()).resolves.toContain("电子证照");
      await expect(idCard.innerText()).resolves.toContain("印章已验证");
      await expect(page.locator('[data-material="居民户口簿"]').innerText()).resolves.toContain(
        "印章已验证",
      );
      await checkPage(page, "03-counter-case");
    });

    it("types the bank account, uploads the bank card's scan as a stream, accepts and prints the receipt", async () => {
      await page.fill('tr[data-field="bankAccount"] input', "6222020200112345678");
      await page.getByRole("button", { name: "保存手工填写的内容" }).click();
      await seeText(page, "已保存");
      await page.setInputFiles('input[data-upload="银行卡"]', {
        name: "bank-card.png",
        mimeType: "image/png",
        buffer: PNG_BYTES,
      });
      await seeText(page, "“银行卡”已上传");
      // The case reloads after an upload: wait for the material's new state.
      await page.locator('[data-material="银行卡"] .badge').getByText("已上传").waitFor();
      // The scan went to the upload route as the file's own bytes, not base64 inside GraphQL.
      const upload = requests.find((r) => r.url().includes(`/uploads/cases/${caseId}`));
      expect(upload?.method()).toBe("POST");
      expect(upload?.headers()["content-type"]).toBe("image/png");
      expect(requests.some((r) => (r.postData() ?? "").includes("contentBase64"))).toBe(false);

      await page.getByRole("button", { name: "受理", exact: true }).click();
      await seeText(page, "已受理，可打印回执");
      await page.locator('[data-testid="case-status"]').getByText("已受理").waitFor();
      await page.waitForSelector('[data-testid="receipt"]');
      await checkPage(page, "04-counter-accepted");
      await page.emulateMedia({ media: "print" });
      await checkPage(page, "05-receipt-print");
      await page.emulateMedia({ media: "screen" });
    });

    it("lets the town clerk review it with an opinion, each sealed step verified", async () => {
      await page.getByRole("button", { name: "退出" }).click();
      await signInAs(page, web, "clerk-liangjiacun");
      expect(new URL(page.url()).pathname).toBe("/office");
      // The clerk's inbox names the case and what it waits for from a town clerk.
      const task = page.locator(`table.tasks [data-task="${caseNumber}"]`);
      await task.waitFor();
      expect(await task.innerText()).toContain("审核");
      await page
        .getByRole("link", { name: /130926101216-/ })
        .first()
        .click();
      await page.waitForSelector('[data-testid="seal-summary"]');
      await expect(page.locator('[data-testid="seal-summary"]').innerText()).resolves.toMatch(
        /全部 \d+ 个办理环节的印章均已验证/,
      );
      await checkPage(page, "06-office-case");
      await page.fill("#opinion", "材料齐全，符合条件");
      await page.getByRole("button", { name: "审核通过" }).click();
      await seeText(page, "已审核通过");
      await page.locator('[data-testid="case-status"]').getByText("已审核").waitFor();
      await page.goto(new URL("/office", web).toString());
      await page.waitForSelector("table.list");
      await checkPage(page, "07-office-queue");
    });

    it("lets the county approver approve and complete it", async () => {
      await page.getByRole("button", { name: "退出" }).click();
      await signInAs(page, web, "approver-suning");
      await page.goto(new URL(`/office/cases/${caseId}`, web).toString());
      await page.waitForSelector('[data-testid="seal-summary"]');
      await page.fill("#opinion", "同意");
      await page.getByRole("button", { name: "批准", exact: true }).click();
      await seeText(page, "已批准");
      await page.getByRole("button", { name: "办结" }).click();
      await seeText(page, "已办结");
      await page.locator('[data-testid="case-status"]').getByText("已办结").waitFor();
      // Every step's seal, the completion's included, verified again.
      await page
        .locator('[data-testid="seal-summary"]')
        .getByText("全部 7 个办理环节的印章均已验证")
        .waitFor();
      await checkPage(page, "08-office-completed");
    });

    it("shows 董志明 his case's progress and who read his data, on the kiosk view and in English", async () => {
      await page.getByRole("button", { name: "退出" }).click();
      await signInAs(page, web, "citizen-dong");
      expect(new URL(page.url()).pathname).toBe("/me");
      expect(await page.evaluate("document.body.classList.contains('kiosk')")).toBe(true);
      const mine = page.locator(".my-case").filter({ hasText: "高龄津贴申请" });
      await mine.waitFor();
      const text = await mine.innerText();
      expect(text).toContain("已办结");
      for (const step of ["受理", "审核", "审批", "办结"]) expect(text).toContain(step);
      const usage = page.locator("table.usage");
      await usage.waitFor();
      const uses = await usage.innerText();
      expect(uses).toContain("民政局");
      // Readable entries: the reader, the purpose in words and the case by its number.
      expect(uses).toContain(caseNumber);
      expect(uses).toContain("高龄津贴申请");
      // The text messages about the case, and every use of the data with its proof, to keep.
      await page.locator("#my-notices ~ ul.notices li", { hasText: caseNumber }).first().waitFor();
      await checkPage(page, "09-resident-kiosk");
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "下载我的访问记录与证明" }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe("usage.json");
      const exported = JSON.parse(await readFile((await saved.path())!, "utf8")) as {
        data: { myDataUsage: { edges: { node: { summary: string; proof: unknown } }[] } };
      };
      expect(exported.data.myDataUsage.edges.length).toBeGreaterThan(0);
      expect(exported.data.myDataUsage.edges[0]!.node.summary).toContain("高龄津贴申请");
      expect(exported.data.myDataUsage.edges[0]!.node).toHaveProperty("proof");

      await page.getByRole("button", { name: "English" }).click();
      await seeText(page, "Who used my data");
      expect(await page.evaluate("document.documentElement.lang")).toBe("en");
      await checkPage(page, "10-resident-english");
      await page.getByRole("button", { name: "中文" }).click();
    });

    it("lets 董志明 write about his own case in 我有话说 and find it under his messages", async () => {
      await page.getByRole("link", { name: "我有话说" }).click();
      await page.getByRole("heading", { name: "我有话说", level: 1 }).waitFor();
      await page.check('input[name="about"][value="CASE"]');
      await page.locator("#message-case").selectOption(caseId);
      await page.fill("#message-text", "津贴已经收到，谢谢村里的代办员上门服务。");
      await page.getByRole("button", { name: "提交留言" }).click();
      const done = page.locator('[data-testid="message-receipt"]');
      await done.waitFor();
      const number = /LY\d+/.exec(await done.innerText())![0];
      // A resident's messages are theirs by the token: no receipt code to keep.
      expect(await page.locator('[data-testid="receipt-secret"]').count()).toBe(0);
      await page.getByRole("link", { name: "我的" }).click();
      await page.locator(`#my-messages ~ ul.messages [data-message="${number}"]`).waitFor();
    });

    it("gives each user only their own pages: a resident cannot open the counter", async () => {
      await page.goto(new URL("/counter", web).toString());
      await page.waitForSelector("h1.page-title");
      expect(new URL(page.url()).pathname).toBe("/me");
      // And the hub itself refuses what the page would not show: a resident starting a case.
      const dong = await t.token({ sub: DONG, roles: ["citizen"] });
      const refused = await t.query(
        `mutation { startCase(input: { itemCode: "elderly-allowance", applicantCitizenId: "${DONG}", idempotencyKey: "kiosk-1" }) { id } }`,
        { token: dong },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  },
);
