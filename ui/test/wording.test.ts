// @vitest-environment happy-dom
// The wording panel: a built-in clause's sentences side by side in each language, edited in
// place, with the library (scripted here as it answers) deciding what fits.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Project, WordingMessage } from "../src/types";

const calls: { cmd: string; args: unknown[] }[] = [];
let refuse: string | null = null;
let leftOut: string[] = [];
const reworded = new Map<string, string>();

const messages = (lang: string): WordingMessage[] => [
  {
    id: "retention-title",
    default: lang === "sv" ? "Hur länge vi sparar uppgifterna" : "How long we keep your data",
    text: lang === "sv" ? "Hur länge vi sparar uppgifterna" : "How long we keep your data",
    reworded: false,
    stale: false,
    placeables: [],
  },
  {
    id: "retention-keep",
    default: lang === "sv" ? "Vi sparar uppgifterna { $period }" : "We keep the data { $period }",
    text: reworded.get(lang) ?? (lang === "sv" ? "Vi sparar uppgifterna { $period }" : "We keep the data { $period }"),
    reworded: reworded.has(lang),
    stale: false,
    placeables: ["period"],
  },
];

vi.mock("../src/api", () => ({
  api: {
    clauseWording: async (...args: unknown[]) => {
      calls.push({ cmd: "clause_wording", args });
      return messages(args[2] as string);
    },
    clauseReword: async (...args: unknown[]) => {
      calls.push({ cmd: "clause_reword", args });
      if (refuse) throw { kind: "refused", message: refuse };
      reworded.set(args[2] as string, args[3] as string);
      return { project: { reworded: true }, leftOut };
    },
    clauseRewordReset: async (...args: unknown[]) => {
      calls.push({ cmd: "clause_reword_reset", args });
      reworded.delete(args[2] as string);
      return { reset: true };
    },
  },
}));

const { WordingPanel } = await import("../src/wording");

function panel() {
  const replaced: Project[] = [];
  const closed = vi.fn();
  const i18n = { lang: "en", t: (id: string, a?: Record<string, string | number>) => (a ? `${id} ${JSON.stringify(a)}` : id) };
  const p = new WordingPanel(
    {
      i18n: i18n as never,
      project: () => ({ name: "shop" }),
      replace: (x) => void replaced.push(x),
      showError: (e) => {
        throw e;
      },
      close: closed,
    },
    "retention",
    ["sv", "en"],
  );
  document.body.replaceChildren(p.el);
  return { p, replaced, closed };
}

const field = (lang: string, id = "retention-keep") =>
  document.querySelector<HTMLTextAreaElement>(`[data-testid="wording-text"][data-message="${id}"][data-lang="${lang}"]`)!;
const cellOf = (lang: string) => field(lang).closest("td")!;

describe("the wording panel", () => {
  beforeEach(() => {
    calls.length = 0;
    refuse = null;
    leftOut = [];
    reworded.clear();
  });

  it("shows each sentence in both languages side by side, with its answers as chips", async () => {
    const { p } = panel();
    await p.load();
    expect(document.querySelectorAll('[data-testid="wording-row"]').length).toBe(2);
    expect(field("sv").value).toBe("Vi sparar uppgifterna { $period }");
    expect(field("en").value).toBe("We keep the data { $period }");
    expect(field("en").getAttribute("lang")).toBe("en");
    const chips = [...cellOf("en").querySelectorAll('[data-testid="wording-chip"]')].map((c) => c.textContent);
    expect(chips).toEqual(["{ $period }"]);
    expect(cellOf("en").dataset.reworded).toBe("false");
  });

  it("stores changed words through the library and marks them as the project's", async () => {
    const { p, replaced } = panel();
    await p.load();
    field("en").value = "We hold on to your data { $period }";
    field("en").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(cellOf("en").dataset.reworded).toBe("true"));
    expect(calls.find((c) => c.cmd === "clause_reword")?.args.slice(1)).toEqual([
      "retention-keep",
      "en",
      "We hold on to your data { $period }",
    ]);
    expect(replaced).toEqual([{ reworded: true }]);
    expect(field("en").value).toBe("We hold on to your data { $period }");
    expect(cellOf("sv").dataset.reworded).toBe("false");
    expect(document.activeElement).toBe(field("en"));
  });

  it("says at the field why words do not fit, and changes nothing", async () => {
    const { p, replaced } = panel();
    await p.load();
    refuse = "“{ $duration }” is not an answer this sentence can show. It can show: { $period }.";
    field("en").value = "We keep it { $duration }";
    field("en").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(cellOf("en").querySelector<HTMLElement>('[data-testid="wording-error"]')!.hidden).toBe(false));
    expect(cellOf("en").querySelector('[data-testid="wording-error"]')!.textContent).toBe(refuse);
    expect(field("en").getAttribute("aria-invalid")).toBe("true");
    expect(replaced).toEqual([]);
  });

  it("warns when the words leave out an answer, puts a chip back, and resets to the program's words", async () => {
    const { p } = panel();
    await p.load();
    leftOut = ["period"];
    field("sv").value = "Vi sparar uppgifterna enligt gallringsplanen.";
    field("sv").dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(cellOf("sv").dataset.reworded).toBe("true"));
    const warning = cellOf("sv").querySelector<HTMLElement>('[data-testid="wording-warning"]')!;
    expect(warning.hidden).toBe(false);
    expect(warning.textContent).toContain("{ $period }");
    leftOut = [];
    field("sv").setSelectionRange(field("sv").value.length, field("sv").value.length);
    cellOf("sv").querySelector<HTMLButtonElement>('[data-testid="wording-chip"]')!.click();
    await vi.waitFor(() => expect(reworded.get("sv")).toBe("Vi sparar uppgifterna enligt gallringsplanen.{ $period }"));
    cellOf("sv").querySelector<HTMLButtonElement>('[data-testid="wording-reset"]')!.click();
    await vi.waitFor(() => expect(cellOf("sv").dataset.reworded).toBe("false"));
    expect(calls.some((c) => c.cmd === "clause_reword_reset")).toBe(true);
    expect(field("sv").value).toBe("Vi sparar uppgifterna { $period }");
  });
});
