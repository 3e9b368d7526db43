/**
 * Closed shadow roots in Firefox through WebDriver BiDi: `browsingContext.locateNodes` serialises them
 * (`includeShadowTree: 'all'`), and a node's shared id is what a trusted pointer action, a focus or a
 * function call is aimed at.
 */
import type { Browser, Page } from 'puppeteer-core';
import { type DomNode } from './closed-shadow';

interface BidiNode {
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

function toDomNode(n: BidiNode): DomNode {
  const v = n.value;
  return {
    ref: n.sharedId ?? '',
    name: v?.nodeType === 3 ? '#text' : v?.nodeType === 11 ? '#shadow-root' : (v?.localName ?? '').toLowerCase(),
    attrs: v?.attributes ?? {},
    value: v?.nodeType === 3 ? (v.nodeValue ?? '') : '',
    children: (v?.children ?? []).map(toDomNode),
    shadow: v?.shadowRoot ? toDomNode(v.shadowRoot) : null,
  };
}

export class FirefoxShadow {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  private get connection(): BidiConnection {
    // Puppeteer's BiDi browser exposes its WebDriver BiDi connection for commands it has no API for.
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  /** The test tab's browsing context. */
  private async context(): Promise<string> {
    const { result } = await this.connection.send('browsingContext.getTree', { maxDepth: 0 });
    const contexts = result.contexts as { context: string; url: string }[];
    const url = this.page.url();
    const found = contexts.find((c) => c.url === url) ?? contexts[0];
    if (!found) throw new Error('no browsing context');
    return found.context;
  }

  /** Our hosts (overlays, panel) with their closed shadow trees. */
  async hosts(selector: string): Promise<DomNode[]> {
    const { result } = await this.connection.send('browsingContext.locateNodes', {
      context: await this.context(),
      locator: { type: 'css', value: selector },
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 40 },
    });
    return (result.nodes as BidiNode[]).map(toDomNode);
  }

  /** Runs `fn` with the node in the page (a closed shadow root is handed over by reference). */
  async call<T>(node: DomNode, fn: string): Promise<T> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: fn,
      arguments: [{ sharedId: node.ref }],
      target: { context: await this.context() },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    return (result.result as { value: T }).value;
  }

  /** A real pointer click (the browser marks it as a person's: isTrusted). */
  async click(node: DomNode, clickCount = 1): Promise<void> {
    await this.call(node, '(el) => el.scrollIntoView({ block: "center" })');
    const press = [{ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
    await this.connection.send('input.performActions', {
      context: await this.context(),
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: node.ref } } },
            ...Array.from({ length: clickCount }, () => press).flat(),
          ],
        },
      ],
    });
    await this.connection.send('input.releaseActions', { context: await this.context() });
  }

  async focus(node: DomNode): Promise<void> {
    await this.call(node, '(el) => el.focus()');
  }
}
