/**
 * A collection proxy (WorksheetCollection, NamedItemCollection, SettingCollection): `items` is
 * readable after a load and a sync, and each item carries only the properties that were loaded
 * ("items/name"); `count` loads on its own.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#load
 */
import { FakeObject, propertyList, type LoadOption, type PropertySpec } from "./fakeObject";
import { notLoaded, officeError } from "./fakeOfficeError";
import { loadBytes, responseBytesOf } from "./requestBytes";
import { highestVersion } from "./requireApi";

/** A collection proxy: `items` readable after a load and a sync. */
export abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<M[]> {
  private loadedItems: P[] | undefined;
  protected abstract itemProxy(model: M): P;
  /** The item properties that can be loaded, with the ExcelApi version each needs. */
  protected abstract itemProperties(): Readonly<Record<string, string>>;

  protected properties(): Readonly<Record<string, PropertySpec<M[]>>> {
    return { count: { get: (models) => models.length } };
  }

  override load(option?: LoadOption): this {
    const available = this.itemProperties();
    const list = propertyList(option) ?? Object.keys(available);
    const names = list.map((path) =>
      path.startsWith("items/") ? path.slice("items/".length) : path
    );
    if (names.includes("count")) {
      super.load("count");
    }
    const itemNames = names.filter((name) => name !== "count");
    for (const name of itemNames) {
      if (available[name] === undefined) {
        throw officeError(
          "PropertyNotFound",
          `The property '${name}' does not exist on the items.`
        );
      }
    }
    const requires = highestVersion(itemNames.map((name) => available[name]));
    this.context.enqueue({
      bytes: loadBytes(itemNames),
      requires,
      label: `load items ${itemNames.join(",")}`,
      apply: () => {
        const models = this.model();
        const items = models.map((model) => this.itemProxy(model).loadedWith(model, itemNames));
        this.context.respond(responseBytesOf(items.map((item) => item.loadedValues())));
        this.context.afterSync(() => {
          this.loadedItems = items;
        });
      },
    });
    return this;
  }

  get items(): P[] {
    if (this.loadedItems === undefined) {
      throw notLoaded("items");
    }
    return this.loadedItems;
  }
}
