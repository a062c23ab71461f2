// @vitest-environment happy-dom
// The toolbar's menus (menu.ts) as a keyboard user meets them.
import { describe, expect, it } from "vitest";
import { menuButton } from "../src/menu";

function setup() {
  const ran: string[] = [];
  const item = (id: string, disabled = false) => {
    const b = document.createElement("button");
    b.textContent = id;
    b.dataset.testid = id;
    b.disabled = disabled;
    b.addEventListener("click", () => ran.push(id));
    return b;
  };
  const menu = menuButton("File", "menu-file", [item("new"), item("open"), item("off", true), item("save-as")]);
  document.body.replaceChildren(menu.el);
  const button = menu.el.querySelector<HTMLButtonElement>('[data-testid="menu-file"]')!;
  const list = menu.el.querySelector<HTMLElement>('[role="menu"]')!;
  const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
  return { ran, button, list, key };
}

describe("a toolbar menu", () => {
  it("opens on its first item, moves with the arrows past disabled items, and closes on Escape", () => {
    const { button, list, key } = setup();
    expect([list.hidden, button.getAttribute("aria-expanded")]).toEqual([true, "false"]);
    key(button, "ArrowDown");
    expect([list.hidden, button.getAttribute("aria-expanded")]).toEqual([false, "true"]);
    expect(document.activeElement?.textContent).toBe("new");
    key(list, "ArrowDown");
    key(list, "ArrowDown");
    expect(document.activeElement?.textContent).toBe("save-as");
    key(list, "ArrowDown");
    expect(document.activeElement?.textContent).toBe("new");
    key(list, "End");
    expect(document.activeElement?.textContent).toBe("save-as");
    key(list, "Escape");
    expect(list.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it("runs a chosen command and closes; a click elsewhere closes it too", () => {
    const { ran, button, list } = setup();
    button.click();
    list.querySelector<HTMLButtonElement>('[data-testid="open"]')!.click();
    expect(ran).toEqual(["open"]);
    expect(list.hidden).toBe(true);
    button.click();
    document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    expect(list.hidden).toBe(true);
  });
});
