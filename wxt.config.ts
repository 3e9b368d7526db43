import { defineConfig } from 'wxt';

// Gecko id is fixed so Firefox policies, storage and e2e URLs stay stable across builds.
export const GECKO_ID = 'modereringsstod@example.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    // storage: settings; alarms: sync and monitoring times (the service worker sleeps);
    // notifications: the monitoring-round reminder.
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
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
      sourcemap: false,
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; harmless, and noisy in every build.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  }),
  zip: {
    artifactTemplate: 'modereringsstod-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'modereringsstod-{{version}}-sources.zip',
    excludeSources: ['.ci/**', 'tests/e2e/.artifacts/**', 'demo-output/**'],
  },
});
