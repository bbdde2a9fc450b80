// 20 browser sessions on one article with live updates on, while saves arrive over the REST API: every session must
// see every save (exit 1 otherwise), and the time from the save's 200 answer to its text in each session's row.
// Usage: node live-sessions.mjs URL [SESSIONS] [SAVES]   (default 20 sessions, 20 saves; prints JSON)
// Each session is its own browser context (own cookies, so its own HTTP and Vaadin session), signed in as editor.
// The article has 10 paragraphs and the window is tall enough for all of them to be rows on the server, since a
// workspace updates the rows it has built (rows out of view are read fresh when scrolled to).
import { chromium } from 'playwright-core';
const [url, sessionsArg, savesArg] = process.argv.slice(2);
const SESSIONS = Number(sessionsArg ?? 20), SAVES = Number(savesArg ?? 20), PARAGRAPHS = 10, GAP_MS = 750;
const basic = 'Basic ' + Buffer.from('editor:editor').toString('base64');
const tag = Date.now().toString(36);

async function api(method, path, auth, body, type = 'application/json') {
  const response = await fetch(url + path, {
    method, headers: { Authorization: auth, ...(body ? { 'Content-Type': type } : {}) },
    body: body === undefined ? undefined : (type === 'application/json' ? JSON.stringify(body) : body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const token = 'Bearer ' + (await api('POST', '/api/v1/tokens', basic, { name: 'live sessions ' + tag })).token;
let text = `Live sessions ${tag}\n\nBy Jane Reporter\n\n`;
for (let i = 0; i < PARAGRAPHS; i++) text += `Paragraph ${i} start${tag}x${i} before the live run.\n\n`;
const articleId = (await api('POST', '/api/v1/articles', token, text, 'text/plain')).id;
const paragraphs = (await api('GET', `/api/v1/articles/${articleId}`, token)).paragraphs;
const markers = Array.from({ length: SAVES }, (_, k) => `live${tag}s${k}`);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = [];
const openStart = Date.now();
for (let s = 0; s < SESSIONS; s++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2200 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180000);
  await page.goto(url + '/login', { waitUntil: 'networkidle' });
  await page.fill('input[name=username]', 'editor');
  await page.fill('input[name=password]', 'editor');
  await page.press('input[name=password]', 'Enter');
  await page.waitForURL(u => !u.pathname.startsWith('/login'));
  await page.goto(`${url}/articles/${articleId}`, { waitUntil: 'commit' });
  await page.getByText(`start${tag}x${PARAGRAPHS - 1}`).first().waitFor({ state: 'visible' });
  // Note when each marker first shows in this page (wall clock, shared with this process): on every change of the
  // page's DOM (a row's word diff shows the new words), and every 100 ms in the editors' values as a fallback.
  await page.evaluate(all => {
    window.__seen = {};
    const look = () => {
      const text = document.body.textContent + [...document.querySelectorAll('textarea')].map(t => t.value).join();
      for (const m of all) if (!(m in window.__seen) && text.includes(m)) window.__seen[m] = Date.now();
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
    setInterval(look, 100);
  }, markers);
  pages.push(page);
}
const openedIn = Date.now() - openStart;
await new Promise(r => setTimeout(r, 10000));   // let the machine settle after opening the sessions

const answered = {};
const saveMs = [];
const revisions = new Map(paragraphs.map(p => [p.id, p.revision]));
for (let k = 0; k < SAVES; k++) {
  const p = paragraphs[k % PARAGRAPHS];
  const t0 = Date.now();
  const saved = await api('PUT', `/api/v1/paragraphs/${p.id}`, token,
    { text: `Paragraph ${k % PARAGRAPHS} saved as ${markers[k]} over REST.`, baseRevision: revisions.get(p.id) });
  answered[markers[k]] = Date.now();
  saveMs.push(answered[markers[k]] - t0);
  revisions.set(p.id, saved.revision);
  await new Promise(r => setTimeout(r, GAP_MS));
}
// Wait until every session has seen every save, or 20 s after the last one.
const deadline = Date.now() + 20000;
let seen = [];
do {
  seen = await Promise.all(pages.map(page => page.evaluate(() => window.__seen)));
  if (seen.every(s => Object.keys(s).length === SAVES)) break;
  await new Promise(r => setTimeout(r, 250));
} while (Date.now() < deadline);

const latencies = [];
let missed = 0;
seen.forEach(s => markers.forEach(m => (m in s) ? latencies.push(Math.max(0, s[m] - answered[m])) : missed++));
latencies.sort((a, b) => a - b);
const pct = p => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p / 100 * latencies.length) - 1)] : null;
saveMs.sort((a, b) => a - b);
console.log(JSON.stringify({
  sessions: SESSIONS, saves: SAVES, expected: SESSIONS * SAVES, seen: latencies.length, missed,
  propagationMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: latencies.at(-1) },
  saveAnswerMs: { p50: saveMs[Math.floor(saveMs.length / 2)], max: saveMs.at(-1) },
  sessionsOpenedInMs: openedIn }));
await browser.close();
process.exit(missed === 0 ? 0 : 1);
