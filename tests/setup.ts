// Every unit test gets a fresh in-memory IndexedDB and fake browser state.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTexts } from '../lib/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  forgetTexts();
  globalThis.indexedDB = new IDBFactory();
});
