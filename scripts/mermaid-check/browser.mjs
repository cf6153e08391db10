// browser.mjs starts the headless Chromium that check.mjs and report.mjs
// drive: Debian's /usr/bin/chromium, or $CHROMIUM. No browser is
// downloaded; a missing one exits 2 with the package to install.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

// launch returns a headless Chromium with background networking off; tool
// names the caller in the message when there is no browser.
export async function launch(tool) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`${tool}: no browser at ${executablePath} (apt-get install chromium)`);
    process.exit(2);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
