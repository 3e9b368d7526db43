/**
 * The expanded checklist and the other seldom-shown views (below), from a module of their own (./on-demand-views.ts,
 * built by entrypoints/on-demand-ui.ts) that the content script fetches as it starts, beside the page's first scan,
 * rather than parsing it before its first overlays. Asked for before the module is there, a view draws nothing (a plain
 * notice if it cannot be loaded) and is drawn as soon as the module arrives; after that, at once.
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
import { t } from '../../lib/i18n';
import type { OnDemandViews, ViewsFactory } from './on-demand-views';

let loaded: ReturnType<ViewsFactory> | null = null;
let load: (() => Promise<ViewsFactory>) | null = null;
let loading: Promise<ReturnType<ViewsFactory>> | null = null;

/** Where the views come from: the content script's import of the module, or in unit tests the source. */
export function setViewsLoader(loader: () => Promise<ViewsFactory>): void {
  load = loader;
  loaded = null;
  loading = null;
}

/** Loads the views once; a failed load (an extension reloaded under the page) is tried again next time. */
export function loadViews(): Promise<ReturnType<ViewsFactory>> {
  if (loaded) return Promise.resolve(loaded);
  if (!load) return Promise.reject(new Error('no loader for the on-demand views'));
  loading ??= load().then(
    (factory) => (loaded = factory({ jsx, jsxs, Fragment, useState, useRef, useEffect })),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * True once the module is here, or could not be loaded this time (its views then say so). The page panel waits for it
 * before it shows parts from the module, so that no part arriving a moment later moves the panel's buttons under the
 * pointer: the panel is fixed to the window's corner, and grows up and to the left.
 */
export function useViewsSettled(): boolean {
  const [settled, setSettled] = useState(loaded !== null);
  useEffect(() => {
    if (settled) return;
    let live = true;
    const done = () => void (live && setSettled(true));
    loadViews().then(done, done);
    return () => {
      live = false;
    };
  }, [settled]);
  return settled || loaded !== null;
}

/**
 * `styles`: which of the module's styles the view is drawn with, in the shadow root it is drawn in: the expanded
 * checklist's (views.css), the page panel's parts' (panel-parts.css), or none (a notice styled by overlay.css).
 */
function onDemand<P extends object>(pick: (v: OnDemandViews) => FunctionComponent<P>, styles: 'css' | 'panelCss' | null = 'css'): FunctionComponent<P> {
  function OnDemand(props: P) {
    // Settled without the module: it could not be loaded this time (a later view asks again).
    const settled = useViewsSettled();
    if (loaded) {
      const View = pick(loaded.views);
      if (!styles) return <View {...props} />;
      return (
        <>
          <style>{loaded[styles]}</style>
          <View {...props} />
        </>
      );
    }
    return settled ? (
      <p class="notice" role="alert" data-testid="view-load-failed">
        {t('viewLoadFailed')}
      </p>
    ) : null;
  }
  return OnDemand;
}

export const Checklist = onDemand((v) => v.Checklist);
// The page panel's parts a page seldom shows: an account's base information (its about view), the office's own posts'
// publishing reminders, the thread archive and the comments gone after an action. The panel holds them back until the
// module is here (useViewsSettled, above), which it nearly always is by then: fetched as the page starts.
export const BaseInfoPanel = onDemand((v) => v.BaseInfoPanel, 'panelCss');
export const OwnPostReminders = onDemand((v) => v.OwnPostReminders, 'panelCss');
export const ThreadArchive = onDemand((v) => v.ThreadArchive, 'panelCss');
export const GoneList = onDemand((v) => v.GoneList, 'panelCss');
// A bar's notices that only the background's answer to a person's click brings (by then the module, fetched as the page
// starts, is here): an action that failed, an archive kept without its picture, a colleague's archive of the same
// comment ("archive again?"). The notice that local records were wiped comes with the page's first status and stays in
// the content script (components/store/WipeNotice.tsx).
export const ErrorMessage = onDemand((v) => v.ErrorMessage, null);
export const EvidenceFailureNotice = onDemand((v) => v.EvidenceFailureNotice, null);
export const ConfirmDouble = onDemand((v) => v.ConfirmDouble, null);
