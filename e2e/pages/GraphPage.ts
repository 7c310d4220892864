import { expect, type Locator, type Page } from '@playwright/test';

export type AddableKind = 'User' | 'Group' | 'Role' | 'Policy' | 'Resource';

/** The graph panel as a person uses it: the toolbar, nodes and their handles, edges, the status line. */
export class GraphPage {
  readonly panel: Locator;
  readonly nodes: Locator;
  readonly edges: Locator;
  readonly message: Locator;
  readonly renameInput: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('graph.panel');
    this.nodes = page.getByTestId('graph.node');
    this.edges = page.getByTestId('graph.edge');
    this.message = page.getByTestId('graph.message');
    this.renameInput = page.getByTestId('graph.node.renameInput');
  }

  /** The welcome screen's "empty scenario" button, then the graph. */
  async openEmpty(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('welcome.empty').click();
    await this.panel.waitFor();
  }

  async openExample(index: number): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('welcome.example').nth(index).click();
    await this.nodes.first().waitFor();
  }

  /** The "fit view" control: brings every node into view (only visible nodes are rendered). */
  async fitView(): Promise<void> {
    // Once the graph is drawn (right after a reload it is not yet), laid out and fitted as it opens:
    // the view it opens with would otherwise replace this one.
    await expect(this.page.locator('.react-flow__node').first()).toBeAttached({ timeout: 30_000 });
    await expect(this.page.getByTestId('graph.layouting')).toHaveCount(0, { timeout: 30_000 });
    await this.page.locator('.react-flow__controls-fitview').click();
  }

  node(name: string): Locator {
    return this.page.locator(`[data-testid="graph.node"][data-name="${name}"]`);
  }

  edgesOf(kind: 'member' | 'attached' | 'boundary' | 'assume' | 'resourcePolicy' | 'orgPolicy'): Locator {
    return this.page.locator(`[data-testid="graph.edge"][data-kind="${kind}"]`);
  }

  /** Creates a node with the toolbar and names it in the field that opens on it. */
  async add(kind: AddableKind, name: string): Promise<void> {
    await this.page.getByTestId(`graph.toolbar.add${kind}`).click();
    await this.renameInput.fill(name);
    await this.renameInput.press('Enter');
    await expect(this.node(name)).toBeVisible();
    // The view pans to a node created off-screen; wait for it to come to rest before aiming at it.
    await settled(this.node(name));
  }

  /** Drags a connection with the mouse, from one node's output handle to another's input handle. */
  async connect(from: string, to: string): Promise<void> {
    const start = await centre(this.node(from).getByTestId('graph.node.out'));
    const end = await centre(this.node(to).getByTestId('graph.node.in'));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 30, start.y + 10, { steps: 4 });
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drags a node by its name by (dx, dy) screen pixels. */
  async drag(name: string, dx: number, dy: number): Promise<void> {
    const grip = await centre(this.node(name).getByTestId('graph.node.name'));
    await this.page.mouse.move(grip.x, grip.y);
    await this.page.mouse.down();
    await this.page.mouse.move(grip.x + dx / 2, grip.y + dy / 2, { steps: 5 });
    await this.page.mouse.move(grip.x + dx, grip.y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Where a node sits in flow coordinates relative to its parent box (React Flow's transform), zoom-independent. */
  async flowPosition(name: string): Promise<{ x: number; y: number }> {
    const transform = await this.node(name).evaluate((el) => (el.closest('.react-flow__node') as HTMLElement).style.transform);
    const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
    if (!match) throw new Error(`no position in ${transform}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  async rename(from: string, to: string): Promise<void> {
    await this.node(from).getByTestId('graph.node.name').dblclick();
    await this.renameInput.fill(to);
    await this.renameInput.press('Enter');
    await expect(this.node(to)).toBeVisible();
  }

  /** Clicks an edge (its line, not the arrowhead) to select it. */
  async selectEdge(edge: Locator): Promise<void> {
    const box = await edge.boundingBox();
    if (!box) throw new Error('edge not drawn');
    // A bezier passes through the middle of its bounding box.
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/** Resolves once the element stops moving (two frames apart, the same box). */
async function settled(locator: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await locator.boundingBox());
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [50, 50, 100, 100, 200] },
    )
    .toBe(true);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
