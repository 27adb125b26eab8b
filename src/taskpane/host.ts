import { Locale } from "../engine";
import { WorkbookPort } from "../excel/port";

/**
 * The one place the task pane looks at the Office host (宿主环境): whether Office is there, its
 * display language and the API sets it supports. Components never touch `Office.*`.
 */

declare global {
  interface Window {
    /** The browser preview's in-memory workbook, used when the pane runs outside Office. */
    assessPreviewPort?: WorkbookPort;
  }
}

/** What the pane knows about its host once it is ready. */
export interface HostInfo {
  /** True inside Excel; false in the browser preview (office.js absent, or loaded outside Office). */
  readonly officePresent: boolean;
  /** Office's display language ("zh-CN", "en-US"), null outside Office. */
  readonly displayLanguage: string | null;
}

/** The global `Office` object, or undefined when office.js is not loaded. */
function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/**
 * 宿主就绪: resolves once the host is ready — inside `Office.onReady` when office.js is loaded, at
 * once otherwise (the browser preview without network). `officePresent` is true only when Office
 * reports a host.
 */
export async function whenHostReady(): Promise<HostInfo> {
  const office = officeGlobal();
  if (office === undefined) {
    return { officePresent: false, displayLanguage: null };
  }
  const info = await office.onReady();
  if (info.host === null || info.host === undefined) {
    return { officePresent: false, displayLanguage: null };
  }
  return { officePresent: true, displayLanguage: office.context?.displayLanguage ?? null };
}

/** 界面语言: en-US when the display language is English, zh-CN (the default) otherwise. */
export function localeOf(displayLanguage: string | null | undefined): Locale {
  return displayLanguage !== null && displayLanguage !== undefined && /^en\b/i.test(displayLanguage)
    ? "en-US"
    : "zh-CN";
}

/**
 * The browser preview's signal that it has set `window.assessPreviewPort` (src/preview/attachPane.ts):
 * an event of this name on the pane's window, or a `postMessage` reply `{ type }` to the question
 * `{ type: "assess-preview-port?" }`.
 */
export const previewPortEvent = "assess-preview-port";

/** How long the pane waits for the preview's port before it says there is no workbook. */
const PREVIEW_PORT_WAIT_MS = 3000;

/**
 * 预览工作簿接口: the browser preview's workbook port (`window.assessPreviewPort`) — at once when the
 * preview set it before the pane's scripts ran, else once the preview announces it (event or
 * message, after the pane asks its parent); null when none comes within a few seconds.
 */
export function previewPort(waitMs = PREVIEW_PORT_WAIT_MS): Promise<WorkbookPort | null> {
  if (typeof window === "undefined") {
    return Promise.resolve(null);
  }
  if (window.assessPreviewPort !== undefined) {
    return Promise.resolve(window.assessPreviewPort);
  }
  return new Promise((resolve) => {
    const finish = (): void => {
      window.removeEventListener(previewPortEvent, onEvent);
      window.removeEventListener("message", onMessage);
      clearTimeout(timer);
      resolve(window.assessPreviewPort ?? null);
    };
    const onEvent = (): void => {
      if (window.assessPreviewPort !== undefined) {
        finish();
      }
    };
    const onMessage = (event: MessageEvent): void => {
      const data = event.data as { type?: unknown } | null;
      if (event.origin === window.location.origin && data?.type === previewPortEvent) {
        onEvent();
      }
    };
    const timer = setTimeout(finish, waitMs);
    window.addEventListener(previewPortEvent, onEvent);
    window.addEventListener("message", onMessage);
    if (window.parent !== window) {
      window.parent.postMessage({ type: `${previewPortEvent}?` }, window.location.origin);
    }
  });
}
