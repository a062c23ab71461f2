import { describe, expect, it } from "vitest";
import { recentPlaces } from "../src/recent";

describe("the place shown under a recent project", () => {
  it("is the parent folder for a title of its own", () => {
    expect(recentPlaces([{ path: "/home/anna/Dokument/bageriet.toml", title: "Bageriet AB" }])).toEqual(["…/Dokument"]);
  });

  it("goes up the folders until two projects of the same title differ", () => {
    const recent = [
      { path: "/home/anna/kunder/2025/policy/bageriet.toml", title: "Bageriet AB" },
      { path: "/home/anna/kunder/2026/policy/bageriet.toml", title: "Bageriet AB" },
      { path: "/home/anna/annat/policy/x.toml", title: "Annat AB" },
    ];
    expect(recentPlaces(recent)).toEqual(["…/2025/policy", "…/2026/policy", "…/policy"]);
  });

  it("names the file when two projects of the same title share a folder", () => {
    const recent = [
      { path: "/srv/p/gammal.toml", title: "Bageriet AB" },
      { path: "/srv/p/ny.toml", title: "Bageriet AB" },
    ];
    expect(recentPlaces(recent)).toEqual(["…/p/gammal.toml", "…/p/ny.toml"]);
  });

  it("shows the whole folder when one is the other's tail", () => {
    const recent = [
      { path: "/a/b.toml", title: "B" },
      { path: "/x/a/b.toml", title: "B" },
    ];
    expect(recentPlaces(recent)).toEqual(["/a", "/x/a"]);
  });
});
