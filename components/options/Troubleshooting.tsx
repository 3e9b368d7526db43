import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Result } from '../../lib/messaging/protocol';
import type { PageCopy } from '../../lib/messaging/page-copy';

export interface Props {
  /** Asks the background for the anonymised copy of the most recently used Facebook/Instagram tab. */
  pageCopy: () => Promise<Result<PageCopy | null>>;
}

/** "Felsökning": saves an anonymised copy of an open page that the moderation support reads wrongly. */
export default function Troubleshooting({ pageCopy }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function onSave() {
    const result = await pageCopy().catch(() => ({ ok: false as const, error: 'unavailable' as const }));
    if (!result.ok) return setMessage({ text: t('panelSaveCopyFailed'), error: true });
    if (!result.value) return setMessage({ text: t('optionsSaveCopyNoPage'), error: true });
    // An extension page may hand its own blob to the browser's download, as a link would.
    const url = URL.createObjectURL(new Blob([result.value.html], { type: 'text/html;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setMessage({ text: t('panelSavedCopy', result.value.fileName), error: false });
  }

  return (
    <section aria-labelledby="troubleshooting-title">
      <h2 id="troubleshooting-title">{t('optionsTroubleshooting')}</h2>
      <p class="help" id="troubleshooting-help">
        {t('optionsTroubleshootingText')}
      </p>
      <button type="button" data-testid="save-page-copy" aria-describedby="troubleshooting-help" onClick={() => void onSave()}>
        {t('panelSaveCopy')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} data-testid="page-copy-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
