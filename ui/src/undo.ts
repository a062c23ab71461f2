// Undo and redo in text fields. WebKitGTK keeps each field's editing history but binds no keys
// to it (a known webview issue), so Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y do nothing there: they are
// bound here to the field's own history. The change fires the field's `input` event like
// typing does, so the project and the preview follow.

export type EditCommand = "undo" | "redo";

/** The editing command a key press asks for, if any. */
export function editCommand(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): EditCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y" && !e.shiftKey) return "redo";
  return null;
}

const TEXT_INPUTS = new Set(["text", "search", "email", "url", "tel", "number", "date", ""]);

/** Whether an element is a text field the user can edit (the history belongs to it). */
export function isEditableText(el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type) && !el.readOnly && !el.disabled;
  return false;
}

/** Handles an undo or redo key press in a text field; true when it did. */
export function handleEditKey(e: KeyboardEvent): boolean {
  const command = editCommand(e);
  if (!command || !isEditableText(e.target)) return false;
  e.preventDefault();
  // The field's own history: deprecated as an API, but the one way to reach it, and what
  // WebKit itself runs for these keys elsewhere.
  document.execCommand(command);
  return true;
}
