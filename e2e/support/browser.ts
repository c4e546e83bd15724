import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import CHROMIUM from './chromium.json';

/**
 * Debian's chromium, never a downloaded browser, with no sandbox (root in a container), no GPU and
 * nothing it would fetch or update on its own: chromium.json, which the measuring scripts read too.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
}

/**
 * A new browser context signed in as this account (through the API, which sets the session cookie
 * the web client reads), at this viewport.
 */
export async function signedInContext(
  browser: Browser,
  url: string,
  credentials: { email: string; password: string },
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const res = await context.request.post(`${url}/graphql`, {
    data: {
      query: 'mutation ($i: SignInInput!) { signIn(input: $i) { user { id } } }',
      variables: { i: credentials },
    },
  });
  if (!(await res.text()).includes('"signIn"')) throw new Error(`could not sign in as ${credentials.email}`);
  return context;
}

const AXE = join(require.resolve('axe-core/package.json'), '..', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page against WCAG 2.0 and 2.1, levels A and AA, and answers the violations
 * whose impact is serious or critical, each with the elements it found (empty: the page passes).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: AXE }).catch(async (e: Error) => {
      // the app's Content-Security-Policy (script-src 'self') refuses an inline <script>: the same file
      // is evaluated through the DevTools protocol instead, which the policy does not govern
      if (!/Content Security Policy/i.test(e.message)) throw e;
      await page.evaluate(readFileSync(AXE, 'utf8'));
    });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.slice(0, 300)),
      }));
  });
}

interface AxeApi {
  run(
    context: Document,
    options: unknown,
  ): Promise<{
    violations: {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; failureSummary?: string }[];
    }[];
  }>;
}

/** How far the page is wider than the window (0: no sideways scrolling). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
