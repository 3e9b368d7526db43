// Every unit test gets a fresh in-memory IndexedDB and fake browser state.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTexts } from '../lib/i18n';
import { loadViews, setViewsLoader } from '../components/overlay/lazy';
import { createViews } from '../components/overlay/on-demand-views';

// The overlay's on-demand views (the expanded checklist …) come from their source here, already loaded, so a
// test sees them drawn at once; the content script imports their built module on first use
// (tests/components/lazy.test.tsx tests that path, and the e2e tests the built one).
setViewsLoader(() => Promise.resolve(createViews));
await loadViews();

beforeEach(() => {
  fakeBrowser.reset();
  forgetTexts();
  globalThis.indexedDB = new IDBFactory();
});
