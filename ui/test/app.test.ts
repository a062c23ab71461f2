// @vitest-environment happy-dom
// The app driven as a user would, with the Tauri commands replaced by a scripted stand-in
// (the app itself always calls the real commands through api.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  ComparisonView,
  Json,
  JsonObject,
  Opened,
  PreviewResult,
  Project,
  PublishedVersion,
  StartInfo,
  VersionInfo,
} from "../src/types";
import { catalogData, project, servicesData } from "./fixtures";

const calls: { cmd: string; args?: unknown }[] = [];
let startInfo: StartInfo;
let closeHandler: ((e: { preventDefault(): void }) => Promise<void>) | undefined;
const destroyed = vi.fn();
const titles: string[] = [];
let previewAnswer: (p: Project) => PreviewResult;
let openAnswer: () => Opened | null;
let saveAnswer: () => string | null;
let publishAnswer: (args: [Project, string, string]) => PublishedVersion;
let historyAnswer: VersionInfo[] = [];
let comparisonAnswer: ComparisonView;

vi.mock("@tauri-apps/api/window", () => ({
  getCurrentWindow: () => ({
    setTitle: async (t: string) => void titles.push(t),
    onCloseRequested: async (h: typeof closeHandler) => {
      closeHandler = h;
      return () => undefined;
    },
    destroy: async () => destroyed(),
  }),
}));
const clipboard: string[] = [];
vi.mock("@tauri-apps/plugin-clipboard-manager", () => ({ writeText: async (t: string) => void clipboard.push(t) }));
let progressHandler: ((p: { done: number; total: number; file: string }) => void) | undefined;
let finishExport: ((r: { dir: string; files: string[] } | null) => void) | undefined;
vi.mock("../src/api", () => {
  const record =
    <T>(cmd: string, answer: (args?: unknown) => T) =>
    async (...args: unknown[]) => {
      calls.push({ cmd, args });
      return answer(args);
    };
  return {
    toAppError: (e: unknown) => e,
    api: {
      startInfo: record("start_info", () => startInfo),
      uiMessages: record("ui_messages", () => new Proxy({}, { get: (_, id) => String(id), has: () => true })),
      catalog: record("catalog", () => catalogData),
      services: record("services", () => servicesData),
      // As the library does (services::add_to / remove_from), for the one service the tests tick.
      serviceAdd: record("service_add", (args) => {
        const [p, id] = args as [Project, string];
        const next = structuredClone(p);
        (next["recipients"] as Json[]).push({ service: id, name: { sv: id, en: id }, kind: "processor", purpose: {}, country: "US" });
        return next;
      }),
      serviceRemove: record("service_remove", (args) => {
        const [p, id] = args as [Project, string];
        const next = structuredClone(p);
        next["recipients"] = (next["recipients"] as JsonObject[]).filter((r) => r["service"] !== id);
        return next;
      }),
      setUiLang: record("set_ui_lang", () => undefined),
      newProject: record("new_project", (): Opened => ({ path: null, project: project() })),
      openProject: record("open_project", () => openAnswer()),
      openExample: record("open_example", (): Opened => ({ path: null, project: project() })),
      saveProject: record("save_project", () => saveAnswer()),
      autosave: record("autosave", () => undefined),
      recover: record("recover", (): Opened => ({ path: "/tmp/r.toml", project: project() })),
      discardRecovery: record("discard_recovery", () => undefined),
      preview: record("preview", (args) => previewAnswer((args as [Project])[0])),
      exportPolicy: record("export_policy", () => new Promise((resolve) => (finishExport = resolve))),
      fragmentHtml: record("fragment_html", (args) => `<div>fragment ${(args as [Project, string])[1]}</div>`),
      revealExport: record("reveal_export", () => undefined),
      publishVersion: record("publish_version", (args) => publishAnswer(args as [Project, string, string])),
      publishChanges: record("publish_changes", () => [
        { lang: "sv", sections: ["Hur länge vi sparar uppgifterna"] },
        { lang: "en", sections: ["How long we keep your data"] },
      ]),
      history: record("history", () => historyAnswer),
      versionHtml: record("version_html", () => "<div class=\"policywright\"><p>old text</p></div>"),
      compareVersions: record("compare_versions", () => comparisonAnswer),
      exportMemo: record("export_memo", () => ({ dir: "/tmp/memo", files: ["/tmp/memo/review-memo.sv.pdf"] })),
      exportRecord: record("export_record", () => ({ dir: "/tmp/rec", files: ["/tmp/rec/record.sv.xlsx", "/tmp/rec/record.sv.pdf"] })),
      recordHtml: record("record_html", () => "<div class=\"policywright\"><h1>Record</h1></div>"),
      // As the library does (record::need): the headcount and "occasional" decide.
      recordNeed: record("record_need", (args) => {
        const [p] = args as [Project];
        const employees = (p["record"] as JsonObject | undefined)?.["employees"];
        return typeof employees === "number"
          ? { required: true, statement: `required with ${employees}` }
          : { required: true, statement: "give the headcount" };
      }),
      onExportProgress: async (h: typeof progressHandler) => {
        progressHandler = h;
        return () => (progressHandler = undefined);
      },
    },
  };
});

