import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { PaneSettings } from "../paneSettings";
import { useMessages } from "../i18n";
import { MoreSettings, spinValue } from "./MoreSettings";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  number: { width: "8em" },
});

/** Props of {@link SettingsCard}. */
export interface SettingsCardProps {
  readonly settings: PaneSettings;
  readonly disabled: boolean;
  readonly onChange: (settings: PaneSettings) => void;
  /** 保存到设置表: writes the settings on the workbook's 设置 sheet (made when there is none). */
  readonly onSaveSheet?: () => void;
  /** The 设置 sheet the settings were last written to, to say so; null: not yet. */
  readonly savedSheet?: string | null;
}

/**
 * 设置卡片: the data month (default last month), the pace method (自动 / 按节点倒排 / 均衡进度),
 * the warning band in percentage points (default 5) and the periods in the year (default 12);
 * the other monthly settings folded in 更多设置; and 保存到设置表, which writes them all on the
 * workbook's 设置 sheet, where the clerk can see and change them.
 */
export function SettingsCard(props: SettingsCardProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const { settings, onChange, disabled } = props;
  const months = Array.from(
    { length: Math.max(1, Math.min(settings.periods, 366)) },
    (_, index) => index + 1
  );
  const bandValid =
    Number.isFinite(settings.bandPoints) && settings.bandPoints >= 0 && settings.bandPoints <= 100;
  const periodsValid =
    Number.isSafeInteger(settings.periods) && settings.periods >= 1 && settings.periods <= 366;
  return (
    <Card className={styles.card} aria-label={t("settingsTitle")}>
      <CardHeader header={<Subtitle2>{t("settingsTitle")}</Subtitle2>} />
      <div className={styles.row}>
        <Field label={t("month")}>
          <Select
            value={String(settings.month)}
            disabled={disabled}
            onChange={(_event, data) => onChange({ ...settings, month: Number(data.value) })}
          >
            {months.map((month) => (
              <option key={month} value={String(month)}>
                {t("monthOption", { month })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("periods")} validationState={periodsValid ? "none" : "error"}>
          <SpinButton
            className={styles.number}
            min={1}
            max={366}
            value={Number.isFinite(settings.periods) ? settings.periods : null}
            disabled={disabled}
            onChange={(_event, data) => {
              const periods = spinValue(data);
              onChange({
                ...settings,
                periods,
                month: Math.min(settings.month, Math.max(1, periods || 1)),
              });
            }}
          />
        </Field>
      </div>
      <Field label={t("paceMethod")}>
        <RadioGroup
          value={settings.method}
          disabled={disabled}
          onChange={(_event, data) =>
            onChange({ ...settings, method: data.value as PaneSettings["method"] })
          }
        >
          <Radio value="auto" label={t("paceAuto")} />
          <Radio value="checkpoint" label={t("paceCheckpoint")} />
          <Radio value="linear" label={t("paceLinear")} />
        </RadioGroup>
      </Field>
      <Field
        label={t("band")}
        hint={t("bandHint")}
        validationState={bandValid ? "none" : "error"}
        validationMessage={bandValid ? undefined : t("settingsInvalid", { name: t("band") })}
      >
        <SpinButton
          className={styles.number}
          min={0}
          max={100}
          step={0.5}
          value={Number.isFinite(settings.bandPoints) ? settings.bandPoints : null}
          disabled={disabled}
          onChange={(_event, data) => onChange({ ...settings, bandPoints: spinValue(data) })}
        />
      </Field>
      <MoreSettings settings={settings} disabled={disabled} onChange={onChange} />
      {props.onSaveSheet !== undefined && (
        <div>
          <Button disabled={disabled} onClick={props.onSaveSheet}>
            {t("saveToSheet")}
          </Button>
          <Caption1 block>
            {props.savedSheet === null || props.savedSheet === undefined
              ? t("saveToSheetHint")
              : t("savedToSheet", { sheet: props.savedSheet })}
          </Caption1>
        </div>
      )}
    </Card>
  );
}
