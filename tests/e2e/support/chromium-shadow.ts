/**
 * Closed shadow roots in Chromium through the DevTools protocol: `DOM.getDocument` with `pierce`
 * serialises them, and a node id is what a trusted mouse click or a focus is aimed at.
 */
import type { CDPSession, Page } from 'playwright-core';
import { type DomNode } from './closed-shadow';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function toDomNode(n: CdpNode): DomNode {
  const attrs: Record<string, string> = {};
  for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) attrs[n.attributes![i]!] = n.attributes![i + 1]!;
  return {
    ref: String(n.nodeId),
    name: n.nodeType === 3 ? '#text' : n.nodeType === 11 ? '#shadow-root' : (n.localName ?? '').toLowerCase(),
    attrs,
    value: n.nodeType === 3 ? (n.nodeValue ?? '') : '',
    children: [...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])].map(toDomNode),
    shadow: n.shadowRoots?.[0] ? toDomNode(n.shadowRoots[0]) : null,
  };
}

export class ChromiumShadow {
  private session?: CDPSession;

  constructor(private readonly page: Page) {}

  private async cdp(): Promise<CDPSession> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    return this.session;
  }

  /** The whole document, closed shadow trees included. Node refs stay valid until the next call. */
  async document(): Promise<DomNode> {
    const { root } = (await (await this.cdp()).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return toDomNode(root);
  }

  private async centre(node: DomNode): Promise<{ x: number; y: number }> {
    const cdp = await this.cdp();
    const nodeId = Number(node.ref);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const at = async () => {
      const { quads } = (await cdp.send('DOM.getContentQuads', { nodeId })) as { quads: number[][] };
      const q = quads[0];
      if (!q) throw new Error('the element is not rendered');
      return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
    };
    // Where the element has stopped moving, as a person waits for a button to stop before pressing it: a click
    // aimed where it was a moment ago (an overlay above just grew after an action) lands on something else.
    let last = await at();
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = await at();
      if (now.x === last.x && now.y === last.y) return now;
      last = now;
    }
    return last;
  }

  /** A real mouse click (the browser marks it as a person's: isTrusted). */
  async click(node: DomNode, clickCount = 1): Promise<void> {
    const { x, y } = await this.centre(node);
    await this.page.mouse.click(x, y, { clickCount });
  }

  async focus(node: DomNode): Promise<void> {
    await (await this.cdp()).send('DOM.focus', { nodeId: Number(node.ref) });
  }

  /** Runs `fn` with the node (a closed shadow root is handed over by reference, like DevTools does). */
  async call<T>(node: DomNode, fn: string): Promise<T> {
    const cdp = await this.cdp();
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: Number(node.ref) })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn})(this); }`,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  }
}
