// A menu button (WAI-ARIA menu button pattern): the toolbar groups its less frequent commands
// under two of these so that it keeps to one row in a 1024-pixel window. Keyboard: Enter,
// Space or ArrowDown opens it on the first item, ArrowUp on the last; ArrowUp/ArrowDown,
// Home and End move; Escape closes it and returns to the button; Tab closes it.
import { h } from "./dom";

let menus = 0;

export interface Menu {
  el: HTMLElement;
  close(): void;
}

/** A button that opens `items` (buttons, each doing its command and closing the menu). */
export function menuButton(label: string, testid: string, items: HTMLButtonElement[], signal?: AbortSignal): Menu {
  const id = `menu-${++menus}`;
  const button = h(
    "button",
    { type: "button", class: "menu-button", "aria-haspopup": "menu", "aria-expanded": "false", "aria-controls": id, "data-testid": testid },
    label,
    h("span", { class: "menu-caret", "aria-hidden": "true" }, " ▾"),
  );
  const list = h("div", { class: "menu", role: "menu", id, "aria-label": label, hidden: true });
  for (const item of items) {
    item.setAttribute("role", "menuitem");
    item.tabIndex = -1;
    item.classList.add("menu-item");
    list.append(item);
  }
  const enabled = () => items.filter((i) => !i.disabled);
  const open = (at: "first" | "last") => {
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    const choices = enabled();
    (at === "first" ? choices[0] : choices[choices.length - 1])?.focus();
  };
  const close = (refocus = false) => {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (refocus) button.focus();
  };
  button.addEventListener("click", () => (list.hidden ? open("first") : close()));
  button.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      open(e.key === "ArrowDown" ? "first" : "last");
    }
  });
  list.addEventListener("keydown", (e) => {
    const choices = enabled();
    const at = choices.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      e.preventDefault();
      choices[(to + choices.length) % choices.length]?.focus();
    };
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(choices.length - 1);
    else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") close();
  });
  // A chosen item closes the menu before its command runs (a dialog may take the focus).
  list.addEventListener("click", (e) => {
    if ((e.target as Element).closest('[role="menuitem"]')) close();
  }, { capture: true });
  document.addEventListener("pointerdown", (e) => {
    if (!wrap.contains(e.target as Node)) close();
  }, { signal });
  const wrap = h("div", { class: "menu-wrap" }, button, list);
  return { el: wrap, close: () => close() };
}
