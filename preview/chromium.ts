/**
 * Debian's Chromium driven by playwright-core (no browser downloads), and pages that may talk to
 * 127.0.0.1 only: every other request is aborted and recorded, as are console errors and uncaught page
 * errors, so a test can fail on any of them.
 */
import { constants } from "fs";
import { access } from "fs/promises";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  try {
    await access(CHROMIUM, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1. */
  outside: string[];
  /** Console errors and uncaught exceptions, in any frame. */
  errors: string[];
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1"]);

export async function guardedPage(browser: Browser, options: PageOptions = {}): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? "light",
    locale: "zh-CN",
    serviceWorkers: "block",
  });
  const outside: string[] = [];
  const errors: string[] = [];
  // The catch-all: anything not on 127.0.0.1 is recorded and aborted.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    let host = "";
    try {
      host = new URL(url).hostname;
    } catch {
      host = "";
    }
    if (LOOPBACK_HOSTS.has(host)) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  return { context, page, outside, errors };
}
