import { readFileSync } from 'node:fs';
import { findPersonalData } from '/work/main/lib/checks/personal-data.ts';
import { seededRandom } from '/work/main/lib/sites/anonymise/placeholders.ts';
import { parseCorpus } from '/work/main/tests/checks/corpus-score.ts';
const items = parseCorpus(readFileSync('/work/main/tests/fixtures/texts/personal-data.jsonl','utf8')).filter(i=>i.lang==='sv');
const r = seededRandom(0x5eed); const parts:string[]=[]; let b=0;
while (b < 4*1024*1024) { const it = items[Math.floor(r()*items.length)]; parts.push(it.text); b+=Buffer.byteLength(it.text)+1; }
const text = parts.join(' ');
findPersonalData(text);
for (let i=0;i<5;i++){ const t=performance.now(); findPersonalData(text); const ms=performance.now()-t; console.log((4/(ms/1000)).toFixed(1),'MB/s'); }
