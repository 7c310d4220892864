import type { Locator, Page } from '@playwright/test';

/** The "Who can · Escalation" tab, as a person uses it. */
export class AccessPage {
  readonly tab: Locator;
  readonly whoCanMode: Locator;
  readonly escalationMode: Locator;
  readonly action: Locator;
  readonly resource: Locator;
  readonly filter: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly showAll: Locator;
  readonly exportJson: Locator;
  readonly paths: Locator;
  readonly escalationSummary: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByTestId('bottom.tab.access');
    this.whoCanMode = page.getByTestId('access.mode.whoCan');
    this.escalationMode = page.getByTestId('access.mode.escalation');
    this.action = page.getByTestId('whoCan.action');
    this.resource = page.getByTestId('whoCan.resource');
    this.filter = page.getByTestId('whoCan.filter');
    this.rows = page.getByTestId('whoCan.row');
    this.summary = page.getByTestId('whoCan.summary');
    this.showAll = page.getByTestId('whoCan.showAll');
    this.exportJson = page.getByTestId('whoCan.export.json');
    this.paths = page.getByTestId('escalation.path');
    this.escalationSummary = page.getByTestId('escalation.summary');
  }

  async ask(action: string, resource: string): Promise<void> {
    await this.action.fill(action);
    await this.resource.fill(resource);
  }

  row(principal: string): Locator {
    return this.rows.filter({ hasText: principal });
  }
}
