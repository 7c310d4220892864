import type { Locator, Page } from '@playwright/test';

/** The query list as a person sees it, and the way a person brings a scenario file in. */
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

  /** Imports a scenario file through the top bar's Import button, as a user would. */
  async importFile(path: string): Promise<void> {
    await this.page.getByTestId('file.input').setInputFiles(path);
  }

  decisionOf(row: number): Locator {
    return this.rows.nth(row).getByTestId('query.decision');
  }
}
