// Runs axe-core (WCAG 2.2 A and AA rules) in Debian's Chromium over local HTML files.
//
//   node a11y/axe-pages.mjs FILE.html...
//
// Each file is opened at two window sizes (a desktop window and a phone-sized one, where long
// words and tables have the least room). Prints every violation with its rule, the elements and
// what to do (and a page that scrolls sideways, WCAG 1.4.10, which axe does not check), and a
// closing line "N passed, M failed" (one per file and size). Exits 1 when any
// page has a violation, 2 when Chromium or the npm packages are missing.
//
// tests/html_a11y.rs renders the examples with the real CLI and runs this script on them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const CHROMIUM = process.env.POLICYWRIGHT_CHROMIUM ?? "/usr/bin/chromium";
const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

const require = createRequire(import.meta.url);

/** Playwright and axe-core from ui/node_modules, with Debian's Chromium there: or exit 2 with
 * what is missing (the tests skip, or fail with CI=true). */
export function loadTools(script) {
  if (!existsSync(CHROMIUM)) {
    console.error(`${script}: no Chromium at ${CHROMIUM} (apt-get install chromium, or run scripts/setup.sh)`);
    process.exit(2);
  }
  try {
    const { chromium } = require("playwright-core");
    return { chromium, axeSource: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") };
  } catch (e) {
    console.error(`${script}: ${e.message} (run npm ci in ui/)`);
    process.exit(2);
  }
}

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node a11y/axe-pages.mjs FILE.html...");
    process.exit(2);
  }
  const { chromium, axeSource } = loadTools("axe-pages");
  const profile = mkdtempSync(join(tmpdir(), "policywright-axe-"));
  // A new, empty profile: playwright passes it as --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const file of files) {
      for (const size of SIZES) {
        const page = await browser.newPage();
        await page.setViewportSize(size);
        await page.goto(pathToFileURL(resolve(file)).href);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
          WCAG_TAGS,
        );
        // WCAG 1.4.10 (reflow), which axe cannot see: the page itself never scrolls sideways;
        // a wide table scrolls inside the policy.
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await page.close();
        const where = `${file} at ${size.width}x${size.height}`;
        if (sideways > 0) {
          result.violations.push({
            id: "reflow",
            impact: "serious",
            help: `the page scrolls sideways by ${sideways} px`,
            helpUrl: "https://www.w3.org/WAI/WCAG22/Understanding/reflow.html",
            nodes: [],
          });
        }
        if (result.violations.length === 0) {
          passed += 1;
          console.log(`ok   ${where}`);
          continue;
        }
        failed += 1;
        console.log(`FAIL ${where}`);
        for (const v of result.violations) {
          console.log(`  ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}`);
          for (const node of v.nodes.slice(0, 5)) {
            console.log(`    at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`);
          }
          if (v.nodes.length > 5) console.log(`    and ${v.nodes.length - 5} more`);
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// Run as a script; imported (consent-banner.mjs), it only lends its constants.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main(process.argv.slice(2));
