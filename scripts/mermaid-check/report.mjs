// report.mjs opens HTML reports written by `decom report -o html` from
// disk in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM)
// with networking off, and exits 1 if any page logs a console error,
// throws, makes any request besides its own file, lacks the timeline or
// the tables, overflows a narrow (phone-sized) window sideways, or does
// not print each section after the first on a new page. With
// --screenshot PNG it saves a picture of the first page's top.
//
// Usage: node report.mjs [--screenshot PNG] FILE.html ...
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
let screenshot = '';
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--screenshot') screenshot = args[++i];
  else files.push(args[i]);
}
if (files.length === 0) {
  console.error('usage: node report.mjs [--screenshot PNG] FILE.html ...');
  process.exit(2);
}
const browser = await launch('report-check');

// check opens one report and returns the problems found.
async function check(file, width, shot) {
  const url = pathToFileURL(resolve(file)).href;
  const context = await browser.newContext({ offline: true, viewport: { width, height: shot ? 1500 : 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  // Networking is off; anything but the report's own file is a fault.
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    problems.push(`request: ${route.request().url()}`);
    return route.abort();
  });
  const res = await page.goto(url, { waitUntil: 'load' });
  if (!res || !res.ok()) problems.push(`could not open ${url}`);
  const dom = await page.evaluate(() => ({
    gantt: document.querySelectorAll('figure.timeline svg.gantt').length,
    waves: document.querySelectorAll('svg.gantt g.wave').length,
    waveRows: document.querySelectorAll('#waves table tbody tr').length,
    tables: document.querySelectorAll('main table').length,
    captions: document.querySelectorAll('main table caption').length,
    sections: [...document.querySelectorAll('main > section')].map((s) => s.id),
    headline: (document.querySelector('header .lede') || {}).textContent || '',
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    diagrams: document.querySelectorAll('figure.diagram svg').length,
  }));
  for (const id of ['summary', 'timeline', 'waves', 'costs', 'contracts', 'critical', 'breaches', 'blockers']) {
    if (!dom.sections.includes(id)) problems.push(`no section #${id}`);
  }
  if (dom.gantt !== 1) problems.push(`${dom.gantt} timelines, want 1`);
  if (dom.waves === 0 || dom.waves !== dom.waveRows) problems.push(`timeline draws ${dom.waves} waves, the table lists ${dom.waveRows}`);
  if (dom.tables < 2 || dom.captions !== dom.tables) problems.push(`${dom.tables} tables, ${dom.captions} with captions`);
  if (dom.headline.trim() === '') problems.push('no headline');
  if (dom.overflow > 1) problems.push(`the page is ${dom.overflow}px wider than a ${width}px window`);
  if (shot) await page.screenshot({ path: shot, fullPage: false });
  if (width > 800) {
    // Printed, every section after the first starts a new page.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    if (pages < dom.sections.length - 1) problems.push(`printed on ${pages} pages, want at least ${dom.sections.length - 1} (a page per section)`);
  }
  await context.close();
  return { problems, dom };
}

let failed = 0;
try {
  for (const [i, file] of files.entries()) {
    for (const width of [1280, 380]) {
      const { problems, dom } = await check(file, width, i === 0 && width === 1280 ? screenshot : '');
      if (problems.length) {
        failed++;
        for (const p of problems) console.error(`FAIL ${file} (${width}px): ${p}`);
      } else {
        console.log(`ok   ${file} (${width}px): ${dom.waves} waves on the timeline, ${dom.tables} tables, ${dom.diagrams} diagrams`);
      }
    }
  }
} finally {
  await browser.close();
}
process.exit(failed > 0 ? 1 : 0);
