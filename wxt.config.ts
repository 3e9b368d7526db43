import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { accessPattern, REGISTRY_PERMISSION_PATTERNS } from './lib/sync/access-pattern';
import { siteRegistry } from './lib/sites/registry';

// The content script's code that a page load seldom needs, imported by it on first use (lib/overlay/on-demand.ts):
// evidence capture and the page copy, and the expanded checklist (whose Preact is the content script's).
const ON_DEMAND = ['on-demand', 'on-demand-ui'];
const ON_DEMAND_FILES = ON_DEMAND.map((name) => `${name}.js`);

// Gecko id is fixed so Firefox policies, storage and e2e URLs stay stable across builds.
export const GECKO_ID = 'modereringsstod@example.org';

/**
 * An office's own build may name its registry (MS_REGISTRY_ORIGIN=https://diarium.example.se npm run zip):
 * that origin is then a required host permission, granted at installation (no prompt when IT force-installs
 * it), because no browser policy grants an optional host permission. Without it the registry is asked for
 * at runtime, when the user saves its address.
 */
function officeRegistryHosts(): string[] {
  const origin = process.env.MS_REGISTRY_ORIGIN?.trim();
  if (!origin) return [];
  const pattern = accessPattern(origin);
  if (!pattern) throw new Error(`MS_REGISTRY_ORIGIN is not an http(s) address: ${origin}`);
  return [pattern];
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // storage: settings; alarms: sync, monitoring times and the export reminder (the service worker sleeps);
    // notifications: the monitoring-round and export reminders.
    // unlimitedStorage: the records are public records kept in IndexedDB; the browser must not evict them
    // for quota (the pages also ask navigator.storage.persist()).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', ...(browser === 'firefox' ? officeRegistryHosts() : [])],
    // The registry's address is only known at runtime: it is asked for when the user saves it (lib/sync/access.ts).
    ...(browser === 'firefox'
      ? { optional_permissions: [...REGISTRY_PERMISSION_PATTERNS] }
      : {
          optional_host_permissions: [...REGISTRY_PERMISSION_PATTERNS],
          ...(officeRegistryHosts().length > 0 ? { host_permissions: officeRegistryHosts() } : {}),
        }),
    action: { default_title: '__MSG_extName__' },
    // The content script's on-demand modules, imported by it on the supported sites only (lib/overlay/on-demand.ts).
    // Chrome serves it under a per-session address, so no page can probe for the extension by it; Firefox's
    // addresses carry a random id per installation anyway.
    web_accessible_resources:
      browser === 'firefox' ? ON_DEMAND_FILES : [{ resources: ON_DEMAND_FILES, matches: [...siteRegistry.matches], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 142 is the first version that knows data_collection_permissions (desktop and Android).
              strict_min_version: '142.0',
              // Records stay in the browser or go to the office's own registry, never to us.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome/Edge read enterprise policy for this extension through this schema.
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      sourcemap: process.env.MS_SOURCEMAP ? true : false,
      // MS_NO_MINIFY=1: readable function names for profiling (tests/bench/browser/profile.ts).
      ...(process.env.MS_NO_MINIFY ? { minify: false } : {}),
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; harmless, and noisy in every build.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  }),
  hooks: {
    // The content script is built without webextension-polyfill (lib/browser/native.ts says why); every
    // other entrypoint keeps it. Each content script is its own Vite build, so this touches only those.
    'vite:build:extendConfig': (entrypoints, config) => {
      const onDemand = entrypoints.length === 1 && entrypoints[0]?.type === 'unlisted-script' && ON_DEMAND.includes(entrypoints[0].name);
      if (!onDemand && !entrypoints.every((e) => e.type === 'content-script')) return;
      if (onDemand) {
        // The content script's click-only code (lib/overlay/on-demand.ts) is imported as an ES module: its
        // default export is what main() returns. WXT builds unlisted scripts as IIFE with a footer naming
        // the IIFE's variable, which a module has not got.
        if (config.build?.lib) config.build.lib.formats = ['es'];
        config.plugins = (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === 'wxt:iife-footer'));
      }
      // Every Facebook and Instagram page loads the content script: it is minified with terser's several
      // passes, which make it about 4 % smaller (gzip) than esbuild's single pass. The pages keep esbuild.
      if (!process.env.MS_NO_MINIFY) {
        config.build = {
          ...config.build,
          minify: 'terser',
          terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
        };
      }
      const native = resolve(import.meta.dirname, 'lib/browser/native.ts');
      // The content scripts' context: the part of WXT's the overlay uses (lib/browser/content-context.ts says why).
      const context = onDemand ? null : resolve(import.meta.dirname, 'lib/browser/content-context.ts');
      // The expanded checklist draws with the content script's Preact, handed over when it loads: the module
      // gets no copy of its own (hooks work only with the Preact that renders them).
      const preactParts = entrypoints[0]?.name === 'on-demand-ui' ? resolve(import.meta.dirname, 'components/overlay/preact-parts.ts') : null;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'modereringsstod:native-browser',
          enforce: 'pre',
          resolveId: (id: string, importer?: string) => {
            if (id === 'webextension-polyfill') return native;
            if (context && id === 'wxt/utils/content-script-context') return context;
            if (preactParts && /^preact(?:\/hooks|\/jsx-runtime)?$/.test(id) && importer !== preactParts) return preactParts;
            return null;
          },
        },
      ];
    },
  },
  zip: {
    artifactTemplate: 'modereringsstod-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'modereringsstod-{{version}}-sources.zip',
    excludeSources: ['.ci/**', 'tests/e2e/.artifacts/**', 'demo-output/**'],
  },
});
