import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/demo/seed.js';
import { login, openBrowser, startServer, visit } from '../tests/e2e/support/browser.js';

/**
 * Screenshots for the README and for reviewing the design: the start page and "Mijn
 * overzicht" of the demo inwoner, on a phone and on a laptop. Starts the app in-process
 * with the demo gemeente, exactly as the end-to-end tests do, and uses Debian's Chromium.
 *
 *   node --import tsx scripts/screenshot.ts
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'docs', 'screenshots');

const VIEWPORTS = [
  { name: 'telefoon', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const inwoner = DEMO_ACCOUNTS.find((account) => account.rol === 'inwoner');
  if (!inwoner) throw new Error('no demo inwoner');
  const server = await startServer();
  const written: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      const session = await openBrowser({ viewport: { width: viewport.width, height: viewport.height } });
      try {
        const { page } = session;
        await visit(page, `${server.origin}/`);
        const start = path.join(outDir, `start-${viewport.name}.png`);
        await page.screenshot({ path: start, fullPage: true });
        written.push(start);

        const response = await login(page, server.origin, inwoner.email, DEMO_PASSWORD);
        if (new URL(page.url()).pathname !== '/mijn-overzicht' || response.status() !== 200) {
          throw new Error(`logging in as ${inwoner.email} failed (${response.status()} ${page.url()})`);
        }
        const overview = path.join(outDir, `mijn-overzicht-${viewport.name}.png`);
        await page.screenshot({ path: overview, fullPage: true });
        written.push(overview);
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  for (const file of written) process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
