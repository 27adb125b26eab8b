/** What {@link loadAtOpen} needs of office.js: `Office.addin.setStartupBehavior`. */
export interface StartupHost {
  readonly setStartupBehavior: (behavior: Office.StartupBehavior) => Promise<void>;
  readonly load: Office.StartupBehavior;
}

/** The host's startup API, or null outside Office or on a host without a shared runtime. */
function officeStartupHost(): StartupHost | null {
  if (typeof Office === "undefined" || Office.addin?.setStartupBehavior === undefined) {
    return null;
  }
  return {
    setStartupBehavior: (behavior) => Office.addin.setStartupBehavior(behavior),
    load: Office.StartupBehavior.load,
  };
}

/**
 * 随工作簿加载: asks Office to load the add-in's shared runtime (without its pane) whenever this
 * workbook is opened from now on, so that the custom functions' saved defaults are restored as it
 * opens (`restoreDefaults`). Documented at
 * https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open: the setting is
 * per document, takes effect at the next open, and needs the shared runtime (SharedRuntime 1.1).
 * Resolves false, calling nothing, where the host has no such API.
 */
export async function loadAtOpen(host: StartupHost | null = officeStartupHost()): Promise<boolean> {
  if (host === null) {
    return false;
  }
  await host.setStartupBehavior(host.load);
  return true;
}
