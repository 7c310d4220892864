import type { Locator, Page } from '@playwright/test';

/** The query table as a person sees it. */
export class QueriesPage {
  readonly rows: Locator;
  readonly summary: Locator;
  readonly engineMode: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('query.row');
    this.summary = page.getByTestId('queries.summary');
    this.engineMode = page.getByTestId('engine.mode');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  decisionOf(row: number): Locator {
    return this.rows.nth(row).getByTestId('query.decision');
  }

  expectationOf(row: number): Locator {
    return this.rows.nth(row).getByTestId('query.expectation');
  }
}
