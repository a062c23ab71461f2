// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { I18n } from "../src/i18n";
import { fillFragment, Preview, previewLangs } from "../src/preview";

describe("preview languages", () => {
  it("show one language, or both when both are published", () => {
    expect(previewLangs("both", ["sv", "en"])).toEqual(["sv", "en"]);
    expect(previewLangs("en", ["sv", "en"])).toEqual(["en"]);
    expect(previewLangs("both", ["en"])).toEqual(["en"]);
    expect(previewLangs("sv", ["en"])).toEqual(["en"]);
  });
});

describe("the preview pane", () => {
  const fragment = (lang: string, text: string) =>
    `<div class="policywright" lang="${lang}"><style>.policywright h2 { color: rgb(1, 2, 3); }</style>` +
    `<h2 id="controller">${text}</h2><h2 id="recipients">R</h2></div>`;

  it("shows each published language's fragment, with its style adopted rather than inserted", () => {
    const pane = document.createElement("aside");
    document.body.replaceChildren(pane);
    const modes: string[] = [];
    const p = new Preview(pane, new I18n("en", {}), { onModeChange: (m) => modes.push(m), onToggle: () => undefined });
    p.setLanguages(["sv", "en"], "both");
    p.show([
      { lang: "sv", html: fragment("sv", "Personuppgiftsansvarig") },
      { lang: "en", html: fragment("en", "Controller") },
    ]);
    const docs = [...pane.querySelectorAll<HTMLElement>('[data-testid="preview-doc"]')];
    expect(docs.map((d) => d.dataset.lang)).toEqual(["sv", "en"]);
    expect(docs[0].textContent).toContain("Personuppgiftsansvarig");
    expect(docs[1].textContent).toContain("Controller");
    if ("adoptedStyleSheets" in document) expect(pane.querySelector("style")).toBeNull();

    // English no longer published: the mode falls back and the English document goes.
    p.setLanguages(["sv"], "both");
    expect(modes).toEqual(["sv"]);
    expect([...pane.querySelectorAll<HTMLElement>('[data-testid="preview-doc"]')].map((d) => d.dataset.lang)).toEqual(["sv"]);
  });

  it("collapses and expands with its toggle", () => {
    const pane = document.createElement("aside");
    document.body.replaceChildren(pane);
    const states: boolean[] = [];
    const p = new Preview(pane, new I18n("en", {}), { onModeChange: () => undefined, onToggle: (o) => states.push(o) });
    p.setLanguages(["sv"], "sv");
    const toggle = pane.querySelector<HTMLButtonElement>('[data-testid="preview-toggle"]')!;
    toggle.click();
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(pane.querySelector<HTMLElement>(".preview-docs")!.hidden).toBe(true);
    toggle.click();
    expect(states).toEqual([false, true]);
  });

  it("inserts the library's markup as markup", () => {
    const box = document.createElement("div");
    fillFragment(box, '<div class="policywright"><p>A &amp; B</p></div>');
    expect(box.querySelector("p")!.textContent).toBe("A & B");
  });

  it("replaces only the sections a change touched, and ends as a fresh fill would", () => {
    const doc = (intro: string, rights: string, extra = "") =>
      `<div class="policywright" lang="en-GB"><h2 id="intro">1. Intro</h2><p>${intro}</p>` +
      `<h2 id="rights">2. Rights</h2><p>${rights}</p>${extra}</div>`;
    const box = document.createElement("div");
    fillFragment(box, doc("We are Nordljus.", "Write to us."));
    const [introHeading, introText, , rightsText] = [...box.querySelectorAll("h2, p")];
    fillFragment(box, doc("We are Nordljus AB.", "Write to us."));
    const after = [...box.querySelectorAll("h2, p")];
    expect(after[0]).toBe(introHeading); // untouched nodes are kept
    expect(after[3]).toBe(rightsText);
    expect(after[1]).not.toBe(introText); // the changed paragraph is new
    expect(after[1].textContent).toBe("We are Nordljus AB.");

    // Sections added and removed: the same DOM as filling an empty box.
    for (const html of [doc("A", "B", "<h2 id=\"more\">3. More</h2><p>C</p>"), doc("A", "B"), '<div class="policywright" lang="sv-SE"><p>X</p></div>']) {
      fillFragment(box, html);
      const fresh = document.createElement("div");
      fillFragment(fresh, html);
      expect(box.innerHTML).toBe(fresh.innerHTML);
    }
  });

  it("puts each table in a focusable scroll region named by the heading above it", () => {
    const box = document.createElement("div");
    fillFragment(
      box,
      '<div class="policywright"><h3 id="changes-1">11.1 Versionshistorik <a class="pw-anchor" href="#changes-1">#</a></h3>' +
        "<table><thead><tr><th>Version</th><th>Datum</th></tr></thead><tbody><tr><td>2</td><td>2026-01-01</td></tr></tbody></table>" +
        "<div><table><thead><tr><th>Namn</th><th>Syfte</th></tr></thead></table></div></div>",
      (heading) => `Tabell: ${heading}`,
    );
    const regions = [...box.querySelectorAll<HTMLElement>(".table-scroll")];
    expect(regions.map((r) => [r.getAttribute("role"), r.tabIndex, r.getAttribute("aria-label")])).toEqual([
      ["region", 0, "Tabell: 11.1 Versionshistorik"],
      ["region", 0, "Tabell: Namn, Syfte"],
    ]);
    expect(regions.map((r) => r.firstElementChild?.tagName)).toEqual(["TABLE", "TABLE"]);
  });
});
