// Builds dev.jsonl and test.jsonl from the hand-written src/*.txt (format in README.md).
// Run: node tests/checks/corpus/build.mjs. The split is by position, so it never depends on any detector.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const GROUNDS = {
  hot: 'olaga-hot', hets: 'hets-mot-folkgrupp', integ: 'olaga-integritetsintrang', barn: 'barnpornografibrott',
  vald: 'olaga-valdsskildring', uppv: 'uppvigling', terr: 'terrorism-uppmaning', upph: 'upphovsratt',
};
const FLAGS = { P: 'political', R: 'needsReply', M: 'minor', S: 'sensitive', N: 'personnummer', B: 'bankAccount',
  T: 'phone', E: 'email', A: 'address', U: 'unlawful' };
const PERSONAL = ['minor', 'sensitive', 'personnummer', 'bankAccount', 'phone', 'email', 'address'];

// The newest set built: src-test2/ … src-test<LAST>/. A set written for a later round stays out until its first score.
const LAST = 96;
const FRESH = Array.from({ length: LAST - 1 }, (_, i) => i + 2);
const out = Object.fromEntries(['dev', 'test', ...FRESH.map((n) => `test${n}`)].map((split) => [split, []]));
const seen = new Set();
// src/ is split into dev and test by position; src-test2/ … src-test<LAST>/ (written later, each before any
// detector ran on it) are all test2 … test<LAST>.
for (const [dir, idPrefix] of [['src', 'c'], ...FRESH.map((n) => [`src-test${n}`, `t${n}-`])])
for (const file of readdirSync(join(HERE, dir)).filter((f) => f.endsWith('.txt')).sort()) {
  const prefix = file.slice(0, 2);
  let k = 0;
  for (const line of readFileSync(join(HERE, dir, file), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const bar = line.indexOf(' | ');
    if (bar < 0) throw new Error(`no " | " in ${file}: ${line}`);
    const tokens = line.slice(0, bar).trim().split(/\s+/).filter((t) => t !== '-');
    const text = line.slice(bar + 3);
    if (seen.has(text)) throw new Error(`duplicate text: ${text}`);
    seen.add(text);
    const labels = Object.fromEntries(Object.values(FLAGS).map((f) => [f, false]));
    const ambiguousFor = [];
    const item = { id: `${idPrefix}${prefix}-${String(++k).padStart(3, '0')}`, split: '', platform: 'facebook', lang: 'sv', text,
      context: { isReply: false } };
    let ambiguous = false;
    for (const t of tokens) {
      if (t === '~') ambiguous = true;
      else if (t.startsWith('~') && FLAGS[t.slice(1)]) ambiguousFor.push(FLAGS[t.slice(1)]);
      // "~U:hot": ambiguous for unlawful content, with the ground the writer had in mind.
      else if (t.startsWith('~U:') && GROUNDS[t.slice(3)]) ambiguousFor.push('unlawful');
      else if (t.startsWith('U:') && GROUNDS[t.slice(2)]) ((labels.unlawful = true), (labels.ground = GROUNDS[t.slice(2)]));
      else if (FLAGS[t]) labels[FLAGS[t]] = true;
      else if (t === 'en') item.lang = 'en';
      else if (t === 'ig') item.platform = 'instagram';
      // "own re:off", "re:res own": the office's own comment in a thread. Each token adds to the context; until stop 39
      // the later token replaced the earlier one, so "own re:off" lost "own" (38 lines in test43, 26 in test47).
      else if (t === 're:res') item.context = { ...item.context, isReply: true, replyTo: 'resident' };
      else if (t === 're:off') item.context = { ...item.context, isReply: true, replyTo: 'office' };
      else if (t === 'own') item.context = { ...item.context, own: true };
      else throw new Error(`unknown token ${t} in ${file}: ${line}`);
    }
    labels.anyPersonalData = PERSONAL.some((p) => labels[p]);
    if (!labels.anyPersonalData && PERSONAL.some((p) => ambiguousFor.includes(p))) ambiguousFor.push('anyPersonalData');
    const entry = { ...item, labels };
    if (ambiguous) entry.ambiguous = true;
    if (ambiguousFor.length) entry.ambiguousFor = ambiguousFor;
    // Two of every five items in each file go to the test split.
    entry.split = dir === 'src' ? (k % 5 === 2 || k % 5 === 4 ? 'test' : 'dev') : dir.slice(4);
    out[entry.split].push(entry);
  }
}
for (const split of Object.keys(out)) {
  writeFileSync(join(HERE, `${split}.jsonl`), out[split].map((e) => JSON.stringify(e)).join('\n') + '\n');
}
console.log(Object.entries(out).map(([split, items]) => `${split} ${items.length}`).join(', '));
