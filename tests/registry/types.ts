/**
 * The test registry's public types (see server.ts): fault modes, options, and what tests can inspect.
 */
export type FaultMode =
  | 'ok'
  | 'down'
  | 'error-500'
  | 'rate-limit-429'
  | 'unavailable-503'
  | 'timeout'
  | 'bad-json'
  | 'unauthorized-401'
  | 'forbidden-403';

export const FAULT_MODES: readonly FaultMode[] = [
  'ok', 'down', 'error-500', 'rate-limit-429', 'unavailable-503', 'timeout', 'bad-json', 'unauthorized-401', 'forbidden-403',
];

export interface RegistryOptions {
  /** The bearer token POST /records accepts; default 'test-token'. */
  token?: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default '/api'. */
  basePath?: string;
  /** The year in registration numbers (`HÄ <year>/<n>`); default 2026. */
  year?: number;
  /**
   * Send Access-Control-* headers and answer CORS pre-flights. Off by default, like an office's own
   * service: the extension reaches the registry through its host permission and must not rely on CORS.
   */
  cors?: boolean;
  /**
   * The v1.1 capabilities `/health` lists and the registry serves (`subjects`, `rounds`); default both.
   * `[]` is a plain v1 registry: no list in `/health`, 404 for `/subjects` and `/rounds`, and no
   * `duplicate-subject` answers.
   */
  capabilities?: string[];
}

export interface Faults {
  mode: FaultMode;
  /** For 429 and 503; default 1. */
  retryAfterSeconds?: number;
  /** Added before answering POST /records, in any mode. */
  delayMs?: number;
  /** A batch containing any of these ids is answered 400 as a whole. */
  poisonIds?: string[];
  /** These ids (unless registered before) get status 'rejected' with an error in a 200 answer. */
  rejectIds?: string[];
  /** Apply `mode` only to the next N POST /records, then behave 'ok'. */
  failTimes?: number;
}

export interface RegisteredRecord {
  id: string;
  registrationNumber: string;
  record: unknown;
  /** How often the id was registered (must stay 1); duplicates do not count. */
  times: number;
  /** How often the id arrived again and was answered `duplicate` (resends after a lost answer). */
  duplicates: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** 0 while unanswered, and for sockets destroyed ('down', 'timeout', close()). */
  status: number;
  /** Records in the body, when it was a readable batch. */
  records: number;
  /** Bytes of the request body (0 for a GET). */
  bytes?: number;
  at: number;
}

export interface TestRegistry {
  /** Base URL, e.g. http://127.0.0.1:PORT/api */
  readonly url: string;
  readonly token: string;
  /** Merges into the current faults; setFaults({ mode: 'ok' }) resets the mode only. */
  setFaults(f: Partial<Faults>): void;
  resetFaults(): void;
  faults(): Faults;
  registered(): RegisteredRecord[];
  registrationsOf(id: string): number;
  /** v1.1: the answers given to archived records of a comment already archived (`duplicate-subject`). */
  sameSubjectAnswers(): { id: string; status: string; registrationNumber: string }[];
  /** Records answered `duplicate` so far: the resends the idempotency key absorbed. */
  duplicateAnswers(): number;
  requests(): RequestLogEntry[];
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}
