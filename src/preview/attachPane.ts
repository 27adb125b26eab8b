import { WorkbookPort } from "../excel/port";

/** The event the pane's window receives when its port is set after its scripts ran. */
export const previewPortEvent = "assess-preview-port";

/** What the preview gives the pane's window in place of Excel. */
interface PaneWindow extends Window {
  assessPreviewPort?: WorkbookPort;
  CustomFunctions?: unknown;
}

/**
 * An inert stand-in for the `CustomFunctions` global that Excel provides: functions.js registers
 * the ASSESS functions with `CustomFunctions.associate` when it loads, and outside Excel (no
 * office.js) that call would throw. Nothing calls the functions in the preview.
 */
function inertCustomFunctions(): unknown {
  class CustomFunctionsError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message);
      this.code = code;
    }
  }
  return {
    associate: (): void => undefined,
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** Gives a pane window the port (and the inert `CustomFunctions`), unless it has them already. */
function inject(target: PaneWindow | null, port: WorkbookPort): boolean {
  if (target === null) {
    return false;
  }
  const fresh = target.assessPreviewPort !== port;
  if (fresh) {
    target.assessPreviewPort = port;
  }
  if (target.CustomFunctions === undefined) {
    target.CustomFunctions = inertCustomFunctions();
  }
  return fresh;
}

/**
 * 挂载任务窗格 (attach the task pane): puts the production task pane (taskpane.html, unchanged) in
 * a new iframe inside `host`, replacing any earlier one, and hands it `port` as
 * `window.assessPreviewPort` BEFORE its scripts run: the port is set on the iframe's initial
 * about:blank window, which the HTML standard reuses for the same-origin document that replaces
 * it, so taskpane.js finds the port when `whenHostReady()` reports no Office. As a fallback for
 * a browser that does not reuse the window, the port is set again when the pane's document has
 * loaded and an `assess-preview-port` event is dispatched on its window; a pane that asks by
 * `postMessage({ type: "assess-preview-port?" })` gets the port and a reply
 * `{ type: "assess-preview-port" }`.
 */
export function attachPane(
  host: HTMLElement,
  port: WorkbookPort,
  source = "taskpane.html"
): HTMLIFrameElement {
  const iframe = document.createElement("iframe");
  iframe.title = "任务窗格 / Task pane";
  iframe.name = "assess-taskpane";
  iframe.src = source;
  host.replaceChildren(iframe);
  inject(iframe.contentWindow as PaneWindow | null, port);

  const announce = (): void => {
    const target = iframe.contentWindow as PaneWindow | null;
    if (inject(target, port) && target !== null) {
      target.dispatchEvent(new Event(previewPortEvent));
    }
  };
  iframe.addEventListener("load", announce);
  const onMessage = (event: MessageEvent): void => {
    if (!iframe.isConnected) {
      window.removeEventListener("message", onMessage);
      return;
    }
    const data = event.data as { type?: unknown } | null;
    if (
      event.source === iframe.contentWindow &&
      event.origin === window.location.origin &&
      data?.type === `${previewPortEvent}?`
    ) {
      inject(iframe.contentWindow as PaneWindow, port);
      iframe.contentWindow?.postMessage({ type: previewPortEvent }, window.location.origin);
    }
  };
  window.addEventListener("message", onMessage);
  return iframe;
}
