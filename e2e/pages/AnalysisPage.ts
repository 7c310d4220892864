import type { Locator, Page } from '@playwright/test';

/** The bottom panel's analysis tabs and the AWS managed policy picker, as a person uses them. */
export class AnalysisPage {
  readonly findingsTab: Locator;
  readonly findingsCount: Locator;
  readonly findings: Locator;
  readonly effectiveTab: Locator;
  readonly effectivePrincipal: Locator;
  readonly effectiveResource: Locator;
  readonly effectiveFilter: Locator;
  readonly effectiveSummary: Locator;
  readonly effectiveServices: Locator;
  readonly effectiveActions: Locator;
  readonly picker: Locator;
  readonly pickerSearch: Locator;
  readonly pickerOptions: Locator;
  readonly pickerTarget: Locator;
  readonly summaryToggle: Locator;
  readonly summaryServices: Locator;

  constructor(readonly page: Page) {
    this.findingsTab = page.getByTestId('bottom.tab.findings');
    this.findingsCount = page.getByTestId('findings.count');
    this.findings = page.getByTestId('findings.item');
    this.effectiveTab = page.getByTestId('bottom.tab.effective');
    this.effectivePrincipal = page.getByTestId('effective.principal');
    this.effectiveResource = page.getByTestId('effective.resource');
    this.effectiveFilter = page.getByTestId('effective.filter');
    this.effectiveSummary = page.getByTestId('effective.summary');
    this.effectiveServices = page.getByTestId('effective.service');
    this.effectiveActions = page.getByTestId('effective.action');
    this.picker = page.getByTestId('picker.dialog');
    this.pickerSearch = page.getByTestId('picker.search');
    this.pickerOptions = page.getByTestId('picker.option');
    this.pickerTarget = page.getByTestId('picker.target');
    this.summaryToggle = page.getByTestId('summary.toggle');
    this.summaryServices = page.getByTestId('summary.service');
  }

  finding(code: string): Locator {
    return this.page.locator(`[data-testid="findings.item"][data-code="${code}"]`);
  }

  service(prefix: string): Locator {
    return this.page.locator(`[data-testid="effective.service"][data-service="${prefix}"]`);
  }
}
