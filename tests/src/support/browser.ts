import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { pngScan } from "./case-flow.js";

/**
 * The browser tests drive Debian's Chromium (apt-get install chromium; .ci/run installs it),
 * never a browser downloaded by npm (CHROMIUM_PATH names another build of it). Where there is
 * none, they are skipped, saying why.
 */
const CANDIDATES = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const CHROMIUM = CANDIDATES.find((candidate) => existsSync(candidate));

export const browserMissing = CHROMIUM
  ? null
  : `browser tests skipped: no Chromium at ${CANDIDATES[0]} (apt-get install chromium)`;

/** `describe` when Chromium is here, else `describe.skip` with the reason printed once. */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserMissing) {
    console.warn(browserMissing);
    describe.skip(`${name} (${browserMissing})`, body);
  } else {
    describe(name, body);
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh headless Chromium with an empty profile and no background networking. */
export async function openBrowser(options: { locale?: string } = {}): Promise<Browser> {
  if (!CHROMIUM) throw new Error(browserMissing!);
  const profile = await mkdtemp(path.join(tmpdir(), "gongxiang-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      if (problems.length) throw new Error(`the page threw: ${problems.join("; ")}`);
    },
  };
}

const REPO = path.resolve(__dirname, "../../..");
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page as it is and returns the serious and critical violations. The
 * script is evaluated through the DevTools protocol, so the page's CSP stays as strict as in
 * production.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    `axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Saves a screenshot of the page: under .data/screenshots by default, or in the repository's
 * web/screenshots when SCREENSHOTS_DIR says so (`npm run screenshots`), so a test run leaves
 * the work tree as it was.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(REPO, process.env.SCREENSHOTS_DIR ?? ".data/screenshots");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await writeFile(file, await page.screenshot({ fullPage: true }));
  return file;
}

/** A real PNG: what a phone camera's scan stands in for (the hub checks its structure). */
export const PNG_BYTES = pngScan();
