/**
 * Failure injection, the fake's own test hook (Office.js has none): the Nth sync from now fails
 * with a given code, either before any of its actions (the request never reached Excel) or after
 * some of them (those stay applied, as when a real batch fails part-way).
 */
import { officeError, type FakeOfficeError } from "./fakeOfficeError";

export interface InjectedFailure {
  /** 1-based: the Nth sync from now fails. */
  readonly sync: number;
  /** Actions applied before the failure (0: none, the request never reached Excel). */
  readonly afterActions?: number;
  readonly code?: string;
}

/** A failure armed for one sync, by the sync's 1-based index among all the host's syncs. */
export interface ArmedFailure {
  readonly at: number;
  readonly afterActions: number;
  readonly code: string;
}

/** Holds at most one armed failure and hands it to the sync it is for. */
export class FailureInjector {
  private armed: ArmedFailure | null = null;

  /** Arms `failure` for the Nth sync after the `syncsSoFar` already made. */
  arm(failure: InjectedFailure, syncsSoFar: number): void {
    this.armed = {
      at: syncsSoFar + failure.sync,
      afterActions: failure.afterActions ?? 0,
      code: failure.code ?? "GeneralException",
    };
  }

  /** The failure armed for sync `index`, disarmed once taken; null when there is none. */
  take(index: number): ArmedFailure | null {
    const armed = this.armed !== null && this.armed.at === index ? this.armed : null;
    if (armed !== null) {
      this.armed = null;
    }
    return armed;
  }
}

/** The error an armed failure raises once `applied` actions of its sync have run. */
export function injectedError(failure: ArmedFailure, applied: number): FakeOfficeError {
  return officeError(
    failure.code,
    `Injected failure on sync ${failure.at} after ${applied} actions.`
  );
}
