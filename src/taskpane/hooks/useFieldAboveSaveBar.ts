/**
 * The policy editor's Save bar sticks to the bottom of the pane; this keeps the field being edited (its label,
 * field and messages) scrolled above it, and moves focus to the first invalid field when asked.
 */
import * as React from "react";

/** Room kept between the field being edited and the Save bar, in CSS pixels. */
const GAP = 12;

/**
 * Scrolls the window so that the focused setting (its label, field and messages) sits above the sticky Save bar;
 * a no-op when focus is elsewhere or the bar is not over it.
 */
function keepFocusAboveBar(form: HTMLElement | null, bar: HTMLElement | null): void {
  const focused = document.activeElement;
  if (!form || !bar || !(focused instanceof HTMLElement) || !form.contains(focused) || bar.contains(focused)) return;
  const box = (focused.closest("[data-setting]") ?? focused).getBoundingClientRect();
  const limit = bar.getBoundingClientRect().top - GAP;
  if (box.bottom > limit) window.scrollBy(0, Math.min(box.bottom - limit, box.top - GAP));
}

/**
 * Refs for the form and its bar, and the form's focus handler. `ready`: the form is drawn. Each time
 * `focusInvalid` grows, the first field marked `data-invalid` takes focus.
 */
export function useFieldAboveSaveBar(ready: boolean, focusInvalid: number) {
  const formRef = React.useRef<HTMLFormElement>(null);
  const barRef = React.useRef<HTMLDivElement>(null);
  // After every change (a message under the field, a taller bar) the field being edited stays above the bar.
  React.useLayoutEffect(() => keepFocusAboveBar(formRef.current, barRef.current));
  // And when the form's size changes after a render (a web font arriving, a message settling), which moves the field.
  React.useEffect(() => {
    const form = formRef.current;
    if (!ready || !form || typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => keepFocusAboveBar(formRef.current, barRef.current));
    observer.observe(form);
    return () => observer.disconnect();
  }, [ready]);
  React.useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLInputElement>("input[data-invalid]")?.focus();
  }, [focusInvalid]);
  /** On focus, and again once the page has settled. */
  const keepInView = () => {
    keepFocusAboveBar(formRef.current, barRef.current);
    requestAnimationFrame(() => keepFocusAboveBar(formRef.current, barRef.current));
  };
  return { formRef, barRef, keepInView };
}
