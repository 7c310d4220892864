import type { Locator, Page } from '@playwright/test';

/** The Lessons tab as a learner uses it: the course list, the open lesson, its checks and hints. */
export class LessonsPage {
  readonly items: Locator;
  readonly progress: Locator;
  readonly view: Locator;
  readonly checks: Locator;
  readonly complete: Locator;
  readonly next: Locator;
  readonly showHint: Locator;
  readonly hints: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByTestId('lessons.item');
    this.progress = page.getByTestId('lessons.progress');
    this.view = page.getByTestId('lesson.view');
    this.checks = page.getByTestId('lesson.check');
    this.complete = page.getByTestId('lesson.complete');
    this.next = page.getByTestId('lesson.next');
    this.showHint = page.getByTestId('lesson.hint.show');
    this.hints = page.getByTestId('lesson.hint');
  }

  /** From the welcome screen: the first lesson, with the Lessons tab open. */
  async startCourse(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('welcome.lessons').click();
    await this.view.waitFor();
  }

  check(label: string | RegExp): Locator {
    return this.checks.filter({ hasText: label });
  }

  failing(): Locator {
    return this.page.locator('[data-testid="lesson.check"][data-pass="false"]');
  }
}
