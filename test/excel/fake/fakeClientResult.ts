/**
 * OfficeExtension.ClientResult: what a method that returns data (getCellProperties,
 * getRowProperties) gives back; its `value` is readable only after the sync.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#clientresult
 */
import { notLoaded } from "./fakeOfficeError";

export class FakeClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (this.result === undefined) {
      throw notLoaded("value");
    }
    return this.result.value;
  }
}
