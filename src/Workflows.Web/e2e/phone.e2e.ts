import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, screenshot, signIn } from './support/browser';

// A case manager on a phone (390 × 844): the task queue and the case list fit the screen's width, with every
// button on screen and Claim big enough to tap. Reads only; claims nothing.
const phone = { width: 390, height: 844 };

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(widths.scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(widths.client);
}

/** Every visible button lies inside the screen's width (the page scrolls down, never sideways). */
async function expectButtonsOnScreen(page: Page): Promise<void> {
  const outside = await page.evaluate((width) => {
    return Array.from(document.querySelectorAll('button'))
      .filter((b) => b.offsetParent !== null)
      .map((b) => ({ text: b.textContent?.trim() ?? '', box: b.getBoundingClientRect() }))
      .filter(({ box }) => box.left < 0 || box.right > width)
      .map(({ text, box }) => `${text} at ${Math.round(box.left)}–${Math.round(box.right)}`);
  }, phone.width);
  expect(outside, `buttons outside the screen on ${page.url()}`).toEqual([]);
}

describe('phone layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a case manager the task queue and the case list at 390 × 844 without sideways scrolling', async () => {
    const { context, page } = await newPage(browser);
    await page.setViewportSize(phone);
    await signIn(page, 'casemanager@astra.local', '/tasks');

    // Texts load per namespace: the menu reads one from another feature's, which must not show as a raw key.
    await expect.poll(() => page.getByRole('navigation').textContent()).not.toContain('search.link');

    // My tasks: stacked cards, Release on screen.
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('row').filter({ hasText: 'Needs assessment' }).first().waitFor();
    await expectNoSidewaysScroll(page);
    await expectButtonsOnScreen(page);
    await screenshot(page, 'phone-tasks-mine');

    // Available tasks: each has a Claim button inside the screen, at least 44 px tall.
    await page.getByRole('tab', { name: /^Available/ }).click();
    const claims = page.getByRole('tabpanel').getByRole('button', { name: /^Claim/ });
    await claims.first().waitFor();
    const count = await claims.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = await claims.nth(i).boundingBox();
      expect(box, `Claim button ${i}`).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    await expectNoSidewaysScroll(page);
    await expectButtonsOnScreen(page);
    await screenshot(page, 'phone-tasks-available');

    // The case list: one card per case, its code a link big enough to tap.
    await page.goto('/cases');
    const firstCase = page.getByRole('link', { name: /^AS-\d{4}-\d+/ }).first();
    await firstCase.waitFor();
    expect((await firstCase.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoSidewaysScroll(page);
    await expectButtonsOnScreen(page);
    await screenshot(page, 'phone-cases');

    await context.close();
  });
});
