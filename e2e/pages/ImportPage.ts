import type { Locator, Page } from '@playwright/test';

export interface DroppedFile {
  name: string;
  /** The file's bytes, as text (UTF-8) — a BOM included if the test wants one. */
  text: string;
}

/** Importing files and exporting for AWS, as a person does it: drag files onto the page, read the report. */
export class ImportPage {
  readonly overlay: Locator;
  readonly progress: Locator;
  readonly report: Locator;
  readonly reportTitle: Locator;
  readonly accounts: Locator;
  readonly errors: Locator;
  readonly closeReport: Locator;

  constructor(readonly page: Page) {
    this.overlay = page.getByTestId('import.dropOverlay');
    this.progress = page.getByTestId('import.progress');
    this.report = page.getByTestId('import.report');
    this.reportTitle = this.report.getByRole('heading', { level: 2 });
    this.accounts = this.report.getByTestId('import.report.account');
    this.errors = this.report.getByTestId('import.report.error');
    this.closeReport = page.getByTestId('import.report.close');
  }

  /** The import worker loads the AWS managed policy catalog (a few MB) before its first answer. */
  async reportShown(): Promise<void> {
    await this.report.waitFor({ state: 'visible', timeout: 20_000 });
  }

  section(kind: 'skipped' | 'note' | 'not-modelled'): Locator {
    return this.report.getByTestId(`import.report.${kind}`);
  }

  /**
   * Drags files over the page as the browser does for files from the desktop: a DataTransfer that
   * carries them, `dragenter` then `dragover` on the element under the pointer. Returns the
   * DataTransfer, for `drop`.
   */
  async dragOver(files: readonly DroppedFile[], target = 'main') {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, files);
    await this.page.dispatchEvent(target, 'dragenter', { dataTransfer });
    await this.page.dispatchEvent(target, 'dragover', { dataTransfer });
    return dataTransfer;
  }

  /** Drags the files over the page and lets go of them. */
  async drop(files: readonly DroppedFile[]): Promise<void> {
    const dataTransfer = await this.dragOver(files);
    await this.overlay.waitFor();
    await this.page.dispatchEvent('[data-testid="import.dropOverlay"]', 'drop', { dataTransfer });
  }
}
