// check.mjs renders Mermaid files with the mermaid package from
// node_modules in headless Chromium (Debian's /usr/bin/chromium, or
// $CHROMIUM) and exits 1 if any file fails to parse or render, or breaks
// Mermaid's default limits (50,000 characters, 500 edges). No network is
// used: the page is blank and mermaid's UMD bundle is injected from disk.
//
// Usage: node check.mjs FILE.mmd|FILE.txtar|FILE.md ...
// A .txtar file (a testscript archive) contributes each of its "-- NAME.mmd --"
// sections; a Markdown file each of its ```mermaid blocks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser.mjs';

const require = createRequire(import.meta.url);
const bundle = require.resolve('mermaid/dist/mermaid.min.js');
const mermaidVersion = require('mermaid/package.json').version;
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.mmd [FILE.mmd ...]');
  process.exit(2);
}
const browser = await launch('mermaid-check');

// diagrams lists [name, source] for every diagram in the given files.
function diagrams(files) {
  const out = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) {
      const blocks = [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)];
      blocks.forEach((m, i) => out.push([`${file}:mermaid-${i + 1}`, m[1]]));
      continue;
    }
    if (!file.endsWith('.txtar')) {
      out.push([file, text]);
      continue;
    }
    const parts = text.split(/^-- (.+?) --\n/m);
    for (let i = 1; i + 1 < parts.length; i += 2) {
      if (parts[i].endsWith('.mmd')) out.push([`${file}:${parts[i]}`, parts[i + 1]]);
    }
  }
  return out;
}

let failed = 0;
let total = 0;
try {
  const page = await browser.newPage();
  // Refuse every request: everything the check needs is on disk.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
  await page.evaluate(() => {
    // Default limits (maxTextSize 50000, maxEdges 500) are left as they are.
    globalThis.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });
  let n = 0;
  for (const [file, src] of diagrams(files)) {
    n++;
    total++;
    const res = await page.evaluate(async ({ src, id }) => {
      try {
        await globalThis.mermaid.parse(src);
        const { svg } = await globalThis.mermaid.render(id, src);
        if (/Syntax error|maximum text size|Too many edges/i.test(svg)) {
          return { error: 'mermaid drew an error diagram' };
        }
        // A flowchart's labels carry their own line breaks: Mermaid must
        // not wrap a line again (decom breaks between phrases, never
        // inside one). Draw it and count each label's lines.
        if (/^flowchart /m.test(src)) {
          const box = document.createElement('div');
          box.innerHTML = svg;
          document.body.appendChild(box);
          const wrapped = [];
          for (const el of box.querySelectorAll('.nodeLabel')) {
            const lines = el.querySelectorAll('br').length + 1;
            const lh = parseFloat(getComputedStyle(el).lineHeight) || 24;
            if (Math.round(el.getBoundingClientRect().height / lh) > lines) wrapped.push(el.textContent);
          }
          box.remove();
          if (wrapped.length > 0) return { error: `Mermaid wrapped ${wrapped.length} label(s), first: ${wrapped[0]}` };
        }
        return { bytes: svg.length };
      } catch (e) {
        return { error: String((e && e.message) || e) };
      }
    }, { src, id: `d${n}` });
    if (res.error) {
      failed++;
      console.error(`FAIL ${file}: ${res.error}`);
    } else {
      console.log(`ok   ${file} (${src.length} characters, ${res.bytes} bytes of SVG)`);
    }
  }
  console.log(`mermaid ${mermaidVersion}: ${total - failed} passed, ${failed} failed`);
} finally {
  await browser.close();
}
if (total === 0) {
  console.error('mermaid-check: no diagrams found in the given files');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
