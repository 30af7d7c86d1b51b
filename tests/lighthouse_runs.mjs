// Lighthouse's command line, run on several addresses one after another in one Node.js process, rather than one
// process a run: the flags are read by Lighthouse's own parser, and each run gets a Chromium of its own, launched
// and killed as the command line does it (chrome-launcher, its default flags and --chrome-flags), so that each run
// is a run of the command line; only Node.js's start and Lighthouse's loading are paid once. Prints one line of JSON
// a run, in order: {"url", "runtimeError", "scores": {category: 0..1}}.
//
//     node tests/lighthouse_runs.mjs URL... -- LIGHTHOUSE-FLAGS...
//
// The Chromium is the one CHROME_PATH names. chrome-launcher is Lighthouse's own dependency (tests/package-lock.json).

import * as ChromeLauncher from 'chrome-launcher';
import log from 'lighthouse-logger';
import lighthouse from 'lighthouse';
import {getFlags} from 'lighthouse/cli/cli-flags.js';
import {parseChromeFlags} from 'lighthouse/cli/run.js';

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
if (split < 1) {
  console.error('usage: node lighthouse_runs.mjs URL... -- LIGHTHOUSE-FLAGS...');
  process.exit(2);
}
const urls = argv.slice(0, split);
const lighthouseArgs = argv.slice(split + 1);
// As Lighthouse's command line sets its log level (cli/bin.js).
const logLevel = (flags) => (flags.verbose ? 'verbose' : flags.quiet ? 'silent' : 'info');

let chrome;
try {
  for (const url of urls) {
    const flags = getFlags([url, ...lighthouseArgs]);
    flags.logLevel = logLevel(flags);
    log.setLevel(flags.logLevel);
    // As Lighthouse's command line launches Chromium for a run (cli/run.js), and kills it once the run is done.
    chrome = await ChromeLauncher.launch({
      ignoreDefaultFlags: flags.chromeIgnoreDefaultFlags,
      chromeFlags: parseChromeFlags(flags.chromeFlags),
      logLevel: flags.logLevel,
    });
    const result = await lighthouse(url, {...flags, port: chrome.port, channel: 'cli', enableErrorReporting: false});
    chrome.kill();
    chrome = undefined;
    const lhr = result?.lhr;
    const scores = Object.fromEntries(Object.entries(lhr?.categories ?? {}).map(([id, c]) => [id, c.score]));
    process.stdout.write(JSON.stringify({url, runtimeError: lhr?.runtimeError ?? null, scores}) + '\n');
  }
} catch (error) {
  console.error(error?.stack || String(error));
  chrome?.kill();
  process.exit(1);
}
process.exit(0);
