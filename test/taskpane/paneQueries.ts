import { configure, screen } from "@testing-library/react";
import { MemoryPort } from "./memoryPort";
import { renderPane } from "./renderPane";
import { seedWorkbook } from "./seedWorkbook";

// Role queries skip the costly visibility check of every node (jsdom computes styles slowly); the
// pane hides nothing it renders. Buttons and labelled parts are found by their text or label,
// which is much faster than computing every accessible name.
configure({ defaultHidden: true });

/** The button (or link-button) whose own text is `name`. */
export function button(name: string): HTMLButtonElement {
  const found = screen.getByText(name, { selector: "button, button *" }).closest("button");
  if (found === null) {
    throw new Error(`no button ${name}`);
  }
  return found;
}

/** Waits for the button whose own text is `name`. */
export async function findButton(name: string): Promise<HTMLButtonElement> {
  await screen.findByText(name, { selector: "button, button *" });
  return button(name);
}

/** Renders the pane over the seed workbook and waits until the table is found. */
export async function paneWithTable(port = new MemoryPort(seedWorkbook())): Promise<MemoryPort> {
  renderPane({ port });
  await screen.findByText("工作表：分解表");
  return port;
}
