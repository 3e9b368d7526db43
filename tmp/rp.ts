import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { scanPage } from '/work/wt-19d/lib/sites/index';
const html = readFileSync('/work/wt-19d/tests/fixtures/own-account/own-post-sv.html','utf8');
const url = /fixture-url" content="([^"]+)/.exec(html)![1]!;
const w = new Window({ url }); w.document.write(html);
const r = scanPage(w.document as unknown as Document, url)!;
console.log(JSON.stringify({ postAuthors: r.postAuthors, posts: r.snapshot.posts.map(p => ({...p, comments: p.comments.map(c=>[c.id,c.authorName,c.text.slice(0,50),c.byOffice])})) }, null, 1));
