// @vitest-environment happy-dom
// Undo and redo in text fields (undo.ts): the keys, and that only text fields take them.
import { describe, expect, it, vi } from "vitest";
import { editCommand, handleEditKey, isEditableText } from "../src/undo";

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe("undo and redo keys", () => {
  it("read Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, and nothing else", () => {
    expect(editCommand(key("z", { ctrlKey: true }))).toBe("undo");
    expect(editCommand(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(editCommand(key("y", { ctrlKey: true }))).toBe("redo");
    expect(editCommand(key("z", { metaKey: true }))).toBe("undo");
    expect(editCommand(key("z"))).toBeNull();
    expect(editCommand(key("z", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(editCommand(key("s", { ctrlKey: true }))).toBeNull();
  });

  it("act in text fields only, through the field's own history", () => {
    const input = document.createElement("input");
    const box = document.createElement("input");
    box.type = "checkbox";
    const area = document.createElement("textarea");
    area.readOnly = true;
    expect([isEditableText(input), isEditableText(box), isEditableText(area)]).toEqual([true, false, false]);
    document.body.append(input);
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    const press = (target: EventTarget, init: KeyboardEventInit) => {
      const e = new KeyboardEvent("keydown", { ...init, cancelable: true });
      Object.defineProperty(e, "target", { value: target });
      return [handleEditKey(e), e.defaultPrevented];
    };
    expect(press(input, { key: "z", ctrlKey: true })).toEqual([true, true]);
    expect(exec).toHaveBeenLastCalledWith("undo");
    expect(press(input, { key: "z", ctrlKey: true, shiftKey: true })).toEqual([true, true]);
    expect(exec).toHaveBeenLastCalledWith("redo");
    expect(press(box, { key: "z", ctrlKey: true })).toEqual([false, false]);
    expect(exec).toHaveBeenCalledTimes(2);
  });
});
