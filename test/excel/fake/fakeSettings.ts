/**
 * Workbook.settings (SettingCollection and Setting, ExcelApi 1.4): key/value pairs the document
 * stores as JSON text, so a value must serialise; add, getItem, getItemOrNullObject, delete.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.settingcollection
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.setting
 */
import { FakeCollection } from "./fakeCollection";
import { FakeObject, type PropertySpec } from "./fakeObject";
import { officeError } from "./fakeOfficeError";

interface SettingModel {
  readonly key: string;
}

export class FakeSettingProxy extends FakeObject<SettingModel> {
  protected override checkAlive(setting: SettingModel): void {
    if (!this.context.excel.settings.has(setting.key)) {
      throw officeError("ItemNotFound", `The setting '${setting.key}' was deleted.`);
    }
  }
  protected properties(): Readonly<Record<string, PropertySpec<SettingModel>>> {
    return {
      key: { get: (s) => s.key, requires: "1.4" },
      value: {
        get: (s) => JSON.parse(this.context.excel.settings.get(s.key) ?? "null"),
        requires: "1.4",
      },
    };
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    this.enqueue("setting.value", value, "1.4", (setting) => {
      this.context.excel.settings.set(setting.key, serialiseSetting(value));
    });
  }
  delete(): void {
    this.enqueue("setting.delete", null, "1.4", (setting) => {
      this.context.excel.settings.delete(setting.key);
    });
  }
}

function serialiseSetting(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw officeError(
      "InvalidArgument",
      `The setting's value cannot be serialised: ${String(error)}`
    );
  }
  if (text === undefined) {
    throw officeError("InvalidArgument", "The setting's value cannot be serialised.");
  }
  return text;
}

export class FakeSettingCollection extends FakeCollection<SettingModel, FakeSettingProxy> {
  protected itemProxy(model: SettingModel): FakeSettingProxy {
    return new FakeSettingProxy(this.context, () => model);
  }
  protected itemProperties(): Readonly<Record<string, string>> {
    return { key: "1.4", value: "1.4" };
  }
  add(key: string, value: unknown): FakeSettingProxy {
    this.enqueue("settings.add", [key, value], "1.4", () => {
      if (typeof key !== "string" || key === "") {
        throw officeError("InvalidArgument", "A setting needs a key.");
      }
      this.context.excel.settings.set(key, serialiseSetting(value));
    });
    return new FakeSettingProxy(this.context, () => ({ key }));
  }
  getItem(key: string): FakeSettingProxy {
    return new FakeSettingProxy(this.context, () => {
      if (!this.context.excel.settings.has(key)) {
        throw officeError("ItemNotFound", `The setting '${key}' doesn't exist.`);
      }
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSettingProxy {
    return new FakeSettingProxy(
      this.context,
      () => (this.context.excel.settings.has(key) ? { key } : null),
      true
    );
  }
}
