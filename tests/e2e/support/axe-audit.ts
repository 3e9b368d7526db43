/**
 * axe-core on the overlays, the same in both browsers. Their shadow roots are closed: for the audit each
 * root is handed to the page as `host.shadowRoot` through the browser's tooling (DevTools in Chromium,
 * WebDriver BiDi in Firefox), which no page script can do; then axe runs in the page on our hosts only.
 */
import { OVERLAY_TAG, PANEL_TAG } from './closed-shadow';

export interface AxeFinding {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

/** Called with a closed shadow root (by reference): lets axe see it from the page. */
export const EXPOSE_ROOT = "(root) => Object.defineProperty(root.host, 'shadowRoot', { get: () => root, configurable: true }) && true";

export const AUDIT_TAGS = [OVERLAY_TAG, PANEL_TAG];

/** Runs in the page after axe's source: the violations inside our hosts, and how many buttons axe saw there. */
export async function auditInPage({ tags, options }: { tags: string[]; options: object }): Promise<{ violations: AxeFinding[]; buttons: number }> {
  type Rule = { id: string; impact: string | null; nodes: unknown[]; help: string };
  const axe = (globalThis as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
  const result = await axe.run({ include: tags.map((t) => [t]) }, { ...options, resultTypes: ['violations', 'passes'] });
  return {
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
    // How many buttons inside our roots axe looked at: proof that it saw into them.
    buttons: result.passes.find((p) => p.id === 'button-name')?.nodes.length ?? 0,
  };
}
