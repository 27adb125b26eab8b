import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  Field,
  Input,
  Select,
  SpinButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { PaneMessageKey, useMessages } from "../i18n";
import {
  MoreSettingName,
  MoreSettings as MoreValues,
  PaneSettings,
  moreSettingValid,
} from "../paneSettings";

const useStyles = makeStyles({
  grid: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  number: { width: "8em" },
});

/** Props of {@link MoreSettings}. */
export interface MoreSettingsProps {
  readonly settings: PaneSettings;
  readonly disabled: boolean;
  readonly onChange: (settings: PaneSettings) => void;
}

/** A SpinButton's new value: the committed number, or the typed text read as a number. */
export function spinValue(data: { value?: number | null; displayValue?: string }): number {
  if (typeof data.value === "number") {
    return data.value;
  }
  const text = (data.displayValue ?? "").trim();
  return text === "" ? Number.NaN : Number(text);
}

/** The number settings of the section: step and bounds of their SpinButtons. */
const NUMBERS: readonly (readonly [MoreSettingName, number, number, number])[] = [
  ["bottomCount", 1, 1, 99],
  ["cityMultiplier", 0.5, 0, 10],
  ["dueDay", 1, 1, 31],
  ["paceBonusPoints", 0.1, 0, 100],
  ["paceDeductionPoints", 0.1, 0, 100],
  ["latePoints", 0.1, 0, 100],
  ["interviewRuns", 1, 1, 12],
];

/**
 * 更多设置: the monthly settings beyond month, method, band and periods, folded away — ties,
 * bottom count, ranking measure, bonus cap (or none), city multiplier, due day, the points of the
 * pace and late rules, the runs for an interview and the county's group. A value the 设置 sheet
 * would refuse is marked as invalid (and the actions wait until it is fixed).
 */
export function MoreSettings(props: MoreSettingsProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useMessages();
  const { settings, disabled, onChange } = props;
  const set = <N extends MoreSettingName>(name: N, value: MoreValues[N]): void =>
    onChange({ ...settings, [name]: value });
  const label = (name: MoreSettingName): string => t(`setting_${name}` as PaneMessageKey);
  const state = (name: MoreSettingName) =>
    moreSettingValid(name, settings[name])
      ? ({ validationState: "none" } as const)
      : ({ validationState: "error", validationMessage: t("moreSettingInvalid") } as const);
  const cap = settings.bonusCap;
  return (
    <Accordion collapsible>
      <AccordionItem value="more">
        <AccordionHeader>{t("moreSettings")}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.grid}>
            <Field label={label("ties")}>
              <Select
                value={settings.ties}
                disabled={disabled}
                onChange={(_event, data) => set("ties", data.value as PaneSettings["ties"])}
              >
                <option value="competition">{t("ties_competition")}</option>
                <option value="dense">{t("ties_dense")}</option>
              </Select>
            </Field>
            <Field label={label("rankingMeasure")}>
              <Select
                value={settings.rankingMeasure}
                disabled={disabled}
                onChange={(_event, data) =>
                  set("rankingMeasure", data.value as PaneSettings["rankingMeasure"])
                }
              >
                <option value="paceGap">{t("measure_paceGap")}</option>
                <option value="completion">{t("measure_completion")}</option>
                <option value="composite">{t("measure_composite")}</option>
              </Select>
            </Field>
            <Field label={label("bonusCap")} {...state("bonusCap")}>
              <SpinButton
                className={styles.number}
                min={0}
                step={0.5}
                value={cap === null || !Number.isFinite(cap) ? null : cap}
                disabled={disabled || cap === null}
                onChange={(_event, data) => set("bonusCap", spinValue(data))}
              />
              <Checkbox
                label={t("noBonusCap")}
                checked={cap === null}
                disabled={disabled}
                onChange={(_event, data) => set("bonusCap", data.checked === true ? null : 3)}
              />
            </Field>
            {NUMBERS.map(([name, step, min, max]) => (
              <Field key={name} label={label(name)} {...state(name)}>
                <SpinButton
                  className={styles.number}
                  min={min}
                  max={max}
                  step={step}
                  value={Number.isFinite(settings[name]) ? (settings[name] as number) : null}
                  disabled={disabled}
                  onChange={(_event, data) => set(name, spinValue(data) as never)}
                />
              </Field>
            ))}
            <Field label={label("groupName")} hint={t("groupNameHint")}>
              <Input
                value={settings.groupName ?? ""}
                disabled={disabled}
                onChange={(_event, data) =>
                  set("groupName", data.value.trim() === "" ? null : data.value)
                }
              />
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
