import type { Locator, Page } from '@playwright/test';

/** The playground as a person sees it: top bar, welcome, sidebar, queries. */
export class AppPage {
  readonly title: Locator;
  readonly queryRows: Locator;
  readonly summary: Locator;
  readonly notice: Locator;
  readonly scenarioItems: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('scenario.title');
    this.queryRows = page.getByTestId('query.row');
    this.summary = page.getByTestId('queries.summary');
    this.notice = page.getByTestId('notice');
    this.scenarioItems = page.getByTestId('scenarios.item');
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
  }

  async openExample(index: number): Promise<void> {
    await this.page.getByTestId('welcome.example').nth(index).click();
    await this.queryRows.first().waitFor();
  }

  decision(row: number): Locator {
    return this.queryRows.nth(row).getByTestId('query.decision');
  }

  async selectQuery(row: number): Promise<void> {
    await this.queryRows.nth(row).click();
  }

  field(name: 'name' | 'principal' | 'action' | 'resource' | 'expect'): Locator {
    return this.page.getByTestId(`query.form.${name}`);
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('history.undo').click();
  }

  async redo(): Promise<void> {
    await this.page.getByTestId('history.redo').click();
  }
}
