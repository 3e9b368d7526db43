import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { ConnectionInput, ConnectionTest, Result, SyncStatus } from '../../lib/messaging/protocol';
import { checkEndpoint } from '../../lib/sync/connection';
import type { SaveOutcome } from '../../lib/sync/connection-store';

/** The browser's permission to reach an address; `request` must run inside the click that asks. */
export interface RegistryAccess {
  request: (endpoint: string) => Promise<boolean>;
}

export interface Props {
  loadStatus: () => Promise<Result<SyncStatus>>;
  save: (input: ConnectionInput) => Promise<Result<SaveOutcome>>;
  test: (input: ConnectionInput) => Promise<Result<ConnectionTest>>;
  access: RegistryAccess;
}

/** What "test connection" and "save" found, in words; tsc checks every outcome has a message. */
const CONNECTION_KEYS: Record<ConnectionTest, MessageKey> = {
  ok: 'conn_ok',
  unauthorized: 'conn_unauthorized',
  network: 'conn_network',
  timeout: 'conn_timeout',
  'server-error': 'conn_server_error',
  'invalid-response': 'conn_invalid_response',
  'no-access': 'conn_no_access',
  'endpoint-malformed': 'conn_endpoint_malformed',
  'endpoint-query': 'conn_endpoint_query',
  'endpoint-not-https': 'conn_endpoint_not_https',
  'token-empty': 'conn_token_empty',
  'token-invalid': 'conn_token_invalid',
};

type Message = { text: string; error: boolean };

/** The registry connection: address and token, validated in the background, access asked on save, "test connection". */
export default function RegistrySettings({ loadStatus, save, test, access }: Props) {
  const [endpoint, setEndpoint] = useState('');
  const [token, setToken] = useState('');
  const [tokenStored, setTokenStored] = useState(false);
  const [locked, setLocked] = useState(false);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadStatus().then((r) => {
      if (!r.ok) return;
      setLocked(r.value.endpointLocked);
      if (r.value.endpoint) setEndpoint(r.value.endpoint);
      if (r.value.access !== undefined) setGranted(r.value.access);
      setTokenStored(r.value.mode === 'registry');
    });
  }, [loadStatus]);

  /**
   * Asks for access to a valid address. Called first in a click handler: browsers only show their
   * permission prompt during the user's gesture, so nothing may be awaited before it.
   */
  function askAccess(address: string): Promise<boolean | null> {
    return checkEndpoint(address).ok ? access.request(address) : Promise.resolve(null);
  }

  function run(action: 'save' | 'test') {
    const asked = endpoint.trim() === '' ? Promise.resolve(null) : askAccess(endpoint);
    setBusy(true);
    setMessage(action === 'test' ? { text: t('optionsTesting'), error: false } : null);
    void (async () => {
      try {
        const allowed = await asked;
        if (allowed !== null) setGranted(allowed);
        const input = { endpoint, token };
        if (action === 'test') {
          const r = await test(input);
          setMessage(r.ok ? { text: t(CONNECTION_KEYS[r.value]), error: r.value !== 'ok' } : { text: t('optionsSaveFailed'), error: true });
          return;
        }
        const r = await save(input);
        if (!r.ok) setMessage({ text: t('optionsSaveFailed'), error: true });
        else if (!r.value.saved) setMessage({ text: t(CONNECTION_KEYS[r.value.problem]), error: true });
        else {
          setTokenStored(!r.value.localOnly);
          setToken('');
          if (r.value.localOnly) setGranted(null);
          const text = r.value.localOnly ? 'registryLocalSaved' : allowed === false ? 'registrySavedNoAccess' : 'registrySaved';
          setMessage({ text: t(text), error: allowed === false && !r.value.localOnly });
        }
      } finally {
        setBusy(false);
      }
    })();
  }

  function grant() {
    const asked = access.request(endpoint);
    void asked.then(setGranted);
  }

  return (
    <fieldset id="registry">
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
          readOnly={locked}
          placeholder="https://diarium.example.org/api"
          aria-describedby={locked ? 'registry-help endpoint-locked' : 'registry-help'}
          onInput={(e) => setEndpoint((e.target as HTMLInputElement).value)}
        />
        {locked && <small id="endpoint-locked">{t('registryEndpointLocked')}</small>}
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
      {granted !== null && (
        <p data-testid="registry-access" data-granted={String(granted)} class={granted ? 'help' : 'error'}>
          {t(granted ? 'registryAccessGranted' : 'registryAccessMissing')}{' '}
          {!granted && (
            <button type="button" data-testid="grant-access" onClick={grant}>
              {t('registryGrantAccess')}
            </button>
          )}
        </p>
      )}
      <button type="button" data-testid="save-registry" disabled={busy} onClick={() => run('save')}>
        {t('optionsSaveRegistry')}
      </button>{' '}
      <button type="button" data-testid="test-connection" disabled={busy} onClick={() => run('test')}>
        {t('optionsTestConnection')}
      </button>
      <p aria-live="polite" data-testid="registry-message" class={message?.error ? 'error' : undefined} role={message?.error ? 'alert' : undefined}>
        {message?.text}
      </p>
    </fieldset>
  );
}
