import type { Page } from "playwright-core";
import { describeInBrowser, openBrowser, type Browser } from "../support/browser.js";
import { startTestHub, type TestHub } from "../support/test-hub.js";
import { checkPage, seeText, signInAs } from "../support/web-app.js";

jest.setTimeout(300_000);

describeInBrowser("the catalog and the counter's weight in Chromium (issue 16)", () => {
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

  it("finds an item in the catalog and shows its materials, rules and steps", async () => {
    await signInAs(page, web, "citizen-pan");
    await page.goto(new URL("/catalog", web).toString());
    await page.fill("#catalog-search", "高龄");
    await page.getByRole("button", { name: "搜索" }).click();
    await page.getByRole("link", { name: "高龄津贴申请" }).click();
    await page.getByRole("heading", { name: "高龄津贴申请", level: 1 }).waitFor();
    await seeText(page, "电子证照 ID_CARD 免提交");
    await seeText(page, "办理流程");
    await checkPage(page, "16-catalog-item");
    await page.goto(new URL("/catalog", web).toString());
    await page.locator("ul.catalog li").first().waitFor();
    await checkPage(page, "17-catalog");
  });

  it("loads the counter page with at most 250 KB of JavaScript, gzipped as served", async () => {
    await page.getByRole("button", { name: "退出" }).click();
    await signInAs(page, web, "agent-houfenglebao");
    // As a first visit would: nothing from the cache, every script as the server sends it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const scripts: { url: string; bytes: number; encoding: string | null }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      const headers = response.headers();
      scripts.push({
        url: response.url(),
        bytes: Number(headers["content-length"]),
        encoding: headers["content-encoding"] ?? null,
      });
    });
    await page.reload();
    await page.locator('input[name="item"]').first().waitFor();
    await page.waitForLoadState("networkidle");
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(scripts.every((s) => s.encoding === "gzip" && s.bytes > 0)).toBe(true);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThanOrEqual(250_000);
  });

  it("starts a case from the keyboard alone", async () => {
    await page.goto(new URL("/counter", web).toString());
    await page.locator('input[name="item"]').first().waitFor();
    const focused = () =>
      page.evaluate(
        "(() => { const e = document.activeElement; return e ? `${e.tagName}:${e.getAttribute('name') ?? ''}` : '' })()",
      ) as Promise<string>;
    // Tab from the top of the page to the first item, as a counter without a mouse would.
    for (let presses = 0; presses < 40 && (await focused()) !== "INPUT:item"; presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await focused()).toBe("INPUT:item");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Space");
    expect(await page.locator('input[name="item"]:checked').count()).toBe(1);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("INPUT:citizenId");
    await page.keyboard.type("130926193604120317");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="case-number"]');
    expect(new URL(page.url()).pathname).toMatch(/^\/counter\/cases\//);
  });

  it("takes a visitor's message in 我有话说 from the keyboard alone", async () => {
    await page.getByRole("button", { name: "退出" }).click();
    await page.goto(new URL("/messages", web).toString());
    await page.locator("#message-item option").nth(1).waitFor({ state: "attached" });
    const focused = () =>
      page.evaluate(
        "(() => { const e = document.activeElement; return e ? `${e.tagName}:${e.id || e.getAttribute('name') || ''}` : '' })()",
      ) as Promise<string>;
    for (let presses = 0; presses < 30 && (await focused()) !== "INPUT:about"; presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await focused()).toBe("INPUT:about");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("SELECT:message-item");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#message-item").inputValue()).not.toBe("");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("TEXTAREA:message-text");
    await page.keyboard.type("请问办理需要本人到场吗？");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("INPUT:message-phone");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await page.getByLabel("同意在去除个人信息后公开我的留言和答复").isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="receipt-secret"]').waitFor();
  });
});
