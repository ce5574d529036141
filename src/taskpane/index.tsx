/**
 * The task pane's entry: the only module that touches Office. Nothing renders before Office.onReady;
 * opened outside Excel (no office.js, or a host that is not Excel) the page says so instead.
 */
import { createRoot } from "react-dom/client";
import { createExcelGateway } from "../excel/excel-gateway";
import { guardBlocked } from "../guard/blocked";
import { pickStrings } from "./i18n";
import { pickTheme } from "./theme";
import { NoHost, TaskPane } from "./TaskPane";

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    const strings = pickStrings(undefined);
    root.render(
      <NoHost
        theme={pickTheme(undefined, prefersDark())}
        strings={strings}
        message={strings.officeMissing}
      />,
    );
  } else {
    void Office.onReady((info) => {
      // Too old an Office: the guard (office-guard.js) has put its message on the page instead.
      if (info.host && guardBlocked() !== null) return;
      const context = info.host ? Office.context : undefined;
      const strings = pickStrings(context?.displayLanguage);
      const theme = pickTheme(context?.officeTheme, prefersDark());
      if (info.host !== Office.HostType.Excel) {
        root.render(
          <NoHost
            theme={theme}
            strings={strings}
            message={info.host ? strings.notExcel : strings.officeMissing}
          />,
        );
        return;
      }
      root.render(<TaskPane gateway={createExcelGateway()} theme={theme} strings={strings} />);
    });
  }
}
