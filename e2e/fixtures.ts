import { test as base, expect } from '@playwright/test';

/**
 * Every test fails if the page asks for anything outside localhost: the app must work offline,
 * with nothing fetched from a CDN.
 */
export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page }, use) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url());
      });
      await use();
      expect(outside, 'requests outside localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
