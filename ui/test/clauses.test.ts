// @vitest-environment happy-dom
// The clause editor's pure parts: lines and columns as the library counts them (1-based,
// characters), and cutting one clause's section out of a preview document.
import { describe, expect, it } from "vitest";
import { lineColumn, offsetOf, sectionOf } from "../src/clauses";

describe("clause editor positions", () => {
  const text = "# Rubrik\n\nVi sparar {{ org.nmae }} länge.\n";
  it("puts an offset at the line and column the library reports", () => {
    expect(lineColumn(text, text.indexOf("org.nmae"))).toEqual({ line: 3, column: 14 });
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
  });
  it("finds the offset of a reported line and column, clamped to the text", () => {
    expect(text.slice(offsetOf(text, 3, 14)).startsWith("org.nmae")).toBe(true);
    expect(offsetOf(text, 1, 99)).toBe("# Rubrik".length);
    expect(offsetOf(text, 99, 1)).toBeLessThanOrEqual(text.length);
  });
});

describe("the rendered clause", () => {
  it("is the clause's heading and everything up to the next clause", () => {
    const html =
      '<h2 id="intro">1. Intro</h2><p>a</p><h3 id="intro-1">1.1 Sub</h3><p>b</p><h2 id="controller">2. C</h2><p>c</p>';
    const nodes = sectionOf(html, "intro");
    const text = nodes.map((n) => n.textContent).join("|");
    expect(text).toBe("1. Intro|a|1.1 Sub|b");
    expect(sectionOf(html, "missing")).toEqual([]);
  });
});
