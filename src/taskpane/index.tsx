import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";

function Placeholder(): React.JSX.Element {
  return <p>市考指标进度考核：任务窗格正在建设中。单元格中可使用 =ASSESS. 函数。</p>;
}

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) {
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Placeholder />
      </FluentProvider>
    );
  }
});
