import type { Page } from "playwright-core";
import { screenshot, seriousViolations } from "./browser.js";

/** Signs in through the development sign-in page as one of demo/identities.json. */
export async function signInAs(page: Page, webUrl: string, identity: string): Promise<void> {
  await page.goto(new URL("/sign-in", webUrl).toString());
  await page.click(`[data-identity="${identity}"]`);
  await page.waitForSelector('[data-testid="who"]');
  await page.waitForSelector("h1.page-title");
}

/** Waits until the page shows `text` somewhere (a visible element containing it). */
export async function seeText(page: Page, text: string, within = "main"): Promise<void> {
  await page.locator(within).getByText(text, { exact: false }).first().waitFor();
}

/**
 * A page as a user leaves it: axe-core finds no serious or critical violation, and a
 * screenshot is saved under the given name.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  // Loading states settle first: every "loading" line gone. A selector, not an expression: the
  // production app's CSP (no unsafe-eval) refuses the eval that polling an expression needs.
  await page.locator(".loading").first().waitFor({ state: "detached" });
  const violations = await seriousViolations(page);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  await screenshot(page, name);
}
