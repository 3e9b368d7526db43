// The options page's "Felsökning" (issue 16): the page copy arrives from the background and is handed to
// the browser as a download; no open page, or a failure, is said plainly (happy-dom; t() answers with keys).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import Troubleshooting from '../../components/options/Troubleshooting';
import type { PageCopy } from '../../lib/messaging/page-copy';
import type { Result } from '../../lib/messaging/protocol';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function press(answer: Result<PageCopy | null>) {
  const el = document.body.appendChild(document.createElement('div'));
  const saved: Array<{ name: string; blob: Blob }> = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:test/${saved.push({ name: '', blob: blob as Blob })}`);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved[Number(this.href.split('/').pop()) - 1]!.name = this.download;
  });
  await act(async () => {
    render(<Troubleshooting pageCopy={async () => answer} />, el);
  });
  await act(async () => {
    (el.querySelector('[data-testid=save-page-copy]') as HTMLButtonElement).click();
  });
  // The answer arrives a few microtasks later; then the message renders.
  for (let i = 0; i < 5 && !el.querySelector('[data-testid=page-copy-message]'); i++) await act(async () => {});
  return { el, saved, message: el.querySelector('[data-testid=page-copy-message]') };
}

it('downloads the copy under its file name and says so', async () => {
  const copy = { html: '<!DOCTYPE html><p>x</p>', fileName: 'sidkopia-facebook-2026-12-03.html', site: 'facebook', url: 'https://www.facebook.com/a/posts/1' };
  const { saved, message } = await press({ ok: true, value: copy });
  expect(saved.map((s) => s.name)).toEqual(['sidkopia-facebook-2026-12-03.html']);
  expect(await saved[0]!.blob.text()).toBe(copy.html);
  expect(message?.getAttribute('role')).toBe('status');
  expect(message?.textContent).toBe('panelSavedCopy');
});

it('says when no Facebook or Instagram page is open, and when it failed', async () => {
  const none = await press({ ok: true, value: null });
  expect(none.saved).toEqual([]);
  expect(none.message?.textContent).toBe('optionsSaveCopyNoPage');
  expect(none.message?.getAttribute('role')).toBe('alert');
  document.body.innerHTML = '';
  const failed = await press({ ok: false, error: 'unavailable' });
  expect(failed.message?.textContent).toBe('panelSaveCopyFailed');
});