const { App } = await import("../src/app");

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const count = (cmd: string) => calls.filter((c) => c.cmd === cmd).length;
const flush = () => vi.advanceTimersByTimeAsync(0);

let app: InstanceType<typeof App> | undefined;

/** Starts the app; start-up may wait on a modal (recovery), so this only lets it run. */
async function start(info: Partial<StartInfo> = {}) {
  startInfo = {
    uiLang: "en",
    recent: [],
    recovery: null,
    lastProject: { path: "/home/a/shop.toml", project: project() },
    firstStart: false,
    houseStyle: { path: null, error: null },
    examples: [
      { id: "webshop", name: "Nordljus Textil AB" },
      { id: "association", name: "Fjällugglan" },
    ],
    version: "1.2.3",
    legalChecked: "2026-11-20",
    formats: [
      { id: "html", chosenByDefault: true, fromAnswers: false },
      { id: "fragment", chosenByDefault: false, fromAnswers: false },
      { id: "md", chosenByDefault: false, fromAnswers: false },
      { id: "pdf", chosenByDefault: false, fromAnswers: false },
      { id: "json", chosenByDefault: false, fromAnswers: true },
      { id: "consent", chosenByDefault: false, fromAnswers: true },
    ],
    languages: [
      { code: "sv", tag: "sv-SE", names: { sv: "svenska", en: "Swedish" } },
      { code: "en", tag: "en-GB", names: { sv: "engelska", en: "English" } },
    ],
    ...info,
  };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  app = new App(root);
  void app.start();
  await flush();
  await flush();
  return root;
}

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  titles.length = 0;
  destroyed.mockClear();
  closeHandler = undefined;
  openAnswer = () => null;
  saveAnswer = () => "/tmp/saved.toml";
  previewAnswer = () => ({ lint: [], silenced: [], diagnostics: [], documents: [{ lang: "sv", html: "<p>sv</p>" }, { lang: "en", html: "<p>en</p>" }], clauseProblems: [], draft: { status: "unpublished" } });
  // happy-dom: the modal dialog API as the app uses it.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
});
afterEach(() => {
  app?.dispose();
  document.body.replaceChildren();
  vi.useRealTimers();
});

