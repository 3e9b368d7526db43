/**
 * Runs the test registry standalone so a person can point the extension at it:
 *   node --import tsx tests/registry/cli.ts [--port 8787] [--token T] [--mode ok|down|…]
 *     [--base-path /api] [--year 2026] [--delay-ms N] [--retry-after S] [--fail-times N] [--cors]
 * (--cors adds Access-Control-* headers, which the extension does not need and a real registry rarely sends.)
 * While it runs, type a mode name (e.g. `unavailable-503`) and Enter to switch faults, `list` to see the
 * registrations, `quit` to stop. Requests are logged unless DEBUG_REGISTRY=0.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { FAULT_MODES, startRegistry, type FaultMode } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    token: { type: 'string', default: 'test-token' },
    mode: { type: 'string', default: 'ok' },
    'base-path': { type: 'string', default: '/api' },
    year: { type: 'string' },
    'delay-ms': { type: 'string' },
    'retry-after': { type: 'string' },
    'fail-times': { type: 'string' },
    cors: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const isMode = (mode: string): mode is FaultMode => (FAULT_MODES as readonly string[]).includes(mode);
const optionalNumber = (text: string | undefined) => (text === undefined ? undefined : Number(text));

if (values.help || !isMode(values.mode)) {
  if (!values.help) console.error(`unknown mode "${values.mode}"`);
  console.log(`usage: node --import tsx tests/registry/cli.ts [--port 8787] [--token T] [--mode ${FAULT_MODES.join('|')}]
       [--base-path /api] [--year 2026] [--delay-ms N] [--retry-after S] [--fail-times N] [--cors]`);
  process.exit(values.help ? 0 : 2);
}

process.env.DEBUG_REGISTRY ??= '1';
const registry = await startRegistry({
  port: Number(values.port),
  token: values.token,
  basePath: values['base-path'],
  year: optionalNumber(values.year),
  cors: values.cors,
});
const given = {
  delayMs: optionalNumber(values['delay-ms']),
  retryAfterSeconds: optionalNumber(values['retry-after']),
  failTimes: optionalNumber(values['fail-times']),
};
registry.setFaults({ mode: values.mode, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) });

console.log(`Test registry (contract v1) listening
  URL:   ${registry.url}
  token: ${registry.token}
  mode:  ${values.mode}
Type a mode (${FAULT_MODES.join(', ')}), "list" or "quit".`);

async function stop() {
  await registry.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = line.trim();
  if (command === '') return;
  if (command === 'quit' || command === 'exit') return void stop();
  if (command === 'list') {
    for (const r of registry.registered()) console.log(`${r.registrationNumber}  ${r.id}`);
    return console.log(`${registry.registered().length} registered, ${registry.requests().length} requests`);
  }
  if (isMode(command)) {
    registry.setFaults({ mode: command, failTimes: undefined });
    return console.log(`mode: ${command}`);
  }
  console.log(`unknown command "${command}"`);
});
