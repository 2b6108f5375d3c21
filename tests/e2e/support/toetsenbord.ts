import type { Page } from 'playwright-core';
import { tabTo } from './regie.js';

/**
 * Chooses option `index` (0-based) of a radio group with the keyboard: Tab into the group (it
 * lands on the checked option, or the first), then the arrow keys, which move and check.
 */
export async function kiesMetToetsenbord(page: Page, name: string, index: number) {
  const inGroep = () =>
    page.evaluate((n) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el.name !== n) return -1;
      return Array.from(document.querySelectorAll(`input[name="${n}"]`)).indexOf(el);
    }, name);
  let plek = -1;
  for (let presses = 0; presses < 80 && plek === -1; presses++) {
    await page.keyboard.press('Tab');
    plek = await inGroep();
  }
  if (plek === -1) throw new Error(`Tab did not reach the radio group ${name}`);
  const toets = index > plek ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(index - plek); i++) await page.keyboard.press(toets);
  // Already on the right option but not checked (nothing was chosen yet): Space checks it.
  if (!(await page.locator(`input[name="${name}"]`).nth(index).isChecked()))
    await page.keyboard.press('Space');
}

/** Tabs to a text field and replaces what is there with `tekst`. */
export async function typMetToetsenbord(page: Page, veldId: string, tekst: string) {
  await tabTo(page, page.locator(`#${veldId}`));
  // Replace what is there (the second run finds the first run's answer): select all, then type.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(tekst);
}
