import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PanelState } from '../../lib/overlay/types';
import { BaseInfoPanel, GoneList, OwnPostReminders, ThreadArchive, useViewsSettled } from './lazy';

export interface Props {
  state: PanelState;
}

/** The page-level summary: open items on screen, or why the overlay is quiet or blind on this page. */
export default function PagePanel({ state }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const [saved, setSaved] = useState<string | false | null>(null);
  // The parts few pages show come from the expanded checklist's module (./lazy.tsx): with one to show, the panel waits
  // until the module is here, so that no part arrives after the panel's buttons are where a pointer may be headed.
  const settled = useViewsSettled();
  const saveCopy = 'saveCopy' in state ? state.saveCopy : undefined;
  const saveButton = saveCopy && (
    <>
      <button type="button" class="secondary" data-testid="save-copy" title={t('panelSaveCopyHelp')} onClick={(e) => void saveCopy(e).then((name) => setSaved(name ?? false))}>
        {t('panelSaveCopy')}
      </button>
      {saved !== null && (
        <span aria-live="polite" data-testid="save-copy-result">
          {saved ? t('panelSavedCopy', saved) : t('panelSaveCopyFailed')}
        </span>
      )}
    </>
  );
  const fromModule =
    state.kind === 'counts' && (state.baseInfo !== undefined || [state.threads, state.ownPosts, state.gone].some((parts) => parts !== undefined && parts.length > 0));
  if (fromModule && !settled) return null;
  return (
    <aside class="panel" aria-label={t('panelTitle')} data-testid="page-panel" data-kind={state.kind}>
      <strong>MS</strong>
      {state.kind === 'counts' &&
        state.counts.map(({ key, label, value }) => (
          <span key={key} class={value > 0 ? `count ${key} open` : `count ${key}`}>
            {t(label)} <b data-testid={`count-${key}`}>{value}</b>
          </span>
        ))}
      {state.kind === 'counts' && state.threads && state.threads.length > 0 && <ThreadArchive threads={state.threads} />}
      {state.kind === 'counts' && state.officeUnavailable && (
        <span class="notice-inline office-note" role="status" data-testid="office-unavailable">
          {t('officeUnavailable')}
        </span>
      )}
      {state.kind === 'counts' && state.baseInfo && <BaseInfoPanel info={state.baseInfo} />}
      {state.kind === 'counts' && state.ownPosts && state.ownPosts.length > 0 && <OwnPostReminders posts={state.ownPosts} />}
      {state.kind === 'counts' && state.gone && state.gone.length > 0 && <GoneList gone={state.gone} />}
      {state.kind === 'quiet' && (
        <>
          <span>{t('panelNotOffice')}</span>
          <button type="button" data-testid="show-anyway" onClick={(e) => state.onShow(e)}>
            {t('panelShowAnyway')}
          </button>
        </>
      )}
      {state.kind === 'not-set-up' && (
        <>
          <span data-testid="not-set-up">{t('panelNotSetUp')}</span>
          <button type="button" data-testid="open-setup" onClick={(e) => state.onSetup(e)}>
            {t('panelOpenSetup')}
          </button>
          <button type="button" class="secondary" data-testid="show-anyway" onClick={(e) => state.onShow(e)}>
            {t('panelShowAnyway')}
          </button>
        </>
      )}
      {state.kind === 'unrecognised' && (
        <>
          <span role="status" data-testid="unrecognised">
            {t('panelUnrecognised')}
          </span>
          {state.diagnostics && (
            <button
              type="button"
              data-testid="copy-diagnostics"
              onClick={() =>
                void state.diagnostics!()
                  .then((text) => navigator.clipboard.writeText(text))
                  .then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
              }
            >
              {t('panelCopyDiagnostics')}
            </button>
          )}
          {copied !== null && <span aria-live="polite">{t(copied ? 'panelCopied' : 'panelCopyFailed')}</span>}
          {saveButton}
        </>
      )}
      {state.kind === 'counts' && saveButton}
    </aside>
  );
}
