/**
 * A Page post with many comments in Facebook's comment markup (role=article, aria-label, profile
 * link, dir=auto text, comment_id link), for tests that need volume. Invented names and texts only.
 */
const FIRST = ['Anna', 'Bertil', 'Cecilia', 'David', 'Eva', 'Fredrik', 'Greta', 'Hugo', 'Ida', 'Jon'];
const LAST = ['Exempelsson', 'Provsson', 'Testdotter', 'Demosson', 'Påhittad', 'Fiktivsson'];

export interface GeneratedPost {
  url: string;
  html: string;
  commentIds: string[];
}

export function generatedPost(count: number, idPrefix: string, postId = 'pfbid0Generated1'): GeneratedPost {
  const url = `https://www.facebook.com/norrbyexempel/posts/${postId}`;
  const commentIds: string[] = [];
  const comments: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = `${idPrefix}${String(i).padStart(4, '0')}`;
    const name = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    commentIds.push(id);
    comments.push(`<div class="x1n2onr6 x1ye3gou"><div role="article" aria-label="Kommentar av ${name} för ${1 + (i % 6)} dagar sedan" tabindex="-1">
  <a href="https://www.facebook.com/profile.php?id=1000900${id}" role="link"><span dir="auto">${name}</span></a>
  <div class="x1lliihq"><div dir="auto" style="text-align: start;">Kommentar nummer ${i} om cykelbanan.</div></div>
  <ul><li><a href="${url}?comment_id=${id}&amp;__cft__[0]=AZgen${i}&amp;__tn__=R]-R" role="link">${1 + (i % 6)} d</a></li></ul>
</div></div>`);
  }
  const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Stadsdelsförvaltning Norrby (exempel) | Facebook</title></head>
<body><div role="main">
  <h2><a href="https://www.facebook.com/norrbyexempel" role="link">Stadsdelsförvaltning Norrby (exempel)</a></h2>
  <div data-ad-rendering-role="story_message"><div dir="auto">Nu börjar arbetet med cykelbanan (genererat inlägg).</div></div>
  ${comments.join('\n  ')}
</div></body></html>`;
  return { url, html, commentIds };
}
