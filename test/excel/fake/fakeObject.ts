/**
 * Every proxy object of the Excel JavaScript API, with Office.js's strict load/sync: a proxy binds
 * to its object lazily, at first use inside a sync; a property is readable only after `load()` and
 * a `context.sync()` (else PropertyNotLoaded); a load path with "/" goes through a navigation
 * property ("format/fill/color"); an *OrNullObject proxy learns `isNullObject` at the sync, and any
 * action on a null object fails there; writes and method calls are queued on the request context.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#scalar-and-navigation-properties
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties
 */
import type { FakeAction, FakeRequestContext } from "./fakeRequestContext";
import { notLoaded, officeError } from "./fakeOfficeError";
import { actionBytes, loadBytes, NULL_OBJECT_BYTES, responseBytesOf } from "./requestBytes";
import { highestVersion } from "./requireApi";

export type LoadOption = string | string[] | { select?: string };

export function propertyList(option: LoadOption | undefined): string[] | null {
  if (option === undefined) {
    return null;
  }
  const text =
    typeof option === "string"
      ? option
      : Array.isArray(option)
        ? option.join(",")
        : (option.select ?? "");
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export interface Loadable {
  load(option?: LoadOption): unknown;
}

export interface PropertySpec<M> {
  readonly get: (model: M) => unknown;
  readonly requires?: string;
}

/** Every proxy: lazy binding at first use inside a sync, strict loaded-property reads. */
export abstract class FakeObject<M> {
  readonly context: FakeRequestContext;
  private bound: { model: M | null } | undefined;
  private readonly resolver: () => M | null;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(context: FakeRequestContext, resolver: () => M | null, nullable = false) {
    this.context = context;
    this.resolver = resolver;
    if (nullable) {
      context.enqueue({
        bytes: NULL_OBJECT_BYTES,
        requires: "1.1",
        label: "resolveNullObject",
        apply: () => {
          const isNull = this.resolve() === null;
          context.respond(NULL_OBJECT_BYTES);
          context.afterSync(() => {
            this.nullState = isNull;
          });
        },
      });
    }
  }

  protected resolve(): M | null {
    if (this.bound === undefined) {
      this.bound = { model: this.resolver() };
    }
    return this.bound.model;
  }

  /** The model for an action being applied: fails on a null object or a deleted one. */
  model(): M {
    const model = this.resolve();
    if (model === null) {
      throw officeError("InvalidOperation", "The operation is not valid on a null object.");
    }
    this.checkAlive(model);
    return model;
  }

  protected checkAlive(model: M): void {
    void model;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw notLoaded("isNullObject");
    }
    return this.nullState;
  }

  protected abstract properties(): Readonly<Record<string, PropertySpec<M>>>;

  protected navigation(): Readonly<Record<string, () => Loadable>> {
    return {};
  }

  load(option?: LoadOption): this {
    const list = propertyList(option);
    const specs = this.properties();
    const own: string[] = [];
    for (const path of list ?? Object.keys(specs)) {
      const slash = path.indexOf("/");
      if (slash >= 0) {
        const child = this.navigation()[path.slice(0, slash)];
        if (child === undefined) {
          throw officeError(
            "PropertyNotFound",
            `No navigation property '${path.slice(0, slash)}'.`
          );
        }
        child().load(path.slice(slash + 1));
        continue;
      }
      if (specs[path] === undefined) {
        throw officeError(
          "PropertyNotFound",
          `The property '${path}' does not exist on this object.`
        );
      }
      own.push(path);
    }
    if (own.length > 0) {
      const requires = highestVersion(own.map((name) => specs[name].requires ?? "1.1"));
      this.context.enqueue({
        bytes: loadBytes(own),
        requires,
        label: `load ${own.join(",")}`,
        apply: () => {
          const model = this.resolve();
          if (model === null) {
            return;
          }
          this.checkAlive(model);
          const values = own.map((name) => [name, specs[name].get(model)] as const);
          this.context.respond(responseBytesOf(Object.fromEntries(values)));
          this.context.afterSync(() => {
            for (const [name, value] of values) {
              this.loaded.set(name, value);
            }
          });
        },
      });
    }
    return this;
  }

  /** Marks a proxy as a null object or not, as a load through a navigation path finds it. */
  loadedAsNull(isNull: boolean): this {
    this.nullState = isNull;
    return this;
  }

  /** Marks properties as loaded with a snapshot (collections load their items this way). */
  loadedWith(model: M, names: readonly string[]): this {
    const specs = this.properties();
    for (const name of names) {
      this.loaded.set(name, specs[name].get(model));
    }
    return this;
  }

  /** The properties loaded so far, as plain data (what a response carried). */
  loadedValues(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected read<T>(property: string): T {
    if (this.nullState === true || !this.loaded.has(property)) {
      throw notLoaded(property);
    }
    return this.loaded.get(property) as T;
  }

  protected enqueue(
    label: string,
    payload: unknown,
    requires: string,
    apply: (model: M) => void,
    write?: FakeAction["write"]
  ): void {
    this.context.enqueue({
      bytes: actionBytes(payload),
      requires,
      label,
      write,
      apply: () => apply(this.model()),
    });
  }
}
