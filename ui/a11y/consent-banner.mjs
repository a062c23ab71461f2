// Opens an exported cookie-banner folder the way a website shows it, in Debian's Chromium, and
// checks what a visitor meets: the banner in the page's language, "necessary only" refusing
// every other category, the preferences modal listing the cookies, and axe-core's WCAG 2.2 A
// and AA rules on the banner and on the modal.
//
//   node a11y/consent-banner.mjs CONSENT-DIR
//
// Serves CONSENT-DIR at /consent/ on localhost beside a plain host page per language (the
// banner's choice cookie is `secure`, which browsers allow on http://localhost only), and prints
// one JSON line per language: { lang, title, refused, accepted, tableNames, violations }.
// Exits 2 when Chromium or the npm packages are missing.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, normalize } from "node:path";
import { CHROMIUM, loadTools, WCAG_TAGS } from "./axe-pages.mjs";

const TYPES = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html; charset=utf-8" };

function hostPage(lang, head) {
  const title = lang === "sv" ? "Välkommen" : "Welcome";
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}</head>\n<body>\n<main><h1>${title}</h1><p><button type="button" data-cc="show-preferencesModal">Cookies</button></p></main>\n</body>\n</html>\n`;
}

function serve(dir) {
  const head = readFileSync(join(dir, "head.html"), "utf8");
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const page = path.match(/^\/(sv|en)\.html$/);
    if (page) {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(hostPage(page[1], head));
      return;
    }
    const file = normalize(path).replace(/^\/consent\//, "");
    const full = join(dir, file);
    if (!path.startsWith("/consent/") || file.includes("..") || !existsSync(full)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[full.slice(full.lastIndexOf("."))] ?? "application/octet-stream" });
    res.end(readFileSync(full));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

async function axe(page, source, selector) {
  await page.addScriptTag({ content: source });
  const result = await page.evaluate(
    ([tags, sel]) => window.axe.run(sel, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    [WCAG_TAGS, selector],
  );
  return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function visit(browser, base, lang, axeSource) {
  const page = await browser.newPage();
  // cookieconsent stays hidden from automated browsers (navigator.webdriver): a visitor's browser.
  await page.addInitScript(() => Object.defineProperty(navigator, "webdriver", { get: () => false }));
  await page.goto(`${base}/${lang}.html`);
  await page.waitForSelector("#cc-main .cm", { state: "visible" });
  const title = (await page.textContent("#cc-main .cm #cm__title"))?.trim();
  const violations = await axe(page, axeSource, "#cc-main");
  await page.click('#cc-main .cm [data-role="necessary"]');
  const prefs = await page.evaluate(() => window.CookieConsent.getUserPreferences());
  await page.click('[data-cc="show-preferencesModal"]');
  await page.waitForSelector("#cc-main .pm", { state: "visible" });
  // Open every category's section, so axe and the list see its table.
  for (const b of await page.$$("#cc-main .pm .pm__section-title")) {
    if ((await b.getAttribute("aria-expanded")) === "false") await b.click();
  }
  const tableNames = await page.$$eval('#cc-main .pm tbody tr td:first-child', (tds) => tds.map((td) => td.textContent.trim()));
  violations.push(...(await axe(page, axeSource, "#cc-main")));
  await page.close();
  return { lang, title, refused: prefs.rejectedCategories, accepted: prefs.acceptedCategories, tableNames, violations };
}

async function main(dir) {
  if (!dir || !existsSync(join(dir, "consent.js"))) {
    console.error("usage: node a11y/consent-banner.mjs CONSENT-DIR");
    process.exit(2);
  }
  const { chromium, axeSource } = loadTools("consent-banner");
  const server = await serve(dir);
  const base = `http://localhost:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (const lang of ["sv", "en"]) {
      const context = await browser.newContext();
      console.log(JSON.stringify(await visit(context, base, lang, axeSource)));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main(process.argv[2]);
