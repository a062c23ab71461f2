// In-app modal dialogs on the native <dialog> element: it traps focus, closes on Escape and
// restores focus to the opener, and its labels come from the UI messages like everything else.
import { h } from "./dom";

export interface ModalButton<T> {
  label: string;
  value: T;
  testid: string;
  primary?: boolean;
}

export interface ModalOptions<T> {
  title: string;
  body: (string | Node)[];
  buttons: ModalButton<T>[];
  /** The value when the dialog is dismissed with Escape. */
  dismissValue: T;
  testid: string;
}

/** Shows a modal and resolves with the value of the button pressed. */
export function ask<T>(opts: ModalOptions<T>): Promise<T> {
  return new Promise((resolve) => {
    const titleId = `modal-title-${Math.random().toString(36).slice(2)}`;
    const dialog = h("dialog", { class: "modal", "aria-labelledby": titleId, "data-testid": opts.testid });
    let result = opts.dismissValue;
    const buttons = opts.buttons.map((b) => {
      const el = h(
        "button",
        { type: "button", class: b.primary ? "primary" : "", "data-testid": b.testid },
        b.label,
      );
      el.addEventListener("click", () => {
        result = b.value;
        dialog.close();
      });
      return el;
    });
    dialog.append(
      h("h2", { id: titleId }, opts.title),
      h("div", { class: "modal-body" }, ...opts.body.map((b) => (typeof b === "string" ? h("p", {}, b) : b))),
      h("div", { class: "modal-buttons" }, ...buttons),
    );
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    (buttons.find((_, i) => opts.buttons[i].primary) ?? buttons[0])?.focus();
  });
}

/** A modal whose content the caller manages (the export dialog); `close()` removes it. */
export function openPanel(title: string, testid: string, onClose: () => void) {
  const titleId = `modal-title-${Math.random().toString(36).slice(2)}`;
  const body = h("div", { class: "modal-body" });
  const buttons = h("div", { class: "modal-buttons" });
  const dialog = h(
    "dialog",
    { class: "modal modal-wide", "aria-labelledby": titleId, "data-testid": testid },
    h("h2", { id: titleId }, title),
    body,
    buttons,
  );
  dialog.addEventListener("close", () => {
    dialog.remove();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, buttons, close: () => dialog.close() };
}