const type = async (path: string, value: string) => {
  const el = $<HTMLInputElement>(`[data-path="${path}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event("input"));
  await flush();
};

describe("the app", () => {
  it("opens the last project and previews it", async () => {
    await start();
    expect($('[data-testid="editor"]')!.hidden).toBe(false);
    expect($('[data-testid="doc-title"]')!.textContent).toBe("shop.toml");
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(true);
    expect(count("preview")).toBe(1);
    expect([...document.querySelectorAll('[data-testid="preview-doc"]')].map((d) => d.textContent)).toEqual(["en"]);
  });

  it("shows the start screen when there is no project", async () => {
    await start({ lastProject: null, recent: [{ path: "/home/a/x.toml", title: "X AB" }] });
    expect($('[data-testid="start-screen"]')).not.toBeNull();
    expect($('[data-testid="editor"]')!.hidden).toBe(true);
    expect($('[data-testid="recent-item"]')!.dataset.path).toBe("/home/a/x.toml");
    expect($<HTMLButtonElement>('[data-testid="action-save"]')!.disabled).toBe(true);
  });

  it("marks unsaved changes, previews at once, autosaves after two seconds", async () => {
    await start();
    await type("organisation.legal_name", "Nytt AB");
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(false);
    expect(titles.at(-1)).toBe("app-window-title-unsaved");
    await vi.advanceTimersByTimeAsync(0);
    expect(count("preview")).toBe(2);
    expect(count("autosave")).toBe(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(count("autosave")).toBe(1);
  });

  it("saves with Ctrl+S and Save As with Ctrl+Shift+S", async () => {
    await start();
    await type("organisation.legal_name", "Nytt AB");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await flush();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "S", ctrlKey: true, shiftKey: true }));
    await flush();
    const saves = calls.filter((c) => c.cmd === "save_project").map((c) => (c.args as [Project, boolean])[1]);
    expect(saves).toEqual([false, true]);
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(true);
    expect($('[data-testid="doc-title"]')!.textContent).toBe("saved.toml");
  });

  it("shows a new project's later steps as not visited, not as complete, until opened", async () => {
    await start();
    $('[data-testid="action-new"]')!.click();
    await flush();
    await flush();
    const state = (id: string) => $(`[data-testid="section-link-${id}"]`)!.dataset.state;
    expect([state("organisation"), state("cookies"), state("security")]).toEqual(["complete", "unvisited", "unvisited"]);
    $('[data-testid="section-link-cookies"]')!.click();
    expect(state("cookies")).toBe("complete");
    expect(state("security")).toBe("unvisited");
  });

  it("shows a question where its step asks it, not in the step that caused it", async () => {
    previewAnswer = () => ({ lint: [], silenced: [],
      diagnostics: [
        { severity: "error", code: "adequacy-not-available", path: "recipients[1].safeguard", message: "No adequacy decision" },
      ],
      documents: [],
      clauseProblems: [], draft: { status: "unpublished" },
    });
    await start();
    $('[data-testid="section-link-sharing"]')!.click();
    expect(document.querySelectorAll('[data-testid="field-diagnostic"]')).toHaveLength(0);
    $('[data-testid="section-link-transfers"]')!.click();
    expect($('[data-testid="field-diagnostic"][data-path="recipients[1].safeguard"]')).not.toBeNull();
  });

  it("places the library's diagnostics at fields and derives the step states", async () => {
    previewAnswer = () => ({ lint: [], silenced: [],
      diagnostics: [
        { severity: "error", code: "email-invalid", path: "organisation.email", message: "Not an e-mail address" },
        { severity: "warning", code: "translation-missing", path: "recipients[0].purpose.en", message: "English missing" },
      ],
      documents: [],
      clauseProblems: [], draft: { status: "unpublished" },
    });
    await start();
    expect($('[data-testid="field-diagnostic"][data-path="organisation.email"]')!.textContent).toContain(
      "Not an e-mail address",
    );
    const state = (id: string) => $(`[data-testid="section-link-${id}"]`)!.dataset.state;
    expect([state("organisation"), state("sharing"), state("cookies"), state("review")]).toEqual([
      "errors",
      "incomplete",
      "complete",
      "errors",
    ]);
    // The review step lists them; choosing one goes to the field.
    $('[data-testid="section-link-review"]')!.click();
    const entries = [...document.querySelectorAll<HTMLElement>('[data-testid="diagnostic"]')];
    expect(entries.map((e) => e.dataset.path)).toEqual(["organisation.email", "recipients[0].purpose.en"]);
    entries[1].click();
    expect($('[data-testid="section-sharing"]')).not.toBeNull();
    expect(document.activeElement?.getAttribute("data-path")).toBe("recipients[0].purpose.en");
  });

  it("offers the recovery copy and opens it as unsaved", async () => {
    await start({ recovery: { savedAt: "2026-11-21T18:04:00Z" } });
    expect($('[data-testid="recovery-offer"]')).not.toBeNull();
    $('[data-testid="recovery-restore"]')!.click();
    await flush();
    expect(count("recover")).toBe(1);
    expect($('[data-testid="doc-title"]')!.textContent).toBe("r.toml");
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(false);
  });

  it("asks before closing with unsaved changes, and discards the recovery copy on Don't save", async () => {
    await start();
    await type("organisation.legal_name", "Nytt AB");
    const prevented = vi.fn();
    const closing = closeHandler!({ preventDefault: prevented });
    await flush();
    expect(prevented).toHaveBeenCalled();
    expect($('[data-testid="confirm-close"]')).not.toBeNull();
    $('[data-testid="confirm-close-discard"]')!.click();
    await closing;
    expect(count("discard_recovery")).toBe(1);
    expect(destroyed).toHaveBeenCalled();
  });

  it("closes at once without unsaved changes", async () => {
    await start();
    const prevented = vi.fn();
    await closeHandler!({ preventDefault: prevented });
    expect(prevented).not.toHaveBeenCalled();
  });

  it("switches the UI language and asks for messages, catalogue and diagnostics again", async () => {
    await start();
    const select = $<HTMLSelectElement>('[data-testid="ui-lang"]')!;
    select.value = "sv";
    select.dispatchEvent(new Event("change"));
    await flush();
    expect(calls.filter((c) => c.cmd === "ui_messages").map((c) => (c.args as string[])[0])).toEqual(["en", "sv"]);
    expect(count("set_ui_lang")).toBe(1);
    expect(count("preview")).toBe(2);
    expect(document.documentElement.lang).toBe("sv");
  });

  it("keeps the section and a collapsed preview across a language switch", async () => {
    await start();
    $('[data-testid="section-link-cookies"]')!.click();
    $('[data-testid="preview-toggle"]')!.click();
    $('[data-testid="form-pane"]')!.scrollTop = 120;
    const select = $<HTMLSelectElement>('[data-testid="ui-lang"]')!;
    select.value = "sv";
    select.dispatchEvent(new Event("change"));
    await flush();
    expect($('[data-testid="section-cookies"]')).not.toBeNull();
    expect($('[data-testid="preview-toggle"]')!.getAttribute("aria-expanded")).toBe("false");
    expect($('[data-testid="editor"]')!.classList.contains("preview-closed")).toBe(true);
    // Where the user was in the form, too (issue 21, point 8).
    expect($('[data-testid="form-pane"]')!.scrollTop).toBe(120);
  });

  it("offers the formats the library's registry lists, in its order, ticked as it says", async () => {
    await start({ formats: [{ id: "json", chosenByDefault: false, fromAnswers: true }, { id: "html", chosenByDefault: true, fromAnswers: false }] });
    $('[data-testid="action-export"]')!.click();
    const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-testid="export-format"]')];
    expect(boxes.map((b) => [b.value, b.checked])).toEqual([
      ["json", false],
      ["html", true],
    ]);
  });

  it("exports the chosen formats with progress, then copies a fragment and opens the folder", async () => {
    await start();
    $('[data-testid="action-export"]')!.click();
    const box = (f: string) => $<HTMLInputElement>(`[data-testid="export-format"][value="${f}"]`)!;
    expect(box("html").checked).toBe(true);
    box("md").checked = true;
    box("md").dispatchEvent(new Event("change"));
    $('[data-testid="export-run"]')!.click();
    await flush();
    expect((calls.find((c) => c.cmd === "export_policy")!.args as [Project, string[]])[1]).toEqual(["html", "md"]);
    progressHandler!({ done: 1, total: 4, file: "/out/policy.sv.html" });
    const bar = $<HTMLProgressElement>('[data-testid="export-progress"]')!;
    expect([bar.value, bar.max]).toEqual([1, 4]);
    finishExport!({ dir: "/out", files: ["/out/policy.sv.html", "/out/policy.en.html", "/out/policy.sv.md", "/out/policy.en.md"] });
    await flush();
    expect([...document.querySelectorAll('[data-testid="export-file"]')].map((e) => e.textContent)).toHaveLength(4);
    expect(progressHandler).toBeUndefined();
    $('[data-testid="export-copy-fragment"][data-lang="en"]')!.click();
    await flush();
    expect(clipboard.at(-1)).toBe("<div>fragment en</div>");
    $('[data-testid="export-reveal"]')!.click();
    await flush();
    expect(count("reveal_export")).toBe(1);
  });

  it("exports a published version from the history as it was recorded", async () => {
    historyAnswer = [
      { version: "1.0", date: "2025-01-15", languages: [], summary: {} },
      { version: "2.0", date: "2026-03-01", languages: ["sv", "en"], summary: {} },
    ];
    await start();
    $('[data-testid="action-history"]')!.click();
    await flush();
    // A version without recorded text has nothing to export.
    expect($('[data-testid="history-export"][data-version="1.0"]')).toBeNull();
    $('[data-testid="history-export"][data-version="2.0"]')!.click();
    await flush();
    expect($('[data-testid="export-dialog"]')).not.toBeNull();
    expect($('[data-testid="export-draft"]')).toBeNull();
    // policy.json and the banner are made from the answers, which a recorded version does not keep.
    const offered = [...document.querySelectorAll<HTMLInputElement>('[data-testid="export-format"]')].map((b) => b.value);
    expect(offered).toEqual(["html", "fragment", "md", "pdf"]);
    $('[data-testid="export-run"]')!.click();
    await flush();
    const args = calls.find((c) => c.cmd === "export_policy")!.args as unknown[];
    expect(args[4]).toBe("2.0");
    finishExport!({ dir: "/out", files: ["/out/policy.sv.html"] });
    await flush();
    expect($('[data-testid="export-copy-fragment"]')).toBeNull();
  });

  it("asks the record's own questions in their step and says whether the record is required", async () => {
    await start();
    $('[data-testid="section-link-record"]')!.click();
    await flush();
    expect($('[data-testid="section-record"]')).not.toBeNull();
    expect($('[data-testid="record-need-note"]')!.textContent).toBe("give the headcount");
    const employees = $<HTMLInputElement>('[data-path="record.employees"]')!;
    employees.value = "4";
    employees.dispatchEvent(new Event("input"));
    await flush();
    expect($('[data-testid="record-need-note"]')!.textContent).toBe("required with 4");
    // Each use of data from step 2 gets the record's questions, under its title.
    expect($('[data-path="activities[0].record.owner"]')).not.toBeNull();
  });

  it("writes the record of processing from the Publishing menu", async () => {
    await start();
    $('[data-testid="action-record"]')!.click();
    await flush();
    expect($('[data-testid="record-need"]')!.textContent).toBe("give the headcount");
    // The record as it will be written, before choosing a folder.
    expect($('[data-testid="record-view"] h1')!.textContent).toBe("Record");
    $('[data-testid="record-run"]')!.click();
    await flush();
    expect(count("export_record")).toBe(1);
    expect([...document.querySelectorAll('[data-testid="record-file"]')].map((e) => e.textContent)).toEqual([
      "/tmp/rec/record.sv.xlsx",
      "/tmp/rec/record.sv.pdf",
    ]);
  });

  it("remembers the chosen formats for the next export", async () => {
    await start();
    $('[data-testid="action-export"]')!.click();
    const box = (f: string) => $<HTMLInputElement>(`[data-testid="export-format"][value="${f}"]`)!;
    box("pdf").checked = true;
    box("pdf").dispatchEvent(new Event("change"));
    box("html").checked = false;
    box("html").dispatchEvent(new Event("change"));
    $('[data-testid="export-close"]')!.click();
    $('[data-testid="action-export"]')!.click();
    expect([box("html").checked, box("pdf").checked]).toEqual([false, true]);
  });

  it("says a draft changed since its published number is exported as a draft, and offers to publish", async () => {
    previewAnswer = () => ({
      lint: [],
      silenced: [],
      diagnostics: [],
      documents: [],
      clauseProblems: [],
      draft: { status: "changed-since", version: "2.0" },
    });
    await start();
    $('[data-testid="action-export"]')!.click();
    expect($('[data-testid="export-draft"]')!.textContent).toContain("app-export-draft");
    expect($('[data-testid="export-versioned"]')).not.toBeNull();
    $('[data-testid="export-publish-first"]')!.click();
    await flush();
    expect($('[data-testid="export-dialog"]')?.hasAttribute("open") ?? false).toBe(false);
    expect($('[data-testid="publish-dialog"]')).not.toBeNull();
  });

  it("does not offer to export while the project has errors", async () => {
    previewAnswer = () => ({ lint: [], silenced: [],
      diagnostics: [{ severity: "error", code: "required", path: "organisation.email", message: "Required" }],
      documents: [],
      clauseProblems: [], draft: { status: "unpublished" },
    });
    await start();
    $('[data-testid="action-export"]')!.click();
    expect($('[data-testid="export-has-errors"]')).not.toBeNull();
    expect($<HTMLButtonElement>('[data-testid="export-run"]')!.disabled).toBe(true);
  });

  it("removes a list item with an Undo in its place", async () => {
    await start();
    $('[data-testid="section-link-sharing"]')!.click();
    $('[data-testid="item-remove"][data-path="recipients[0]"]')!.click();
    expect(document.querySelectorAll('[data-testid="list-item"]')).toHaveLength(1);
    expect(document.activeElement?.getAttribute("data-testid")).toBe("undo-remove");
    (document.activeElement as HTMLElement).click();
    expect(document.querySelectorAll('[data-testid="list-item"]')).toHaveLength(2);
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(true);
  });

  it("adds a service of the catalogue with where its facts come from, and removes it again", async () => {
    await start();
    $('[data-testid="section-link-sharing"]')!.click();
    const search = $<HTMLInputElement>('[data-testid="service-search"]')!;
    search.value = "rocket";
    search.dispatchEvent(new Event("input"));
    const shown = [...document.querySelectorAll<HTMLElement>(".service-list li")].filter((li) => !li.hidden);
    expect(shown.map((li) => li.dataset.service)).toEqual(["mailchimp"]);
    const box = $<HTMLInputElement>('[data-testid="service-choice"][data-option="mailchimp"]')!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await flush();
    expect(count("service_add")).toBe(1);
    expect(document.querySelectorAll('[data-testid="list-item"]')).toHaveLength(3);
    expect($<HTMLInputElement>('[data-testid="service-choice"][data-option="mailchimp"]')!.checked).toBe(true);
    // The search survives the re-render the tick causes.
    expect($<HTMLInputElement>('[data-testid="service-search"]')!.value).toBe("rocket");
    $('[data-testid="item-toggle"][data-path="recipients[2]"]')!.click();
    await flush();
    const facts = $('[data-testid="service-facts"]')!.textContent!;
    expect(facts).toContain("app-service-from");
    // One line each for the provider, its role and its transfer, each with its source.
    expect(document.querySelectorAll('[data-testid="service-facts"] li')).toHaveLength(3);
    expect($<HTMLElement>('[data-testid="dirty-indicator"]')!.hidden).toBe(false);
    const again = $<HTMLInputElement>('[data-testid="service-choice"][data-option="mailchimp"]')!;
    again.checked = false;
    again.dispatchEvent(new Event("change"));
    await flush();
    expect(count("service_remove")).toBe(1);
    expect(document.querySelectorAll('[data-testid="list-item"]')).toHaveLength(2);
  });

  it("says which facts the catalogue does not know, so the owner answers them", async () => {
    await start();
    $('[data-testid="section-link-sharing"]')!.click();
    const box = $<HTMLInputElement>('[data-testid="service-choice"][data-option="bokadirekt"]')!;
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await flush();
    $('[data-testid="item-toggle"][data-path="recipients[2]"]')!.click();
    await flush();
    const facts = $('[data-testid="service-facts"]')!.textContent!;
    expect(facts).toContain("app-service-role-unknown");
    expect(facts).toContain("app-service-location-unknown");
  });

  it("shows the start screen on first start, and opens an example as an unsaved copy", async () => {
    await start({ lastProject: null, firstStart: true });
    expect($('[data-testid="start-screen"]')).not.toBeNull();
    expect($('[data-testid="editor"]')!.hidden).toBe(true);
    expect($('[data-testid="start-welcome"]')).not.toBeNull();
    expect($('[data-testid="about"]')!.textContent).toBe("app-about-versionapp-about-legal-checkedapp-about-services-checked");
    const examples = [...document.querySelectorAll<HTMLElement>('[data-testid="start-example"]')];
    expect(examples.map((e) => e.dataset.example)).toEqual(["webshop", "association"]);
    expect(examples[0].textContent).toContain("Nordljus Textil AB");
    examples[1].click();
    await flush();
    expect(calls.find((c) => c.cmd === "open_example")!.args).toEqual(["association"]);
    expect($('[data-testid="editor"]')!.hidden).toBe(false);
    // Titled as the example, not "Untitled project" and not a file of the user's.
    expect($('[data-testid="doc-title"]')!.textContent).toBe("app-example-title");
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(true);
    // Saving asks where (the command gets no path), then the file names the project.
    $('[data-testid="action-save"]')!.click();
    await flush();
    expect($('[data-testid="doc-title"]')!.textContent).toBe("saved.toml");
  });

  it("tells recent projects of the same title apart by their folders, full path on hover", async () => {
    await start({
      lastProject: null,
      recent: [
        { path: "/home/a/kunder/2025/bageriet.toml", title: "Bageriet AB" },
        { path: "/home/a/kunder/2026/bageriet.toml", title: "Bageriet AB" },
      ],
    });
    const items = [...document.querySelectorAll<HTMLElement>('[data-testid="recent-item"]')];
    expect(items.map((i) => i.querySelector('[data-testid="recent-place"]')!.textContent)).toEqual(["…/2025", "…/2026"]);
    expect(items.map((i) => i.title)).toEqual(["/home/a/kunder/2025/bageriet.toml", "/home/a/kunder/2026/bageriet.toml"]);
    expect(items[0].getAttribute("aria-description")).toBe("/home/a/kunder/2025/bageriet.toml");
  });

  it("marks an unanswered question at its field only once it was visited, or after the review", async () => {
    previewAnswer = () => ({ lint: [], silenced: [],
      diagnostics: [
        { severity: "error", code: "required", path: "organisation.legal_name", message: "Required" },
        { severity: "error", code: "required", path: "organisation.email", message: "Required" },
      ],
      documents: [],
      clauseProblems: [], draft: { status: "unpublished" },
    });
    await start();
    const diag = (p: string) => $(`[data-testid="field-diagnostic"][data-path="${p}"]`);
    expect(document.querySelectorAll('[data-testid="field-diagnostic"]')).toHaveLength(0);
    expect($('[data-path="organisation.legal_name"]')!.hasAttribute("aria-invalid")).toBe(false);
    // Leaving the field shows its diagnostic, and only its.
    const name = $('[data-path="organisation.legal_name"]')!;
    name.focus();
    name.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    expect(diag("organisation.legal_name")).not.toBeNull();
    expect(diag("organisation.email")).toBeNull();
    // After the review step every unanswered question is marked where it is asked.
    $('[data-testid="section-link-review"]')!.click();
    expect(document.querySelectorAll('[data-testid="diagnostic"]')).toHaveLength(2);
    $('[data-testid="section-link-organisation"]')!.click();
    expect(diag("organisation.email")).not.toBeNull();
  });

  it("names the question of each diagnostic in the review list", async () => {
    previewAnswer = () => ({ lint: [], silenced: [],
      diagnostics: [
        { severity: "error", code: "required", path: "activities[1].purpose", message: "m1" },
        { severity: "warning", code: "translation-missing", path: "recipients[0].name.en", message: "m2" },
        { severity: "error", code: "date-invalid", path: "policy.effective_date", message: "m3" },
        { severity: "error", code: "x", path: "", message: "m4" },
      ],
      documents: [],
      clauseProblems: [], draft: { status: "unpublished" },
    });
    await start();
    $('[data-testid="section-link-review"]')!.click();
    const where = [...document.querySelectorAll('[data-testid="diagnostic-field"]')].map((e) => e.textContent);
    expect(where).toEqual([
      "app-section-activities › q-activity-item › q-act-purpose",
      "app-section-sharing › q-recipient-item › app-field-in-lang",
      "app-section-review › q-policy-effective-date",
      "app-field-whole-project",
    ]);
  });

  it("keeps the unsaved work and says why when a save fails (a full disk, a read-only folder)", async () => {
    saveAnswer = () => {
      throw { kind: "io", message: "save: cannot write /ro/p.toml: Read-only file system (os error 30)" };
    };
    await start();
    await type("organisation.legal_name", "Osparat AB");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await flush();
    expect($('[data-testid="error-dialog"]')).not.toBeNull();
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(false);
    expect(titles.at(-1)).toBe("app-window-title-unsaved");
    // The work is still autosaved for recovery, and a later save can succeed.
    await vi.advanceTimersByTimeAsync(2000);
    expect(count("autosave")).toBe(1);
    saveAnswer = () => "/tmp/saved.toml";
    $<HTMLButtonElement>('[data-testid="error-dialog"] button')!.click();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "s", ctrlKey: true }));
    await flush();
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(true);
    const saved = calls.filter((c) => c.cmd === "save_project").map((c) => (c.args as [Project])[0]);
    expect(JSON.stringify(saved.at(-1))).toContain('"legal_name":"Osparat AB"');
  });

  it("lists every problem of a file that cannot be opened, with its line, field and what to do", async () => {
    openAnswer = () => {
      throw {
        kind: "invalid-project",
        message: "/x/bad.toml is not a valid project file (2 problem(s))",
        file: "/x/bad.toml",
        diagnostics: [
          { severity: "error", code: "wrong-type", path: "organisation.email", message: "Fel sorts värde", line: 4, column: 9 },
          { severity: "error", code: "unknown-field", path: "clauses", message: "Okänt fält `clauses`", line: 9, column: 1 },
        ],
      };
    };
    await start();
    $('[data-testid="action-open"]')!.click();
    await flush();
    const dialog = $('[data-testid="error-dialog"]')!;
    expect(dialog.textContent).toContain("app-open-invalid");
    expect(dialog.textContent).toContain("app-open-invalid-what-now");
    expect(dialog.textContent).not.toContain("is not a valid project file");
    const items = [...dialog.querySelectorAll('[data-testid="app-error-item"]')].map((e) => e.textContent);
    expect(items).toEqual(["app-at-line q-org-email – Fel sorts värde", "app-at-line clauses – Okänt fält `clauses`"]);
  });

  it("says a file that is no project is none, in the UI language, with no system text", async () => {
    openAnswer = () => {
      throw { kind: "not-a-project", message: "/home/a/logo.png is not a policywright project", file: "/home/a/logo.png" };
    };
    await start();
    $('[data-testid="action-open"]')!.click();
    await flush();
    const dialog = $('[data-testid="error-dialog"]')!;
    expect(dialog.textContent).toContain("app-error-not-a-project");
    expect(dialog.textContent).not.toContain("is not a policywright project");
    expect(dialog.querySelectorAll('[data-testid="app-error-item"]')).toHaveLength(0);
  });

  it("lists the lint findings in the review, a finding at a field going to it", async () => {
    previewAnswer = () => ({
      diagnostics: [],
      clauseProblems: [], draft: { status: "unpublished" },
      documents: [],
      lint: [
        { id: "outdated-name", place: { kind: "field", path: "organisation.email" }, where: "organisation.email", message: "PUL is out of date", title: "Inaktuellt namn" },
        { id: "vague-wording", place: { kind: "clause", clause: "security", title: "Security", lang: "en" }, where: "Security (en)", message: "vague", title: "Vaga formuleringar" },
        // In a built-in text: the program's to fix, not shown to the user (issue 21, point 5).
        { id: "hard-to-read", place: { kind: "clause", clause: "rights", title: "Rights", lang: "sv" }, where: "Rights (sv)", message: "hard", title: "Svårläst" },
      ],
      silenced: [{ id: "hard-to-read", reason: "Legal terms", hidden: 2 }],
    });
    // The security clause is the user's own wording in English.
    const rewritten = { ...project(), clauses: { overrides: [{ clause: "security", lang: "en", text: "# Security", base: "", covers: [] }] } };
    await start({ lastProject: { path: "/home/a/shop.toml", project: rewritten } });
    $('[data-testid="section-link-review"]')!.click();
    const findings = [...document.querySelectorAll<HTMLElement>('[data-testid="lint-finding"]')];
    expect(findings.map((f) => f.dataset.lint)).toEqual(["outdated-name", "vague-wording"]);
    // The check is named in the user's language, not by its id (issue 21, point 8).
    expect(findings.map((f) => f.querySelector(".diag-kind")!.textContent)).toEqual(["Inaktuellt namn", "Vaga formuleringar"]);
    expect($('[data-testid="lint-silenced"]')!.textContent).toBe("app-lint-silenced");
    findings[0].click();
    expect($('[data-testid="section-organisation"]')).not.toBeNull();
  });

  it("publishes a version, marks the project unsaved and shows a refusal where it happened", async () => {
    publishAnswer = ([p, version, date]) => ({
      project: { ...p, history: [{ version, date, markdown: { sv: "# x", en: "# x" } }] },
      message: `published ${version}`,
    });
    await start();
    $<HTMLButtonElement>('[data-testid="action-publish"]')!.click();
    const version = $<HTMLInputElement>('[data-testid="publish-version"]')!;
    version.value = "3.0";
    $<HTMLButtonElement>('[data-testid="publish-run"]')!.click();
    await flush();
    const call = calls.find((c) => c.cmd === "publish_version")!;
    expect((call.args as [Project, string, string])[1]).toBe("3.0");
    expect($('[data-testid="publish-dialog"]')).toBeNull();
    expect($('[data-testid="dirty-indicator"]')!.hidden).toBe(false);
    expect([...document.querySelectorAll('[data-testid="toast"]')].map((t) => t.textContent)).toContain("published 3.0×");

    publishAnswer = () => {
      throw { kind: "refused", message: "Version 3.0 was published already" };
    };
    $<HTMLButtonElement>('[data-testid="action-publish"]')!.click();
    $<HTMLButtonElement>('[data-testid="publish-run"]')!.click();
    await flush();
    expect($('[data-testid="publish-refused"]')!.textContent).toContain("Version 3.0 was published already");
  });

  it("asks what changed in each language, showing the sections changed since the last version", async () => {
    publishAnswer = ([p, version]) => ({ project: p, message: `published ${version}` });
    await start();
    $<HTMLButtonElement>('[data-testid="action-publish"]')!.click();
    await flush();
    const changed = [...document.querySelectorAll('[data-testid="publish-changed-section"]')].map((e) => e.textContent);
    expect(changed).toEqual(["How long we keep your data"]);
    const summaries = [...document.querySelectorAll<HTMLTextAreaElement>('[data-testid="publish-summary"]')];
    expect(summaries.map((s) => s.dataset.lang)).toEqual(["sv", "en"]);
    expect(document.activeElement).toBe(summaries[0]);
    summaries[0].value = "Vi sparar orderuppgifter kortare.";
    summaries[1].value = "We keep order data for less time.";
    $<HTMLButtonElement>('[data-testid="publish-run"]')!.click();
    await flush();
    const call = calls.find((c) => c.cmd === "publish_version")!;
    expect((call.args as unknown[])[3]).toEqual({ sv: "Vi sparar orderuppgifter kortare.", en: "We keep order data for less time." });
  });

  it("lists the history and shows a comparison side by side with the changes marked", async () => {
    historyAnswer = [
      { version: "1.0", date: "2025-01-15", languages: [], summary: { en: "First" } },
      { version: "2.0", date: "2026-03-01", languages: ["sv", "en"], summary: {} },
      { version: "2.1", date: "2026-09-01", languages: ["sv", "en"], summary: {} },
    ];
    comparisonAnswer = {
      title: "Changes",
      summary: "One section changed.",
      sections: [
        { id: "intro", title: "About", status: "unchanged", statusText: "Unchanged.", lines: [] },
        {
          id: "rights",
          title: "Your rights",
          status: "changed",
          statusText: "Changed.",
          lines: [
            {
              kind: "paragraph",
              pieces: [
                { tag: "same", text: "within " },
                { tag: "deleted", text: "30" },
                { tag: "inserted", text: "21" },
                { tag: "same", text: " days" },
              ],
            },
          ],
        },
      ],
    };
    await start();
    $<HTMLButtonElement>('[data-testid="action-history"]')!.click();
    await flush();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="history-item"]')].map((r) => r.dataset.version);
    expect(rows).toEqual(["2.1", "2.0", "1.0"]);
    expect($<HTMLSelectElement>('[data-testid="compare-from"]')!.value).toBe("2.0");
    expect($<HTMLSelectElement>('[data-testid="compare-to"]')!.value).toBe("2.1");
    $<HTMLButtonElement>('[data-testid="history-open"]')!.click();
    await flush();
    expect($('[data-testid="version-view"]')!.textContent).toContain("old text");
    $<HTMLButtonElement>('[data-testid="compare-run"]')!.click();
    await flush();
    const rights = $('[data-testid="comparison-section"][data-section="rights"]')!;
    expect(rights.querySelector('[data-testid="comparison-old"] del')!.textContent).toBe("[−30]");
    expect(rights.querySelector('[data-testid="comparison-new"] ins')!.textContent).toBe("[+21]");
    expect(rights.querySelector('[data-testid="comparison-old"] ins')).toBeNull();
    expect($('[data-testid="comparison-section"][data-section="intro"] [data-testid="comparison-old"]')).toBeNull();
  });
});
