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

  /**
   * The open scenario as autosave last wrote it to IndexedDB (null before the first save): a test
   * that reloads waits on it instead of guessing how long a save of a large document takes.
   */
  async savedScenario(): Promise<unknown> {
    return this.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('iam-playground');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const read = <T>(store: string, key: string) =>
              new Promise<T | undefined>((done, fail) => {
                const r = db.transaction(store).objectStore(store).get(key);
                r.onsuccess = () => done(r.result as T | undefined);
                r.onerror = () => fail(r.error);
              });
            void read<{ openId: string | null }>('session', 'current')
              .then((session) => (session?.openId ? read<{ scenario: unknown }>('scenarios', session.openId) : undefined))
              .then((record) => {
                db.close();
                resolve(record?.scenario ?? null);
              }, reject);
          };
        }),
    );
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
