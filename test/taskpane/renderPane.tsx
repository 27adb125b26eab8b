import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RenderResult, render } from "@testing-library/react";
import { AppProps, App } from "../../src/taskpane/components/App";

/** Renders the pane as index.tsx mounts it, on 3 August 2016 (so the default data month is July). */
export function renderPane(props: AppProps): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App today={new Date(2016, 7, 3)} {...props} />
    </FluentProvider>
  );
}
