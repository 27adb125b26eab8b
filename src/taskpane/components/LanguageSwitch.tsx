import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import { useMessages } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** 语言切换: 中文 / English; the choice overrides the language detected from Office. */
export function LanguageSwitch(): React.JSX.Element {
  const styles = useStyles();
  const { locale, setLocale, t } = useMessages();
  return (
    <div className={styles.root} role="group" aria-label={t("language")}>
      <ToggleButton
        size="small"
        appearance="subtle"
        checked={locale === "zh-CN"}
        onClick={() => setLocale("zh-CN")}
        lang="zh-CN"
      >
        {t("languageZh")}
      </ToggleButton>
      <ToggleButton
        size="small"
        appearance="subtle"
        checked={locale === "en-US"}
        onClick={() => setLocale("en-US")}
        lang="en-US"
      >
        {t("languageEn")}
      </ToggleButton>
    </div>
  );
}
