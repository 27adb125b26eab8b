/** Test helper for the fake's own tests: the FakeOfficeError a batch failed with. */
import { FakeOfficeError } from ".";

/** Runs one batch and returns the error it threw (fails the test when it threw nothing). */
export async function failureOf(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected the batch to fail");
}
