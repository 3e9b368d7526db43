/**
 * The expanded checklist, from a module of its own (./on-demand-views.ts, built by entrypoints/on-demand-ui.ts)
 * that the content script fetches as it starts, beside the page's first scan, rather than parsing it before its
 * first overlays. Asked for before the module is there, it draws nothing (a plain notice if it cannot be
 * loaded) and is drawn as soon as the module arrives; after that, at once.
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

function onDemand<P extends object>(pick: (v: OnDemandViews) => FunctionComponent<P>): FunctionComponent<P> {
  function OnDemand(props: P) {
    const [, arrived] = useState(0);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!loaded) loadViews().then(() => arrived((n) => n + 1), () => setFailed(true));
    }, []);
    if (loaded) {
      const View = pick(loaded.views);
      // The views' styles, in the shadow root each is drawn in (an expanded checklist or two).
      return (
        <>
          <style>{loaded.css}</style>
          <View {...props} />
        </>
      );
    }
    return failed ? (
      <p class="notice" role="alert" data-testid="view-load-failed">
        {t('viewLoadFailed')}
      </p>
    ) : null;
  }
  return OnDemand;
}

export const Checklist = onDemand((v) => v.Checklist);
