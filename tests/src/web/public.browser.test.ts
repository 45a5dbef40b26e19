import type { Page } from "playwright-core";
import { describeInBrowser, openBrowser, type Browser } from "../support/browser.js";
import { insertCases } from "../support/case-fixture.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { checkPage, seeText, signInAs } from "../support/web-app.js";

jest.setTimeout(300_000);

interface MonthRow {
  month: string;
  received: number | null;
  approved: number | null;
  refused: number | null;
  completed: number | null;
  completedOnTime: number | null;
}

describeInBrowser(
  "阳光红页 in Chromium: a visitor reads an item's notice and results and writes; the department answers (issue 16)",
  () => {
    let t: TestHub;
    let browser: Browser;
    let page: Page;
    let web: string;
    let number = "";
    let receipt = "";

    beforeAll(async () => {
      t = await startTestHub({
        env: { MESSAGES_PER_ADDRESS_PER_DAY: "1", ACCESS_LOG_CHECKPOINT_INTERVAL_MS: "200" },
      });
      // December 2026, whatever the date: October and November are closed months. October: six
      // cases completed and two refused (too few to publish); November: one draft.
      t.hub.subgraphs.cases.deps.clock.moveTo("2026-12-10");
      await insertCases(
        t,
        Array.from({ length: 9 }, (_, i) => ({
          itemCode: "elderly-allowance",
          itemName: "高龄津贴申请",
          department: "civil-affairs",
          applicant: `1309261936041${String(i).padStart(5, "0")}`,
          site: "130926101216",
          created:
            i === 8
              ? "2026-11-03T10:00:00+08:00"
              : `2026-10-${String(12 + i).padStart(2, "0")}T10:00:00+08:00`,
          ...(i < 6
            ? {
                status: "COMPLETED",
                accepted: `2026-10-${String(12 + i).padStart(2, "0")}`,
                completed: "2026-10-23",
                deadline: "2026-10-30",
                rating: 5,
              }
            : i < 8
              ? {
                  status: "REFUSED",
                  reason: "not eligible: aged 80 or over on the application date",
                }
              : { status: "DRAFT" }),
        })),
      );
      web = t.hub.web.url;
      browser = await openBrowser();
      page = browser.page;
    });
    afterAll(async () => {
      await browser?.close();
      await t?.stop();
    });

    it("shows a visitor without signing in the catalog, an item and its one-time notice", async () => {
      await page.goto(new URL("/catalog", web).toString());
      await page.locator("ul.catalog li").first().waitFor();
      expect(await page.locator('[data-testid="who"]').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe("/catalog");
      await checkPage(page, "20-public-catalog");

      await page.getByRole("link", { name: "高龄津贴申请" }).click();
      await page.getByRole("heading", { name: "高龄津贴申请", level: 1 }).waitFor();
      await seeText(page, "电子证照 ID_CARD 免提交");
      await seeText(page, "办理流程");
      await seeText(page, "5 个工作日");
      await checkPage(page, "21-public-item");

      await page.getByRole("link", { name: "一次性告知单" }).click();
      const notice = page.locator('[data-testid="notice-text"]');
      await notice.waitFor();
      const text = await notice.innerText();
      expect(text).toContain("一次性告知单：高龄津贴申请");
      expect(text).toContain("居民身份证：无需提交，由电子证照自动核验");
      // The printable page the hub composes, to save or print.
      const printable = page.getByRole("link", { name: "下载可打印页面" });
      expect(await printable.getAttribute("href")).toMatch(/^blob:/);
      expect(await printable.getAttribute("download")).toBe("elderly-allowance-notice.html");
      await checkPage(page, "22-public-notice");

      // In English the catalog's English texts and the notice's own phrases, Chinese otherwise.
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("heading", { name: "One-time notice: Old-age allowance" }).waitFor();
      await notice.filter({ hasText: "Type: administrative payment" }).waitFor();
      expect(await notice.innerText()).toContain(
        "Resident identity card: nothing to bring: checked from the e-licence",
      );
      await checkPage(page, "33-public-notice-english");
      await page.getByRole("link", { name: /Back to the item/ }).click();
      await page.getByRole("heading", { name: "Old-age allowance", level: 1 }).waitFor();
      await seeText(page, "Administrative payment");
      await page.getByRole("button", { name: "中文" }).click();
      await page.getByRole("heading", { name: "高龄津贴申请", level: 1 }).waitFor();
    });

    it("shows the results month by month as the hub discloses them: a withheld cell is never a number", async () => {
      await page.goto(new URL("/catalog/elderly-allowance/results", web).toString());
      await page.getByRole("heading", { name: /高龄津贴申请/, level: 1 }).waitFor();
      await checkPage(page, "23-public-results");
      const answer = await t.query<{
        disclosedResults: { minimumCount: number; months: MonthRow[] } | null;
      }>(
        `{ disclosedResults(itemCode: "elderly-allowance") { minimumCount months { month received approved refused completed completedOnTime } } }`,
      );
      const months = answer.data!.disclosedResults!.months;
      // The fixture's October: six completed shown, two refused withheld.
      const october = months.find((row) => row.month === "2026-10");
      expect(october).toMatchObject({ received: 8, completed: 6, refused: null });
      for (const row of months) {
        const cells = await page
          .locator(`tr[data-month="${row.month}"] td`)
          .evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent ?? ""));
        const shown = (value: number | null) =>
          value === null ? "<5不足公示数（少于 5 件，不公布）" : String(value);
        expect(cells).toEqual(
          [row.received, row.approved, row.refused, row.completed, row.completedOnTime].map(shown),
        );
      }
      // Figures: each published one is a value or withheld, never a made-up zero.
      const figures = await page.locator("[data-figure] dd").allInnerTexts();
      expect(figures.length).toBe(8);
      for (const figure of figures) expect(figure).not.toBe("0");

      // October's figures rest on six cases: published as computed.
      await page.locator("#figures-month").selectOption("2026-10");
      await page.locator('[data-figure="AVERAGE_RATING"] dd', { hasText: "5.0" }).waitFor();
      // A period of whole months: October alone.
      await page.fill("#results-from", "2026-10");
      await page.fill("#results-to", "2026-10");
      await page.getByRole("button", { name: "查看", exact: true }).click();
      await page.locator('tr[data-month="2026-11"]').waitFor({ state: "detached" });
      expect(await page.locator("tr[data-month]").count()).toBe(1);

      await page.getByRole("button", { name: "English" }).click();
      // The item's name as the catalog has it in English.
      await page
        .getByRole("heading", { name: /Results and outcomes.*Old-age allowance/, level: 1 })
        .waitFor();
      await checkPage(page, "24-public-results-english");
      await page.getByRole("button", { name: "中文" }).click();
    });

    it("takes a visitor's message with a contact phone, and says plainly when today's are used up", async () => {
      await page.goto(new URL("/catalog/elderly-allowance", web).toString());
      await page.getByRole("link", { name: "对本事项留言（我有话说）" }).click();
      await page.getByRole("heading", { name: "我有话说", level: 1 }).waitFor();
      expect(new URL(page.url()).search).toBe("?item=elderly-allowance");
      await page.locator("#message-item option", { hasText: "高龄津贴申请" }).waitFor({
        state: "attached",
      });
      expect(await page.locator("#message-item").inputValue()).toBe("elderly-allowance");
      // A visitor may not write about a case: only a signed-in resident has one.
      expect(await page.locator('input[name="about"][value="CASE"]').count()).toBe(0);
      await page.fill(
        "#message-text",
        "请问八十岁以上老人的高龄津贴每月几号发放？我的电话 13912345678，可以回电。",
      );
      await page.fill("#message-phone", "13912345678");
      await page.getByLabel("同意在去除个人信息后公开我的留言和答复").check();
      await checkPage(page, "25-public-message-form");
      await page.getByRole("button", { name: "提交留言" }).click();
      const done = page.locator('[data-testid="message-receipt"]');
      await done.waitFor();
      number = /LY\d+/.exec(await done.innerText())![0];
      receipt = (await page.locator('[data-testid="receipt-secret"]').innerText()).trim();
      expect(receipt.length).toBeGreaterThan(20);
      await seeText(page, "民政局");
      await checkPage(page, "26-public-message-sent");

      await page.getByRole("button", { name: "再写一条" }).click();
      await page.locator("#message-item").selectOption("elderly-allowance");
      await page.fill("#message-text", "再问一次：发放日期能否提前？");
      await page.getByRole("button", { name: "提交留言" }).click();
      await page.locator('[data-testid="message-limit"]').waitFor();
      await seeText(page, "今天的留言已达上限");
    });

    it("lets the department answer in its inbox, with the writer's leave to publish", async () => {
      await signInAs(page, web, "clerk-liangjiacun");
      await page.getByRole("link", { name: "留言办理" }).click();
      const message = page.locator(`[data-message="${number}"]`);
      await message.waitFor();
      const text = await message.innerText();
      expect(text).toContain("13912345678"); // the department reads the contact phone
      expect(text).toContain("同意");
      await checkPage(page, "27-office-messages");
      await message
        .getByLabel(`答复留言 ${number}`)
        .fill("高龄津贴每月 10 日前发放到社保卡，如有疑问可拨打民政局电话。");
      expect(await message.getByRole("checkbox").isChecked()).toBe(true);
      await message.getByRole("button", { name: "提交答复" }).click();
      await seeText(page, `留言 ${number} 已答复`);
      await page.getByRole("button", { name: "已答复" }).click();
      await page.locator(`[data-message="${number}"]`).getByText("已公开").waitFor();
      await page.getByRole("button", { name: "退出" }).click();
    });

    it("publishes the answer with the phone blanked, and lets the visitor rate it by the receipt", async () => {
      await page.goto(new URL("/messages", web).toString());
      const published = page.locator(`.messages [data-message="${number}"]`);
      await published.waitFor();
      const text = await published.innerText();
      expect(text).toContain("高龄津贴每月 10 日前发放到社保卡");
      expect(text).not.toContain("13912345678");
      expect(text).toContain("〔已隐去〕");
      // How the department answers: one message received, answered on time, none overdue.
      const civil = page.locator('tr[data-department="civil-affairs"] td');
      await civil.first().getByText("1", { exact: true }).waitFor();
      expect(await civil.allInnerTexts()).toEqual(["1", "1", "0", "—"]);

      await page.fill("#receipt", receipt);
      await page.getByRole("button", { name: "查看", exact: true }).click();
      const mine = page.locator(`article[data-message="${number}"]`);
      await mine.getByText("高龄津贴每月 10 日前发放到社保卡").waitFor();
      await mine.getByRole("button", { name: "非常满意" }).click();
      await mine.getByText("您的评价：5 分").waitFor();
      await checkPage(page, "28-public-messages");
      // What is published names nobody: only the receipt's holder sees their own words whole.
      expect(await page.locator("ul.messages").innerText()).not.toMatch(/13912345678/);
    });

    it("lists the access log's signed checkpoints for anyone to keep", async () => {
      // A resident reads their own record: the population base logs it, a checkpoint follows.
      const dong = await t.token({ sub: "130926193604120317", roles: ["citizen"] });
      await t.query(`{ personByCitizenId(citizenId: "130926193604120317") { name } }`, {
        token: dong,
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await page.goto(new URL("/checkpoints", web).toString());
      await page.locator("table.checkpoints tbody tr").first().waitFor();
      const partitions = await page
        .locator("table.checkpoints tbody tr")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-partition") ?? ""));
      expect(partitions.every((p) => /^(population|licences|cases)\/\d{4}-\d{2}$/.test(p))).toBe(
        true,
      );
      await checkPage(page, "29-public-checkpoints");
    });
  },
);
