import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeWorkbook } from "../excel/officeWorkbook";
import { App } from "./components/App";
import { FailureBar } from "./components/FailureBar";
import { localeOf, previewPort, whenHostReady } from "./host";
import { MessagesProvider } from "./i18n";
import { PaneError } from "./paneError";

/**
 * The task pane's entry: once the host is ready (inside `Office.onReady`), mounts the pane in a
 * FluentProvider over Excel's workbook — or, outside Office, over the browser preview's workbook
 * (`window.assessPreviewPort`). Any failure to start is shown, never only logged.
 */
async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (container === null) {
    return;
  }
  const root = createRoot(container);
  const host = await whenHostReady();
  const locale = localeOf(host.displayLanguage);
  try {
    const office = host.officePresent ? createOfficeWorkbook() : null;
    const port = office ?? (await previewPort());
    if (port === null) {
      throw new PaneError("noWorkbook");
    }
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} initialLocale={locale} capabilities={office?.requirements()} />
      </FluentProvider>
    );
  } catch (error) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessagesProvider initialLocale={locale}>
          <FailureBar step="start" error={error} />
        </MessagesProvider>
      </FluentProvider>
    );
  }
}

void start();
