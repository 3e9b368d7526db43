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

const out = { dev: [], test: [], test2: [], test3: [], test4: [], test5: [], test6: [], test7: [], test8: [], test9: [], test10: [], test11: [], test12: [], test13: [], test14: [], test15: [], test16: [], test17: [], test18: [], test19: [], test20: [], test21: [], test22: [], test23: [], test24: [], test25: [], test26: [], test27: [], test28: [], test29: [], test30: [], test31: [], test32: [], test33: [], test34: [], test35: [], test36: [], test37: [], test38: [], test39: [], test40: [], test41: [], test42: [], test43: [], test44: [], test45: [], test46: [], test47: [], test48: [], test49: [], test50: [], test51: [], test52: [], test53: [], test54: [], test55: [], test56: [], test57: [], test58: [], test59: [], test60: [], test61: [], test62: [], test63: [], test64: [], test65: [], test66: [], test67: [], test68: [], test69: [], test70: [], test71: [], test72: [], test73: [], test74: [], test75: [], test76: [], test77: [], test78: [], test79: [], test80: [], test81: [], test82: [], test83: [], test84: [], test85: [], test86: [], test87: [], test88: [], test89: [], test90: [], test91: [], test92: [], test93: [], test94: [], test95: [], test96: [] };
const seen = new Set();
// src/ is split into dev and test by position; src-test2/ … src-test96/ (written later, each before any
// detector ran on it) are all test2 … test96.
for (const [dir, idPrefix] of [['src', 'c'], ['src-test2', 't2-'], ['src-test3', 't3-'], ['src-test4', 't4-'], ['src-test5', 't5-'], ['src-test6', 't6-'], ['src-test7', 't7-'], ['src-test8', 't8-'], ['src-test9', 't9-'], ['src-test10', 't10-'], ['src-test11', 't11-'], ['src-test12', 't12-'], ['src-test13', 't13-'], ['src-test14', 't14-'], ['src-test15', 't15-'], ['src-test16', 't16-'], ['src-test17', 't17-'], ['src-test18', 't18-'], ['src-test19', 't19-'], ['src-test20', 't20-'], ['src-test21', 't21-'], ['src-test22', 't22-'], ['src-test23', 't23-'], ['src-test24', 't24-'], ['src-test25', 't25-'], ['src-test26', 't26-'], ['src-test27', 't27-'], ['src-test28', 't28-'], ['src-test29', 't29-'], ['src-test30', 't30-'], ['src-test31', 't31-'], ['src-test32', 't32-'], ['src-test33', 't33-'], ['src-test34', 't34-'], ['src-test35', 't35-'], ['src-test36', 't36-'], ['src-test37', 't37-'], ['src-test38', 't38-'], ['src-test39', 't39-'], ['src-test40', 't40-'], ['src-test41', 't41-'], ['src-test42', 't42-'], ['src-test43', 't43-'], ['src-test44', 't44-'], ['src-test45', 't45-'], ['src-test46', 't46-'], ['src-test47', 't47-'], ['src-test48', 't48-'], ['src-test49', 't49-'], ['src-test50', 't50-'], ['src-test51', 't51-'], ['src-test52', 't52-'], ['src-test53', 't53-'], ['src-test54', 't54-'], ['src-test55', 't55-'], ['src-test56', 't56-'], ['src-test57', 't57-'], ['src-test58', 't58-'], ['src-test59', 't59-'], ['src-test60', 't60-'], ['src-test61', 't61-'], ['src-test62', 't62-'], ['src-test63', 't63-'], ['src-test64', 't64-'], ['src-test65', 't65-'], ['src-test66', 't66-'], ['src-test67', 't67-'], ['src-test68', 't68-'], ['src-test69', 't69-'], ['src-test70', 't70-'], ['src-test71', 't71-'], ['src-test72', 't72-'], ['src-test73', 't73-'], ['src-test74', 't74-'], ['src-test75', 't75-'], ['src-test76', 't76-'], ['src-test77', 't77-'], ['src-test78', 't78-'], ['src-test79', 't79-'], ['src-test80', 't80-'], ['src-test81', 't81-'], ['src-test82', 't82-'], ['src-test83', 't83-'], ['src-test84', 't84-'], ['src-test85', 't85-'], ['src-test86', 't86-'], ['src-test87', 't87-'], ['src-test88', 't88-'], ['src-test89', 't89-'], ['src-test90', 't90-'], ['src-test91', 't91-'], ['src-test92', 't92-'], ['src-test93', 't93-'], ['src-test94', 't94-'], ['src-test95', 't95-'], ['src-test96', 't96-']])
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
for (const split of ['dev', 'test', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15', 'test16', 'test17', 'test18', 'test19', 'test20', 'test21', 'test22', 'test23', 'test24', 'test25', 'test26', 'test27', 'test28', 'test29', 'test30', 'test31', 'test32', 'test33', 'test34', 'test35', 'test36', 'test37', 'test38', 'test39', 'test40', 'test41', 'test42', 'test43', 'test44', 'test45', 'test46', 'test47', 'test48', 'test49', 'test50', 'test51', 'test52', 'test53', 'test54', 'test55', 'test56', 'test57', 'test58', 'test59', 'test60', 'test61', 'test62', 'test63', 'test64', 'test65', 'test66', 'test67', 'test68', 'test69', 'test70', 'test71', 'test72', 'test73', 'test74', 'test75', 'test76', 'test77', 'test78', 'test79', 'test80', 'test81', 'test82', 'test83', 'test84', 'test85', 'test86', 'test87', 'test88', 'test89', 'test90', 'test91', 'test92', 'test93', 'test94', 'test95', 'test96']) {
  writeFileSync(join(HERE, `${split}.jsonl`), out[split].map((e) => JSON.stringify(e)).join('\n') + '\n');
}
console.log(Object.entries(out).map(([split, items]) => `${split} ${items.length}`).join(', '));
