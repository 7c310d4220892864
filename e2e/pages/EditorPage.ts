import type { Locator, Page } from '@playwright/test';

/** The policy editor panel as a person uses it: tabs, the document picker, Monaco, status, Format. */
export class EditorPage {
  readonly panel: Locator;
  readonly tabs: Locator;
  readonly activeTab: Locator;
  readonly status: Locator;
  readonly warnings: Locator;
  readonly formatButton: Locator;
  readonly picker: Locator;
  readonly editor: Locator;
  /** Monaco's squiggles for error markers (syntax, schema, engine). */
  readonly errorSquiggles: Locator;
  /** The highlight of a statement revealed from an explanation. */
  readonly revealed: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('editor.panel');
    this.tabs = this.panel.getByTestId('editor.tab');
    this.activeTab = this.panel.locator('[data-testid="editor.tab"][aria-current="true"]');
    this.status = this.panel.getByTestId('editor.status');
    this.warnings = this.panel.getByTestId('editor.warnings');
    this.formatButton = this.panel.getByTestId('editor.format');
    this.picker = this.panel.getByTestId('editor.open');
    this.editor = this.panel.locator('.monaco-editor').first();
    this.errorSquiggles = this.panel.locator('.monaco-editor .squiggly-error');
    this.revealed = this.panel.locator('.monaco-editor .iam-revealed-statement');
  }

  tab(title: string | RegExp): Locator {
    return this.tabs.filter({ hasText: title });
  }

  closeButton(title: string | RegExp): Locator {
    return this.panel.getByRole('button', { name: typeof title === 'string' ? `Close ${title}` : title });
  }

  /** Waits until Monaco (a lazily loaded chunk) is on screen with a document in it. */
  async ready(): Promise<void> {
    await this.editor.waitFor();
    await this.status.waitFor();
  }

  /** Opens a document from the "Open…" list by the name it is shown under. */
  async openDocument(label: string): Promise<void> {
    await this.picker.selectOption({ label });
    await this.activeTab.filter({ hasText: label }).waitFor();
    await this.ready();
  }

  /** Clicks into the editor and replaces the whole text by typing it, key by key. */
  async replaceText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    // Typing `{` over a selection would wrap it (auto-surround); delete it first.
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /**
   * Replaces the text in one input, as a paste does: one edit of the document, however slow the
   * machine. (Typed key by key, auto-closed brackets make valid JSON on the way — `{}` — and a
   * pause longer than the editor's debounce writes it as an edit of its own.)
   */
  async pasteText(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Clicks into the first visible line (the middle of a long document would scroll it). */
  async focus(): Promise<void> {
    await this.editor.click({ position: { x: 120, y: 8 } });
  }

  /** Puts the cursor at the end of a (1-based) line. */
  async goToEndOfLine(line: number): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('End');
  }

  async format(): Promise<void> {
    await this.formatButton.click();
  }

  /**
   * The text of a line on screen. Monaco recycles its line elements in any DOM order, so a line is
   * found by matching its vertical position to the line number's in the gutter.
   */
  async lineText(line: number): Promise<string | null> {
    return this.editor.evaluate((root, wanted) => {
      const top = (el: Element) => (el instanceof HTMLElement ? el.style.top : '');
      const gutter = [...root.querySelectorAll('.margin-view-overlays > div')].find((el) => el.textContent?.trim() === String(wanted));
      const row = gutter && [...root.querySelectorAll('.view-lines > .view-line')].find((el) => top(el) === top(gutter));
      return row ? (row.textContent ?? '').replace(/\u00a0/g, ' ') : null;
    }, line);
  }
}
