import { afterEach, describe, expect, it } from 'vitest';
import {
  MESSAGE_NAMES,
  messages,
  mayReceive,
  registerHandlers,
  removeAllListeners,
  senderPolicy,
  type SenderPolicy,
} from '../../lib/messaging';
import { sendRaw, spyHandlers, validPayloads } from '../helpers/messages';

// The fake browser reports every sender as `{}`; these policies say what kind of sender that is.
const extensionPage: SenderPolicy = { fromExtension: () => true, fromExtensionPage: () => true };
const contentScript: SenderPolicy = { fromExtension: () => true, fromExtensionPage: () => false };
const foreign: SenderPolicy = { fromExtension: () => false, fromExtensionPage: () => false };

const names = (audience: string) => MESSAGE_NAMES.filter((name) => messages[name].audience === audience);
const pageOnly = names('extension-pages');
const open = names('any');

describe('who may send each message in the table', () => {
  afterEach(() => removeAllListeners());

  // Opening a message to content scripts is a security decision, so it is spelled out here once more: a new
  // page-only message needs no edit, a new (or newly opened) content-script message fails until it is listed.
  it('opens exactly these messages to content scripts', () => {
    expect(open.toSorted()).toEqual(['accountInfoSeen', 'getOfficeStatus', 'getOverlaySettings', 'getPublishingStatus', 'getSubjectStatus', 'judgeTexts', 'openSetup', 'pageSeen', 'recordAction', 'retractAction', 'reviewPublishing']);
    expect(pageOnly.length + open.length).toBe(MESSAGE_NAMES.length);
  });

  it.each(pageOnly)('refuses %s from a content script, and accepts the same payload from an extension page', async (name) => {
    const fromContent = spyHandlers();
    registerHandlers(fromContent.handlers, contentScript);
    expect(await sendRaw(name, validPayloads[name])).toEqual({ ok: false, error: 'invalid-message' });
    expect(fromContent.calls(name)).toBe(0);
    removeAllListeners();

    const fromPage = spyHandlers();
    registerHandlers(fromPage.handlers, extensionPage);
    expect(await sendRaw(name, validPayloads[name])).toEqual({ ok: true, value: null });
    expect(fromPage.calls(name)).toBe(1);
  });

  it.each(open)('accepts %s from a content script', async (name) => {
    const spy = spyHandlers();
    registerHandlers(spy.handlers, contentScript);
    expect(await sendRaw(name, validPayloads[name])).toEqual({ ok: true, value: null });
    expect(spy.calls(name)).toBe(1);
  });

  it.each(MESSAGE_NAMES)('refuses %s from outside the extension', async (name) => {
    const spy = spyHandlers();
    registerHandlers(spy.handlers, foreign);
    expect(await sendRaw(name, validPayloads[name])).toEqual({ ok: false, error: 'invalid-message' });
    expect(spy.calls(name)).toBe(0);
  });

  it.each(MESSAGE_NAMES)('refuses %s with a payload no schema accepts', async (name) => {
    const spy = spyHandlers();
    registerHandlers(spy.handlers, extensionPage);
    expect(await sendRaw(name, 42)).toEqual({ ok: false, error: 'invalid-message' });
    expect(spy.calls(name)).toBe(0);
  });

  it('answers a message name outside the table with an error and reaches no handler', async () => {
    const spy = spyHandlers();
    registerHandlers(spy.handlers, extensionPage);
    expect(await sendRaw('exportEverything', {})).toEqual({ ok: false, error: 'unavailable' });
    expect(MESSAGE_NAMES.map(spy.calls)).toEqual(MESSAGE_NAMES.map(() => 0));
  });

  it('lets handlers arrive after registration (a worker woken by the message registers at once)', async () => {
    const spy = spyHandlers();
    let arrive: (h: typeof spy.handlers) => void = () => {};
    registerHandlers(new Promise((resolve) => (arrive = resolve)), extensionPage);
    const answer = sendRaw('getSummary');
    arrive(spy.handlers);
    expect(await answer).toEqual({ ok: true, value: null });
    expect(spy.calls('getSummary')).toBe(1);
  });
});

describe('the sender check with real sender shapes', () => {
  const policy = senderPolicy('ours', 'chrome-extension://ours/');
  const contentScriptSender = { id: 'ours', url: 'https://www.facebook.com/norrbyexempel', tab: { index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
  const optionsPage = { id: 'ours', url: 'chrome-extension://ours/options.html' };
  const otherExtension = { id: 'theirs', url: 'chrome-extension://theirs/page.html' };

  it.each(MESSAGE_NAMES)('decides %s by its audience', (name) => {
    const { audience } = messages[name];
    expect(mayReceive(audience, contentScriptSender, policy)).toBe(audience === 'any');
    expect(mayReceive(audience, optionsPage, policy)).toBe(true);
    expect(mayReceive(audience, otherExtension, policy)).toBe(false);
  });
});
