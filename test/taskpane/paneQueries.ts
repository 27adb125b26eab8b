import { screen } from "@testing-library/react";

/** The button (or link-button) whose own text is `name`. */
export function button(name: string): HTMLButtonElement {
  const found = screen.getByText(name, { selector: "button, button *" }).closest("button");
  if (found === null) {
    throw new Error(`no button ${name}`);
  }
  return found;
}
