import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

// What "works on a phone" means for a page at 390 × 844 (issue 21): the document never scrolls sideways, every
// visible control lies inside the screen's width, and buttons, selects and text fields are at least 44 px tall.

export const phone = { width: 390, height: 844 };

/** Screenshots of each page at phone size, kept as test artefacts (git-ignored with the rest of test-results/). */
export const phoneShotDir = resolve(import.meta.dirname, '../../test-results/phone');

export async function phoneShot(page: Page, name: string): Promise<void> {
  mkdirSync(phoneShotDir, { recursive: true });
  await page.screenshot({ path: join(phoneShotDir, `${name}.png`), fullPage: true });
}

/**
 * The faults of the page as it is now, as readable lines (empty when it fits). `scrollers` names wrappers whose content
 * may scroll sideways inside them (admin tables): controls inside those are left out of the width check.
 */
export async function phoneFaults(page: Page, { scrollers = [] as string[], minTarget = 44 } = {}): Promise<string[]> {
  return page.evaluate(
    ({ width, scrollers, minTarget }) => {
      const faults: string[] = [];
      const root = document.scrollingElement ?? document.documentElement;
      if (root.scrollWidth > root.clientWidth) faults.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
      const name = (el: Element) => {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const id = el.id ? `#${el.id}` : '';
        return `<${el.tagName.toLowerCase()}${id}> "${text || (el as HTMLInputElement).name || (el as HTMLInputElement).type}"`;
      };
      const shown = (el: HTMLElement) => {
        if (el.closest('.visually-hidden, .skip-link, [hidden], [aria-hidden="true"]')) return false;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') return false;
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && (el.offsetParent !== null || style.position === 'fixed');
      };
      const controls = Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], summary')).filter(shown);
      for (const el of controls) {
        if (scrollers.length > 0 && el.closest(scrollers.join(','))) continue;
        const box = el.getBoundingClientRect();
        if (box.left < -0.5 || box.right > width + 0.5) faults.push(`${name(el)} is outside the screen at ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
      // Touch targets: buttons, selects and text fields (inline links in running text are exempt, as in WCAG 2.5.8).
      const targets = controls.filter((el) => {
        if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'hidden', 'file'].includes(el.type);
        return el instanceof HTMLButtonElement || el instanceof HTMLSelectElement || el.tagName === 'SUMMARY';
      });
      for (const el of targets) {
        const box = el.getBoundingClientRect();
        if (box.height < minTarget - 0.5) faults.push(`${name(el)} is ${Math.round(box.height)} px tall`);
      }
      return faults;
    },
    { width: phone.width, scrollers, minTarget },
  );
}
