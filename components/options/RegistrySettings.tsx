import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { ConnectionInput, ConnectionTest, Result, SyncStatus } from '../../lib/messaging/protocol';
import type { SaveOutcome } from '../../lib/sync/connection-store';

export interface Props {
  loadStatus: () => Promise<Result<SyncStatus>>;
  save: (input: ConnectionInput) => Promise<Result<SaveOutcome>>;
  test: (input: ConnectionInput) => Promise<Result<ConnectionTest>>;
}

const connKey = (code: string) => `conn_${code.replaceAll('-', '_')}` as MessageKey;

/** The registry connection: address and token, validated in the background, with "test connection". */
export default function RegistrySettings({ loadStatus, save, test }: Props) {
  const [endpoint, setEndpoint] = useState('');
  const [token, setToken] = useState('');
  const [tokenStored, setTokenStored] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadStatus().then((r) => {
      if (r.ok && r.value.mode === 'registry') {
        setEndpoint(r.value.endpoint ?? '');
        setTokenStored(true);
      }
    });
  }, [loadStatus]);

  async function run(action: 'save' | 'test') {
    setBusy(true);
    setMessage(action === 'test' ? { text: t('optionsTesting'), error: false } : null);
    try {
      const input = { endpoint, token };
      if (action === 'test') {
        const r = await test(input);
        setMessage(r.ok ? { text: t(connKey(r.value)), error: r.value !== 'ok' } : { text: t('optionsSaveFailed'), error: true });
        return;
      }
      const r = await save(input);
      if (!r.ok) setMessage({ text: t('optionsSaveFailed'), error: true });
      else if (!r.value.saved) setMessage({ text: t(connKey(r.value.problem)), error: true });
      else {
        setTokenStored(!r.value.localOnly);
        setToken('');
        setMessage({ text: t(r.value.localOnly ? 'registryLocalSaved' : 'registrySaved'), error: false });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset>
      <legend>{t('optionsRegistry')}</legend>
      <p id="registry-help" class="help">
        {t('optionsRegistryHelp')}
      </p>
      <p>
        <label for="endpoint">{t('optionsEndpoint')}</label>
        <input
          id="endpoint"
          data-testid="endpoint"
          type="url"
          inputMode="url"
          value={endpoint}
          placeholder="https://diarium.example.org/api"
          aria-describedby="registry-help"
          onInput={(e) => setEndpoint((e.target as HTMLInputElement).value)}
        />
      </p>
      <p>
        <label for="token">{t('optionsToken')}</label>
        <input
          id="token"
          data-testid="token"
          type="password"
          autocomplete="off"
          value={token}
          aria-describedby={tokenStored ? 'token-stored' : undefined}
          onInput={(e) => setToken((e.target as HTMLInputElement).value)}
        />
        {tokenStored && <small id="token-stored">{t('optionsTokenStored')}</small>}
      </p>
      <button type="button" data-testid="save-registry" disabled={busy} onClick={() => void run('save')}>
        {t('optionsSaveRegistry')}
      </button>{' '}
      <button type="button" data-testid="test-connection" disabled={busy} onClick={() => void run('test')}>
        {t('optionsTestConnection')}
      </button>
      <p aria-live="polite" data-testid="registry-message" class={message?.error ? 'error' : undefined} role={message?.error ? 'alert' : undefined}>
        {message?.text}
      </p>
    </fieldset>
  );
}
